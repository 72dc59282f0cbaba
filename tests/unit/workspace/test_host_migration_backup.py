"""Upgrading a PostgreSQL host's schema (issue 15, what was left): a backup first, all or nothing.

A host holding a firm's records at revision 0007 (the frozen 0007 file's
rows, copied onto the session's PostgreSQL server) is opened by a newer
app: before the schema changes, a logical backup archive of the records as
they are (at 0007) goes into the data folder's backups, like the file
backup SQLite gets; it restores onto a single PC. A migration forced to
fail leaves the host exactly as it was: its revision, every row.
"""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import Engine, MetaData, Table, inspect

from desktop_app.db.engine import make_engine
from desktop_app.db.migrate import HEAD_REVISION, current_revision, migrate
from desktop_app.db.models import Base
from desktop_app.workspace import Workspace
from desktop_app.workspace.host_move import (
    TableDigest,
    _reset_sequences,
    insert_rows,
    read_only_engine,
    table_digest,
)
from tests.helpers import TODAY

FROZEN = Path(__file__).resolve().parents[2] / "data" / "schema-0007.sqlite3"


def as_built(engine: Engine) -> list[Table]:
    """The tables as they are in the database (an older schema), parents first."""
    found = set(inspect(engine).get_table_names())
    reflected = MetaData()
    return [
        Table(t.name, reflected, autoload_with=engine) for t in Base.metadata.sorted_tables if t.name in found
    ]


def digests(engine: Engine) -> dict[str, TableDigest]:
    tables = as_built(engine)
    with engine.connect() as conn:
        return {t.name: table_digest(conn, t) for t in tables}


@pytest.fixture
def host_at_0007(empty_postgres: str) -> str:
    """A host migrated to 0007 holding the rows of the frozen 0007 file."""
    source = read_only_engine(FROZEN)
    target = make_engine(empty_postgres)
    try:
        migrate(target, None, target="0007")
        with source.connect() as src, target.begin() as dst:
            mine = {t.name: t for t in as_built(target)}
            for table in as_built(source):
                rows = [dict(r._mapping) for r in src.execute(table.select())]
                dst.execute(mine[table.name].delete())
                insert_rows(dst, mine[table.name], rows)
                _reset_sequences(dst, mine[table.name])
    finally:
        source.dispose()
        target.dispose()
    return empty_postgres


def test_a_host_is_backed_up_before_its_schema_is_upgraded(host_at_0007: str, tmp_path: Path):
    engine = make_engine(host_at_0007)
    before = digests(engine)
    engine.dispose()
    assert before["products"].rows and "audit_log" not in before

    ws = Workspace(tmp_path / "pc", today=lambda: TODAY, database_url=host_at_0007)
    try:
        assert (ws.migration.from_revision, ws.migration.to_revision) == ("0007", HEAD_REVISION)
        archive = ws.migration.backup
        assert archive is not None and archive.parent == ws.paths.backups
        assert archive.name.startswith("auto-") and "before-migration-0007" in archive.name
        skus = sorted(p.sku for p in ws.products.list())
    finally:
        ws.close()
    with zipfile.ZipFile(archive) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        assert manifest["schema_revision"] == "0007"
        assert manifest["rows"] == {name: d.rows for name, d in before.items()}
        product = json.loads(zf.read("tables/products.jsonl").decode().splitlines()[0])
        assert "version" not in product  # the rows as 0007 kept them

    single = Workspace(tmp_path / "single-pc", today=lambda: TODAY)
    try:
        result = single.backups.restore(archive)
        single.reopen()
        assert result.upgraded_from == "0007"
        assert sorted(p.sku for p in single.products.list()) == skus
    finally:
        single.close()


def test_a_failed_migration_leaves_the_host_as_it_was(host_at_0007: str, tmp_path: Path, monkeypatch):
    from alembic import command

    engine = make_engine(host_at_0007)
    before = digests(engine)

    real = command.upgrade

    def upgrade_then_fail(cfg, revision, **kw):
        real(cfg, revision, **kw)  # every step of 0008 ran, in the one transaction
        raise RuntimeError("forced failure at the end of the upgrade")

    monkeypatch.setattr(command, "upgrade", upgrade_then_fail)
    with pytest.raises(RuntimeError, match="forced failure"):
        Workspace(tmp_path / "pc", today=lambda: TODAY, database_url=host_at_0007)
    try:
        assert current_revision(engine) == "0007"
        assert digests(engine) == before  # not a row, not a column, not a table more
        assert "audit_log" not in inspect(engine).get_table_names()
    finally:
        engine.dispose()
    backups = sorted((tmp_path / "pc" / "backups").glob("auto-*before-migration-0007*.zip"))
    assert len(backups) == 1  # taken before the upgrade that failed

    monkeypatch.setattr(command, "upgrade", real)
    ws = Workspace(tmp_path / "pc", today=lambda: TODAY, database_url=host_at_0007)
    try:
        assert ws.migration.to_revision == HEAD_REVISION and ws.products.list()
    finally:
        ws.close()
    shutil.rmtree(tmp_path / "pc", ignore_errors=True)
