"""Garbage collection on the GUI thread only.

Python's cyclic collector runs in whichever thread happens to allocate when a
threshold is crossed. If that is a worker of the task runner and the cycle
holds a Qt object, the object is destroyed off its thread and Qt can crash
(seen in the test suite: a segfault while the checklist warm-up ran). So the
automatic collector is switched off and a timer on the GUI thread runs the
same generational collection the interpreter would have run (the pattern
Anki and the PyQt wiki use).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class GuiThreadGarbageCollector(QObject):
    """Owns the collector while the application runs; created once, on the GUI thread."""

    INTERVAL_MS = 1000

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(self.INTERVAL_MS)

    def check(self) -> int:
        """Collect the generations whose counts passed their thresholds; how many objects were freed."""
        l0, l1, l2 = gc.get_count()
        freed = 0
        if l0 > self.threshold[0]:
            freed += gc.collect(0)
            if l1 > self.threshold[1]:
                freed += gc.collect(1)
                if l2 > self.threshold[2]:
                    freed += gc.collect(2)
        return freed

    def stop(self) -> None:
        """Give the collector back to the interpreter (tests, and the end of the application)."""
        self.timer.stop()
        gc.enable()
