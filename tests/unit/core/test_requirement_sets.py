"""A buyer's limits as printed, parsed into checks (or refused), and applied by customer or SKU."""

from __future__ import annotations

import pytest

from desktop_app.core.catalogue import Check, LocalText, Requirement
from desktop_app.core.errors import ValidationError
from desktop_app.core.reasons import Reason
from desktop_app.core.requirement_sets import RequirementSet, as_applicable, item_key, parse_limit


@pytest.mark.parametrize(
    ("limit", "unit", "check"),
    [
        ("≤ 16", "mg/kg", Check("max", 16, unit="mg/kg")),
        ("16", "ppm", Check("max", 16, unit="ppm")),
        ("< 0.1", "%", Check("max_exclusive", 0.1, unit="%")),
        ("≤ 25 ppb", None, Check("max", 25, unit="ppb")),
        ("≥ 4", "级", Check("fastness", 4)),
        ("≥ 3-4", None, Check("fastness", 3.5)),
        ("> 250", "N", Check("min_exclusive", 250, unit="N")),
        ("4.0–7.5", None, Check("range", min=4.0, max=7.5)),
        ("ND", "mg/kg", Check("absent", unit="mg/kg")),
        ("不得检出", None, Check("absent")),
        ("合格", None, Check("pass_fail")),
    ],
)
def test_limits_as_printed_become_checks(limit, unit, check) -> None:
    assert parse_limit(limit, unit) == check


@pytest.mark.parametrize(
    ("limit", "unit", "code"),
    [("as low as possible", None, Reason.RSL_LIMIT_UNREADABLE), ("≤ 5", "furlongs", Reason.NOT_ONE_OF)],
)
def test_limits_that_cannot_be_parsed_are_refused(limit, unit, code) -> None:
    with pytest.raises(ValidationError) as err:
        parse_limit(limit, unit)
    assert err.value.code is code


def test_keys_from_names() -> None:
    used: set[str] = set()
    assert item_key("Formaldehyde (free)", used) == "formaldehyde_free"
    used.add("formaldehyde_free")
    assert item_key("Formaldehyde (free)", used) == "formaldehyde_free_2"
    assert item_key("甲醛", used).startswith("item-")


def test_a_set_applies_by_customer_or_chosen_sku() -> None:
    item = Requirement(
        "formaldehyde",
        LocalText("甲醛", "Formaldehyde"),
        None,
        "≤ 16",
        "mg/kg",
        check=Check("max", 16, unit="mg/kg"),
    )
    rs = RequirementSet(code="BRAND-X", title="Brand X RSL", items=(item,), customer="Brand X")
    a = as_applicable(rs, "BB-001", "Brand X")
    assert a is not None and a.standard.code == "BRAND-X" and a.requirements == (item,)
    assert a.reasons[0].en == "customer requirement"
    assert as_applicable(rs, "BB-001", "Other") is None
    chosen = RequirementSet(code="OWN", title="Own", items=(item,), skus=("KD-1",))
    assert as_applicable(chosen, "KD-1", "") is not None and as_applicable(chosen, "KD-2", "") is None
