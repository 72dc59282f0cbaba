"""The recomputation after a factor sync leaves the database lane free between its batches:
a save the GUI queues meanwhile runs before the recomputation ends (real task runner)."""

from __future__ import annotations

import threading

import pytest

pytestmark = pytest.mark.gui


def test_a_save_runs_between_two_batches_of_the_recomputation(ws, runner, hub, qtbot):
    from desktop_app.core.carbon import Activity, ActivityData
    from desktop_app.db.models import FactorRow
    from desktop_app.ui.tasks import Lane
    from desktop_app.workspace import ChangeSet
    from desktop_app.workspace import carbon_recompute as rc
    from tests.helpers.factories import make_product

    skus = [f"FAB-{i}" for i in range(4)]
    for sku in skus:
        ws.products.add(make_product(sku=sku))
    ws.carbon.set_many([ActivityData(s, "1 kg", (Activity("electricity", 10.0, "kWh"),)) for s in skus])
    with ws.session() as s:  # what a sync bringing a new value writes (made up for the test)
        s.get(FactorRow, "CN-electricity-2024-pcf").value = 0.5

    first_batch_written, user_saved = threading.Event(), threading.Event()
    order: list[str] = []
    published: list[ChangeSet] = []
    hub.data_changed.connect(published.append)

    def progress(done: int, total: int) -> None:  # on the network lane, between two batches
        order.append(f"batch {done}/{total}")
        if done == 1:
            first_batch_written.set()
            assert user_saved.wait(20), "the database lane was not free between two batches"

    def recompute(ctx):
        return rc.recompute_stale(ws, db_lane=ctx.on_db_lane, progress=progress, batch=1)

    def save(ctx):
        changed = ws.carbon.set(ActivityData("FAB-3", "1 kg", (Activity("electricity", 2.0, "kWh"),)))
        order.append("user's save")
        user_saved.set()
        return changed

    done = []
    runner.submit(recompute, lane=Lane.NETWORK, on_done=done.append, label="sync")
    assert first_batch_written.wait(20)
    runner.submit(save, label="save")  # the database lane, as every write
    qtbot.waitUntil(lambda: bool(done), timeout=30000)
    assert order[:2] == ["batch 1/4", "user's save"] and order[-1] == "batch 4/4"
    assert "FAB-3" not in done[0]  # saved with the new factor meanwhile: not recomputed again
    assert [h.cause for h in ws.carbon.history("FAB-3")] == ["entered", "entered"]
    assert ws.carbon.show("FAB-0").estimate.total_kgco2e == pytest.approx(5.0)
    qtbot.waitUntil(lambda: any(c & ChangeSet.CARBON for c in published))  # the carbon page reloads
