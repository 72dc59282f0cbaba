"""A firm-wide compliance pass stopped part way (`summary(check=...)`, the Products page's proof
column when a newer reload comes): what `check` raises comes out, between products, and the
cache is left as it was, so the next pass gives the same answer as one never stopped."""

from __future__ import annotations

import pytest

from desktop_app.workspace import Workspace
from desktop_app.workspace import compliance as compliance_module
from tests.helpers.factories import make_product
from tests.unit.workspace.test_results import bodysuit, record  # noqa: F401 - the fixture

pytestmark = pytest.mark.usefixtures("small_chunks")


class Stop(Exception):
    pass


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    """A check every 2 products, so a firm of a dozen has several."""
    monkeypatch.setattr(compliance_module, "CHECK_EVERY", 2)


def stop_at(call: int) -> tuple[list[int], compliance_module.Check]:
    calls: list[int] = []

    def check() -> None:
        calls.append(len(calls) + 1)
        if len(calls) == call:
            raise Stop

    return calls, check


@pytest.fixture
def firm(bodysuit: Workspace) -> Workspace:  # noqa: F811 - the fixture imported above
    for i in range(11):
        bodysuit.products.add(
            make_product(sku=f"KD-{i:03}", product_type="tshirt", construction="knitted", age_group="child")
        )
    return bodysuit


def test_checks_come_between_products_and_a_stop_anywhere_leaves_no_answer(firm: Workspace) -> None:
    calls, check = stop_at(0)  # never stops: counts the checks
    whole = firm.compliance.summary(check=check).by_sku
    assert len(whole) == 12 and len(calls) >= 12 // 2  # before the reads, after them, every 2 products
    for call in range(1, len(calls) + 1):
        firm.compliance.invalidate()  # each time a whole pass again
        _, check = stop_at(call)
        with pytest.raises(Stop):
            firm.compliance.summary(check=check)
        assert firm.compliance.summary().by_sku == whole


def test_a_stopped_pass_over_changed_products_leaves_them_to_the_next(firm: Workspace, data_dir) -> None:
    assert firm.compliance.summary().by_sku["BB-001"] == "incomplete"
    record(firm, {"formaldehyde": "50"})  # over class A: BB-001 fails; only it is recomputed
    _, check = stop_at(2)  # after the reads
    with pytest.raises(Stop):
        firm.compliance.summary(check=check)
    summary = firm.compliance.summary()
    assert summary.by_sku["BB-001"] == "failing"
    fresh = Workspace(data_dir)  # as a pass never stopped says
    try:
        assert fresh.compliance.summary().by_sku == summary.by_sku
    finally:
        fresh.close()
