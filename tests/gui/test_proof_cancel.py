"""The Products page's status pass gives way to a newer request: a `schedule()` (the page's
reload calls it) while a pass runs cancels it at its next check, its answer is never shown,
and the pass runs again after the debounce; only the newest answer reaches the column.

The first pass is held at its check after reading the firm (a wrapper of the workspace's
`summary`; the runner, the lanes and the pass are the real ones), so the firm is changed
while it has the old products in hand: a product removed, which only the newest answer lacks.
"""

from __future__ import annotations

import threading

import pytest

from desktop_app.ui.proof_loader import ProofLoader
from desktop_app.ui.tasks import Cancelled

pytestmark = pytest.mark.gui


class HeldPass:
    """Wraps `ws.compliance.summary`: the first pass asked with a `check` (the proof loader's;
    the dashboard asks without) waits at its second check, after the reads, until released."""

    def __init__(self, ws, monkeypatch: pytest.MonkeyPatch) -> None:
        self.summary = ws.compliance.summary
        self.holding = threading.Event()
        self.release = threading.Event()
        self.passes: list[str] = []  # each checked pass: running, cancelled or done
        self.lock = threading.Lock()
        monkeypatch.setattr(ws.compliance, "summary", self)

    def __call__(self, as_of=None, *, check=None):
        if check is None:
            return self.summary(as_of)
        with self.lock:
            n = len(self.passes)
            self.passes.append("running")
        calls = 0

        def held_check() -> None:
            nonlocal calls
            calls += 1
            if n == 0 and calls == 2:
                self.holding.set()
                assert self.release.wait(20)
            check()

        try:
            found = self.summary(as_of, check=held_check)
        except Cancelled:
            self.passes[n] = "cancelled"
            raise
        self.passes[n] = "done"
        return found


def test_a_newer_schedule_cancels_the_running_pass_and_only_the_newest_answer_is_emitted(
    demo_ws, runner, qtbot, monkeypatch
):
    held = HeldPass(demo_ws, monkeypatch)
    loader = ProofLoader(demo_ws, runner)
    got: list[dict[str, str]] = []
    loader.loaded.connect(got.append)
    demo_ws.compliance.invalidate()  # a whole pass, not the cached answer
    loader.schedule()
    try:
        qtbot.waitUntil(held.holding.is_set, timeout=10000)  # it has read KD-101 among the products
        demo_ws.products.remove("KD-101")
        loader.schedule()
    finally:
        held.release.set()
    qtbot.waitUntil(lambda: bool(got), timeout=10000)
    qtbot.waitUntil(lambda: not runner.busy)
    assert held.passes == ["cancelled", "done"] and loader.cancelled == 1
    assert len(got) == 1 and "KD-101" not in got[0]
    assert got[0] == demo_ws.compliance.summary().by_sku and len(got[0]) == 11


def test_the_pages_reload_stops_a_running_pass_and_the_column_shows_the_newest(
    demo_ws, make_window, english, qtbot, monkeypatch
):
    window = make_window(demo_ws)
    window.go(window.PRODUCTS)
    page = window.products
    qtbot.waitUntil(lambda: page.model.rowCount() == 12 and len(page.model.proof()) == 12, timeout=10000)
    held = HeldPass(demo_ws, monkeypatch)
    shown: list[dict[str, str]] = []
    page.proof.loaded.connect(shown.append)
    demo_ws.compliance.invalidate()  # a whole pass, not the cached answer
    page.proof.schedule()
    try:
        qtbot.waitUntil(held.holding.is_set, timeout=10000)
        demo_ws.products.remove("KD-101")
        page.reload()  # as after the change set of a removal: the pass gives way to the reload
        assert page.proof.cancelled == 1
    finally:
        held.release.set()
    qtbot.waitUntil(lambda: page.model.rowCount() == 11 and bool(shown), timeout=10000)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10000)
    assert held.passes == ["cancelled", "done"] and len(shown) == 1
    assert page.model.proof() == demo_ws.compliance.summary().by_sku and "KD-101" not in page.model.proof()
