"""A throw-away PostgreSQL database for the benchmarks (`--postgres`).

`TEXTILE_ASSISTANT_TEST_DATABASE_URL` names an existing server (a superuser
URL); otherwise a cluster of its own is started in a temporary folder, as the
tests do (tests/helpers/postgres.py: Debian's `postgresql` package). The
database is empty (no schema): the workspace migrates it, as a first start
on a new host does.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

from tests.helpers.postgres import SERVER_ENV, Databases, PostgresServer, find_bindir


@contextmanager
def empty_database() -> Iterator[str]:
    """The URL of a new, empty database; dropped (and the server stopped) afterwards."""
    server = None
    if os.environ.get(SERVER_ENV):
        admin = os.environ[SERVER_ENV]
    else:
        bindir = find_bindir()
        if bindir is None:
            raise SystemExit("PostgreSQL is not installed (no initdb); install Debian's postgresql package")
        server = PostgresServer(bindir).start()
        admin = server.admin_url
    databases = Databases(admin)
    name = databases.create(empty=True)
    try:
        yield databases.url(name)
    finally:
        databases.drop(name)
        if server is not None:
            server.stop()
