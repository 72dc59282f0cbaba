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
    except UnicodeDecodeError as exc:  # a damaged file's report quoting bytes that are not UTF-8
        raise SqliteFileError(f"damaged text in the file ({exc.reason})") from exc


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


# the shape of a schema ------------------------------------------------------------------

# SQLite's own bookkeeping (AUTOINCREMENT, ANALYZE): data for the planner, they run nothing
_INTERNAL = frozenset({"sqlite_sequence", "sqlite_stat1", "sqlite_stat4"})


def _normal_sql(sql: str | None) -> str:
    return " ".join((sql or "").split())


def schema_shape(db: Path) -> dict[tuple[str, str], Any]:
    """Every table, index, trigger and view of `db`: `(type, name)` → (its table, its SQL, its columns).

    Two databases made by the same migrations have equal shapes; an extra
    trigger, a view, another column or a changed definition makes them differ.
    SQLite's own tables (`sqlite_sequence`, `sqlite_stat1`) are left out.
    """
    try:
        con = sqlite3.connect(db)
        try:
            rows = con.execute("select type, name, tbl_name, sql from sqlite_master").fetchall()
            shape: dict[tuple[str, str], Any] = {}
            for type_, name, table, sql in rows:
                if name in _INTERNAL:
                    continue
                columns: tuple[Any, ...] = ()
                if type_ == "table":
                    quoted = name.replace('"', '""')
                    columns = tuple(con.execute(f'PRAGMA table_info("{quoted}")').fetchall())
                shape[(type_, name)] = (table, _normal_sql(sql), columns)
            return shape
        finally:
            con.close()
    except sqlite3.Error as exc:
        raise SqliteFileError(str(exc)) from exc


def shape_differences(found: dict[tuple[str, str], Any], reference: dict[tuple[str, str], Any]) -> list[str]:
    """What `found` has that `reference` lacks or defines otherwise, as `type name` (extras first)."""
    extra = [f"{t} {n}" for (t, n) in sorted(found) if (t, n) not in reference]
    missing = [f"no {t} {n}" for (t, n) in sorted(reference) if (t, n) not in found]
    changed = [
        f"{t} {n}" for (t, n) in sorted(found) if (t, n) in reference and found[(t, n)] != reference[(t, n)]
    ]
    return extra + changed + missing


_REFERENCE: dict[str, dict[tuple[str, str], Any]] = {}


def reference_shape(revision: str, workdir: Path) -> dict[tuple[str, str], Any] | None:
    """The shape the app's own migrations give an empty database at `revision`.

    Built once per revision and process, in a temporary file under `workdir`;
    None when `revision` is not one of the app's migrations (a newer app's).
    """
    if revision in _REFERENCE:
        return _REFERENCE[revision]
    from .engine import make_engine
    from .migrate import migrate

    known = _known_revisions()
    if revision not in known:
        return None
    path = workdir / f"reference-{revision}.sqlite3"
    path.unlink(missing_ok=True)
    engine = make_engine(path)
    try:
        migrate(engine, path, backup_dir=workdir, target=revision)
    finally:
        engine.dispose()
    make_self_contained(path)
    shape = schema_shape(path)
    path.unlink(missing_ok=True)
    _REFERENCE[revision] = shape
    return shape


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    from .migrate import _config

    return {rev.revision for rev in ScriptDirectory.from_config(_config()).walk_revisions()}


def table_kind(db: Path, name: str) -> str | None:
    """`table`, `view`... for the schema object `name`, or None when there is none."""
    try:
        return _scalar_params(db, "select type from sqlite_master where name = ?", (name,))
    except SqliteFileError:
        return None


def _scalar_params(db: Path, sql: str, params: tuple[Any, ...]) -> Any:
    try:
        con = sqlite3.connect(db)
        try:
            row = con.execute(sql, params).fetchone()
            return row[0] if row else None
        finally:
            con.close()
    except sqlite3.Error as exc:
        raise SqliteFileError(str(exc)) from exc


def column_values(db: Path, table: str, column: str) -> list[Any]:
    """Every non-null value of `table.column` (names of ours, never user input)."""
    try:
        con = sqlite3.connect(db)
        try:
            return [r[0] for r in con.execute(f"select {column} from {table} where {column} is not null")]
        finally:
            con.close()
    except sqlite3.Error as exc:
        raise SqliteFileError(str(exc)) from exc
