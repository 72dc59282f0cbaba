"""File → Import / Export records, and the Import… buttons on the pages."""

from __future__ import annotations

import csv

import pytest
from openpyxl import load_workbook

pytestmark = pytest.mark.gui


def test_file_menu_has_import_and_export_of_records(window):
    titles = [a.text() for a in window.file_menu.actions()]
    assert "Import records" in titles and "Export records" in titles
    assert [a.text() for a in window.transfer.export_menu.actions()] == [
        "Product list…",
        "Certificate register…",
        "Standards by product (matrix)…",
    ]


def test_the_pages_import_buttons_open_the_dialog_for_their_kind(window, qtbot, monkeypatch, tmp_path):
    from desktop_app.ui.dialogs.import_dialog import ImportDialog

    monkeypatch.setattr(ImportDialog, "choose_file", lambda self: "")  # the user cancels the file dialog
    window.go(window.PRODUCTS)
    window.products.import_button.click()
    dialog = window.transfer.import_dialog
    assert dialog is not None and dialog.kind == "products" and dialog.isVisible()
    window.go(window.CERTIFICATES)
    window.certificates.import_button.click()
    qtbot.waitUntil(lambda: window.transfer.import_dialog is not dialog)
    assert window.transfer.import_dialog.kind == "certificates"
    window.transfer.import_dialog.close()


def test_export_the_register_as_csv_and_the_products_as_xlsx(window, demo_ws, qtbot, tmp_path):
    window.transfer.export("certificates", str(tmp_path / "register.csv"))
    qtbot.waitUntil(lambda: window.transfer.last_export is not None, timeout=10000)
    assert "Exported 9 rows" in window.statusBar().currentMessage()
    rows = list(csv.DictReader((tmp_path / "register.csv").read_text("utf-8-sig").splitlines()))
    assert len(rows) == 9 and all(r["剩余天数 Days left"] for r in rows)
    assert {r["状态 Status"] for r in rows} & {"Valid", "EXPIRED"}  # the interface language: English

    window.transfer.last_export = None
    window.transfer.export("products", str(tmp_path / "products"))  # no suffix: a workbook
    qtbot.waitUntil(lambda: window.transfer.last_export is not None, timeout=10000)
    sheet = load_workbook(tmp_path / "products.xlsx").worksheets[0]
    assert sheet.max_row == 13 and sheet["A1"].value == "货号 SKU"


def test_a_failed_export_says_why(window, qtbot, tmp_path):
    (tmp_path / "file").write_text("x")
    window.transfer.export("matrix", str(tmp_path / "file" / "m.xlsx"))
    qtbot.waitUntil(lambda: "Export failed" in window.statusBar().currentMessage(), timeout=10000)
    assert window.transfer.last_export is None
