"""Revision 0008 (versions and the audit log): columns added in place, portable, and a firm's
records from 0007 get version 1 and are edited as before."""

from __future__ import annotations

import dataclasses
import importlib.util
import io
import shutil
from pathlib import Path

import pytest
from alembic.operations import Operations
from alembic.runtime.migration import MigrationContext

from desktop_app.db.migrate import HEAD_REVISION, MIGRATIONS_DIR
from desktop_app.workspace import Workspace
from tests.helpers import TODAY

DATA = Path(__file__).resolve().parents[2] / "data"


def revision_0008():
    spec = importlib.util.spec_from_file_location(
        "rev0008", MIGRATIONS_DIR / "versions" / "0008_versions_and_audit_log.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("dialect", ["postgresql", "sqlite"])
def test_0008_adds_columns_in_place_and_creates_the_audit_log(dialect: str) -> None:
    buf = io.StringIO()
    ctx = MigrationContext.configure(dialect_name=dialect, opts={"as_sql": True, "output_buffer": buf})
    with Operations.context(ctx):
        revision_0008().upgrade()
    sql = buf.getvalue()
    for table in ("products", "certificates", "firm", "test_results"):
        assert f"ALTER TABLE {table} ADD COLUMN version INTEGER DEFAULT '1' NOT NULL" in sql
    assert "CREATE TABLE audit_log" in sql
    assert "DROP TABLE" not in sql and "_alembic_tmp" not in sql


def test_records_from_0007_get_version_1_and_their_edits_are_audited(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    shutil.copy(DATA / "schema-0007.sqlite3", data_dir / "assistant.sqlite3")
    ws = Workspace(data_dir, today=lambda: TODAY)
    try:
        products = ws.products.list()
        assert products and {p.version for p in products} == {1}
        assert {st.certificate.version for st in ws.certificates.states(include_replaced=True)} == {1}
        assert {r.version for r in ws.results.list()} == {1}
        assert ws.firm().version == 1
        assert ws.migration.from_revision == "0007"
        first = products[0]
        saved = ws.products.replace(first.sku, dataclasses.replace(first, notes="升级后编辑")).value
        assert saved.version == 2
        (entry,) = ws.audit.product_history(first.sku)
        assert entry.changes == {"notes": [first.notes, "升级后编辑"]}
    finally:
        ws.close()


def test_the_frozen_0008_database_opens_at_head(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    shutil.copy(DATA / "schema-0008.sqlite3", data_dir / "assistant.sqlite3")
    ws = Workspace(data_dir, today=lambda: TODAY)
    try:
        assert (ws.migration.from_revision, ws.migration.to_revision) == ("0008", HEAD_REVISION)
        versions = {p.sku: p.version for p in ws.products.list()}
        assert versions["KD-101"] == 3 and {v for s, v in versions.items() if s != "KD-101"} == {1}
        assert ws.audit.product_history("BB-001") == []
        entries = ws.audit.product_history("KD-101")
        assert [(e.action, e.version, e.actor.display_name) for e in entries] == [
            ("edited", 3, "王芳"),
            ("edited", 2, "李检"),
            ("created", 1, "王芳"),
        ]
        # a save from version 2 is refused naming the edit that made version 3
        seen = dataclasses.replace(ws.products.get("KD-101"), version=2, name="旧版本上的修改")
        from desktop_app.core.errors import EditConflictError

        with pytest.raises(EditConflictError) as err:
            ws.products.replace("KD-101", seen)
        assert err.value.params["changed"] == {"customer": "某品牌 Brand X"}
        assert err.value.params["who"] == "王芳 (wangfang)"
    finally:
        ws.close()
