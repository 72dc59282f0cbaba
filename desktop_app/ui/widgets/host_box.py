"""Settings → Several PCs: where this PC's records are, and the button to the guided host setup.

The box also owns the `action` the window puts in its File menu, so the
setup opens from both places into the same dialog (one at a time).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QWidget

from ..dialogs.host_setup_dialog import HostSetupDialog
from ..host_report import place

if TYPE_CHECKING:
    from ...workspace import Workspace
    from ..tasks import TaskRunner


class HostBox(QGroupBox):
    def __init__(self, ws: Workspace, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hostBox")
        self.ws, self.runner = ws, runner
        self.dialog: HostSetupDialog | None = None
        self.where = QLabel(self)
        self.where.setObjectName("hostWhere")
        self.where.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.setObjectName("hostSetupButton")
        row = QHBoxLayout(self)
        row.addWidget(self.where, 1)
        row.addWidget(self.button)
        self.action = QAction(self)
        self.action.triggered.connect(self.open_setup)
        self.button.clicked.connect(self.open_setup)
        self.retranslate()

    def open_setup(self) -> HostSetupDialog:
        if self.dialog is None:
            self.dialog = HostSetupDialog(self.ws, self.runner, self.window())
            self.dialog.setting_changed.connect(self._on_dialog_setting_changed)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def _on_dialog_setting_changed(self) -> None:
        if self.dialog is not None:  # now and from the next start, as the dialog says it
            self.where.setText(self.dialog.state.text())

    def retranslate(self) -> None:
        self.setTitle(self.tr("Several PCs"))
        if self.ws.target.is_local:
            self.where.setText(self.tr("This PC keeps the firm's records in its own file."))
        else:
            self.where.setText(
                self.tr("This PC uses the database host {host}.").format(host=place(self.ws.database_label))
            )
        self.button.setText(self.tr("Several PCs…"))
        self.action.setText(self.tr("Several PCs (database host)…"))
        self.action.setStatusTip(self.tr("Share one set of records between the office's PCs"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
