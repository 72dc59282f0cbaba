"""Allocating a dyeing mill's month to its products, by output mass and by machine hours."""

from __future__ import annotations

import pytest

from desktop_app.core.carbon_allocation import Month, MonthTotal, Share, allocate
from desktop_app.core.errors import Reason, ValidationError

TOTALS = (
    MonthTotal("electricity", 52_000.0, "kWh"),
    MonthTotal("steam", 180.0, "t"),
    MonthTotal("water", 1_200.0, "m3"),
)


def test_by_output_mass() -> None:
    # 10 t of output: fabric A made 6,000 kg, B 3,000 kg, other 1,000 kg
    month = Month(
        "2026-11",
        "output_mass",
        10_000.0,
        TOTALS,
        (Share("A", 6000, 6000), Share("B", 3000, 3000), Share("other", 1000, 0)),
    )
    lines = allocate(month)
    assert set(lines) == {"A", "B"}
    a = {x.source: x for x in lines["A"]}
    assert a["electricity"].quantity == pytest.approx(5.2)  # 52,000 × 0.6 ÷ 6,000
    assert a["steam"].quantity == pytest.approx(0.018)
    assert a["water"].quantity == pytest.approx(0.12)
    assert {x.quality for x in lines["A"]} == {"allocated"}
    assert a["steam"].allocation == "2026-11 output_mass 6000/10000 ÷ 6000"


def test_by_machine_hours_per_garment() -> None:
    # 400 machine hours; the garment line used 100 h and made 2,000 garments
    month = Month(
        "2026-11",
        "machine_hours",
        400.0,
        (MonthTotal("electricity", 8_000.0, "kWh"),),
        (Share("G", 100, 2000), Share("other", 300, 0)),
    )
    (line,) = allocate(month)["G"]
    assert line.quantity == pytest.approx(1.0)  # 8,000 × 0.25 ÷ 2,000


def test_shares_that_do_not_add_up_are_refused() -> None:
    month = Month(
        "2026-11", "output_mass", 10_000.0, TOTALS, (Share("A", 6000, 6000), Share("B", 3000, 3000))
    )
    with pytest.raises(ValidationError) as err:
        allocate(month)
    assert (err.value.code, err.value.field) == (Reason.CARBON_SHARES_SUM, "shares")
    assert err.value.params["listed"] == "9000"


@pytest.mark.parametrize(
    ("month", "field"),
    [
        (Month("2026-13x", "output_mass", 1, TOTALS, (Share("A", 1, 1),)), "month"),
        (Month("2026-11", "price", 1, TOTALS, (Share("A", 1, 1),)), "basis"),
        (
            Month("2026-11", "output_mass", 1, (MonthTotal("electricity", -5, "kWh"),), (Share("A", 1, 1),)),
            "electricity",
        ),
        (Month("2026-11", "output_mass", 1, TOTALS, (Share("A", 1, 0),)), "shares.A"),
    ],
)
def test_bad_months_name_the_field(month: Month, field: str) -> None:
    with pytest.raises(ValidationError) as err:
        allocate(month)
    assert err.value.field == field
