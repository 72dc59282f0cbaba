"""Settings → Backups: back up now, back up to a chosen place, restore.

Every step runs on the database lane, so a backup never races a write of
the window's own. Restoring checks the archive first (`ws.backups.verify`),
asks the user with what the archive holds, then restores and reopens the
workspace in place (`ws.reopen`); the data it replaced is kept as a backup
archive of its own, and the message says where.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from ..errors import message_for
from ..i18n import format_datetime

if TYPE_CHECKING:
    from ...workspace import Workspace


class BackupsBox(QGroupBox):
    """Emits `restored` after a restore, once the workspace is open on the restored data."""

    restored = Signal()

    def __init__(self, ws: Workspace, runner, hub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.runner = runner
        self.hub = hub
        # set by the window: returns why a restore must wait (e.g. a catalogue update runs), or None
        self.blocker: Callable[[], str | None] = lambda: None
        self.confirm_box: QMessageBox | None = None
        self._busy = False
        self.summary = QLabel(self)
        self.summary.setObjectName("backupSummary")
        self.summary.setWordWrap(True)
        self.last = QLabel(self)
        self.last.setObjectName("lastBackup")
        self.message = QLabel(self)
        self.message.setObjectName("backupMessage")
        self.message.setWordWrap(True)
        self.backup_button = QPushButton(self)
        self.backup_to_button = QPushButton(self)
        self.restore_button = QPushButton(self)
        self.open_button = QPushButton(self)
        grid = QGridLayout(self)
        grid.addWidget(self.summary, 0, 0, 1, 5)
        grid.addWidget(self.last, 1, 0, 1, 5)
        for column, button in enumerate(
            (self.backup_button, self.backup_to_button, self.restore_button, self.open_button)
        ):
            grid.addWidget(button, 2, column)
        grid.addWidget(self.message, 3, 0, 1, 5)
        grid.setColumnStretch(4, 1)
        self.backup_button.clicked.connect(lambda: self.back_up())
        self.backup_to_button.clicked.connect(self._on_backup_to_clicked)
        self.restore_button.clicked.connect(self._on_restore_clicked)
        self.open_button.clicked.connect(self._on_open_clicked)
        self._latest = None
        self._count = 0
        self.retranslate()

    # showing ---------------------------------------------------------------------

    def reload(self) -> None:
        self.runner.submit(lambda ctx: self.ws.backups.listing(), on_done=self._on_listed, label="backups")

    def _on_listed(self, listing) -> None:
        self._latest = listing[0] if listing else None
        self._count = len(listing)
        self._show_latest()

    def _show_latest(self) -> None:
        count = self._count
        if self._latest is None:
            self.last.setText(self.tr("No backup yet."))
        else:
            self.last.setText(
                self.tr("Last backup: %1 (%n backup(s) in the data folder)", "", count).replace(
                    "%1", format_datetime(self._latest.written)
                )
            )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for button in (self.backup_button, self.backup_to_button, self.restore_button):
            button.setEnabled(not busy)

    # backing up ---------------------------------------------------------------------

    def back_up(self, path: str | None = None) -> None:
        """Write a backup: into the data folder's backups/, or to `path` (a USB stick, say)."""
        self._set_busy(True)
        self.message.setText(self.tr("Backing up…"))
        target = Path(path) if path else None
        self.runner.submit(
            lambda ctx: self.ws.backups.backup(target),
            on_done=self._on_backed_up,
            on_error=self._on_failed,
            label=self.tr("Backing up"),
        )

    def _on_backed_up(self, path: Path) -> None:
        self._set_busy(False)
        self.message.setText(self.tr("Backup written: {path}").format(path=path))
        self.reload()

    def _on_backup_to_clicked(self) -> None:
        name = f"textile-assistant-backup-{dt.date.today():%Y%m%d}.zip"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Back up to"), str(Path.home() / name), self.tr("Backups (*.zip)")
        )
        if path:
            self.back_up(path)

    def _on_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.message.setText(message_for(exc))

    # restoring ---------------------------------------------------------------------

    def _on_restore_clicked(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Restore a backup"), str(self.ws.paths.backups), self.tr("Backups (*.zip)")
        )
        if path:
            self.restore(path)

    def restore(self, path: str) -> None:
        """Check the archive, ask, then restore it: the first of three steps."""
        reason = self.blocker()
        if reason:
            self.message.setText(reason)
            return
        self._set_busy(True)
        self.message.setText(self.tr("Checking the backup…"))
        self.runner.submit(
            lambda ctx: self.ws.backups.verify(Path(path)),
            on_done=lambda manifest: self._confirm(path, manifest),
            on_error=self._on_failed,
            label=self.tr("Checking the backup"),
        )

    def _confirm(self, path: str, manifest: dict) -> None:
        self._set_busy(False)
        self.message.clear()
        counts = manifest.get("counts", {})
        try:
            created = dt.datetime.fromisoformat(manifest["created"]).astimezone().replace(tzinfo=None)
            when = format_datetime(created)
        except (KeyError, ValueError):
            when = "?"
        products, certificates = counts.get("products"), counts.get("certificates")
        text = self.tr(
            "Restore the backup written on {when}?\n\n"
            "It holds {products} and {certificates}. "
            "Everything entered since then is replaced; the current data is first kept "
            "as a backup of its own, so this can be undone."
        ).format(
            when=when,
            products=self.tr("%n product(s)", "", products) if isinstance(products, int) else "?",
            certificates=(
                self.tr("%n certificate(s)", "", certificates) if isinstance(certificates, int) else "?"
            ),
        )
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Restore a backup"), text, parent=self)
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _code: self._on_confirmed(path, box.clickedButton() is restore))
        self.confirm_box = box
        box.open()

    def _on_confirmed(self, path: str, accepted: bool) -> None:
        self.confirm_box = None
        if not accepted:
            return
        reason = self.blocker()
        if reason:
            self.message.setText(reason)
            return
        self._set_busy(True)
        self.message.setText(self.tr("Restoring…"))

        def work(ctx):
            try:
                return self.ws.backups.restore(Path(path))
            finally:
                # also after a refusal or a failure: the workspace opens whatever file is in place,
                # and announces that everything changed
                ctx.on_db_lane(self.ws.reopen)

        self.runner.submit(
            work, on_done=self._on_restored, on_error=self._on_restore_failed, label=self.tr("Restoring")
        )

    def _on_restored(self, result) -> None:
        self._set_busy(False)
        self.message.setText(
            self.tr("Restored. The data it replaced is kept in {kept}.").format(kept=result.kept_aside)
        )
        self.reload()
        self.restored.emit()

    def _on_restore_failed(self, exc: BaseException) -> None:
        self._on_failed(exc)

    def _on_open_clicked(self) -> None:
        self.ws.paths.backups.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ws.paths.backups)))

    # text --------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Backups"))
        self.summary.setText(
            self.tr(
                "A backup is taken automatically once a day, before every import and before "
                "every upgrade of the database; the last {keep} automatic ones are kept."
            ).format(keep=self.ws.backups.keep)
        )
        self.backup_button.setText(self.tr("Back up now"))
        self.backup_to_button.setText(self.tr("Back up to…"))
        self.restore_button.setText(self.tr("Restore…"))
        self.open_button.setText(self.tr("Open backups folder"))
        self._show_latest()
