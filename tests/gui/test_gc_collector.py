"""The cyclic garbage collector runs on the GUI thread, never on a worker."""

from __future__ import annotations

import gc

import pytest

from desktop_app.ui.gc_collector import GuiThreadGarbageCollector

pytestmark = pytest.mark.gui


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_automatic_collection_is_off_and_the_timer_collects_cycles(qapp):
    collector = GuiThreadGarbageCollector()
    try:
        assert not gc.isenabled() and collector.timer.isActive()
        collector.threshold = (-1, -1, -1)  # every generation is due, whatever the counts
        for _ in range(50):
            _Cycle()
        assert collector.check() >= 50  # the unreachable cycles are freed here, on this thread
    finally:
        collector.stop()
    assert gc.isenabled()
