"""Print checklist: written off the GUI thread, then opened or printed."""

from __future__ import annotations

import threading

import pytest
from pypdf import PdfReader

from desktop_app.workspace.changes import ChangeSet

pytestmark = pytest.mark.gui


class RecordingReports:
    """The real `ws.reports`, noting which thread wrote and with what arguments."""

    def __init__(self, real) -> None:
        self.real = real
        self.calls = []
        self.thread = None

    def __getattr__(self, name):
        return getattr(self.real, name)

    def write_checklists(self, skus, out, *, lang, paper, progress, cancel):
        self.thread = threading.current_thread()
        self.calls.append((tuple(skus), lang, paper))
        return self.real.write_checklists(skus, out, lang=lang, paper=paper, progress=progress, cancel=cancel)


def test_print_checklist_writes_a_pdf_off_the_gui_thread_and_opens_it(
    demo_ws, make_window, english, qtbot, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.ui import checklist_printer

    demo_ws.reports = RecordingReports(demo_ws.reports)
    opened = []
    monkeypatch.setattr(checklist_printer.QDesktopServices, "openUrl", lambda url: opened.append(url) or True)

    def choose_open(box):
        return next(b for b in box.buttons() if b.text() == "Open in PDF viewer")

    monkeypatch.setattr(QMessageBox, "exec", lambda box: box.setProperty("_clicked", True) or 0)
    monkeypatch.setattr(QMessageBox, "clickedButton", choose_open)
    window = make_window(demo_ws)
    page = window.products
    window.go(window.PRODUCTS)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    page.select("BB-001")
    assert page.print_button.isEnabled() and window.print_action.isEnabled()
    published = []
    window.hub.data_changed.connect(published.append)
    page.print_checklists()
    qtbot.waitUntil(lambda: bool(opened))
    qtbot.waitUntil(lambda: bool(published))
    assert published == [ChangeSet.CHECKLIST_LOG]  # the checklist was logged
    assert [e.sku for e in demo_ws.reports.checklist_log()] == ["BB-001"]
    assert demo_ws.reports.calls == [(("BB-001",), "en", "a4")]
    assert demo_ws.reports.thread is not threading.main_thread()
    pdf = page.printer.last_pdf
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "BB-001" in text and "Compliance checklist" in text  # the real checklist, read back
    assert opened[0].toLocalFile() == str(pdf)


def test_print_shows_the_preview_whose_print_fills_the_chosen_printer(
    demo_ws, make_window, english, qtbot, monkeypatch, tmp_path
):
    """ "Preview and print…" opens the pages in the app; its Print… draws every page onto the
    printer the system dialog chose (here a PDF file, read back)."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QMessageBox

    chosen = tmp_path / "printed.pdf"

    def accept(dialog):
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(chosen))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    monkeypatch.setattr(
        QMessageBox,
        "clickedButton",
        lambda box: next(b for b in box.buttons() if b.text() == "Preview and print…"),
    )
    window = make_window(demo_ws)
    window.go(window.PRODUCTS)
    qtbot.waitUntil(lambda: window.products.model.rowCount() > 0)
    window.products.select("BB-001")
    window.print_action.trigger()
    printer = window.products.printer
    qtbot.waitUntil(lambda: printer.preview is not None and printer.preview.isVisible(), timeout=20000)
    preview = printer.preview
    pages = len(PdfReader(printer.last_pdf).pages)
    qtbot.waitUntil(lambda: len(preview.rendered) == pages, timeout=20000)
    preview.print_button.click()
    assert len(PdfReader(chosen).pages) == pages
    preview.close()
