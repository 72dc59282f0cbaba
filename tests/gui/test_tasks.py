"""The task runner publishes what tasks changed, and keeps every write on the database lane."""

from __future__ import annotations

import threading

import pytest

from desktop_app.core.errors import ConflictError
from desktop_app.workspace.changes import ChangeSet
from tests.unit.workspace.test_products_and_certificates import baby

pytestmark = pytest.mark.gui


@pytest.fixture
def published(hub) -> list[ChangeSet]:
    seen: list[ChangeSet] = []
    hub.data_changed.connect(seen.append)
    return seen


def test_a_mutation_is_published_after_it_succeeded_and_its_value_reaches_on_done(
    ws, runner, hub, qtbot, published
):
    got = []
    with qtbot.waitSignal(hub.data_changed, timeout=10000) as blocker:
        runner.submit(lambda ctx: ws.products.add(baby()), on_done=got.append)
    assert blocker.args == [ChangeSet.PRODUCTS] and published == [ChangeSet.PRODUCTS]
    assert got[0].sku == "BB-001"  # the Product, not the Changed wrapper


def test_nothing_is_published_after_a_failure(ws, runner, qtbot, published):
    ws.products.add(baby())
    errors = []
    task = runner.submit(lambda ctx: ws.products.add(baby()), on_error=errors.append)
    with qtbot.waitSignal(task.finished, timeout=10000):
        pass
    assert isinstance(errors[0], ConflictError) and published == []


def test_a_refusal_is_logged_by_its_code_and_a_crash_with_its_traceback(ws, runner, qtbot, caplog):
    ws.products.add(baby())
    with caplog.at_level("INFO", logger="desktop_app.ui.tasks"):
        refused = runner.submit(lambda ctx: ws.products.add(baby()), label="add", on_error=lambda e: None)
        with qtbot.waitSignal(refused.finished, timeout=10000):
            pass
        crashed = runner.submit(lambda ctx: 1 / 0, label="divide", on_error=lambda e: None)
        with qtbot.waitSignal(crashed.finished, timeout=10000):
            pass
    by_label = {r.getMessage().split(":")[1].strip(): r for r in caplog.records}
    assert by_label["add"].levelname == "WARNING" and by_label["add"].exc_info is None
    assert "BB-001" not in by_label["add"].getMessage()  # the code, not the record's values
    assert by_label["divide"].levelname == "ERROR" and by_label["divide"].exc_info is not None


def test_a_task_without_changes_publishes_nothing(ws, runner, qtbot, published):
    task = runner.submit(lambda ctx: ws.products.list())
    with qtbot.waitSignal(task.finished, timeout=10000):
        pass
    assert published == []


def test_a_network_task_writes_on_the_db_lane_and_its_committed_steps_are_published(
    ws, runner, qtbot, published
):
    from desktop_app.ui.tasks import Lane, current_lane

    lanes: dict[str, object] = {}

    def step():
        lanes["step"] = (current_lane(), threading.current_thread() is threading.main_thread())
        return ws.products.add(baby())

    def work(ctx):
        lanes["task"] = current_lane()
        added = ctx.on_db_lane(step)
        assert added.value.sku == "BB-001"  # the step's own result, as it returned it
        raise RuntimeError("the network went away after the write")

    errors = []
    task = runner.submit(work, on_error=errors.append, lane=Lane.NETWORK)
    with qtbot.waitSignal(task.finished, timeout=10000):
        pass
    assert lanes == {"task": Lane.NETWORK, "step": (Lane.DB, False)}
    assert isinstance(errors[0], RuntimeError)
    assert published == [ChangeSet.PRODUCTS]  # the write was committed: the views must know
    assert [p.sku for p in ws.products.list()] == ["BB-001"]


def test_a_step_asked_for_on_the_db_lane_runs_in_place(ws, runner, qtbot, published):
    from desktop_app.ui.tasks import Lane, current_lane

    seen = []

    def work(ctx):
        seen.append(ctx.on_db_lane(current_lane))
        return ctx.on_db_lane(lambda: ws.products.add(baby()))

    task = runner.submit(work)
    with qtbot.waitSignal(task.finished, timeout=10000):
        pass
    assert seen == [Lane.DB] and published == [ChangeSet.PRODUCTS]  # published once


def test_a_cancelled_task_still_publishes_what_it_did(ws, runner, qtbot, published):
    done, wrote, answered = [], threading.Event(), threading.Event()

    def work(ctx):
        changes = ws.products.add(baby()).changes
        wrote.set()
        answered.wait(10)  # the user presses Cancel now, after the write
        return changes

    task = runner.submit(work, on_done=done.append)
    assert wrote.wait(10)
    task.cancel()
    answered.set()
    with qtbot.waitSignal(task.finished, timeout=10000):
        pass
    assert done == [] and published == [ChangeSet.PRODUCTS]


def test_pages_reload_only_on_what_they_show(demo_ws, make_window, english, qtbot):
    window = make_window(demo_ws)
    window.go(window.PRODUCTS)
    qtbot.waitUntil(lambda: window.products.model.rowCount() == 12)
    reloads = {"products": 0, "standards": 0}
    window.products.reload = lambda: reloads.__setitem__("products", reloads["products"] + 1)
    window.standards.reload = lambda: reloads.__setitem__("standards", reloads["standards"] + 1)
    with qtbot.waitSignal(window.hub.data_changed, timeout=10000):
        window.runner.submit(lambda ctx: demo_ws.certificates.remove("OT-19.CN.30077"))
    assert reloads == {"products": 1, "standards": 0}  # gaps depend on certificates; standards do not
