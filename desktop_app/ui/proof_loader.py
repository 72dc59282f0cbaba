"""Every product's overall compliance status, worked out a moment after it is asked for.

`ProofLoader.schedule()` may be called on every reload: within `DELAY_MS` the calls
make one request, run on the network lane (it only reads, so the database lane
stays free for writes and the pages' reloads). An answer older than the newest
request is dropped.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from .tasks import Lane, TaskRunner

if TYPE_CHECKING:
    from ..workspace import Workspace

log = logging.getLogger(__name__)

DELAY_MS = 300


class ProofLoader(QObject):
    loaded = Signal(dict)  # SKU → status (`ws.compliance.summary().by_sku`)

    def __init__(self, ws: Workspace, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.runner = runner
        self.requests = 0  # made so far; the newest one's answer is shown
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.load)

    def schedule(self) -> None:
        """Load in `DELAY_MS` (again, if already waiting)."""
        self.timer.start()

    def load(self) -> None:
        self.requests += 1
        request = self.requests

        def done(by_sku: dict[str, str]) -> None:
            if request == self.requests:  # else a newer one is on its way
                self.loaded.emit(by_sku)

        def failed(exc: BaseException) -> None:  # what is shown stays; the product panel says more
            log.warning("products' proof not worked out: %s", exc)

        self.runner.submit(
            lambda ctx: self.ws.compliance.summary().by_sku,
            on_done=done,
            on_error=failed,
            label="proof",
            lane=Lane.NETWORK,
        )
