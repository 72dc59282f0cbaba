"""Revision 0006: results, requirement sets and printed checklist items, added in place."""

from __future__ import annotations

import importlib.util
import io
import shutil
from pathlib import Path

import pytest
from alembic.operations import Operations
from alembic.runtime.migration import MigrationContext

from desktop_app.db.migrate import MIGRATIONS_DIR
from desktop_app.workspace import Workspace
from tests.helpers import ROOT, TODAY

FROZEN = ROOT / "tests" / "data"


def _open(revision: str, tmp_path: Path) -> Workspace:
    data = tmp_path / "data"
    data.mkdir()
    shutil.copyfile(FROZEN / f"schema-{revision}.sqlite3", data / "assistant.sqlite3")
    return Workspace(data, today=lambda: TODAY)


def test_the_frozen_0006_database_reads_its_results_sets_and_printed_items(tmp_path: Path) -> None:
    ws = _open("0006", tmp_path)
    try:
        results = {r.item: r for r in ws.results.list(sku="BB-001")}
        assert (results["formaldehyde"].value, results["formaldehyde"].report) == ("50", "SGS-SH-2026-118832")
        assert results["formaldehyde"].valid_until is not None  # the report's own expiry
        assert (results["odour"].checklist, results["odour"].entered_by) == ("CL-20261120-0000ABCD", "李检")
        (rs,) = ws.requirement_sets.list()
        assert (rs.code, rs.skus, rs.items[0].check.kind) == ("BRAND-X-RSL-2026", ("KD-101",), "max")
        entry = ws.reports.find("CL-20261120-0000ABCD")
        assert entry is not None and entry.printed[0]["items"][0]["key"] == "formaldehyde"
        assert ws.firm().retest_months == 12
    finally:
        ws.close()


def test_an_upgrade_from_0004_keeps_the_log_and_sets_the_default_interval(tmp_path: Path) -> None:
    ws = _open("0004", tmp_path)
    try:
        assert ws.firm().retest_months == 12
        assert all(e.printed is None for e in ws.reports.checklist_log())
        assert ws.results.list() == [] and ws.requirement_sets.list() == []
        _, items = ws.results.checklist_items("CL-20261120-0000ABCD")  # printed before: today's items
        assert any(s["code"] == "GB 18401-2010" for s in items)
    finally:
        ws.close()


@pytest.mark.parametrize("dialect", ["postgresql", "sqlite"])
def test_0006_adds_in_place_on_either_dialect(dialect: str) -> None:
    path = next((MIGRATIONS_DIR / "versions").glob("0006_*.py"))
    spec = importlib.util.spec_from_file_location("rev0006", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    buf = io.StringIO()
    ctx = MigrationContext.configure(dialect_name=dialect, opts={"as_sql": True, "output_buffer": buf})
    with Operations.context(ctx):
        module.upgrade()
    sql = buf.getvalue()
    assert "ALTER TABLE firm ADD COLUMN retest_months INTEGER DEFAULT '12' NOT NULL" in sql
    assert "ALTER TABLE checklist_log ADD COLUMN printed JSON" in sql
    assert "CREATE TABLE test_results" in sql and "CREATE TABLE requirement_sets" in sql
    assert "_alembic_tmp" not in sql and "DROP TABLE" not in sql
