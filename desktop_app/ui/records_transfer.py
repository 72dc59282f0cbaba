"""File → Import / Export of the firm's records as spreadsheets.

Import opens the `ImportDialog` (look first, then write). Export writes the
product list, the certificate register or the applicability matrix to a
`.xlsx` or `.csv` the user names, on the database lane, in the interface
language, and says in the status bar where it went. The window owns one of
these and puts its actions in the File menu.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu

from .dialogs.import_dialog import ImportDialog
from .errors import message_for
from .i18n import current_language

if TYPE_CHECKING:
    from ..workspace import Workspace

EXPORTS = ("products", "certificates", "matrix")


class RecordsTransfer(QObject):
    def __init__(self, ws: Workspace, runner, hub, window: QMainWindow) -> None:
        super().__init__(window)
        self.ws, self.runner, self.hub, self.window = ws, runner, hub, window
        self.import_dialog: ImportDialog | None = None
        self.last_export: Path | None = None
        self.import_products_action = QAction(window)
        self.import_certificates_action = QAction(window)
        self.import_products_action.triggered.connect(lambda: self.open_import("products"))
        self.import_certificates_action.triggered.connect(lambda: self.open_import("certificates"))
        self.export_actions: dict[str, QAction] = {}
        for kind in EXPORTS:
            action = QAction(window)
            action.triggered.connect(lambda _checked=False, k=kind: self.export(k))
            self.export_actions[kind] = action
        self.import_menu = QMenu(window)
        self.import_menu.addActions([self.import_products_action, self.import_certificates_action])
        self.export_menu = QMenu(window)
        self.export_menu.addActions(list(self.export_actions.values()))
        self.retranslate()

    # import ------------------------------------------------------------------------

    def open_import(self, kind: str, path: str | None = None) -> ImportDialog:
        """The import dialog for `kind`, asking for the file at once (or loading `path`)."""
        if self.import_dialog is not None:
            self.import_dialog.close()
            self.import_dialog.deleteLater()
        dialog = ImportDialog(self.ws, self.runner, self.hub, kind, parent=self.window)
        self.import_dialog = dialog
        dialog.show()
        if path is not None:
            dialog.load(path)
        else:
            chosen = dialog.choose_file()
            if chosen:
                dialog.load(chosen)
        return dialog

    # export ------------------------------------------------------------------------

    def choose_export_path(self, kind: str) -> str:
        """Where to write; a separate method so tests can answer for the user."""
        names = {
            "products": self.tr("products"),
            "certificates": self.tr("certificates"),
            "matrix": self.tr("standards-matrix"),
        }
        suggested = Path.home() / f"{names[kind]}-{dt.date.today():%Y%m%d}.xlsx"
        path, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export"),
            str(suggested),
            self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"),
        )
        return path

    def export(self, kind: str, path: str | None = None) -> None:
        chosen = path or self.choose_export_path(kind)
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix.lower() not in (".xlsx", ".csv"):
            target = target.with_name(target.name + ".xlsx")
        lang = "zh" if current_language().startswith("zh") else "en"
        write = {
            "products": self.ws.transfer.export_products,
            "certificates": self.ws.transfer.export_certificates,
            "matrix": self.ws.transfer.export_matrix,
        }[kind]
        self.runner.submit(
            lambda ctx: write(target, lang=lang),
            on_done=self._on_exported,
            on_error=self._on_export_failed,
            label=self.tr("Exporting"),
        )

    def _on_exported(self, result) -> None:
        self.last_export = result.path
        self.window.statusBar().showMessage(
            self.tr("Exported %n row(s) to {path}", "", result.rows).format(path=result.path), 15000
        )

    def _on_export_failed(self, exc: BaseException) -> None:
        self.window.statusBar().showMessage(
            self.tr("Export failed: {error}").format(error=message_for(exc)), 15000
        )

    # text --------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.import_menu.setTitle(self.tr("Import records"))
        self.export_menu.setTitle(self.tr("Export records"))
        self.import_products_action.setText(self.tr("Products from a spreadsheet…"))
        self.import_certificates_action.setText(self.tr("Certificates from a spreadsheet…"))
        self.export_actions["products"].setText(self.tr("Product list…"))
        self.export_actions["certificates"].setText(self.tr("Certificate register…"))
        self.export_actions["matrix"].setText(self.tr("Standards by product (matrix)…"))
