"""The compiled applicability engine agrees with the plain definition."""

from __future__ import annotations

import itertools
import random
from functools import partial

from desktop_app.core.applicability import ApplicabilityEngine, rule_matches
from desktop_app.core.catalogue import LocalText, Rule, Standard
from desktop_app.core.products import FibreShare
from tests.helpers.factories import make_product

_product = partial(make_product, sku="P1", name="n", age_group="adult")


def _std(code: str, mandatory: bool = True) -> Standard:
    return Standard(
        code=code,
        title=LocalText(zh=code, en=code),
        issuer="x",
        markets=("CN",),
        status="current",
        mandatory=mandatory,
    )


def test_empty_when_applies_to_every_product():
    engine = ApplicabilityEngine([Rule("r", "S", None, {})])
    assert [r.id for r in engine.matching_rules(_product())] == ["r"]


def test_every_key_present_must_match_and_any_value_of_a_list_attribute():
    rule = Rule("r", "S", None, {"market": ("EU",), "fibre": ("wool",)})
    engine = ApplicabilityEngine([rule])
    assert engine.matching_rules(
        _product(markets=("CN", "EU"), composition=(FibreShare("wool", 50), FibreShare("cotton", 50)))
    ) == [rule]
    assert engine.matching_rules(_product(markets=("CN",), composition=(FibreShare("wool", 100),))) == []
    assert engine.matching_rules(_product(markets=("EU",))) == []


def test_unknown_when_key_does_not_match():
    rule = Rule("r", "S", None, {"colour": ("red",)})
    assert ApplicabilityEngine([rule]).matching_rules(_product()) == []
    assert not rule_matches(rule, _product())


def test_strictest_grade_wins_and_reasons_are_kept():
    rules = [
        Rule("b", "S", "B", {"skin_contact": ("direct",)}, LocalText("直接接触", "direct")),
        Rule("a", "S", "A", {"age_group": ("infant",)}, LocalText("婴幼儿", "infant")),
    ]
    result = ApplicabilityEngine(rules).applicable(_product(age_group="infant"), {"S": _std("S")})
    assert len(result) == 1
    assert result[0].grade == "A"
    assert result[0].reason_text("en") == "direct; infant"


def test_mandatory_first_and_rules_for_missing_standards_skipped():
    rules = [Rule("1", "V", None, {}), Rule("2", "M", None, {}), Rule("3", "GONE", None, {})]
    standards = {"V": _std("V", mandatory=False), "M": _std("M")}
    result = ApplicabilityEngine(rules).applicable(_product(), standards)
    assert [a.standard.code for a in result] == ["M", "V"]


def test_compiled_engine_equals_reference_on_random_rules():
    rnd = random.Random(7)
    values = {
        "category": ["yarn", "fabric", "garment", "home_textile", "accessory"],
        "age_group": ["infant", "child", "adult"],
        "skin_contact": ["direct", "indirect"],
        "market": ["CN", "EU", "US", "JP"],
        "fibre": ["cotton", "wool", "polyester"],
        "claim": ["organic", "recycled"],
        "finish": ["coated", "water_repellent"],
        "stage": ["final", "intermediate"],
    }
    rules = []
    for i in range(300):
        when = {
            k: tuple(rnd.sample(v, rnd.randint(1, len(v)))) for k, v in values.items() if rnd.random() < 0.3
        }
        rules.append(Rule(f"r{i}", f"S{i % 40}", None, when))
    engine = ApplicabilityEngine(rules)
    for cat, age, skin, stage in itertools.product(
        values["category"], values["age_group"], values["skin_contact"], values["stage"]
    ):
        p = _product(
            category=cat,
            age_group=age,
            skin_contact=skin,
            stage=stage,
            markets=tuple(rnd.sample(values["market"], 2)),
            claims=tuple(rnd.sample(values["claim"], rnd.randint(0, 2))),
        )
        expected = [r.id for r in rules if rule_matches(r, p)]
        assert [r.id for r in engine.matching_rules(p)] == expected


def test_products_affected_by_a_standard():
    rules = [Rule("a", "KIDS", None, {"age_group": ("infant", "child")})]
    engine = ApplicabilityEngine(rules)
    kids = _product(sku="K", age_group="child")
    adult = _product(sku="A")
    assert engine.products_affected([kids, adult], ["KIDS"]) == [kids]
    assert engine.products_affected([kids, adult], ["OTHER"]) == []
