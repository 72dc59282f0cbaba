"""A damaged database at start: explain, offer the newest good backup, keep the damaged file.

The workspace refuses a file that fails `PRAGMA quick_check` before anything
writes to it (`DatabaseCorruptError`, naming the newest archive that passes
every check). Here the user is told what happened in words, and may restore
that backup; the restore keeps the damaged file byte for byte in
`backups/damaged-<time>/` for inspection. The restore runs on a worker while
a busy dialog shows, so the window system never sees a hung app.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from ..core.errors import DatabaseCorruptError
from ..paths import DataPaths
from ..workspace.backups import BackupService, RestoreResult
from .errors import message_for
from .i18n import format_datetime

TITLE = "Textile Compliance Assistant"


class DamagedDatabaseBox(QMessageBox):
    """What happened, what was kept, and the choice: restore the newest good backup, or quit."""

    def __init__(self, error: DatabaseCorruptError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(QCoreApplication.translate("Recovery", "Records file damaged"))
        self.setText(
            QCoreApplication.translate(
                "Recovery",
                "The file that holds your records is damaged and cannot be opened safely. "
                "It has not been changed.",
            )
        )
        if error.backup:
            written = format_datetime(_written(Path(error.backup)))
            info = QCoreApplication.translate(
                "Recovery",
                "The newest good backup was written on {when}:\n{path}\n\n"
                "Restore it? What was entered after it is in the damaged file, which is kept "
                "in the backups folder so that it can be inspected.",
            ).format(when=written, path=error.backup)
        else:
            info = QCoreApplication.translate(
                "Recovery",
                "No good backup was found. Keep the file {path} as it is and ask for help; do not delete it.",
            ).format(path=error.path)
        self.setInformativeText(info)
        self.setDetailedText(f"{error.path}\nPRAGMA quick_check: {error.detail}")
        self.restore_button = (
            self.addButton(
                QCoreApplication.translate("Recovery", "Restore the backup"),
                QMessageBox.ButtonRole.AcceptRole,
            )
            if error.backup
            else None
        )
        self.quit_button = self.addButton(
            QCoreApplication.translate("Recovery", "Quit"), QMessageBox.ButtonRole.RejectRole
        )
        self.setDefaultButton(self.restore_button or self.quit_button)

    def wants_restore(self) -> bool:
        return self.restore_button is not None and self.clickedButton() is self.restore_button


def _written(path: Path) -> dt.datetime | None:
    try:
        return dt.datetime.fromtimestamp(path.stat().st_mtime)
    except OSError:
        return None


def restore_in_background(paths: DataPaths, archive: Path, parent: QWidget | None = None) -> RestoreResult:
    """Restore on a worker thread behind a busy dialog; returns its result or raises its error.

    Before the window exists there is no task runner; a plain thread and a
    local event loop, polled, keep the busy dialog painted.
    """
    outcome: dict[str, object] = {}

    def work() -> None:
        try:
            outcome["result"] = BackupService(paths=paths).restore(archive)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread below
            outcome["error"] = exc

    busy = QProgressDialog(QCoreApplication.translate("Recovery", "Restoring the backup…"), "", 0, 0, parent)
    busy.setCancelButton(None)
    busy.setWindowTitle(TITLE)
    busy.setWindowModality(Qt.WindowModality.ApplicationModal)
    busy.setMinimumDuration(0)
    busy.show()
    worker = threading.Thread(target=work, name="restore", daemon=True)
    worker.start()
    loop = QEventLoop()
    timer = QTimer()

    def poll() -> None:
        if not worker.is_alive():
            loop.quit()

    timer.timeout.connect(poll)
    timer.start(50)
    loop.exec()
    timer.stop()
    busy.close()
    busy.deleteLater()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["result"]  # type: ignore[return-value]


def offer_restore(
    error: DatabaseCorruptError,
    data_dir: Path,
    *,
    exec_box: Callable[[QMessageBox], object] | None = None,
) -> bool:
    """Ask; restore when the user agrees. True when the data folder now holds a good database."""
    box = DamagedDatabaseBox(error)
    (exec_box or QMessageBox.exec)(box)
    if not box.wants_restore():
        return False
    try:
        result = restore_in_background(DataPaths(Path(data_dir)), Path(error.backup or ""))
    except Exception as exc:  # noqa: BLE001 - said to the user; the damaged file is untouched or kept
        failed = QMessageBox(QMessageBox.Icon.Critical, TITLE, message_for(exc))
        (exec_box or QMessageBox.exec)(failed)
        return False
    done = QMessageBox(
        QMessageBox.Icon.Information,
        TITLE,
        QCoreApplication.translate(
            "Recovery", "The backup was restored. The damaged file is kept in:\n{kept}"
        ).format(kept=result.kept_aside),
    )
    (exec_box or QMessageBox.exec)(done)
    return True
