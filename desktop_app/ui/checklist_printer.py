"""Checklist PDFs: written off the GUI thread, then previewed and printed in the app.

The preview (`dialogs.print_preview`) renders the pages with PDFium and
prints them through Qt's print dialog onto the chosen printer; "Open in PDF
viewer" hands the file to the system's viewer instead.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from ..workspace.changes import Changed
from .dialogs.print_preview import PrintPreviewDialog
from .errors import message_for
from .i18n import current_language
from .tasks import TaskRunner

if TYPE_CHECKING:
    from ..workspace import Workspace


class ChecklistPrinter(QObject):
    """Runs `ws.reports.write_checklists` as a cancellable task and offers the result."""

    def __init__(self, ws: Workspace, runner: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self.ws = ws
        self.runner = runner
        self.window = parent
        self.nothing_selected_box: QMessageBox | None = None
        self.preview: PrintPreviewDialog | None = None
        self.last_pdf: Path | None = None

    def _say_nothing_selected(self) -> None:
        """Print with no product selected says what to do instead of doing nothing."""
        if self.nothing_selected_box is not None:
            self.nothing_selected_box.close()
            self.nothing_selected_box.deleteLater()
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Print checklist"),
            self.tr(
                "No product is selected. Select the products to print in the list "
                "(Ctrl+click for several, Ctrl+A for all), then print again."
            ),
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setObjectName("nothingSelected")
        box.setWindowModality(Qt.WindowModality.WindowModal)
        self.nothing_selected_box = box
        box.show()

    def print_checklists(self, skus: list[str]) -> None:
        if not skus:
            self._say_nothing_selected()
            return
        ui_lang = current_language()
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        name = f"checklist-{skus[0]}-{stamp}.pdf" if len(skus) == 1 else f"checklists-{stamp}.pdf"
        out = self.ws.paths.checklists / name.replace("/", "_")

        def write(ctx) -> Changed[Path]:
            firm = self.ws.firm()
            lang = firm.checklist_lang or ui_lang
            run = self.ws.reports.write_checklists(
                skus,
                out,
                lang=lang,
                paper=firm.paper_size,
                progress=ctx.progress,
                cancel=lambda: ctx.cancelled,
            )
            return Changed(out, run.changes)  # the checklist log

        self.runner.submit(
            write,
            on_done=self._on_pdf_written,
            on_error=lambda exc: QMessageBox.warning(self.window, self.tr("Checklist"), message_for(exc)),
            label=self.tr("Writing checklists"),
        )

    def _on_pdf_written(self, pdf: Path) -> None:
        self.last_pdf = Path(pdf)
        box = QMessageBox(self.window)
        box.setWindowTitle(self.tr("Checklist ready"))
        box.setText(self.tr("The checklist was saved as {name}.").format(name=self.last_pdf.name))
        preview_button = box.addButton(self.tr("Preview and print…"), QMessageBox.ButtonRole.AcceptRole)
        open_button = box.addButton(self.tr("Open in PDF viewer"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(preview_button)
        box.exec()
        if box.clickedButton() is preview_button:
            self.show_preview()
        elif box.clickedButton() is open_button:
            self.open_pdf()

    def open_pdf(self) -> None:
        if self.last_pdf is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_pdf)))

    def show_preview(self) -> PrintPreviewDialog | None:
        """The pages inside the app, with Print… (the system print dialog)."""
        if self.last_pdf is None:
            return None
        if self.preview is not None:
            self.preview.close()
            self.preview.deleteLater()
        self.preview = PrintPreviewDialog(self.last_pdf, runner=self.runner, parent=self.window)
        self.preview.setModal(False)
        self.preview.show()
        return self.preview
