"""One transaction on the workspace's database, with storage and host failures named.

The workspace opens one of these per service call; repositories run their
statements inside it. A full disk or a read-only data folder becomes
`StorageError`; a PostgreSQL host that is away, refuses the login or lacks
the database becomes `DatabaseHostError`. Either way the transaction was
rolled back, so the caller can say that nothing was lost.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from ..core.errors import DatabaseHostError, StorageError
from ..core.masking import mask
from ..core.reasons import Reason
from .storage_errors import storage_problem

# SQLSTATE classes of a refused connection (https://www.postgresql.org/docs/current/errcodes-appendix.html)
_BY_SQLSTATE = {
    "28000": Reason.HOST_LOGIN_REFUSED,  # invalid_authorization_specification (pg_hba.conf)
    "28P01": Reason.HOST_LOGIN_REFUSED,  # invalid_password
    "3D000": Reason.HOST_NO_DATABASE,  # invalid_catalog_name
}


def host_problem(exc: BaseException) -> Reason | None:
    """The reason behind a psycopg failure to reach or use the host, or None for any other error.

    Without a SQLSTATE a psycopg `OperationalError` is the connection itself
    (refused, timed out, name not found, dropped mid-way); with one it is
    the server's answer (only the login and missing-database answers are
    named here; anything else stays an error with a traceback).
    """
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    if not type(orig).__module__.startswith("psycopg"):
        return None
    import psycopg

    sqlstate = getattr(orig, "sqlstate", None)
    if sqlstate in _BY_SQLSTATE:
        return _BY_SQLSTATE[sqlstate]
    if isinstance(orig, psycopg.OperationalError) and sqlstate is None:
        return _refused_connection(str(orig))
    if isinstance(orig, psycopg.OperationalError) and str(sqlstate).startswith(("08", "57P")):
        return Reason.HOST_UNREACHABLE  # 08: connection exception; 57P: the server shut down
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return Reason.HOST_UNREACHABLE
    return None


def _refused_connection(message: str) -> Reason:
    """Why libpq could not connect, from its message (it keeps no SQLSTATE for a failed connection).

    A server that answered and refused says so after `FATAL:`; the words
    matched are the server's English ones (a server set to another language
    is reported as unreachable, its own words in `detail`).
    """
    if "no password supplied" in message:
        return Reason.HOST_LOGIN_REFUSED  # libpq's own: the keyring (or PGPASSWORD) had no password
    if "FATAL:" in message:
        lowered = message.lower()
        if any(w in lowered for w in ("password", "authentication", "pg_hba.conf", "role ")):
            return Reason.HOST_LOGIN_REFUSED
        if "database" in lowered and "does not exist" in lowered:
            return Reason.HOST_NO_DATABASE
    return Reason.HOST_UNREACHABLE


def host_error(exc: BaseException, host: str) -> DatabaseHostError | None:
    """`exc` as a `DatabaseHostError` naming `host` (shown without password), or None."""
    problem = host_problem(exc)
    if problem is None:
        return None
    orig = getattr(exc, "orig", None) or exc
    lines = str(orig).strip().splitlines() or [type(orig).__name__]
    return DatabaseHostError(problem, host, mask(lines[0])[:300])


@contextmanager
def host_errors(host: str) -> Iterator[None]:
    """Turn a host failure inside the block into `DatabaseHostError` (other errors pass)."""
    try:
        yield
    except DBAPIError as exc:
        error = host_error(exc, host)
        if error is None:
            raise
        raise error from None


@contextmanager
def transaction(sessions: sessionmaker[Session], database: Path | str) -> Iterator[Session]:
    """A session in one transaction: committed on success, rolled back on any error.

    `database` names the database in errors: the SQLite file's path, or the
    host's URL with its password hidden.
    """
    try:
        with sessions.begin() as session:
            yield session
    except DBAPIError as exc:
        error = host_error(exc, str(database))
        if error is not None:
            raise error from None
        if not isinstance(exc, OperationalError):
            raise
        _raise_storage(exc, database)
    except sqlite3.Error as exc:
        _raise_storage(exc, database)


def _raise_storage(exc: BaseException, database: Path | str) -> None:
    problem = storage_problem(exc)
    if problem is None:
        raise exc
    orig = getattr(exc, "orig", None) or exc
    raise StorageError(str(database), problem, str(orig)) from exc


def reach(session: Session) -> None:
    """One round trip to the database (the host-away banner's retry): raises while the host is away."""
    session.execute(text("SELECT 1"))
