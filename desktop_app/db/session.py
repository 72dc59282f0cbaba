"""One transaction on the workspace's database, with storage failures named.

The workspace opens one of these per service call; repositories run their
statements inside it. A full disk or a read-only data folder becomes
`StorageError`: the transaction was rolled back, so the caller can say that
nothing was lost.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from ..core.errors import StorageError
from .storage_errors import storage_problem


@contextmanager
def transaction(sessions: sessionmaker[Session], database: Path) -> Iterator[Session]:
    """A session in one transaction: committed on success, rolled back on any error."""
    try:
        with sessions.begin() as session:
            yield session
    except (OperationalError, sqlite3.Error) as exc:
        problem = storage_problem(exc)
        if problem is None:
            raise
        orig = getattr(exc, "orig", None) or exc
        raise StorageError(str(database), problem, str(orig)) from exc
