"""Checklist PDFs: written off the GUI thread, then opened or sent to a printer.

Qt Essentials cannot render a PDF onto a QPrinter, so "Print" lets the user
choose the printer and copies in Qt's print dialog and hands the file to the
system's print command for that printer (`printto` on Windows, `lp` elsewhere).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QProcess, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QMessageBox, QWidget

from ..workspace.changes import Changed
from .errors import message_for
from .i18n import current_language
from .tasks import TaskRunner

if TYPE_CHECKING:
    from ..workspace import Workspace


def send_to_printer(pdf: Path, printer: QPrinter) -> None:
    """Hand `pdf` to the operating system's print command for the chosen printer."""
    name = printer.printerName()
    if sys.platform == "win32":
        os.startfile(str(pdf), "printto", f'"{name}"')  # type: ignore[attr-defined]
        return
    args = ["-n", str(max(1, printer.copyCount()))]
    if name:
        args += ["-d", name]
    QProcess.startDetached("lp", [*args, str(pdf)])


class ChecklistPrinter(QObject):
    """Runs `ws.reports.write_checklists` as a cancellable task and offers the result."""

    def __init__(self, ws: Workspace, runner: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self.ws = ws
        self.runner = runner
        self.window = parent
        self.nothing_selected_box: QMessageBox | None = None
        self.printer: QPrinter | None = None  # kept: the dialog and the print job outlive the call
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
        open_button = box.addButton(self.tr("Open"), QMessageBox.ButtonRole.AcceptRole)
        print_button = box.addButton(self.tr("Print…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(open_button)
        box.exec()
        if box.clickedButton() is open_button:
            self.open_pdf()
        elif box.clickedButton() is print_button:
            self.print_pdf()

    def open_pdf(self) -> None:
        if self.last_pdf is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_pdf)))

    def print_pdf(self) -> None:
        if self.last_pdf is None:
            return
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(self.printer, self.window)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            send_to_printer(self.last_pdf, self.printer)
