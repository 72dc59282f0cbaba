"""Protocol 2: places, ranges, missing attributes, exclusions, dates and item conditions."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from desktop_app.core.applicability import (
    IN_FORCE,
    POSSIBLE,
    UPCOMING,
    ApplicabilityEngine,
    rule_outcome,
)
from desktop_app.core.catalogue import Check, LocalText, Requirement, Rule, Standard
from desktop_app.core.markets import concern_each_other, contains
from desktop_app.core.products import FibreShare, Product
from desktop_app.core.ranges import Range

DAY = dt.date(2026, 12, 1)


def _product(**kw) -> Product:
    base = {
        "sku": "P1",
        "name": "n",
        "category": "garment",
        "age_group": "child",
        "skin_contact": "direct",
        "markets": ("US",),
        "composition": (FibreShare("cotton", 100),),
    }
    base.update(kw)
    return Product(**base)


def _std(code: str, *items: Requirement, effective: dt.date | None = None) -> Standard:
    return Standard(
        code=code,
        title=LocalText(zh=code, en=code),
        issuer="x",
        markets=("US",),
        status="current",
        mandatory=True,
        effective=effective,
        requirements=items,
    )


def _applies(rules, product, *standards, as_of=DAY):
    engine = ApplicabilityEngine(rules)
    return {a.standard.code: a for a in engine.applicable(product, {s.code: s for s in standards}, as_of)}


def test_places_contain_their_parts():
    assert contains("US", "US-CA") and not contains("US-CA", "US")
    assert contains("EU", "FR") and contains("GLOBAL", "JP") and contains("CN", "CN-XJ")
    assert concern_each_other("US-CA", "US") and concern_each_other("US", "US-CA")
    assert not concern_each_other("US-CA", "US-NY")
    assert not concern_each_other("CA", "US-CA")  # Canada is not California
    assert not concern_each_other("GB", "EU")  # the UK left the EU


def test_a_state_rule_concerns_products_sold_there_or_across_the_country_only():
    rules = [Rule("ca", "AB 1817", None, {"market": ("US-CA",)})]
    std = _std("AB 1817")
    assert "AB 1817" in _applies(rules, _product(markets=("US",)), std)
    assert "AB 1817" in _applies(rules, _product(markets=("US-CA",)), std)
    assert "AB 1817" not in _applies(rules, _product(markets=("US-NY",)), std)
    assert "AB 1817" not in _applies(rules, _product(markets=("CA",)), std)


def test_an_eu_rule_concerns_a_product_sold_in_a_member_state():
    rules = [Rule("eu", "REACH", None, {"market": ("EU",)})]
    assert "REACH" in _applies(rules, _product(markets=("FR",)), _std("REACH"))
    assert "REACH" not in _applies(rules, _product(markets=("GB",)), _std("REACH"))


def test_origin_contains_its_subdivisions():
    rules = [Rule("u", "UFLPA", None, {"market": ("US",), "origin": ("CN-XJ",)})]
    std = _std("UFLPA")
    assert _applies(rules, _product(origins=("CN-XJ",)), std)["UFLPA"].applies == IN_FORCE
    # fibres from China, region not known: Xinjiang cannot be ruled out
    assert _applies(rules, _product(origins=("CN",)), std)["UFLPA"].applies == IN_FORCE
    assert "UFLPA" not in _applies(rules, _product(origins=("AU",)), std)
    possible = _applies(rules, _product(), std)["UFLPA"]
    assert possible.applies == POSSIBLE and possible.missing == ("origin",)


def test_ranges_overlap_with_bounds_included():
    rules = [Rule("s", "1616", None, {"age_months": Range(84, 168)})]
    std = _std("1616")
    assert "1616" in _applies(rules, _product(age_months=Range(24, 84)), std)
    assert "1616" in _applies(rules, _product(age_months=Range(120, None)), std)
    assert "1616" not in _applies(rules, _product(age_months=Range(24, 83)), std)


def test_a_product_lacking_a_tested_attribute_gets_possible_with_the_attribute_named():
    rules = [
        Rule("s", "1615", None, {"product_type": ("sleepwear",), "age_months": Range(None, 84)}),
    ]
    a = _applies(rules, _product(product_type="sleepwear"), _std("1615"))["1615"]
    assert a.applies == POSSIBLE and a.missing == ("age_months",)
    b = _applies(rules, _product(age_months=Range(12, 36)), _std("1615"))["1615"]
    assert b.applies == POSSIBLE and b.missing == ("product_type",)
    # a recorded value that fails settles it, whatever else is missing
    assert "1615" not in _applies(rules, _product(product_type="tshirt"), _std("1615"))


def test_unless_excludes_only_products_wholly_inside_the_exemption():
    rules = [
        Rule(
            "s",
            "1615",
            None,
            {"product_type": ("sleepwear",), "age_months": Range(None, 84)},
            unless={"age_months": Range(None, 9)},
        )
    ]
    std = _std("1615")
    assert "1615" not in _applies(rules, _product(product_type="sleepwear", age_months=Range(0, 9)), std)
    both = _applies(rules, _product(product_type="sleepwear", age_months=Range(6, 24)), std)
    assert both["1615"].applies == IN_FORCE  # sizes above 9 months are covered


def test_unless_on_a_list_key():
    rules = [Rule("r", "S", None, {}, unless={"product_type": ("curtain",)})]
    assert "S" not in _applies(rules, _product(product_type="curtain"), _std("S"))
    assert _applies(rules, _product(product_type="towel"), _std("S"))["S"].applies == IN_FORCE
    # An exemption that cannot be settled never takes a standard out of force:
    # the rule stays in force and the attribute that would settle it is named.
    unknown = _applies(rules, _product(), _std("S"))["S"]
    assert unknown.applies == IN_FORCE and unknown.missing == ("product_type",)


def test_unrecorded_when_attribute_is_possible_even_with_an_open_unless():
    rules = [Rule("r", "S", None, {"age_months": Range(0, 36)}, unless={"product_type": ("curtain",)})]
    unknown = _applies(rules, _product(), _std("S"))["S"]
    assert unknown.applies == POSSIBLE and unknown.missing == ("age_months", "product_type")


def test_rule_dates_make_upcoming_and_end():
    rules = [
        Rule("later", "S", None, {}, effective=dt.date(2027, 10, 10)),
        Rule("ended", "E", None, {}, until=dt.date(2026, 1, 1)),
    ]
    std, ended = _std("S"), _std("E")
    now = _applies(rules, _product(), std, ended)
    assert now["S"].applies == UPCOMING and now["S"].effective == dt.date(2027, 10, 10)
    assert "E" not in now
    after = _applies(rules, _product(), std, ended, as_of=dt.date(2027, 11, 1))
    assert after["S"].applies == IN_FORCE and after["S"].effective is None
    before_end = _applies(rules, _product(), std, ended, as_of=dt.date(2025, 12, 31))
    assert before_end["E"].applies == IN_FORCE
    # `until` is the first day it no longer applies
    assert "E" not in _applies(rules, _product(), std, ended, as_of=dt.date(2026, 1, 1))


def test_in_force_wins_over_upcoming_and_its_grade_counts():
    rules = [
        Rule("now", "S", "B", {}),
        Rule("later", "S", "A", {}, effective=dt.date(2030, 1, 1)),
    ]
    a = _applies(rules, _product(), _std("S"))["S"]
    assert a.applies == IN_FORCE and a.grade == "B" and a.rule_ids == ("now",)


def test_a_standard_not_yet_effective_is_upcoming():
    a = _applies([Rule("r", "S", None, {})], _product(), _std("S", effective=dt.date(2027, 1, 1)))["S"]
    assert a.applies == UPCOMING and a.effective == dt.date(2027, 1, 1)


def _item(key: str, **kw) -> Requirement:
    return Requirement(key, LocalText(key, key), kw.pop("grade", None), kw.pop("limit", "≤ 1"), **kw)


def test_items_follow_their_conditions_and_dates():
    printed = ("coated", "pigment_printed", "plastisol_printed")
    std = _std(
        "GB 31701",
        _item("formaldehyde"),
        _item("lead", when={"finish": printed}),
        _item("perspiration", unless={"product_type": ("curtain",)}),
        _item("tof", limit="≤ 100", until=dt.date(2027, 1, 1), check=Check("max", 100, unit="ppm")),
        _item("tof", limit="≤ 50", effective=dt.date(2027, 1, 1), check=Check("max", 50, unit="ppm")),
    )
    rules = [Rule("r", "GB 31701", None, {})]
    plain = _applies(rules, _product(product_type="bodysuit"), std)["GB 31701"]
    assert [(i.key, i.limit) for i in plain.requirements] == [
        ("formaldehyde", "≤ 1"),
        ("perspiration", "≤ 1"),
        ("tof", "≤ 100"),
    ]
    assert [(i.key, i.limit) for i in plain.upcoming_requirements] == [("tof", "≤ 50")]
    printed_one = _applies(rules, _product(product_type="bodysuit", finishes=("pigment_printed",)), std)
    assert "lead" in [i.key for i in printed_one["GB 31701"].requirements]
    curtain = _applies(rules, _product(product_type="curtain"), std)["GB 31701"]
    assert "perspiration" not in [i.key for i in curtain.requirements]
    later = _applies(rules, _product(product_type="bodysuit"), std, as_of=dt.date(2027, 1, 1))
    assert [(i.key, i.limit) for i in later["GB 31701"].requirements if i.key == "tof"] == [("tof", "≤ 50")]
    assert later["GB 31701"].upcoming_requirements == ()
    # an item testing an unrecorded attribute is kept, and the attribute named
    unknown = _applies(rules, _product(), std)["GB 31701"]
    assert "perspiration" in [i.key for i in unknown.requirements]
    assert unknown.applies == IN_FORCE and unknown.missing == ("product_type",)


def test_unknown_range_or_list_shape_does_not_match():
    rules = [Rule("r", "S", None, {"colour": ("red",)}), Rule("q", "Q", None, {"age_months": ("x",)})]
    assert _applies(rules, _product(age_months=Range(1, 2)), _std("S"), _std("Q")) == {}


VALUES = {
    "category": ["garment", "home_textile", "fabric"],
    "age_group": ["infant", "child", "adult"],
    "market": ["CN", "EU", "FR", "US", "US-CA", "US-NY", "GLOBAL"],
    "finish": ["coated", "water_repellent", "pigment_printed"],
    "product_type": ["sleepwear", "curtain", "outerwear", "tshirt"],
    "component": ["zip", "hood_neck_cords", "down_fill"],
    "origin": ["CN", "CN-XJ", "IN", "US"],
}
RANGES = [Range(None, 9), Range(0, 84), Range(84, 168), Range(168, None), Range(24, 60)]


def _random_conditions(rnd: random.Random, p: float) -> dict:
    cond: dict = {k: tuple(rnd.sample(v, rnd.randint(1, 2))) for k, v in VALUES.items() if rnd.random() < p}
    for key in ("age_months", "height_cm"):
        if rnd.random() < p:
            cond[key] = rnd.choice(RANGES)
    return cond


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_compiled_outcomes_equal_the_plain_evaluation(seed):
    rnd = random.Random(seed)
    dates = [None, dt.date(2025, 1, 1), dt.date(2026, 12, 1), dt.date(2027, 10, 10)]
    rules = [
        Rule(
            f"r{i}",
            f"S{i % 30}",
            rnd.choice([None, "A", "B"]),
            _random_conditions(rnd, 0.3),
            unless=_random_conditions(rnd, 0.15) or None if rnd.random() < 0.3 else None,
            effective=rnd.choice(dates),
            until=rnd.choice([None, None, dt.date(2027, 1, 1)]),
        )
        for i in range(400)
    ]
    engine = ApplicabilityEngine(rules)
    for n in range(150):
        p = _product(
            sku=f"P{n}",
            category=rnd.choice(VALUES["category"]),
            age_group=rnd.choice(VALUES["age_group"]),
            markets=tuple(rnd.sample(VALUES["market"], rnd.randint(1, 2))),
            finishes=tuple(rnd.sample(VALUES["finish"], rnd.randint(0, 2))),
            product_type=rnd.choice([None, *VALUES["product_type"]]),
            components=tuple(rnd.sample(VALUES["component"], rnd.randint(0, 2))),
            origins=tuple(rnd.sample(VALUES["origin"], rnd.randint(0, 2))),
            age_months=rnd.choice([None, *RANGES]),
            height_cm=rnd.choice([None, Range(50, 80), Range(110, 130), Range(150, 190)]),
        )
        as_of = rnd.choice([dt.date(2026, 12, 1), dt.date(2027, 11, 1)])
        expected = [o for r in rules if (o := rule_outcome(r, p, as_of)) is not None]
        assert engine.outcomes(p, as_of) == expected
