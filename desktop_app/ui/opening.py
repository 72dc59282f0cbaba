"""Opening the firm's records off the GUI thread, saying so when it takes a while.

Opening the data folder runs the database's migrations: after an update of
the app on a PC that holds the platform's whole catalogue, one of them
rebuilds the search index (13 s for 31,300 standards, with the backup taken
first). Run on the GUI thread, that was 13 seconds of nothing on the screen,
and a user who clicks the icon again. So the workspace is made on a thread of
its own, and after `SHOW_AFTER_S` a small window says what is happening.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog

T = TypeVar("T")
SHOW_AFTER_S = 0.5


def opening_text() -> str:
    return QCoreApplication.translate(
        "Opening",
        "Opening the firm's records…\nAfter an update of the app this can take a minute: the database "
        "is being brought up to date. Please do not close the app.",
    )


def open_in_background(app: QApplication, make: Callable[[], T], *, show_after: float = SHOW_AFTER_S) -> T:
    """`make()` on a thread of its own; the GUI keeps painting, and after `show_after` seconds
    a window without buttons says what is going on. What `make` raises is raised here."""
    done: dict[str, object] = {}

    def work() -> None:
        try:
            done["value"] = make()
        except BaseException as exc:  # noqa: BLE001 - handed to the caller as it was
            done["error"] = exc

    worker = threading.Thread(target=work, name="open-workspace", daemon=True)
    worker.start()
    started = time.monotonic()
    box: QProgressDialog | None = None
    while worker.is_alive():
        worker.join(0.03)
        if box is None and time.monotonic() - started >= show_after:
            box = QProgressDialog(opening_text(), "", 0, 0)
            box.setObjectName("openingProgress")
            box.setWindowTitle(QCoreApplication.translate("Opening", "Textile Compliance Assistant"))
            box.setCancelButton(None)  # a migration is not stopped halfway
            box.setWindowModality(Qt.WindowModality.ApplicationModal)
            box.setMinimumDuration(0)
            box.show()
        app.processEvents()
    if box is not None:
        box.close()
        box.deleteLater()
    if "error" in done:
        raise done["error"]  # type: ignore[misc]
    return done["value"]  # type: ignore[return-value]
