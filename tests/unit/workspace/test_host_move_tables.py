"""`host move-data` carries every firm table (issue 15, what was left).

A firm with test results, a customer requirement set (RSL), carbon data,
firm factors and an edit history is moved from its SQLite file to the
session's PostgreSQL server, and back (a backup taken on the server,
restored onto a single PC): every table's row count and checksum are the
same at each step. The tables that make a host "not empty" are every table
of the schema but the catalogue's.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from desktop_app.core.carbon import Activity, ActivityData
from desktop_app.core.catalogue import Factor, LocalText
from desktop_app.core.errors import DatabaseHostError
from desktop_app.core.reasons import Reason
from desktop_app.core.results import TestResult
from desktop_app.db.models import Base
from desktop_app.paths import DataPaths
from desktop_app.workspace import Workspace
from desktop_app.workspace.connection import SETTING_FILE
from desktop_app.workspace.host_move import (
    CATALOGUE_TABLES,
    FIRM_TABLES,
    TableDigest,
    move_data,
    read_only_engine,
    table_digest,
)
from tests.helpers import TODAY
from tests.helpers.factories import make_certificate, make_product

REPORT = "SGS-SH-2026-0001"
# tables a firm that used every part of the app still leaves empty
STEAM = Factor(
    id="FIRM-steam-2026",
    kind="steam",
    name=LocalText(zh="园区蒸汽", en="园区蒸汽"),
    region="CN-ZJ",
    value=310.0,
    unit="kgCO2e/t",
    scope="CO2e",
    year=2025,
    source=LocalText(zh="供热公司碳足迹声明", en="供热公司碳足迹声明"),
)
# (scan_files: a single PC keeps its scans in the folder; move-data fills it on the host)
MAY_BE_EMPTY = {
    "carbon_months",
    "full_pass_seen",
    "notice_reads",
    "trusted_keys",
    "requirement_set_products",
    "scan_files",
}


def digests(engine) -> dict[str, TableDigest]:
    with engine.connect() as conn:
        return {t.name: table_digest(conn, t) for t in Base.metadata.sorted_tables}


def fill_every_part(ws: Workspace, folder: Path) -> None:
    """Products, certificates, a printed checklist, results, an RSL, carbon data and edits."""
    ws.demo.load()
    ws.products.add(make_product(sku="HM-001", product_type="bodysuit", construction="knitted", customer="X"))
    ws.certificates.add(
        make_certificate(
            scheme="test-report",
            number=REPORT,
            issuer="SGS",
            issued_ago=10,
            expires_in=None,
            products=("HM-001",),
        )
    )
    sheet = folder / "rsl.csv"
    with sheet.open("w", encoding="gb18030", newline="") as fh:
        csv.writer(fh).writerows([["项目", "限值", "单位", "方法"], ["甲醛", "≤ 16", "mg/kg", "ISO 14184-1"]])
    imported = ws.requirement_sets.import_file(sheet, code="X-RSL", title="X 的 RSL", customer="X")
    assert imported.requirement_set is not None
    ws.reports.write_checklists(["HM-001"], folder / "c.pdf")
    key = imported.requirement_set.items[0].key
    ws.results.add(
        [TestResult(sku="HM-001", standard="X-RSL", item=key, value="18", unit="mg/kg", tested=TODAY)],
        ws.results.source(report=REPORT),
    )
    ws.carbon.add_factor(STEAM)
    ws.carbon.set(
        ActivityData(sku="HM-001", declared_unit="1 kg", activities=(Activity("electricity", 5.2, "kWh"),))
    )
    ws.products.edit("HM-001", name="连体衣 edited")


def test_the_firm_tables_are_every_table_but_the_catalogue():
    names = set(Base.metadata.tables)
    assert CATALOGUE_TABLES <= names
    assert set(FIRM_TABLES) == names - CATALOGUE_TABLES
    for carried in (
        "test_results",
        "requirement_sets",
        "requirement_set_items",
        "audit_log",
        "carbon_activities",
    ):
        assert carried in FIRM_TABLES


def test_a_firm_using_every_part_moves_to_the_host_and_back_intact(
    data_dir: Path, empty_postgres: str, tmp_path: Path
):
    ws = Workspace(data_dir, today=lambda: TODAY)
    try:
        fill_every_part(ws, tmp_path)
    finally:
        ws.close()
    source = read_only_engine(data_dir / "assistant.sqlite3")
    expected = digests(source)
    source.dispose()
    empty = {n for n in FIRM_TABLES if not expected[n].rows}
    assert empty <= MAY_BE_EMPTY, f"the test leaves {empty} empty"

    moved = move_data(DataPaths(data_dir), empty_postgres)
    assert moved.tables == expected

    host = Workspace(data_dir, today=lambda: TODAY)
    try:
        assert host.engine.dialect.name == "postgresql"
        assert digests(host.engine) == expected
        archive = host.backups.backup()
    finally:
        host.close()
    back = Workspace(tmp_path / "back-on-one-pc", today=lambda: TODAY)
    try:
        back.backups.restore(archive)
        back.reopen()
        assert back.engine.dialect.name == "sqlite"
        assert digests(back.engine) == expected
    finally:
        back.close()


def test_a_host_holding_only_an_rsl_or_a_firm_factor_is_refused(
    data_dir: Path, empty_postgres: str, tmp_path: Path
):
    ws = Workspace(data_dir, today=lambda: TODAY, database_url=empty_postgres)  # a first start on the host
    try:
        before = digests(ws.engine)
        assert not [n for n in FIRM_TABLES if before[n].rows]  # the bundled catalogue only
        sheet = tmp_path / "rsl.csv"
        sheet.write_text("项目,限值,单位,方法\n甲醛,≤ 16,mg/kg,ISO 14184-1\n", encoding="utf-8")
        assert ws.requirement_sets.import_file(sheet, code="X-RSL", title="X", customer="X").requirement_set
        ws.carbon.add_factor(STEAM)
    finally:
        ws.close()
    with pytest.raises(DatabaseHostError) as info:
        move_data(DataPaths(data_dir), empty_postgres)
    assert info.value.code is Reason.HOST_NOT_EMPTY
    assert {"requirement_sets", "requirement_set_items", "carbon_firm_factors"} <= set(
        info.value.params["tables"]
    )
    assert "products" not in info.value.params["tables"]
    assert not (data_dir / SETTING_FILE).exists()
