"""The engine's shared answers: the same as the plain definition, whatever was asked before.

`applicable()` builds each standard's answer once (by `merge`) and hands it
to every product whose relevant attributes are the same. These tests ask
the engine in orders that would expose a stale answer: products differing
in one attribute, days either side of an effective date, other standards
passed for the same codes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

import pytest

from desktop_app.core.applicability import (
    IN_FORCE,
    POSSIBLE,
    UPCOMING,
    ApplicabilityEngine,
    Applicable,
    merge,
    rule_outcome,
)
from desktop_app.core.catalogue import LocalText, Requirement, Rule, Standard
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
        "markets": ("EU",),
        "composition": (FibreShare("cotton", 100),),
    }
    base.update(kw)
    return Product(**base)


def _std(code: str, *items: Requirement, mandatory: bool = True, **kw) -> Standard:
    return Standard(
        code,
        LocalText(code, code),
        "x",
        ("EU",),
        kw.pop("status", "current"),
        mandatory,
        requirements=items,
        **kw,
    )


def _item(key: str, **kw) -> Requirement:
    return Requirement(key, LocalText(key, key), kw.pop("grade", None), kw.pop("limit", "≤ 1"), **kw)


def plain_applicable(rules: list[Rule], product: Product, standards: dict[str, Standard], as_of: dt.date):
    """The definition: every rule evaluated plainly, merged per standard, sorted."""
    by_standard: dict[str, list] = {}
    for rule in rules:
        if rule.standard in standards and (outcome := rule_outcome(rule, product, as_of)) is not None:
            by_standard.setdefault(rule.standard, []).append(outcome)
    found = [merge(outcomes, standards[code], product, as_of) for code, outcomes in by_standard.items()]
    return sorted(found, key=lambda a: (not a.standard.mandatory, a.standard.code))


LEAD = _item("lead", when={"finish": ("coated", "pigment_printed")})
CURTAINS_EXEMPT = _item("perspiration", unless={"product_type": ("curtain",)})


def test_products_differing_in_one_attribute_get_their_own_items():
    rules = [Rule("r", "GB 31701", "A", {"age_group": ("infant", "child")})]
    std = {"GB 31701": _std("GB 31701", _item("ph"), LEAD, CURTAINS_EXEMPT)}
    engine = ApplicabilityEngine(rules)
    printed = _product(finishes=("pigment_printed",), product_type="bodysuit")
    plain = _product(product_type="bodysuit")
    curtain = _product(product_type="curtain")
    unknown = _product()
    for _ in range(2):  # the second round from the kept answers
        keys = {p.sku + str(i): p for i, p in enumerate((printed, plain, curtain, unknown))}
        got = {k: [i.key for i in engine.applicable(p, std, DAY)[0].requirements] for k, p in keys.items()}
        assert got == {
            "P10": ["ph", "lead", "perspiration"],
            "P11": ["ph", "perspiration"],
            "P12": ["ph"],
            "P13": ["ph", "perspiration"],
        }
        assert engine.applicable(unknown, std, DAY)[0].missing == ("product_type",)
        assert engine.applicable(plain, std, DAY)[0].missing == ()


def test_days_either_side_of_an_effective_date():
    tightened = dt.date(2027, 1, 1)
    rules = [
        Rule("later", "S", None, {}, effective=dt.date(2027, 10, 10)),
        Rule("ends", "E", None, {}, until=tightened),
        Rule("now", "T", None, {}),
    ]
    std = {
        "S": _std("S"),
        "E": _std("E"),
        "T": _std(
            "T",
            _item("tof", limit="≤ 100", until=tightened),
            _item("tof", limit="≤ 50", effective=tightened),
        ),
        "N": _std("N", effective=tightened),
    }
    rules.append(Rule("new", "N", None, {}))
    engine = ApplicabilityEngine(rules)
    product = _product()
    for day in (DAY, tightened, DAY, dt.date(2027, 11, 1), dt.date(2026, 12, 31), tightened):
        got = engine.applicable(product, std, day)
        assert got == plain_applicable(rules, product, std, day)
    before = {a.standard.code: a for a in engine.applicable(product, std, DAY)}
    after = {a.standard.code: a for a in engine.applicable(product, std, tightened)}
    assert before["S"].applies == UPCOMING and "E" in before and before["N"].applies == UPCOMING
    assert [i.limit for i in before["T"].requirements] == ["≤ 100"]
    assert [i.limit for i in after["T"].requirements] == ["≤ 50"] and "E" not in after
    assert after["N"].applies == IN_FORCE


def test_other_standards_for_the_same_codes_are_not_answered_from_the_old_ones():
    rules = [Rule("r", "S", None, {}), Rule("a", "M", "A", {}), Rule("b", "M", "B", {"market": ("EU",)})]
    engine = ApplicabilityEngine(rules)
    product = _product()
    first = {"S": _std("S", _item("ph")), "M": _std("M", _item("x", grade="A"))}
    assert [a.standard for a in engine.applicable(product, first, DAY)] == [first["M"], first["S"]]
    second = {
        "S": _std("S", _item("ph", limit="≤ 2"), mandatory=False),
        "M": _std("M", _item("y", grade="A")),
    }
    got = engine.applicable(product, second, DAY)
    assert [a.standard for a in got] == [second["M"], second["S"]]
    assert got[1].requirements[0].limit == "≤ 2" and got[0].requirements[0].key == "y"
    assert engine.applicable(product, {"M": first["M"]}, DAY) == plain_applicable(
        rules, product, {"M": first["M"]}, DAY
    )
    assert engine.applicable(product, {}, DAY) == []


def test_a_standard_filed_under_another_code_is_still_sorted_by_its_own():
    rules = [Rule("a", "A-KEY", None, {}), Rule("b", "B-KEY", None, {})]
    standards = {"A-KEY": _std("Z 1"), "B-KEY": _std("B 1")}
    engine = ApplicabilityEngine(rules)
    for _ in range(2):
        assert [a.standard.code for a in engine.applicable(_product(), standards, DAY)] == ["B 1", "Z 1"]


def test_shared_answers_cannot_be_changed_by_one_caller():
    engine = ApplicabilityEngine([Rule("r", "S", None, {})])
    answer = engine.applicable(_product(), {"S": _std("S")}, DAY)[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        answer.grade = "A"  # type: ignore[misc]
    assert isinstance(answer, Applicable)


VALUES = {
    "category": ["garment", "home_textile", "fabric"],
    "age_group": ["infant", "child", "adult"],
    "market": ["CN", "EU", "FR", "US", "US-CA", "US-NY"],
    "finish": ["coated", "water_repellent", "pigment_printed"],
    "product_type": ["sleepwear", "curtain", "outerwear", "tshirt"],
    "component": ["zip", "hood_neck_cords", "down_fill"],
    "origin": ["CN", "CN-XJ", "IN", "US"],
}
RANGES = [Range(None, 9), Range(0, 84), Range(84, 168), Range(168, None), Range(24, 60)]
DATES = [None, dt.date(2025, 1, 1), dt.date(2026, 12, 1), dt.date(2027, 10, 10)]


def _conditions(rnd: random.Random, p: float) -> dict:
    # keys in the order the engine names missing attributes (product type, origin, age, height)
    cond: dict = {k: tuple(rnd.sample(v, rnd.randint(1, 2))) for k, v in VALUES.items() if rnd.random() < p}
    for key in ("age_months", "height_cm"):
        if rnd.random() < p:
            cond[key] = rnd.choice(RANGES)
    return cond


def _random_catalogue(rnd: random.Random) -> tuple[list[Rule], dict[str, Standard]]:
    standards = {}
    for s in range(60):
        items = [
            _item(
                f"k{k}",
                grade=rnd.choice([None, None, "A", "B"]),
                when=_conditions(rnd, 0.15) if rnd.random() < 0.4 else {},
                unless=_conditions(rnd, 0.2) or None if rnd.random() < 0.2 else None,
                effective=rnd.choice(DATES) if rnd.random() < 0.3 else None,
                until=rnd.choice([None, dt.date(2027, 1, 1)]),
            )
            for k in range(rnd.randint(0, 4))
        ]
        standards[f"S{s:02d}"] = _std(
            f"S{s:02d}",
            *items,
            mandatory=rnd.random() < 0.6,
            status=rnd.choice(["current"] * 5 + ["upcoming"]),
            effective=rnd.choice([None, None, None, dt.date(2027, 1, 1)]),
        )
    rules = [
        Rule(
            f"r{i}",
            f"S{rnd.randrange(70):02d}",  # some name standards the catalogue lacks
            rnd.choice([None, "A", "B"]),
            _conditions(rnd, 0.3),
            note=LocalText(f"n{i % 7}", None) if rnd.random() < 0.5 else None,
            unless=_conditions(rnd, 0.15) or None if rnd.random() < 0.3 else None,
            effective=rnd.choice(DATES),
            until=rnd.choice([None, None, dt.date(2027, 1, 1)]),
        )
        for i in range(300)
    ]
    return rules, standards


def _random_product(rnd: random.Random, n: int) -> Product:
    return _product(
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


@pytest.mark.parametrize("seed", [11, 12, 13])
def test_applicable_equals_the_plain_definition_on_random_catalogues(seed):
    rnd = random.Random(seed)
    rules, standards = _random_catalogue(rnd)
    engine = ApplicabilityEngine(rules)
    products = [_random_product(rnd, n) for n in range(60)]
    kinds = set()
    for round_ in range(3):  # later rounds answered mostly from what the first kept
        for p in products:
            as_of = rnd.choice([dt.date(2026, 12, 1), dt.date(2027, 1, 1), dt.date(2027, 11, 1)])
            got = engine.applicable(p, standards, as_of)
            assert got == plain_applicable(rules, p, standards, as_of), (round_, p.sku, as_of)
            kinds.update(a.applies for a in got)
    assert kinds == {IN_FORCE, UPCOMING, POSSIBLE}  # the catalogue exercises every answer


def test_a_standard_of_two_rules_when_one_or_both_concern_the_product():
    rules = [
        Rule("kids", "S", "B", {"age_group": ("child",)}, LocalText("儿童", "child")),
        Rule("eu", "S", "A", {"market": ("EU",)}, LocalText("欧盟", "EU")),
    ]
    std = {"S": _std("S", _item("ph"), _item("lead", grade="A"))}
    engine = ApplicabilityEngine(rules)
    for _ in range(2):
        for product in (_product(), _product(markets=("CN",)), _product(age_group="adult")):
            assert engine.applicable(product, std, DAY) == plain_applicable(rules, product, std, DAY)
    both = engine.applicable(_product(), std, DAY)[0]
    assert (both.grade, both.rule_ids, both.reason_text("en")) == ("A", ("kids", "eu"), "child; EU")
    one = engine.applicable(_product(markets=("CN",)), std, DAY)[0]
    assert (one.grade, one.rule_ids, [i.key for i in one.requirements]) == ("B", ("kids",), ["ph"])
