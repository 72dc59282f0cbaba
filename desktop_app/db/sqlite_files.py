"""Whole SQLite files: copies, checks and probes that work below SQLAlchemy.

Backups and the start-up check need things a session cannot do: a
consistent copy of a live file (SQLite's online backup API), `quick_check`
and `integrity_check`, "is this one of our databases" (an Alembic version
row), a file folded into one self-contained file, and whether another
process holds the file open. Every `sqlite3` error comes out as
`SqliteFileError`, so callers need no `sqlite3` of their own.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from .migrate import backup_copy


class SqliteFileError(Exception):
    """SQLite could not open or read the file; `str()` is SQLite's own words."""


def _scalar(db: Path, sql: str) -> Any:
    try:
        con = sqlite3.connect(db)
        try:
            row = con.execute(sql).fetchone()
            return row[0] if row else None
        finally:
            con.close()
    except sqlite3.Error as exc:
        raise SqliteFileError(str(exc)) from exc


def copy_database(src: Path, dest: Path) -> Path:
    """A consistent copy of a database that may be in use (online backup API)."""
    try:
        return backup_copy(src, dest)
    except sqlite3.Error as exc:
        raise SqliteFileError(str(exc)) from exc


def make_self_contained(db: Path) -> None:
    """Fold any WAL into the file and leave it in rollback-journal mode: one file, nothing beside it."""
    _scalar(db, "PRAGMA journal_mode=DELETE")


def schema_revision(db: Path) -> str | None:
    """The Alembic revision, or None when the file is not one of the app's databases."""
    try:
        return _scalar(db, "select version_num from alembic_version")
    except SqliteFileError:
        return None


def count_rows(db: Path, table: str) -> int | None:
    """Rows in `table` (a name of ours, never user input), or None if it cannot be counted."""
    try:
        return int(_scalar(db, f"select count(*) from {table}"))
    except (SqliteFileError, TypeError, ValueError):
        return None


def integrity_check(db: Path) -> str:
    """`PRAGMA integrity_check`: "ok" or what SQLite found; SqliteFileError if unreadable."""
    return str(_scalar(db, "PRAGMA integrity_check"))


def quick_check(db: Path) -> str:
    """`PRAGMA quick_check`: "ok", what SQLite found wrong, or "unreadable: ..." ."""
    try:
        return str(_scalar(db, "PRAGMA quick_check"))
    except SqliteFileError as exc:
        return f"unreadable: {exc}"


def in_use_elsewhere(db: Path) -> bool:
    """Whether another connection (window, process) has the database open.

    An idle WAL connection holds a shared lock, so an exclusive lock is only
    granted when no one else has the file open. A damaged or missing file
    counts as not in use: nothing can be using it sensibly.
    """
    if not db.exists():
        return False
    try:
        con = sqlite3.connect(db, timeout=2, isolation_level=None)
    except sqlite3.Error:
        return False
    try:
        con.execute("PRAGMA locking_mode=EXCLUSIVE")
        con.execute("BEGIN EXCLUSIVE")
        con.execute("ROLLBACK")
    except sqlite3.OperationalError as exc:
        return "locked" in str(exc) or "busy" in str(exc)
    except sqlite3.Error:
        return False
    finally:
        con.close()
    return False


def checkpoint(db: Path) -> None:
    """Move the WAL's pages into the file and empty it; a damaged file is left as it is."""
    try:
        _scalar(db, "PRAGMA wal_checkpoint(TRUNCATE)")
    except SqliteFileError:
        pass
