"""A test report's results from the certificates page: typed (Enter results…) or imported
(Import results…: a dry run naming bad rows, then all or nothing after a backup)."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt

import openpyxl
import pytest
from PySide6.QtCore import Qt

from desktop_app.ui.dialogs.report_results_dialog import ReportResultsDialog
from desktop_app.workspace.changes import ChangeSet
from tests.helpers import TODAY

pytestmark = pytest.mark.gui

REPORT = "SGS-SH-2026-118832"  # the demo firm's test report for BB-001 (GB 18401 class A)
GB = "GB 18401-2010"
TESTED = (TODAY - dt.timedelta(days=5)).isoformat()


def _demo_ids(ws) -> set[int]:
    """The ids of BB-001's results as the demo has them: its lab report's, entered already."""
    ids = {r.id for r in ws.results.list(sku="BB-001")}
    assert ids and all(isinstance(i, int) for i in ids)
    return ids


def _written(ws, before: set[int]) -> list:
    """BB-001's results written since `before` (the demo's lab results left out)."""
    return [r for r in ws.results.list(sku="BB-001") if r.id not in before]


@pytest.fixture
def page(window, qtbot):
    """The certificates page with the demo firm's test report selected."""
    window.go(window.CERTIFICATES)
    page = window.certificates
    qtbot.waitUntil(lambda: page.model.row_of(REPORT) >= 0)
    page.select(REPORT)
    return page


def test_the_actions_are_offered_for_a_test_report_only(page):
    assert page.enter_results_button.isEnabled() and page.import_results_button.isEnabled()
    page.select("OT-19.CN.30077")  # an OEKO-TEX certificate: no results of its own
    assert not page.enter_results_button.isEnabled() and not page.import_results_button.isEnabled()
    assert page.enter_results() is None
    page.select(REPORT)
    assert page.enter_results_button.isEnabled() and page.import_results_button.isEnabled()
    assert page.enter_results_button.text() == "Enter results…"


def test_entered_results_are_stored_with_the_report_and_judged(page, demo_ws, qtbot):
    before = _demo_ids(demo_ws)
    published = []
    page.hub.data_changed.connect(published.append)
    qtbot.mouseClick(page.enter_results_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(ReportResultsDialog, "reportResultsDialog")
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: bool(dialog.form.rows))
    assert REPORT in dialog.heading.text()
    assert dialog.applies_to.count() == 2  # all products of the report, and BB-001 alone
    rows = {(r.standard, r.key): i for i, r in enumerate(dialog.form.rows)}
    assert "20 mg/kg" in dialog.form.rows[rows[(GB, "formaldehyde")]].limit  # class A
    dialog.form.set_value(rows[(GB, "formaldehyde")], "50")
    dialog.form.set_value(rows[(GB, "ph")], "6.5")
    dialog.form.set_tick(rows[(GB, "odour")], True)
    dialog.entered_by.setText("QA Li")
    published.clear()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.saved is not None)
    qtbot.waitUntil(lambda: ChangeSet.RESULTS in published)

    stored = {r.item: r for r in _written(demo_ws, before)}
    assert {k: r.value for k, r in stored.items()} == {"formaldehyde": "50", "ph": "6.5", "odour": "合格"}
    assert {r.report for r in stored.values()} == {REPORT}
    assert {r.entered_by for r in stored.values()} == {"QA Li"}
    assert {r.tested for r in stored.values()} == {demo_ws.certificates.get(REPORT).issued}
    gb = next(st for st in demo_ws.compliance.for_product("BB-001") if st.code == GB)
    # the newest result of each item counts: the three entered now, over the demo's
    verdicts = {i.key: (i.result.id, i.verdict) for i in gb.items if i.key in stored}
    assert verdicts == {
        "formaldehyde": (stored["formaldehyde"].id, "fail"),
        "ph": (stored["ph"].id, "pass"),
        "odour": (stored["odour"].id, "judged"),
    }
    assert gb.status == "failing"
    summary = dialog.summary.text()  # what the user sees after saving
    assert "Formaldehyde content 50 mg/kg: fail (over the limit by 30 mg/kg)" in summary
    assert "pH of aqueous extract 6.5: pass" in summary
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # now it reads Close
    assert not dialog.isVisible()


def test_a_value_that_is_not_a_number_is_refused_and_nothing_is_written(page, demo_ws, qtbot):
    before = _demo_ids(demo_ws)
    dialog = page.enter_results()
    qtbot.waitUntil(lambda: bool(dialog.form.rows))
    dialog.form.set_value(dialog.form.row_of(GB, "ph"), "6.5")
    dialog.form.set_value(dialog.form.row_of(GB, "formaldehyde"), "abc")
    dialog.save()
    qtbot.waitUntil(lambda: bool(dialog.error.text()))
    assert dialog.saved is None and dialog.save_button.isEnabled()
    assert _written(demo_ws, before) == []


def _write(path, header: list[str], rows: list[list[str]]) -> None:
    if path.suffix == ".xlsx":
        book = openpyxl.Workbook()
        sheet = book.active
        for line in [header, *rows]:
            sheet.append(line)
        book.save(path)
    else:
        with path.open("w", encoding="gb18030", newline="") as f:
            csv.writer(f).writerows([header, *rows])


ZH = ["货号", "标准", "项目", "结果", "单位", "检测日期"]
EN = ["SKU", "Standard", "Item", "Result", "Unit", "Tested"]


@pytest.mark.parametrize(("suffix", "header"), [(".csv", ZH), (".xlsx", EN)])
def test_an_import_with_a_bad_row_writes_nothing_and_a_good_one_is_written(
    page, demo_ws, qtbot, tmp_path, suffix, header
):
    before = _demo_ids(demo_ws)
    dialog = page.import_results()
    bad = tmp_path / f"bad{suffix}"
    _write(
        bad,
        header,
        [
            ["BB-001", "GB 18401", "甲醛含量", "16", "mg/kg", TESTED],  # by its Chinese name
            ["BB-001", "GB 18401", "ph", "abc", "", TESTED],  # row 3: not a number
        ],
    )
    dialog.preview(bad)
    qtbot.waitUntil(lambda: dialog.plan is not None)
    assert [(e.row, e.column) for e in dialog.plan.rejected] == [(3, header[3])]
    assert dialog.errors.isVisible() and dialog.errors_model.rowCount() == 1
    assert dialog.errors_model.index(0, 0).data() == "3"
    assert "nothing can be imported" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    assert _written(demo_ws, before) == []

    good = tmp_path / f"good{suffix}"
    _write(
        good,
        header,
        [
            ["BB-001", "GB 18401", "甲醛含量", "16", "mg/kg", TESTED],
            ["", "", "Formaldehyde content", "12", "mg/kg", TESTED],  # no SKU: every product of the report
            ["BB-001", "GB 18401", "ph", "6.8", "", TESTED],
        ],
    )
    dialog.preview(good)
    qtbot.waitUntil(lambda: dialog.plan is not None and dialog.import_button.isEnabled())
    assert dialog.found.rowCount() == 3 and not dialog.errors.isVisible()
    assert _written(demo_ws, before) == []  # the dry run wrote nothing
    backups = import_backups(demo_ws)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.plan is not None and dialog.plan.applied)
    stored = _written(demo_ws, before)
    assert sorted((r.item, r.value) for r in stored) == [
        ("formaldehyde", "12"),
        ("formaldehyde", "16"),
        ("ph", "6.8"),
    ]
    assert {r.report for r in stored} == {REPORT}
    assert import_backups(demo_ws) == backups + 1  # a backup before writing
    assert "Imported 3 results" in dialog.summary.text()


def test_a_file_without_the_needed_columns_is_refused_in_words(page, qtbot, tmp_path):
    dialog = page.import_results()
    odd = tmp_path / "odd.csv"
    _write(odd, ["名称", "备注"], [["x", "y"]])
    dialog.preview(odd)
    qtbot.waitUntil(lambda: "header" in dialog.summary.text() or "columns" in dialog.summary.text())
    assert not dialog.import_button.isEnabled()


def _edit_elsewhere(ws) -> None:
    """Another PC saves the report (its issuer) while the dialog is open: its version moves on."""
    cert = ws.certificates.get(REPORT)
    ws.certificates.update(REPORT, dataclasses.replace(cert, issuer="SGS 上海 (renamed)"))


def test_results_of_a_report_changed_elsewhere_meanwhile_are_refused(page, demo_ws, qtbot):
    before = _demo_ids(demo_ws)
    dialog = page.enter_results()
    qtbot.waitUntil(lambda: bool(dialog.form.rows))
    dialog.form.set_value(dialog.form.row_of(GB, "formaldehyde"), "12")
    _edit_elsewhere(demo_ws)
    dialog.save()
    qtbot.waitUntil(lambda: bool(dialog.error.text()))
    assert dialog.saved is None  # (Save comes back once the report is read again, below)
    assert "renamed" in dialog.error.text()  # what the other PC changed
    assert _written(demo_ws, before) == []
    # the report is read again (the value typed stays) and a second save goes through
    qtbot.waitUntil(lambda: "renamed" in dialog.heading.text() and dialog.save_button.isEnabled())
    assert dialog.form.values_snapshot()[dialog.form.row_of(GB, "formaldehyde")][0] == "12"
    dialog.save()
    qtbot.waitUntil(lambda: dialog.saved is not None)
    assert [(r.item, r.value) for r in _written(demo_ws, before)] == [("formaldehyde", "12")]


def import_backups(ws) -> int:
    """The backups an import of results took (the window's daily backup may be written meanwhile)."""
    return sum("import-results" in p.name for p in ws.backups.archives())


def test_an_import_into_a_report_changed_elsewhere_meanwhile_writes_nothing(page, demo_ws, qtbot, tmp_path):
    before = _demo_ids(demo_ws)
    dialog = page.import_results()
    good = tmp_path / "good.csv"
    _write(good, ZH, [["BB-001", "GB 18401", "甲醛含量", "16", "mg/kg", TESTED]])
    dialog.preview(good)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled())
    backups = import_backups(demo_ws)
    _edit_elsewhere(demo_ws)
    dialog.apply()
    # refused; the file is checked again against the report as it is now, the reason shown above
    qtbot.waitUntil(lambda: "renamed" in dialog.summary.text() and dialog.import_button.isEnabled())
    assert not dialog.plan.applied
    assert _written(demo_ws, before) == []
    assert import_backups(demo_ws) == backups + 1  # the backup was taken first, and kept
    dialog.apply()
    qtbot.waitUntil(lambda: dialog.plan.applied)
    assert [(r.item, r.value) for r in _written(demo_ws, before)] == [("formaldehyde", "16")]
