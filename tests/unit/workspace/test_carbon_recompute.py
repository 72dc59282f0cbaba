"""Recomputing stale estimates in short batches (SQLite and PostgreSQL): the writes go
through `db_lane` a batch at a time, a save made between two batches is kept, a cancel
keeps what was written and the next call finishes the rest; and the bulk `set_many`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import text

from desktop_app.core.carbon import Activity, ActivityData
from desktop_app.core.errors import NotFoundError, Reason, ValidationError
from desktop_app.db.models import FactorRow
from desktop_app.workspace import ChangeSet, Workspace
from desktop_app.workspace import carbon_recompute as rc
from tests.helpers.factories import make_product

ELECTRICITY = "CN-electricity-2024-pcf"  # bundled: 0.5777 kgCO2e/kWh
SKUS = [f"FAB-{i:03d}" for i in range(7)]


def kwh(sku: str, value: float) -> ActivityData:
    return ActivityData(sku=sku, declared_unit="1 kg", activities=(Activity("electricity", value, "kWh"),))


def rows(ws: Workspace, table: str) -> int:
    with ws.engine.connect() as con:
        return con.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()


def revise(ws: Workspace, value: float) -> None:
    """What a sync bringing a new value of the electricity factor writes (made up for the test)."""
    with ws.session() as s:
        row = s.get(FactorRow, ELECTRICITY)
        assert row is not None
        row.value = value


@pytest.fixture
def seven(ws: Workspace) -> Workspace:
    for sku in SKUS:
        ws.products.add(make_product(sku=sku))
    done = ws.carbon.set_many([kwh(sku, 10.0) for sku in SKUS])
    assert done.changes == ChangeSet.CARBON and len(done.value) == 7
    revise(ws, 0.5)
    return ws


class Lane:
    """A `db_lane` that runs each step in place and records it; `between` runs after a step,
    as other work queued on the real lane would."""

    def __init__(self, between: Callable[[int], None] | None = None) -> None:
        self.steps: list[list[str]] = []
        self.between = between

    def __call__(self, step: Callable[[], Any]) -> Any:
        result = step()
        self.steps.append(list(result.value))
        assert result.changes == (ChangeSet.CARBON if result.value else ChangeSet.NONE)
        if self.between is not None:
            self.between(len(self.steps))
        return result


def test_set_many_writes_every_set_and_its_estimate_in_bulk(seven: Workspace) -> None:
    assert rows(seven, "carbon_estimates") == 7 and rows(seven, "carbon_activities") == 7
    shown = seven.carbon.show("FAB-003")
    assert shown.estimate.total_kgco2e == pytest.approx(5.777) and shown.cause == "entered"
    assert seven.carbon.history("FAB-003")[-1] == shown  # what it returned is what is kept


def test_set_many_checks_everything_first_and_writes_nothing_on_a_bad_set(seven: Workspace) -> None:
    before = rows(seven, "carbon_estimates")
    with pytest.raises(ValidationError) as err:
        seven.carbon.set_many([kwh("FAB-000", 1.0), kwh("FAB-001", 10_000.0)])  # 10 MWh per kg
    assert err.value.code == Reason.OUT_OF_RANGE
    with pytest.raises(NotFoundError):
        seven.carbon.set_many([kwh("FAB-000", 1.0), kwh("NO-SUCH", 1.0)])
    with pytest.raises(ValidationError) as err:
        seven.carbon.set_many([kwh("FAB-000", 1.0), kwh("FAB-000", 2.0)])
    assert (err.value.code, err.value.field) == (Reason.REPEATED_VALUE, "sku")
    assert rows(seven, "carbon_estimates") == before
    assert seven.carbon.data("FAB-000").activities[0].quantity == 10.0


def test_recompute_writes_in_batches_and_reports_progress(seven: Workspace) -> None:
    lane, progress = Lane(), []
    done = rc.recompute_stale(seven, db_lane=lane, progress=lambda d, t: progress.append((d, t)), batch=3)
    assert done.value == SKUS and done.changes == ChangeSet.CARBON
    assert [len(step) for step in lane.steps] == [3, 3, 1]  # three short transactions, not one
    assert progress == [(3, 7), (6, 7), (7, 7)]
    for sku in SKUS:
        old, new = seven.carbon.history(sku)
        assert (old.estimate.total_kgco2e, new.estimate.total_kgco2e) == (
            pytest.approx(5.777),
            pytest.approx(5.0),
        )
        assert new.cause == "factor_update"
    assert rc.recompute_stale(seven, db_lane=Lane()).value == []  # nothing stale any more


def test_a_save_between_two_batches_is_not_overwritten(seven: Workspace) -> None:
    """The user saves FAB-006 while the first batch is written: its batch was read before
    the save, so the recomputation skips it and the user's estimate stays the newest."""

    def user_saves(step: int) -> None:
        if step == 1:
            seven.carbon.set(kwh("FAB-006", 2.0))

    # FAB-006's batch is read (planned) only after step 1, so it sees the save: not stale
    lane = Lane(user_saves)
    done = rc.recompute_stale(seven, db_lane=lane, batch=3)
    assert "FAB-006" not in done.value
    assert [h.cause for h in seven.carbon.history("FAB-006")] == ["entered", "entered"]
    assert seven.carbon.show("FAB-006").estimate.total_kgco2e == pytest.approx(1.0)


def test_a_save_while_a_batch_is_computed_is_kept(seven: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    """The save lands after the batch was read and before it is written: skipped, by its stamp."""
    real_plan = rc._plan

    def plan_then_user_saves(ws: Workspace, ids: Any, factors: Any) -> Any:
        planned = real_plan(ws, ids, factors)
        if any(sku == "FAB-001" for _, _, sku, _ in planned):
            seven.carbon.set(kwh("FAB-001", 4.0))
        return planned

    monkeypatch.setattr(rc, "_plan", plan_then_user_saves)
    done = rc.recompute_stale(seven, db_lane=Lane(), batch=3)
    assert done.value == [s for s in SKUS if s != "FAB-001"]
    assert seven.carbon.show("FAB-001").estimate.total_kgco2e == pytest.approx(2.0)  # 4 kWh at 0.5
    assert seven.carbon.show("FAB-001").cause == "entered"


def test_a_cancel_keeps_what_was_written_and_the_next_call_finishes(seven: Workspace) -> None:
    lane = Lane()
    done = rc.recompute_stale(seven, db_lane=lane, cancel=lambda: len(lane.steps) >= 1, batch=3)
    assert done.value == SKUS[:3] and len(lane.steps) == 1
    assert [len(seven.carbon.history(s)) for s in SKUS] == [2, 2, 2, 1, 1, 1, 1]
    rest = seven.carbon.recompute_stale()  # the next sync finds the rest still stale
    assert rest.value == SKUS[3:]
    assert all(seven.carbon.show(s).estimate.total_kgco2e == pytest.approx(5.0) for s in SKUS)
