"""The main window's catalogue updates: a sync from the platform or an offline update file.

One update at a time, on the network lane (its writes on the database lane), with the
window usable meanwhile; when it ends the summary of what changed, or why it failed.
A part of `MainWindow` (its texts keep the window's translation context).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from .tasks import Lane, Task


class CatalogueUpdates:
    """Methods of `MainWindow` (ui/main_window.py), which holds the state they use."""

    _sync_task: Task | None
    sync_summary: Any
    sync_error_box: Any

    def _on_auto_sync_checked(self, platform_set: bool) -> None:
        if platform_set:
            self._run_update(
                self._sync,
                label=QCoreApplication.translate("MainWindow", "Updating the catalogue"),
                quiet=True,
            )

    def _sync(self, ctx):
        """Fetch and check pages here, on the network lane; apply each on the database lane."""
        return self.ws.sync.run(progress=ctx.progress, cancel=lambda: ctx.cancelled, db_lane=ctx.on_db_lane)

    def _on_sync_triggered(self) -> None:
        self._run_update(self._sync, label=QCoreApplication.translate("MainWindow", "Updating the catalogue"))

    def _on_import_triggered(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("MainWindow", "Import update file"),
            "",
            QCoreApplication.translate("MainWindow", "Update files (*.zip *.tcpkg);;All files (*)"),
        )
        if path:
            self.import_package(path)

    def import_package(self, path: str) -> Task | None:
        """Apply an offline update package on a worker, with progress and cancel."""
        return self._run_update(
            lambda ctx: self.ws.sync.import_package(
                path, progress=ctx.progress, cancel=lambda: ctx.cancelled, db_lane=ctx.on_db_lane
            ),
            label=QCoreApplication.translate("MainWindow", "Importing the update file"),
        )

    def _run_update(self, fn, *, label: str, quiet: bool = False) -> Task | None:
        """One catalogue update at a time, on the network lane (its writes on the database lane);
        the window stays usable. When it ends, even cancelled or failed, the runner publishes
        what the pages applied so far changed."""
        if self._sync_task is not None:
            if not quiet:
                self.statusBar().showMessage(
                    QCoreApplication.translate("MainWindow", "The catalogue is already being updated."), 5000
                )
            return None
        task = self.runner.submit(
            fn,
            on_done=lambda result: self._on_sync_finished(result, quiet=quiet),
            on_error=lambda exc: self._on_sync_failed(exc, quiet=quiet),
            label=label,
            lane=Lane.NETWORK,
        )
        self._sync_task = task
        self.sync_action.setEnabled(False)
        self.import_action.setEnabled(False)
        task.finished.connect(self._on_sync_task_finished)
        return task

    def _on_sync_task_finished(self) -> None:
        cancelled = self._sync_task is not None and self._sync_task.cancel_event.is_set()
        self._sync_task = None
        self.sync_action.setEnabled(True)
        self.import_action.setEnabled(True)
        if cancelled:  # the pages applied before the cancel are kept (and were published)
            self.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainWindow", "Update cancelled; what was fetched so far is kept."
                ),
                8000,
            )

    def _on_sync_finished(self, result, *, quiet: bool = False) -> None:
        version = getattr(result, "to_version", None)
        if version is not None:
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Catalogue updated to version {version}.").format(
                    version=version
                ),
                8000,
            )
        if quiet and not (result.new_notices or result.affected_products):
            return
        new = set(result.new_notices)
        self.runner.submit(
            lambda ctx: [v for v in self.ws.catalogue.notices() if v.notice.id in new],
            on_done=lambda views: self._show_sync_summary(result, views),
            label="notices",
        )

    def _show_sync_summary(self, result, new_notices) -> None:
        if self.sync_summary is not None:
            self.sync_summary.close()
            self.sync_summary.deleteLater()
        from .dialogs.sync_summary_dialog import SyncSummaryDialog

        self.sync_summary = SyncSummaryDialog(result, new_notices, self)
        self.sync_summary.notices_requested.connect(lambda: self.go(self.NOTICES))
        self.sync_summary.products_requested.connect(lambda: self.go(self.PRODUCTS))
        self.sync_summary.show()

    def _on_sync_failed(self, exc: BaseException, *, quiet: bool = False) -> None:
        if quiet:  # the automatic update at start: the status bar says the platform was not reachable
            return
        from .dialogs.sync_summary_dialog import failure_message

        if self.sync_error_box is not None:
            self.sync_error_box.close()
            self.sync_error_box.deleteLater()
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("MainWindow", "Catalogue update"),
            failure_message(exc),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("syncError")
        box.setWindowModality(Qt.WindowModality.NonModal)
        self.sync_error_box = box
        box.show()
