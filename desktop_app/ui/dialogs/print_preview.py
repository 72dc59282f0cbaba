"""Print preview of a checklist PDF inside the app: its pages, zoom, and Print….

The page list on the left is rendered off the GUI thread, a few pages per
task, so a batch of hundreds of pages never freezes the window; the page shown
is rendered at the chosen zoom, also off the GUI thread. Print… opens the
system print dialog and draws each page onto the chosen printer
(`print_to`), at the printer's resolution up to `PRINT_DPI`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..pdf_pages import PdfPages
from ..tasks import Lane, TaskRunner

THUMB_DPI = 18  # a page list entry about 150 pixels high
THUMBS_PER_TASK = 8
ZOOMS = (50, 75, 100, 125, 150, 200)
PRINT_DPI = 300  # enough for 10-pt text and the QR code; more only makes the job bigger


class PrintPreviewDialog(QDialog):
    thumbnails_rendered = Signal(int)  # every page of the list rendered: their number
    page_shown = Signal(int)  # the page (from 0) now shown at the chosen zoom

    def __init__(self, pdf: Path | str, *, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printPreview")
        self.runner = runner
        self.pages = PdfPages(pdf)
        self.rendered: set[int] = set()  # pages whose list entry is rendered
        self.printer: QPrinter | None = None  # kept: the dialog and the job outlive the call
        self._closed = False
        self._build()
        self.retranslate()
        self._render_thumbnails(0)
        self.show_page(0)

    def _build(self) -> None:
        self.thumbs = QListWidget(self)
        self.thumbs.setIconSize(QSize(110, 156))
        self.thumbs.setViewMode(QListWidget.ViewMode.ListMode)
        self.thumbs.setMaximumWidth(170)
        for i in range(len(self.pages)):
            self.thumbs.addItem(QListWidgetItem(str(i + 1)))
        self.view = QLabel(self)
        self.view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(self.view)
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.previous_button = QPushButton("◀", self)
        self.next_button = QPushButton("▶", self)
        self.page_box = QSpinBox(self)
        self.page_box.setRange(1, max(1, len(self.pages)))
        self.page_count = QLabel(self)
        self.zoom = QComboBox(self)
        for z in ZOOMS:
            self.zoom.addItem(f"{z} %", z)
        self.zoom.setCurrentIndex(ZOOMS.index(100))
        self.print_button = QPushButton(self)
        self.close_button = QPushButton(self)
        bar = QHBoxLayout()
        for w in (self.previous_button, self.page_box, self.page_count, self.next_button, self.zoom):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.close_button)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.thumbs)
        split.addWidget(self.scroll)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        self.previous_button.clicked.connect(lambda: self.show_page(self.current - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self.current + 1))
        self.page_box.valueChanged.connect(lambda n: self.show_page(n - 1))
        self.thumbs.currentRowChanged.connect(self.show_page)
        self.zoom.currentIndexChanged.connect(lambda _i: self.show_page(self.current, force=True))
        self.print_button.clicked.connect(self.print_dialog)
        self.close_button.clicked.connect(self.reject)
        self.current = -1
        self.resize(900, 700)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Print preview — {name}").format(name=self.pages.path.name))
        self.page_count.setText(self.tr("of {n}").format(n=len(self.pages)))
        self.previous_button.setToolTip(self.tr("Previous page"))
        self.next_button.setToolTip(self.tr("Next page"))
        self.zoom.setToolTip(self.tr("Zoom"))
        self.print_button.setText(self.tr("Print…"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # the page list ------------------------------------------------------------

    def _render_thumbnails(self, start: int) -> None:
        """Pages `start`… a few at a time, one task after the other (PDFium is serial anyway)."""
        if self._closed or start >= len(self.pages):
            if not self._closed:
                self.thumbnails_rendered.emit(len(self.rendered))
            return
        stop = min(start + THUMBS_PER_TASK, len(self.pages))
        pages = self.pages

        def render(ctx) -> list[tuple[int, QImage]]:
            out = []
            for i in range(start, stop):
                ctx.check()
                out.append((i, pages.render(i, THUMB_DPI)))
            return out

        def done(images: list[tuple[int, QImage]]) -> None:
            if self._closed:
                return
            for i, image in images:
                self.thumbs.item(i).setIcon(QIcon(QPixmap.fromImage(image)))
                self.rendered.add(i)
            self._render_thumbnails(stop)

        self.runner.submit(render, on_done=done, label="preview pages", lane=Lane.NETWORK)

    # the page shown -----------------------------------------------------------

    def dpi(self) -> float:
        return self.logicalDpiX() * (self.zoom.currentData() or 100) / 100

    def show_page(self, index: int, *, force: bool = False) -> None:
        if not len(self.pages):
            return
        index = max(0, min(index, len(self.pages) - 1))
        if index == self.current and not force:
            return
        self.current = index
        self.page_box.blockSignals(True)
        self.page_box.setValue(index + 1)
        self.page_box.blockSignals(False)
        self.thumbs.blockSignals(True)
        self.thumbs.setCurrentRow(index)
        self.thumbs.blockSignals(False)
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(self.pages) - 1)
        dpi, pages = self.dpi(), self.pages

        def done(image: QImage) -> None:
            if not self._closed and index == self.current:
                self.view.setPixmap(QPixmap.fromImage(image))
                self.page_shown.emit(index)

        self.runner.submit(
            lambda ctx: pages.render(index, dpi), on_done=done, label="preview", lane=Lane.NETWORK
        )

    # printing -----------------------------------------------------------------

    def print_dialog(self) -> None:
        """The system print dialog; on OK, the pages onto the chosen printer."""
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setFullPage(True)  # the PDF has its own margins
        self.printer.setDocName(self.pages.path.stem)
        dialog = QPrintDialog(self.printer, self)
        dialog.setMinMax(1, len(self.pages))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(self.printer)

    def print_to(self, printer: QPrinter) -> int:
        """Draw the pages (the printer's range, else all) onto `printer`; returns how many.

        On the GUI thread: a QPainter on a system printer belongs to it."""
        first, last = printer.fromPage(), printer.toPage()
        indices = range(first - 1, last) if first and last else range(len(self.pages))
        dpi = min(PRINT_DPI, printer.resolution())
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        try:
            for n, i in enumerate(indices):
                if n:
                    printer.newPage()
                image = self.pages.render(i, dpi)
                target = QRectF(printer.paperRect(QPrinter.Unit.DevicePixel))
                size = image.size().scaled(target.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRectF(target.topLeft(), size.toSizeF()), image)
        finally:
            painter.end()
        return len(indices)

    def done(self, result: int) -> None:
        self._closed = True  # tasks still running deliver to no one, and render nothing
        self.pages.close()
        super().done(result)
