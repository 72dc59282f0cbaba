"""The banner across the main window while the PostgreSQL host cannot be reached (issue 15, part 5).

Any task that fails because the host is away (`tasks.is_host_away`) makes
the runner emit `host_away`; the banner then shows, says so, and checks the
host again in the background (a task on the network lane, so the database
lane stays free and the GUI thread never waits), after 2, 4, 8, 15 and then
every 30 seconds, or at once when the user presses Retry. While it shows,
the pages keep what they last loaded (a reload that fails leaves them as
they were) and a dialog whose save failed keeps its input. When the host
answers again the banner hides and every view reloads (`ChangeSet.ALL`).

A PC on its own SQLite file never sees it.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ..workspace.changes import ChangeSet
from .events import EventHub
from .tasks import Lane, TaskRunner, is_host_away

log = logging.getLogger(__name__)

# milliseconds before each background check; the last one repeats
BACKOFF_MS = (2000, 4000, 8000, 15000, 30000)


class HostBanner(QFrame):
    """Shown while the database host is away; hides itself when the host is back."""

    host_back = Signal()

    def __init__(self, ws, runner: TaskRunner, hub: EventHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.runner = runner
        self.hub = hub
        self.setObjectName("hostBanner")
        self.setStyleSheet(
            "#hostBanner { background: #fde2e1; border: 1px solid #d9534f; border-radius: 4px; }"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.retry_button = QPushButton(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.retry_button)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.retry)
        self.retry_button.clicked.connect(self.retry)
        runner.host_away.connect(self._on_host_away)
        self.attempts = 0  # background checks since the host went away
        self.checking = False
        self.retranslate()
        self.hide()

    @property
    def away(self) -> bool:
        return not self.isHidden()

    def handles(self, exc: BaseException) -> bool:
        """Whether the banner speaks for `exc` (the window then shows no message box for it)."""
        return is_host_away(exc)

    def retranslate(self) -> None:
        self.label.setText(
            self.tr(
                "Cannot reach the database host; what is shown is as it was last loaded. "
                "Nothing was lost; retrying…"
            )
        )
        self.retry_button.setText(self.tr("Retry"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # the host goes away and comes back ----------------------------------------------

    def _on_host_away(self, exc: BaseException) -> None:
        if self.away:
            return
        log.warning("database host away: %s", exc)
        self.attempts = 0
        self.show()
        if not self.checking:
            self._schedule()

    def _schedule(self) -> None:
        self.timer.start(BACKOFF_MS[min(self.attempts, len(BACKOFF_MS) - 1)])

    def retry(self) -> None:
        """Check the host now, off the GUI thread (the Retry button and the timer)."""
        if self.checking or self.runner.closed:
            return
        self.timer.stop()
        self.checking = True
        self.retry_button.setEnabled(False)
        self.runner.submit(
            lambda ctx: self.ws.check_host(),
            on_done=self._on_host_reached,
            on_error=self._on_still_away,
            label="check database host",
            lane=Lane.NETWORK,
        )

    def _on_host_reached(self, _result: object) -> None:
        self.checking = False
        self.retry_button.setEnabled(True)
        if not self.away:
            return
        log.info("database host reachable again after %d check(s)", self.attempts + 1)
        self.hide()
        self.host_back.emit()
        self.hub.publish(ChangeSet.ALL)  # every view loads what the other PCs changed meanwhile

    def _on_still_away(self, exc: BaseException) -> None:
        self.checking = False
        self.retry_button.setEnabled(True)
        self.attempts += 1
        if self.away:
            self._schedule()
