"""Migrations: from empty, from the previous revision, and refusing newer databases."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from desktop_app.core.errors import DatabaseVersionError
from desktop_app.db.engine import make_engine
from desktop_app.db.migrate import current_revision, head_revision, migrate
from desktop_app.db.models import Base
from desktop_app.workspace import Workspace


def _insert_old_product(engine) -> None:
    """A product written by revision 0001's schema, as an old app would have."""
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "insert into products (sku, name, category, age_group, skin_contact, markets, composition,"
            " claims, finishes, stage, customer, notes, created_at, updated_at) values ('OLD-1', '旧产品',"
            " 'garment', 'adult', 'direct', '[\"CN\"]', '[[\"cotton\", 100]]', '[]', '[]', 'final', '', '',"
            " '2025-01-01', '2025-01-01')"
        )


def test_empty_database_migrates_to_head_and_matches_the_orm(tmp_path: Path):
    db = tmp_path / "a.sqlite3"
    engine = make_engine(db)
    result = migrate(engine, db, backup_dir=tmp_path / "b")
    assert result.to_revision == head_revision()
    assert result.backup is None  # nothing to copy yet
    with engine.connect() as conn:
        ctx = MigrationContext.configure(
            conn,
            opts={"include_name": lambda name, type_, _parents: not (name or "").startswith("standards_fts")},
        )
        diff = compare_metadata(ctx, Base.metadata)
    assert diff == []
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_previous_revision_upgrades_keeping_records_and_copies_first(tmp_path: Path):
    db = tmp_path / "old.sqlite3"
    engine = make_engine(db)
    migrate(engine, db, backup_dir=tmp_path / "b", target="0001")
    assert current_revision(engine) == "0001"
    _insert_old_product(engine)
    engine.dispose()
    engine = make_engine(db)
    result = migrate(engine, db, backup_dir=tmp_path / "b")
    assert (result.from_revision, result.to_revision) == ("0001", head_revision())
    assert result.backup is not None and result.backup.exists()
    copy = sqlite3.connect(result.backup)
    assert copy.execute("select name from products").fetchone() == ("旧产品",)
    assert copy.execute("select version_num from alembic_version").fetchone() == ("0001",)
    copy.close()
    with engine.connect() as conn:
        assert conn.exec_driver_sql("select name from products").scalar() == "旧产品"
        assert conn.exec_driver_sql("select count(*) from checklist_log").scalar() == 0


def test_newer_database_is_refused_untouched(tmp_path: Path):
    db = tmp_path / "assistant.sqlite3"
    Workspace(tmp_path).close()
    con = sqlite3.connect(db)
    con.execute("update alembic_version set version_num = '9999_from_the_future'")
    con.commit()
    con.close()
    before = db.read_bytes()
    with pytest.raises(DatabaseVersionError) as err:
        Workspace(tmp_path)
    assert "9999_from_the_future" in str(err.value)
    assert db.read_bytes() == before


def test_workspace_backs_up_before_a_migration_as_a_restorable_pruned_archive(tmp_path: Path):
    from desktop_app.paths import DataPaths
    from desktop_app.workspace.backups import BackupService

    paths = DataPaths(tmp_path)
    paths.ensure()
    engine = make_engine(paths.database)
    migrate(engine, paths.database, backup_dir=tmp_path / "ignored", target="0001")
    _insert_old_product(engine)
    engine.dispose()
    ws = Workspace(tmp_path, load_bundled_catalogue=False)
    try:
        archive = ws.migration.backup
        assert (
            archive is not None
            and archive.name.startswith("auto-")
            and "before-migration-0001" in archive.name
        )
        assert archive in ws.backups.automatic()
        manifest = ws.backups.verify(archive)  # restorable: checked (and upgradable) as restore would
        assert manifest["schema_revision"] == "0001" and manifest["counts"]["products"] == 1
        assert not list(paths.backups.glob("*.sqlite3"))  # no bare copies left lying around
        ws.backups.keep = 2
        for _ in range(3):
            ws.backups.auto_backup("daily")
        assert archive not in ws.backups.automatic()  # pruned with the other automatic backups
    finally:
        ws.close()
    assert BackupService(paths=paths).quick_check() == "ok"
