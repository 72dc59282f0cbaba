"""The tests' own PostgreSQL cluster (`tests/helpers/postgres.py`) keeps its settings when restarted."""

from __future__ import annotations

import pytest

from tests.helpers.postgres import Databases, PostgresServer

SETTINGS = ("max_connections", "fsync", "synchronous_commit", "full_page_writes", "listen_addresses")


def _settings(databases: Databases) -> dict[str, str]:
    import psycopg

    params = databases.admin.translate_connect_args(username="user", database="dbname")
    with psycopg.connect(**params) as conn:
        return {name: str(conn.execute(f"SHOW {name}").fetchone()[0]) for name in SETTINGS}


def test_a_restart_starts_the_cluster_with_the_settings_of_the_first_start(
    postgres_server: PostgresServer | None, postgres: Databases
) -> None:
    if postgres_server is None:
        pytest.skip("the server is not this session's own (TEXTILE_ASSISTANT_TEST_DATABASE_URL): not stopped")
    first = _settings(postgres)
    assert first == {
        "max_connections": "200",
        "fsync": "off",
        "synchronous_commit": "off",
        "full_page_writes": "off",
        "listen_addresses": "127.0.0.1",
    }
    postgres.settle()  # no database being made ahead while the server is down
    postgres_server.restart()
    assert _settings(postgres) == first
    name = postgres.take()  # the session's databases work as before
    postgres.drop(name)
