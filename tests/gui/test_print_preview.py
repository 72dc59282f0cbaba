"""The print preview: every page rendered off the GUI thread, navigation, zoom, printing."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def batch_pdf(tmp_path_factory):
    """Checklists of three demo products, in one real PDF."""
    from desktop_app.workspace import Workspace

    folder = tmp_path_factory.mktemp("preview")
    ws = Workspace(folder / "data")
    try:
        ws.demo.load()
        out = folder / "batch.pdf"
        ws.reports.write_checklists(["BB-001", "HT-301", "YN-401"], out, lang="zh")
    finally:
        ws.close()
    return out


@pytest.fixture
def preview(batch_pdf, runner, qtbot):
    from desktop_app.ui.dialogs.print_preview import PrintPreviewDialog

    dialog = PrintPreviewDialog(batch_pdf, runner=runner)
    qtbot.addWidget(dialog)
    dialog.show()
    yield dialog
    dialog.close()


def test_every_page_is_rendered_off_the_gui_thread(preview, batch_pdf, qtbot):
    pages = len(PdfReader(batch_pdf).pages)
    assert pages > 3  # a batch: several pages a product
    with qtbot.waitSignal(preview.thumbnails_rendered, timeout=30000) as rendered:
        pass
    assert rendered.args == [pages]
    assert preview.rendered == set(range(pages)) and preview.thumbs.count() == pages
    assert all(not preview.thumbs.item(i).icon().isNull() for i in range(pages))


def test_navigation_and_zoom(preview, batch_pdf, qtbot):
    pages = len(PdfReader(batch_pdf).pages)
    qtbot.waitUntil(lambda: preview.view.pixmap() is not None and not preview.view.pixmap().isNull())
    assert not preview.previous_button.isEnabled()
    width = preview.view.pixmap().width()
    with qtbot.waitSignal(preview.page_shown, timeout=10000) as shown:
        preview.next_button.click()
    assert shown.args == [1] and preview.page_box.value() == 2 and preview.thumbs.currentRow() == 1
    with qtbot.waitSignal(preview.page_shown, timeout=10000):
        preview.zoom.setCurrentIndex(preview.zoom.findData(200))
    assert preview.view.pixmap().width() == pytest.approx(2 * width, abs=2)
    with qtbot.waitSignal(preview.page_shown, timeout=10000) as shown:
        preview.page_box.setValue(pages)
    assert shown.args == [pages - 1] and not preview.next_button.isEnabled()


def test_printing_to_a_pdf_printer_gives_every_page(preview, batch_pdf, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setFullPage(True)
    pages = len(PdfReader(batch_pdf).pages)
    assert preview.print_to(printer) == pages
    printed = PdfReader(tmp_path / "printed.pdf")
    assert len(printed.pages) == pages


def test_a_page_range_prints_only_those_pages(preview, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "two.pdf"))
    printer.setFromTo(2, 3)
    assert preview.print_to(printer) == 2
    assert len(PdfReader(tmp_path / "two.pdf").pages) == 2
