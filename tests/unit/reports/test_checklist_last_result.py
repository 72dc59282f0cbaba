"""The printed checklist shows each item's last result and its date, read in bulk for a batch.

A real database: a bodysuit tested at 50 mg/kg formaldehyde, then re-tested
at 12 mg/kg; its checklist prints the re-test (the newest) beside the item,
an untested item prints none, and a batch of products reads the results in
one query, not one per product or item. The PDF is read back with pdftotext.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import event

from desktop_app.core.results import TestResult
from desktop_app.workspace import Workspace
from tests.helpers import TODAY
from tests.helpers.factories import make_certificate, make_product
from tests.helpers.poppler import require

GB18401 = "GB 18401-2010"
REPORT = "SGS-SH-2026-0001"
FIRST, RETEST = TODAY - dt.timedelta(days=200), TODAY - dt.timedelta(days=3)


@pytest.fixture
def tested(ws: Workspace) -> Workspace:
    ws.products.add(make_product(product_type="bodysuit", construction="knitted"))
    ws.products.add(make_product(sku="BB-002", product_type="bodysuit", construction="knitted"))
    ws.products.add(make_product(sku="BB-003", product_type="bodysuit", construction="knitted"))
    ws.certificates.add(
        make_certificate(
            scheme="test-report",
            number=REPORT,
            issuer="SGS 上海",
            issued_ago=2,
            expires_in=None,
            products=("BB-001", "BB-002"),
        )
    )
    source = ws.results.source(report=REPORT)
    for value, day, skus in (
        ("50", FIRST, ("BB-001",)),
        ("12", RETEST, ("BB-001",)),
        ("20", FIRST, ("BB-002",)),
    ):
        drafts = [
            TestResult(sku=sku, standard=GB18401, item="formaldehyde", value=value, unit="mg/kg", tested=day)
            for sku in skus
        ]
        ws.results.add(drafts, source)
    return ws


def _row(ws: Workspace, sku: str, key: str, lang: str = "both"):
    doc = ws.reports.document(sku, lang=lang)
    section = next(s for s in doc.sections if s.code == GB18401)
    return next(r for r in section.rows if r.key == key)


def test_the_newest_result_and_its_date_are_beside_the_item(tested: Workspace) -> None:
    row = _row(tested, "BB-001", "formaldehyde")
    assert row.last == (
        f"上次结果：12 mg/kg ({RETEST.isoformat()})",
        f"Last result: 12 mg/kg ({RETEST.isoformat()})",
    )
    assert _row(tested, "BB-001", "formaldehyde", "en").last == (
        f"Last result: 12 mg/kg ({RETEST.isoformat()})",
    )
    assert _row(tested, "BB-002", "formaldehyde", "zh").last == (f"上次结果：20 mg/kg ({FIRST.isoformat()})",)
    assert _row(tested, "BB-001", "ph").last is None  # never tested: nothing printed
    assert _row(tested, "BB-003", "formaldehyde").last is None


def test_a_batch_reads_the_results_in_one_query(tested: Workspace, tmp_path: Path) -> None:
    seen: list[str] = []

    def count(conn, cursor, statement, *args) -> None:
        if "test_results" in statement and statement.lstrip().upper().startswith("SELECT"):
            seen.append(statement)

    event.listen(tested.engine, "before_cursor_execute", count)
    try:
        run = tested.reports.write_checklists(["BB-001", "BB-002", "BB-003"], tmp_path / "batch.pdf")
    finally:
        event.remove(tested.engine, "before_cursor_execute", count)
    assert len(run.entries) == 3
    assert len(seen) == 1, seen


def test_the_pdf_prints_the_last_result_and_date_next_to_the_item(tested: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "one.pdf"
    tested.reports.write_checklists(["BB-001"], out, lang="both")
    text = subprocess.run(
        [require("pdftotext"), "-layout", str(out), "-"], check=True, capture_output=True, text=True
    ).stdout
    lines = text.splitlines()
    zh = next(i for i, line in enumerate(lines) if f"上次结果：12 mg/kg ({RETEST.isoformat()})" in line)
    en = next(i for i, line in enumerate(lines) if f"Last result: 12 mg/kg ({RETEST.isoformat()})" in line)
    # right under the item's name (甲醛 / Formaldehyde), in its row, before the next item
    item = next(i for i, line in enumerate(lines) if "甲醛" in line)
    assert item < zh < en <= item + 4
    assert "50 mg/kg" not in text  # older results stay history, not on the sheet
