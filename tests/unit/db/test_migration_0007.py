"""Revision 0007 (carbon footprints): new tables only, portable, and its frozen file reads back."""

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
from tests.helpers import TODAY

FROZEN = Path(__file__).resolve().parents[2] / "data" / "schema-0007.sqlite3"


def revision_0007():
    spec = importlib.util.spec_from_file_location(
        "rev0007", MIGRATIONS_DIR / "versions" / "0007_carbon_footprints.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("dialect", ["postgresql", "sqlite"])
def test_0007_only_creates_tables_on_either_dialect(dialect: str) -> None:
    buf = io.StringIO()
    ctx = MigrationContext.configure(dialect_name=dialect, opts={"as_sql": True, "output_buffer": buf})
    with Operations.context(ctx):
        revision_0007().upgrade()
    sql = buf.getvalue()
    for table in (
        "carbon_data_sets",
        "carbon_activities",
        "carbon_firm_factors",
        "carbon_months",
        "carbon_estimates",
    ):
        assert f"CREATE TABLE {table}" in sql
    assert "ALTER TABLE" not in sql and "DROP TABLE" not in sql and "_alembic_tmp" not in sql


def test_the_frozen_0007_database_reads_its_carbon_records(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    shutil.copy(FROZEN, data_dir / "assistant.sqlite3")
    ws = Workspace(data_dir, today=lambda: TODAY)
    try:
        data = ws.carbon.data("KD-101")
        assert [a.source for a in data.activities] == ["electricity", "steam"]
        assert data.activities[1].factor_id == "FIRM-steam-2026"
        old, new = ws.carbon.history("KD-101")
        assert (old.cause, new.cause) == ("entered", "factor_update")
        assert old.factors["CN-electricity-2023-pcf"] == 0.6205
        assert new.estimate.total_kgco2e == pytest.approx(5.2 * 0.5777 + 5.58)
        assert {e.factor.id for e in ws.carbon.factors() if e.origin == "firm"} == {"FIRM-steam-2026"}
    finally:
        ws.close()
