"""The spreadsheet import dialog on real files, a real workspace and the real task runner."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt

from desktop_app.workspace.changes import ChangeSet

pytestmark = pytest.mark.gui

PRODUCT_HEADERS = ["货号", "品名", "类别", "年龄段", "接触皮肤", "市场", "成分", "采购员"]
GOOD_PRODUCTS = [
    ["BB-101", "婴儿连体衣", "服装", "婴幼儿", "是", "中国、欧盟", "95%棉 5%氨纶", "王"],
    ["HT-201", "遮光窗帘", "家纺", "成人", "否", "CN", "涤纶100%", ""],
    ["KD-301", "儿童T恤", "服装", "儿童", "是", "CN", "棉100%", ""],
]
BAD_PRODUCTS = [
    ["SH-501", "鞋子", "鞋类", "成人", "是", "CN", "100%棉", ""],  # row 5: unknown category
    ["BB-102", "婴儿帽", "服装", "婴幼儿", "是", "CN", "90%棉", ""],  # row 6: composition of 90 %
]


def write_csv(path: Path, rows, *, encoding: str = "gb18030") -> Path:
    with open(path, "w", newline="", encoding=encoding) as f:
        csv.writer(f).writerows(rows)
    return path


def products_csv(path: Path, *, bad: bool = True) -> Path:
    """What Chinese Excel saves as CSV: GB18030, Chinese headers, one column the import does not know."""
    return write_csv(path, [PRODUCT_HEADERS, *GOOD_PRODUCTS, *(BAD_PRODUCTS if bad else [])])


def certificates_xlsx(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "证书"
    sheet.append(["证书类型", "证书编号", "发证机构", "颁发日期", "到期日期", "产品"])
    sheet.append(["OEKO-TEX", "OT-1", "Hohenstein", "2025-10-24", "2026-10-23", "BB-101、KD-301"])
    sheet.append(["GOTS", "GOTS-2", "Control Union", "2025-02-30", "", "BB-101"])  # row 3: no such day
    sheet.append(["GRS", "GRS-3", "CU", "2025-01-01", "2026-01-01", "NOPE-1"])  # row 4: unknown product
    book.save(path)
    return path


@pytest.fixture
def changes(hub):
    seen: list[ChangeSet] = []  # what the runner published
    hub.data_changed.connect(seen.append)
    return seen


@pytest.fixture
def make_dialog(ws, runner, hub, qtbot, english):
    from desktop_app.ui.dialogs.import_dialog import ImportDialog

    def make(kind: str, path: Path | None = None):
        dialog = ImportDialog(ws, runner, hub, kind, path)
        qtbot.addWidget(dialog)
        dialog.show()
        settle(qtbot, dialog)
        return dialog

    return make


def settle(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)


def cells(model, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def mapping(dialog) -> dict[str, str]:
    model = dialog.view.mapping_model
    return dict(zip(cells(model, 0), cells(model, 1)))


def errors(dialog) -> list[tuple[str, str, str]]:
    model = dialog.view.errors_model
    return [tuple(model.index(row, col).data() for col in range(3)) for row in range(model.rowCount())]


def test_dry_run_shows_counts_preview_and_mapping_and_writes_nothing(make_dialog, ws, tmp_path):
    from desktop_app.ui.models.import_preview_model import BAD_CELL

    dialog = make_dialog("products", products_csv(tmp_path / "产品.csv"))
    summary = dialog.summary_text()
    assert re.search(r"\b3 to add\b", summary) and re.search(r"\b0 to update\b", summary)
    assert re.search(r"\b2 row", summary) and "GB18030" in summary and "row 1" in summary
    assert dialog.path_label.text() == "产品.csv" and not dialog.message.isVisible()

    preview = dialog.view.preview_model
    assert (
        preview.headerData(1, Qt.Orientation.Horizontal) == "货号"
        and preview.headerData(7, Qt.Orientation.Horizontal) == "成分"
    )
    assert [preview.headerData(r, Qt.Orientation.Vertical) for r in range(5)] == ["2", "3", "4", "5", "6"]
    assert cells(preview, 0) == ["New", "New", "New", "Rejected", "Rejected"]
    assert cells(preview, 1) == ["BB-101", "HT-201", "KD-301", "SH-501", "BB-102"]
    category_cell = preview.index(3, 3)  # 鞋类, the reason the row is rejected
    assert category_cell.data(Qt.ItemDataRole.BackgroundRole).color() == BAD_CELL
    assert preview.index(3, 2).data(Qt.ItemDataRole.BackgroundRole).color() != BAD_CELL
    assert "not known" in preview.index(3, 1).data(Qt.ItemDataRole.ToolTipRole)

    found = mapping(dialog)
    assert found["SKU"] == "货号" and found["Name"] == "品名" and found["Composition"] == "成分"
    assert found["Claims"] == "— not in the file" and found["(not used)"] == "采购员"
    assert dialog.import_button.isEnabled()
    assert ws.products.list() == [] and ws.backups.automatic() == []


def test_import_adds_the_good_rows_and_lists_the_bad_ones(make_dialog, ws, tmp_path, qtbot, changes):
    dialog = make_dialog("products", products_csv(tmp_path / "产品.csv"))
    assert errors(dialog) == [("5", "类别", "鞋类"), ("6", "成分", "90%棉")]
    assert "90" in dialog.view.errors_model.index(1, 3).data()
    assert dialog.view.tabText(2) == "Problems (2)"

    with qtbot.waitSignal(dialog.imported, timeout=10000) as imported:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        assert not dialog.import_button.isEnabled() and not dialog.close_button.isEnabled()
    report = imported.args[0]
    assert report.applied and report.backup.exists()
    assert sorted(p.sku for p in ws.products.list()) == ["BB-101", "HT-201", "KD-301"]
    assert changes == [ChangeSet.PRODUCTS | ChangeSet.BACKUPS]  # the records and the automatic backup
    summary = dialog.summary_text()
    assert re.search(r"Imported: 3 added, 0 updated", summary) and report.backup.name in summary
    assert cells(dialog.view.preview_model, 0)[:3] == ["Added"] * 3
    assert not dialog.import_button.isEnabled() and dialog.close_button.isEnabled()

    # The same SKUs again, one renamed: an update, the others unchanged.
    rows = [PRODUCT_HEADERS, *GOOD_PRODUCTS]
    rows[2] = ["HT-201", "遮光窗帘 加厚", *GOOD_PRODUCTS[1][2:]]
    dialog.load(write_csv(tmp_path / "改名.csv", rows))
    settle(qtbot, dialog)
    assert re.search(r"\b0 to add, 1 to update, 2 unchanged", dialog.summary_text())
    assert cells(dialog.view.preview_model, 0) == ["Unchanged", "Update", "Unchanged"]
    dialog.apply()
    settle(qtbot, dialog)
    assert ws.products.get("HT-201").name == "遮光窗帘 加厚"
    assert changes == [ChangeSet.PRODUCTS | ChangeSet.BACKUPS] * 2


def test_all_or_nothing_with_bad_rows_disables_import_and_writes_nothing(make_dialog, ws, tmp_path, qtbot):
    dialog = make_dialog("products", products_csv(tmp_path / "产品.csv"))
    assert dialog.import_button.isEnabled()
    dialog.all_or_nothing.setChecked(True)
    assert not dialog.import_button.isEnabled()
    assert "nothing can be imported while any row is rejected" in dialog.summary_text()
    dialog.apply()  # what a click would do: nothing
    assert not dialog.busy
    assert ws.products.list() == [] and ws.backups.automatic() == []

    dialog.load(products_csv(tmp_path / "good.csv", bad=False))
    settle(qtbot, dialog)
    assert dialog.all_or_nothing.isChecked() and dialog.import_button.isEnabled()
    dialog.apply()
    settle(qtbot, dialog)
    assert len(ws.products.list()) == 3 and dialog.report.all_or_nothing and dialog.report.applied


def test_encoding_choice_rereads_the_file(make_dialog, tmp_path, qtbot):
    dialog = make_dialog("products", products_csv(tmp_path / "产品.csv"))
    assert dialog.encoding_combo.isEnabled() and dialog.encoding() is None

    dialog.encoding_combo.setCurrentIndex(1)  # UTF-8, which this GB18030 file is not
    assert dialog.busy
    settle(qtbot, dialog)
    assert dialog.report is None and not dialog.import_button.isEnabled()
    assert dialog.message.isVisible() and "not UTF-8 text" in dialog.message.text()
    assert dialog.view.preview_model.rowCount() == 0 and dialog.view.errors_model.rowCount() == 0

    dialog.encoding_combo.setCurrentIndex(2)  # GB18030
    settle(qtbot, dialog)
    assert dialog.report.encoding == "gb18030" and not dialog.message.isVisible()
    assert re.search(r"\b3 to add\b", dialog.summary_text()) and dialog.import_button.isEnabled()
    assert cells(dialog.view.preview_model, 2)[0] == "婴儿连体衣"

    utf8 = write_csv(tmp_path / "utf8.csv", [PRODUCT_HEADERS, *GOOD_PRODUCTS], encoding="utf-8")
    dialog.load(utf8)  # GB18030 still chosen
    settle(qtbot, dialog)
    assert dialog.report is None and "not GB18030 text" in dialog.message.text()
    dialog.encoding_combo.setCurrentIndex(0)  # Automatic
    settle(qtbot, dialog)
    assert dialog.report.encoding == "utf-8" and "UTF-8" in dialog.summary_text()
    assert cells(dialog.view.preview_model, 2)[0] == "婴儿连体衣"


def test_whole_file_problems_show_in_the_dialog(make_dialog, ws, tmp_path, qtbot):
    rows = [[c for c in row if c != "成分"] for row in [PRODUCT_HEADERS]]
    no_composition = write_csv(
        tmp_path / "缺列.csv", [*rows, ["BB-101", "连体衣", "服装", "婴幼儿", "是", "CN"]]
    )
    dialog = make_dialog("products", no_composition)
    assert dialog.isVisible() and dialog.message.isVisible()
    assert "lacks required columns" in dialog.message.text() and "成分 Composition" in dialog.message.text()
    assert not dialog.import_button.isEnabled() and dialog.report is None

    fake = tmp_path / "fake.xlsx"
    fake.write_text("not a workbook", encoding="utf-8")
    dialog.load(fake)
    settle(qtbot, dialog)
    assert "not a readable .xlsx workbook" in dialog.message.text()
    assert not dialog.encoding_combo.isEnabled()  # no encoding choice for workbooks

    dialog.load(tmp_path / "gone.csv")
    settle(qtbot, dialog)
    assert "was not found" in dialog.message.text()

    dialog.load(products_csv(tmp_path / "ok.csv"))  # a good file clears the message
    settle(qtbot, dialog)
    assert not dialog.message.isVisible() and dialog.import_button.isEnabled()
    assert ws.products.list() == []


def test_importing_certificates_from_a_workbook(make_dialog, ws, tmp_path, qtbot, changes):
    ws.transfer.import_products(products_csv(tmp_path / "p.csv", bad=False), apply=True)
    dialog = make_dialog("certificates")
    assert dialog.windowTitle() == "Import certificates" and not dialog.import_button.isEnabled()
    dialog.choose_file = lambda: str(certificates_xlsx(tmp_path / "证书.xlsx"))
    dialog.choose_button.click()
    settle(qtbot, dialog)
    assert not dialog.encoding_combo.isEnabled() and dialog.encoding() is None
    assert "Sheet “证书”, header on row 1" in dialog.summary_text()
    assert re.search(r"\b1 to add\b", dialog.summary_text())
    assert errors(dialog) == [("3", "颁发日期", "2025-02-30"), ("4", "产品", "NOPE-1")]
    found = mapping(dialog)
    assert found["Number"] == "证书编号" and found["Issued"] == "颁发日期" and found["Products"] == "产品"

    dialog.apply()
    settle(qtbot, dialog)
    assert ws.certificates.get("OT-1").products == ("BB-101", "KD-301")
    assert [st.certificate.number for st in ws.certificates.states()] == ["OT-1"]
    assert changes == [ChangeSet.CERTIFICATES | ChangeSet.BACKUPS]


def test_save_template(make_dialog, tmp_path, qtbot):
    dialog = make_dialog("products")
    dialog.choose_template_path = lambda: str(tmp_path / "模板")  # no suffix typed
    dialog.template_button.click()
    qtbot.waitUntil(lambda: "Template saved" in dialog.message.text(), timeout=10000)
    book = load_workbook(tmp_path / "模板.xlsx", read_only=True)
    header = next(book.worksheets[0].iter_rows(values_only=True))
    book.close()
    assert "货号 SKU" in header and "成分 Composition" in header


def test_closing_while_a_dry_run_reads_drops_its_result(make_dialog, runner, tmp_path, qtbot):
    dialog = make_dialog("products")
    dialog.load(products_csv(tmp_path / "产品.csv"))
    assert dialog.busy and not dialog.choose_button.isEnabled() and not dialog.import_button.isEnabled()
    dialog.reject()
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: not runner.busy)  # the worker finished; its result must not reach the dialog
    assert dialog.report is None


def test_field_names_follow_the_language(make_dialog, qapp, ws, tmp_path):
    from desktop_app.app import apply_language

    dialog = make_dialog("products", products_csv(tmp_path / "产品.csv"))
    assert "SKU" in mapping(dialog)
    apply_language(qapp, "zh_CN", ws.resources)
    qapp.processEvents()
    assert mapping(dialog)["货号"] == "货号"


def test_report_models_pass_the_model_tester(qapp, ws, tmp_path, qtlog, english):
    from PySide6.QtTest import QAbstractItemModelTester

    from desktop_app.ui.models.import_errors_model import ImportErrorsModel
    from desktop_app.ui.models.import_mapping_model import ImportMappingModel
    from desktop_app.ui.models.import_preview_model import ImportPreviewModel
    from desktop_app.ui.widgets.import_report_view import ImportReportView

    many = [PRODUCT_HEADERS] + [
        [f"N-{i}", "围巾", "服装", "成人", "否", "CN", "棉100%", ""] for i in range(25)
    ]
    report = ws.transfer.import_products(write_csv(tmp_path / "many.csv", many + BAD_PRODUCTS))
    preview, mapping_model, errors_model = ImportPreviewModel(), ImportMappingModel(), ImportErrorsModel()
    mode = QAbstractItemModelTester.FailureReportingMode.Warning
    testers = [QAbstractItemModelTester(m, mode) for m in (preview, mapping_model, errors_model)]
    for _ in range(2):
        preview.set_report(report)
        mapping_model.set_report(report)
        errors_model.set_errors(report.rejected)
        assert preview.rowCount() == 20 and errors_model.rowCount() == 2
        preview.set_report(None)
        mapping_model.set_report(None)
        errors_model.set_errors([])
    assert testers
    assert not [r.message for r in qtlog.records if "FAIL" in r.message]

    view = ImportReportView()
    view.set_report(report)
    assert view.preview_note.text() == "Showing the first 20 of 27 rows."
    view.deleteLater()


def test_an_update_shows_old_to_new_and_a_safety_change_is_confirmed_first(make_dialog, ws, qtbot, tmp_path):
    first = make_dialog("products", products_csv(tmp_path / "p.csv", bad=False))
    first.apply()
    settle(qtbot, first)
    rows = [
        PRODUCT_HEADERS,
        ["BB-101", "婴儿连体衣", "服装", "成人", "是", "中国、欧盟", "95%棉 5%氨纶", "王"],
    ]
    dialog = make_dialog("products", write_csv(tmp_path / "u.csv", rows))
    model = dialog.view.preview_model
    age = PRODUCT_HEADERS.index("年龄段") + 1
    assert model.index(0, age).data() == "⚠ Infant (≤36 months) → Adult"
    assert model.index(0, 1).data() == "BB-101"  # unchanged cells show the file's value

    dialog.apply()
    box = dialog.confirm_box
    assert box is not None and "BB-101" in box.text() and "Infant (≤36 months) → Adult" in box.text()
    [back] = [b for b in box.buttons() if b.text() == "Go back"]
    back.click()
    assert dialog.confirm_box is None and not dialog.busy
    assert ws.products.get("BB-101").age_group == "infant"

    dialog.apply()
    [yes] = [b for b in dialog.confirm_box.buttons() if b.text() == "Import these changes"]
    yes.click()
    settle(qtbot, dialog)
    assert dialog.report.applied and ws.products.get("BB-101").age_group == "adult"
