"""Schema migrations at start-up: refuse newer databases, copy before changing.

Alembic runs in code (no alembic.ini to ship) on the app's own engine. A
database stamped with a revision this version does not know was written by a
newer app: it is refused untouched rather than "repaired". Before any
upgrade of an existing file, a copy is taken with SQLite's backup API (on a
PostgreSQL host, the workspace's logical export), so a failed migration can
never cost the user their records.

Alembic is imported only when there is something to do: a database already at
`HEAD_REVISION` (every start but the first after an upgrade) is recognised by
one query on `alembic_version`, so quick commands do not pay for loading
Alembic and its revision scripts.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from ..core.errors import DatabaseVersionError
from .revision import HEAD_REVISION  # re-exported: the figure itself lives there

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")

# HEAD_REVISION (the newest revision in migrations/versions/) lives in revision.py, so a
# quick command knows it without importing SQLAlchemy; a new migration changes it there.


@dataclass(frozen=True)
class MigrationNote:
    """Something an upgrade could not carry over exactly and the user should know.

    `code` says what (`finish_kept`: a product keeps a finish that protocol 2
    does not name; it still shows and prints, but no rule tests it), `sku`
    which product and `value` the value concerned. Words for it belong to
    the CLI's and the window's message tables.
    """

    code: str
    sku: str
    value: str


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None
    # What the revisions applied reported (also logged as warnings when it happened).
    notes: tuple[MigrationNote, ...] = ()


def _config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    """The head as Alembic reads it from the revision scripts (slow: loads Alembic)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The database's revision from `alembic_version`, or None for a database never migrated."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("select version_num from alembic_version")).scalar()


def backup_copy(db_path: Path, dest: Path) -> Path:
    """A consistent copy of a live database (SQLite online backup API)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(db_path)
    try:
        out = sqlite3.connect(dest)
        try:
            src.backup(out)
        finally:
            out.close()
    finally:
        src.close()
    return dest


def migrate(
    engine: Engine,
    db_path: Path | None,
    *,
    backup_dir: Path | None = None,
    target: str = "head",
    take_backup: Callable[[str | None], Path] | None = None,
) -> MigrationResult:
    """Bring the database at `db_path` to `target`, or refuse it if newer.

    `take_backup(current_revision)` makes the copy before an upgrade (the
    workspace's restorable, pruned backup archives); without it a bare
    SQLite copy goes into `backup_dir`. On a PostgreSQL host (`db_path`
    None) `take_backup` (the workspace's logical backup archive) is called
    before an existing schema is upgraded, and the upgrade runs in one
    transaction (PostgreSQL's DDL is transactional), so a failed one leaves
    the database as it was.
    """
    current = current_revision(engine)
    if current == HEAD_REVISION and target in ("head", HEAD_REVISION):
        return MigrationResult(current, current, None)  # the usual start: nothing to load or do
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_config())
    head = script.get_current_head()
    assert head is not None
    if current is not None:
        try:
            script.get_revision(current)
        except Exception:  # noqa: BLE001 - alembic raises several unrelated types for an unknown revision
            raise DatabaseVersionError(str(db_path or engine.url), current, head) from None
    wanted = head if target == "head" else target
    if current == wanted:
        return MigrationResult(current, wanted, None)
    backup = None
    if db_path is None:
        if current is not None and take_backup is not None:
            backup = take_backup(current)  # a host's records, exported before its schema changes
    elif current is not None or _has_tables(db_path):
        if take_backup is not None:
            backup = take_backup(current)
        else:
            assert backup_dir is not None, "a SQLite file is upgraded with a backup folder or take_backup"
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            backup = backup_copy(
                db_path, backup_dir / f"before-migration-{current or 'none'}-{stamp}.sqlite3"
            )
    cfg = _config()
    with engine.begin() as conn:
        # several PCs starting at once on a new host: one migrates, the others wait and find it done
        # (alembic reads the revision again under the lock)
        from .dialect import MIGRATION_LOCK, hold_transaction_lock

        hold_transaction_lock(conn, MIGRATION_LOCK)
        cfg.attributes["connection"] = conn
        cfg.attributes["notes"] = []
        command.upgrade(cfg, wanted)
    notes = tuple(MigrationNote(**n) for n in cfg.attributes["notes"])
    return MigrationResult(current, wanted, backup, notes)


def _has_tables(db_path: Path) -> bool:
    if not db_path.exists() or db_path.stat().st_size == 0:
        return False
    con = sqlite3.connect(db_path)
    try:
        return con.execute("select count(*) from sqlite_master where type='table'").fetchone()[0] > 0
    finally:
        con.close()
