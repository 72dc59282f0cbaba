"""Every product's overall compliance status, worked out a moment after it is asked for.

`ProofLoader.schedule()` may be called on every reload: within `DELAY_MS` the calls
make one request, run on the network lane (it only reads, so the database lane
stays free for writes and the pages' reloads). An answer older than the newest
request is dropped.

The pass is half a second of pure Python at 5,000 products; run beside a page's
reload it competes for the interpreter (the GIL) and makes the reload several
times slower. So a new `schedule()` (the page calls it when its reload starts,
and again when the rows arrive) cancels a running pass: it stops at its next
check (`ws.compliance.summary(check=...)`, every hundred products), its answer
is never shown, and the pass runs again, whole, after the debounce.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from .tasks import Lane, Task, TaskRunner

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
        self.cancelled = 0  # passes cancelled by a newer schedule() (for tests and the bench)
        self._task: Task | None = None  # the newest pass, until its answer or error is back
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.load)

    def schedule(self) -> None:
        """Load in `DELAY_MS` (again, if already waiting); a pass still running is cancelled."""
        self.cancel()
        self.timer.start()

    def cancel(self) -> None:
        """Stop the running pass (if any); its answer is dropped. The timer is left as it is."""
        task, self._task = self._task, None
        if task is not None and not task.done:
            task.cancel()
            self.cancelled += 1

    def load(self) -> None:
        self.cancel()  # (a pass asked for by load() itself, not through the timer)
        self.requests += 1
        request = self.requests

        def done(by_sku: dict[str, str]) -> None:
            if request == self.requests:  # else a newer one is on its way
                self._task = None
                self.loaded.emit(by_sku)

        def failed(exc: BaseException) -> None:  # what is shown stays; the product panel says more
            if request == self.requests:
                self._task = None
            log.warning("products' proof not worked out: %s", exc)

        self._task = self.runner.submit(
            lambda ctx: self.ws.compliance.summary(check=ctx.check).by_sku,
            on_done=done,
            on_error=failed,
            label="proof",
            lane=Lane.NETWORK,
        )
