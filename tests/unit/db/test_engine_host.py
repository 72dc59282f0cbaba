"""A PostgreSQL host that is away is said at once: a short connect timeout, a named reason."""

from __future__ import annotations

import socket
from typing import Any

import pytest
from sqlalchemy import event

from desktop_app.core.errors import DatabaseHostError
from desktop_app.core.reasons import Reason
from desktop_app.db.engine import CONNECT_TIMEOUT, make_engine, make_session_factory
from desktop_app.db.session import reach, transaction


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])  # nothing listens there once the socket is closed


def test_an_away_host_is_host_unreachable_and_the_driver_waits_at_most_the_connect_timeout() -> None:
    engine = make_engine(f"postgresql://assistant@127.0.0.1:{_closed_port()}/textile", password="x")
    asked: dict[str, Any] = {}

    @event.listens_for(engine, "do_connect")
    def _seen(_dialect: Any, _record: Any, _args: Any, params: dict[str, Any]) -> None:
        asked.update(params)

    sessions = make_session_factory(engine)
    try:
        with (
            pytest.raises(DatabaseHostError) as caught,
            transaction(sessions, "postgresql://assistant@127.0.0.1/textile") as s,
        ):
            reach(s)
    finally:
        engine.dispose()
    assert caught.value.code is Reason.HOST_UNREACHABLE
    assert asked["connect_timeout"] == CONNECT_TIMEOUT == 5  # seconds, not the OS's minutes
    assert asked["application_name"].startswith("textile-assistant ")
