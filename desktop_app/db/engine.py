"""The engine for either database: the local SQLite file or a PostgreSQL host.

One code path serves both: the repositories build SQLAlchemy statements and
`db/dialect.py` holds the few fragments that differ. What differs here is
what each engine needs on every connection: SQLite its pragmas and an
immediate write lock; PostgreSQL a short connect timeout (a host PC that is
switched off is said at once, not after a minute of TCP retries), a check
of pooled connections before use (the host may have restarted since) and
an application name that says which PC is connected.
"""

from __future__ import annotations

import json
import socket
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event, make_url
from sqlalchemy.orm import Session, sessionmaker

# Seconds to wait for the host to answer a connection: long enough for an
# office network, short enough that an away host is reported before the
# user wonders whether the window hangs.
CONNECT_TIMEOUT = 5
POSTGRES_DRIVER = "postgresql+psycopg"


def _json_dumps(value: Any) -> str:
    # Chinese stays readable in the file and in `sqlite3` sessions
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def database_url(target: str | URL) -> URL:
    """`target` as a URL, PostgreSQL URLs given the psycopg 3 driver when they name none.

    Raises `sqlalchemy.exc.ArgumentError` for text that is not a URL, and
    ValueError for a backend other than SQLite or PostgreSQL.
    """
    url = make_url(target)
    backend = url.get_backend_name()
    if backend == "postgresql":
        return url.set(drivername=POSTGRES_DRIVER)
    if backend != "sqlite":
        raise ValueError(f"unsupported database backend {backend!r}")
    return url


def make_engine(target: Path | str | URL, *, password: str | None = None) -> Engine:
    """An engine on the SQLite file `target` (a path) or on a database URL.

    `password` fills in a PostgreSQL URL that carries none (it comes from
    the keyring, never from a file).
    """
    if isinstance(target, Path):
        return _sqlite_engine(target)
    url = database_url(target)
    if url.get_backend_name() == "sqlite":
        return _sqlite_engine(Path(url.database or ""))
    if password is not None and url.password is None:
        url = url.set(password=password)
    return _postgres_engine(url)


def _sqlite_engine(path: Path) -> Engine:
    """An engine on `path` with WAL, foreign keys and a busy timeout.

    WAL lets the GUI read while a worker writes; the busy timeout makes a
    second process (a scheduled `sync`, a CLI import) wait its turn instead
    of failing with "database is locked".
    """
    engine = create_engine(
        f"sqlite:///{path}",
        json_serializer=_json_dumps,
        connect_args={"timeout": 30},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy, not pysqlite, decide when transactions begin, so
        # BEGIN IMMEDIATE below takes the write lock up front.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def application_name() -> str:
    """What `pg_stat_activity` shows for this PC's connections (PostgreSQL keeps 63 bytes)."""
    name = f"textile-assistant {socket.gethostname()}"
    return name.encode("utf-8")[:63].decode("utf-8", "ignore")


def _postgres_engine(url: URL) -> Engine:
    return create_engine(
        url,
        json_serializer=_json_dumps,
        pool_pre_ping=True,
        connect_args={
            "connect_timeout": CONNECT_TIMEOUT,
            "application_name": application_name(),
            "client_encoding": "utf8",
            # a host that vanishes under an open connection is noticed within
            # about a minute instead of the OS default of two hours
            "keepalives": 1,
            "keepalives_idle": 30,
            "keepalives_interval": 10,
            "keepalives_count": 3,
        },
    )


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
