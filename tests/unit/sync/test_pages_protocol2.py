"""parse_page on protocol-2 pages: every new field parsed, every malformed one refused."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from desktop_app.core import vocabulary
from desktop_app.core.catalogue import Check, Factor, Rule, Standard
from desktop_app.core.markets import EU_MEMBERS
from desktop_app.core.ranges import Range
from desktop_app.sync.errors import PageInvalidError
from desktop_app.sync.pages import parse_page
from tests.platform_server import notice_data, rule_data, standard_data


def p2_standard() -> dict[str, Any]:
    data = standard_data("California AB 1817", items=0, markets=["US-CA"])
    data["requirements"] = [
        {
            "key": "tof",
            "item": {"zh": "总有机氟", "en": "Total organic fluorine"},
            "grade": None,
            "limit": "< 100",
            "unit": "ppm",
            "method": None,
            "until": "2027-01-01",
            "check": {"kind": "max_exclusive", "value": 100, "unit": "ppm"},
        },
        {
            "key": "tof",
            "item": {"zh": "总有机氟", "en": "Total organic fluorine"},
            "grade": None,
            "limit": "< 50",
            "unit": "ppm",
            "method": None,
            "effective": "2027-01-01",
            "check": {"kind": "max_exclusive", "value": 50, "unit": "ppm"},
        },
        {
            "key": "lead",
            "item": {"zh": "铅", "en": "Lead"},
            "grade": None,
            "limit": "≤ 90",
            "unit": "mg/kg",
            "when": {"finish": ["coated", "pigment_printed"]},
            "unless": {"age_months": {"min": 37}},
            "check": {"kind": "max", "value": 90, "unit": "mg/kg"},
        },
        {
            "key": "fastness",
            "item": {"zh": "耐水色牢度", "en": "Colour fastness to water"},
            "grade": None,
            "limit": "≥ 3-4",
            "check": {"kind": "fastness", "value": 3.5},
        },
        {
            "key": "ph",
            "item": {"zh": "pH 值", "en": "pH"},
            "grade": None,
            "limit": "4.0–7.5",
            "check": {"kind": "range", "min": 4.0, "max": 7.5, "unit": None},
        },
        {
            "key": "azo",
            "item": {"zh": "禁用偶氮染料", "en": "Banned azo dyes"},
            "grade": None,
            "limit": "not detected",
            "check": {"kind": "absent", "value": 20, "unit": "mg/kg"},
        },
        {
            "key": "label",
            "item": {"zh": "标签", "en": "Label"},
            "grade": None,
            "limit": "required",
            "check": {"kind": "pass_fail"},
        },
    ]
    return data


def p2_rule() -> dict[str, Any]:
    return rule_data(
        "R-1615",
        "California AB 1817",
        when={
            "market": ["US-CA", "FR"],
            "product_type": ["sleepwear"],
            "construction": ["knitted"],
            "component": ["hood_neck_cords"],
            "origin": ["CN-XJ"],
            "age_months": {"min": 0, "max": 83},
            "height_cm": {"max": 130},
            "future_key": ["anything"],
        },
        unless={"age_months": {"max": 9}},
        effective="2026-01-01",
        until="2030-01-01",
    )


def p2_factor() -> dict[str, Any]:
    return {
        "id": "CN-grid-2024",
        "kind": "electricity",
        "name": {"zh": "全国电网平均排放因子", "en": "China national grid average"},
        "region": "CN",
        "value": 0.5366,
        "unit": "kgCO2e/kWh",
        "scope": "CO2",
        "year": 2024,
        "source": {"zh": "生态环境部", "en": "MEE"},
        "url": None,
        "effective": "2025-01-01",
        "until": None,
    }


def page_of(changes: list[tuple[str, str, dict[str, Any]]], protocol: int = 2) -> dict[str, Any]:
    return {
        "protocol": protocol,
        "since": 0,
        "next": len(changes),
        "latest": len(changes),
        "has_more": False,
        "changes": [
            {"version": i + 1, "type": t, "id": oid, "op": "upsert", "data": data}
            for i, (t, oid, data) in enumerate(changes)
        ],
    }


def sample() -> dict[str, Any]:
    return page_of(
        [
            ("standard", "California AB 1817", p2_standard()),
            ("rule", "R-1615", p2_rule()),
            ("notice", "N-1", notice_data("N-1", ["California AB 1817"])),
            ("factor", "CN-grid-2024", p2_factor()),
        ]
    )


def parse(page: dict[str, Any]) -> Any:
    return parse_page(json.dumps(page, ensure_ascii=False).encode("utf-8"), source="p2-test")


def refused(page: dict[str, Any]) -> PageInvalidError:
    with pytest.raises(PageInvalidError) as info:
        parse(page)
    return info.value


def test_protocol_2_page_becomes_core_objects() -> None:
    page = parse(sample())
    assert page.protocol == 2
    standard, rule, _notice, factor = (c.data for c in page.changes)
    assert isinstance(standard, Standard) and standard.markets == ("US-CA",)
    old, new, lead, fastness, ph, azo, label = standard.requirements
    assert (old.key, old.effective, old.until) == ("tof", None, dt.date(2027, 1, 1))
    assert (new.key, new.effective, new.until) == ("tof", dt.date(2027, 1, 1), None)
    assert new.check == Check(kind="max_exclusive", value=50.0, unit="ppm")
    assert lead.when == {"finish": ("coated", "pigment_printed")}
    assert lead.unless == {"age_months": Range(37, None)}
    assert fastness.check == Check(kind="fastness", value=3.5)
    assert ph.check == Check(kind="range", min=4.0, max=7.5)
    assert azo.check == Check(kind="absent", value=20.0, unit="mg/kg")
    assert label.check == Check(kind="pass_fail") and label.when == {} and label.unless is None
    assert isinstance(rule, Rule)
    assert rule.when["market"] == ("US-CA", "FR") and rule.when["origin"] == ("CN-XJ",)
    assert rule.when["age_months"] == Range(0, 83) and rule.when["height_cm"] == Range(None, 130)
    assert rule.when["future_key"] == ("anything",)  # kept: the engine never matches it
    assert rule.unless == {"age_months": Range(None, 9)}
    assert (rule.effective, rule.until) == (dt.date(2026, 1, 1), dt.date(2030, 1, 1))
    assert isinstance(factor, Factor)
    assert (factor.kind, factor.value, factor.year, factor.scope) == ("electricity", 0.5366, 2024, "CO2")
    assert factor.effective == dt.date(2025, 1, 1) and factor.until is None


def test_protocol_1_page_still_parses_and_skips_nothing_it_knows() -> None:
    page = page_of([("rule", "R-1", rule_data("R-1", "GB 18401-2010", when={"finish": ["coatd"]}))], 1)
    # Protocol 1 never had closed vocabularies in `when`: an old server's page is read as before.
    assert parse(page).changes[0].data.when == {"finish": ("coatd",)}


P1_ADDITIONS = [
    (1, ["unless"], {"age_months": {"max": 9}}, "unless"),
    (1, ["effective"], "2026-01-01", "effective"),
    (1, ["until"], "2026-01-01", "until"),
    (1, ["when", "product_type"], ["sleepwear"], "when.product_type"),
    (1, ["when", "age_months"], {"min": 1}, "when.age_months"),
    (1, ["when", "origin"], ["CN-XJ"], "when.origin"),
    (1, ["when", "market"], ["CN", "US-CA"], "when.market[1]"),
    (0, ["requirements", 0, "check"], {"kind": "pass_fail"}, "requirements[0].check"),
    (0, ["requirements", 1, "when"], {"finish": ["coated"]}, "requirements[1].when"),
    (0, ["requirements", 1, "until"], "2027-01-01", "requirements[1].until"),
]


@pytest.mark.parametrize(("change", "path", "value", "field"), P1_ADDITIONS)
def test_protocol_1_page_may_not_carry_protocol_2_additions(
    change: int, path: list[Any], value: Any, field: str
) -> None:
    page = page_of(
        [
            ("standard", "GB 18401-2010", standard_data("GB 18401-2010", items=2)),
            ("rule", "R-1", rule_data("R-1", "GB 18401-2010")),
        ],
        protocol=1,
    )
    target = page["changes"][change]["data"]
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    err = refused(page)
    assert err.field == field and err.version == change + 1 and "protocol 2" in err.detail


def test_protocol_1_page_may_not_carry_factors_nor_subdivisions() -> None:
    assert refused(page_of([("factor", "F", p2_factor())], 1)).field == "type"
    data = standard_data("AB 1817", markets=["US-CA"])
    assert refused(page_of([("standard", "AB 1817", data)], 1)).field == "markets[0]"


@pytest.mark.parametrize("protocol", [0, 3, "2", 2.0, None])
def test_other_protocols_are_refused(protocol: Any) -> None:
    page = sample()
    page["protocol"] = protocol
    assert refused(page).field == "protocol"


S, R, F = 0, 1, 3  # change indexes in sample()
MALFORMED = [
    # label, change, path in data, value, field, words the reason must hold
    ("unknown finish", R, ["when", "finish"], ["coatd"], "when.finish[0]", "did you mean coated"),
    ("unknown product type", R, ["when", "product_type"], ["pyjamas"], "when.product_type[0]", "pyjamas"),
    ("unknown component", R, ["when", "component"], ["hood_cords"], "when.component[0]", "hood_neck_cords"),
    ("unknown construction", R, ["when", "construction"], ["knit"], "when.construction[0]", "knit"),
    ("unknown category", R, ["when", "category"], ["garmnet"], "when.category[0]", "garment"),
    ("unknown claim", R, ["when", "claim"], ["organc"], "when.claim[0]", "organic"),
    ("unknown fibre", R, ["when", "fibre"], ["coton"], "when.fibre[0]", "cotton"),
    ("unknown market", R, ["when", "market", 1], "XX", "when.market[1]", "XX"),
    ("market subdivision unknown", R, ["when", "market", 0], "US-ZZ", "when.market[0]", "US-"),
    ("origin not a code", R, ["when", "origin"], ["Xinjiang"], "when.origin[0]", "ISO 3166"),
    ("list key not a list", R, ["when", "finish"], "coated", "when.finish", "list"),
    ("list key null", R, ["when", "finish"], None, "when", "null"),
    ("unknown key not a list", R, ["when", "future_key"], {"a": 1}, "when", "list of strings"),
    ("range key not an object", R, ["when", "age_months"], [0, 83], "when.age_months", "dictionary"),
    ("range key a number", R, ["when", "height_cm"], 130, "when.height_cm", "dictionary"),
    ("range inverted", R, ["when", "age_months"], {"min": 84, "max": 12}, "when.age_months", "above"),
    ("range negative", R, ["when", "height_cm"], {"min": -1}, "when.height_cm.min", "greater than"),
    ("age absurd", R, ["when", "age_months"], {"max": 1201}, "when.age_months", "1200"),
    ("height absurd", R, ["when", "height_cm"], {"max": 251}, "when.height_cm", "250"),
    ("range empty", R, ["when", "age_months"], {}, "when.age_months", "min and/or max"),
    ("range unknown bound", R, ["when", "age_months"], {"mn": 3}, "when.age_months.mn", "xtra"),
    ("range bound a string", R, ["when", "age_months"], {"min": "3"}, "when.age_months.min", "number"),
    ("range bound a bool", R, ["unless", "age_months"], {"max": True}, "unless.age_months.max", "number"),
    ("unless unknown finish", R, ["unless"], {"finish": ["pigment"]}, "unless.finish[0]", "pigment_printed"),
    ("rule dates inverted", R, ["until"], "2025-12-31", "until", "not after"),
    ("rule dates equal", R, ["until"], "2026-01-01", "until", "not after"),
    ("rule date malformed", R, ["effective"], "2026/01/01", "effective", "YYYY-MM-DD"),
    ("item dates inverted", S, ["requirements", 1, "until"], "2026-06-01", "requirements[1].until", "after"),
    (
        "item when unknown",
        S,
        ["requirements", 2, "when", "finish"],
        ["x"],
        "requirements[2].when.finish[0]",
        "x",
    ),
    (
        "item when not object",
        S,
        ["requirements", 2, "when"],
        ["coated"],
        "requirements[2].when",
        "dictionary",
    ),
    (
        "item range inverted",
        S,
        ["requirements", 2, "unless"],
        {"age_months": {"min": 9, "max": 1}},
        "requirements[2].unless.age_months",
        "above",
    ),
    (
        "check unknown kind",
        S,
        ["requirements", 0, "check", "kind"],
        "maximum",
        "requirements[0].check",
        "max",
    ),
    ("check kind missing", S, ["requirements", 6, "check"], {}, "requirements[6].check.kind", "required"),
    ("check not an object", S, ["requirements", 6, "check"], "pass", "requirements[6].check", "dictionary"),
    (
        "check value missing",
        S,
        ["requirements", 0, "check"],
        {"kind": "max", "unit": "ppm"},
        "requirements[0].check",
        "needs value",
    ),
    (
        "check value null",
        S,
        ["requirements", 0, "check", "value"],
        None,
        "requirements[0].check",
        "needs value",
    ),
    ("check extra field", S, ["requirements", 0, "check", "max"], 3, "requirements[0].check", "no field max"),
    (
        "check unknown field",
        S,
        ["requirements", 6, "check", "note"],
        "x",
        "requirements[6].check",
        "no field note",
    ),
    (
        "check value a string",
        S,
        ["requirements", 0, "check", "value"],
        "100",
        "requirements[0].check.value",
        "number",
    ),
    (
        "check value a bool",
        S,
        ["requirements", 0, "check", "value"],
        True,
        "requirements[0].check.value",
        "number",
    ),
    (
        "check value infinite",
        S,
        ["requirements", 0, "check", "value"],
        float("inf"),
        "requirements[0].check.value",
        "finite",
    ),
    (
        "check value NaN",
        S,
        ["requirements", 0, "check", "value"],
        float("nan"),
        "requirements[0].check.value",
        "finite",
    ),
    (
        "check unit unknown",
        S,
        ["requirements", 0, "check", "unit"],
        "mg/kgs",
        "requirements[0].check.unit",
        "mg/kg",
    ),
    ("range check inverted", S, ["requirements", 4, "check", "min"], 8, "requirements[4].check", "above"),
    (
        "range check one bound",
        S,
        ["requirements", 4, "check"],
        {"kind": "range", "min": 4},
        "requirements[4].check",
        "needs max",
    ),
    (
        "fastness quarter step",
        S,
        ["requirements", 3, "check", "value"],
        3.25,
        "requirements[3].check",
        "half steps",
    ),
    (
        "fastness above 5",
        S,
        ["requirements", 3, "check", "value"],
        5.5,
        "requirements[3].check",
        "half steps",
    ),
    (
        "fastness below 1",
        S,
        ["requirements", 3, "check", "value"],
        0.5,
        "requirements[3].check",
        "half steps",
    ),
    (
        "fastness with unit",
        S,
        ["requirements", 3, "check", "unit"],
        "mg/kg",
        "requirements[3].check",
        "no field unit",
    ),
    (
        "pass_fail with value",
        S,
        ["requirements", 6, "check", "value"],
        1,
        "requirements[6].check",
        "no field value",
    ),
    ("standard market unknown", S, ["markets", 0], "California", "markets[0]", "market"),
    ("factor kind unknown", F, ["kind"], "electric", "kind", "electricity"),
    ("factor value a string", F, ["value"], "0.5", "value", "number"),
    ("factor unit not kgCO2e", F, ["unit"], "kg/kWh", "unit", "kgCO2e"),
    ("factor scope unknown", F, ["scope"], "CO2eq", "scope", "CO2e"),
    ("factor year a string", F, ["year"], "2024", "year", "integer"),
    ("factor year absurd", F, ["year"], 24, "year", "1900"),
    ("factor source missing", F, ["source"], KeyError, "source", "required"),
    ("factor dates inverted", F, ["until"], "2024-01-01", "until", "not after"),
    ("factor region not a code", F, ["region"], "china", "region", "region"),
]


@pytest.mark.parametrize(
    ("label", "change", "path", "value", "field", "words"), MALFORMED, ids=[m[0] for m in MALFORMED]
)
def test_malformed_protocol_2_field_refuses_the_page(
    label: str, change: int, path: list[Any], value: Any, field: str, words: str
) -> None:
    page = sample()
    target = page["changes"][change]["data"]
    for part in path[:-1]:
        target = target[part]
    if value is KeyError:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    err = refused(page)
    assert (err.field, err.version, err.id) == (field, change + 1, page["changes"][change]["id"])
    assert words.lower() in err.detail.lower(), err.detail
    assert "p2-test" in str(err)


def test_same_key_items_need_periods_that_do_not_overlap() -> None:
    page = sample()
    items = page["changes"][S]["data"]["requirements"]
    items[1]["effective"] = "2026-12-01"  # the tightened limit starts before the old one ends
    err = refused(page)
    assert err.field == "requirements[1].key" and "same period" in err.detail
    del items[0]["until"], items[1]["effective"]
    assert refused(page).field == "requirements[1].key"


def test_the_unknown_value_message_names_field_value_and_suggestions() -> None:
    page = sample()
    page["changes"][R]["data"]["when"]["product_type"] = ["sleepware"]
    reason = refused(page).detail
    assert "product_type" in reason and "'sleepware'" in reason and "sleepwear" in reason


def test_vocabularies_have_names_in_both_languages_and_agree_with_the_engine() -> None:
    # the engine's EU is the vocabulary's member states: 27 of them, the UK not among them
    assert len(EU_MEMBERS) == 27 and "GB" not in EU_MEMBERS and "GR" in EU_MEMBERS
    for table in (
        vocabulary.PRODUCT_TYPES,
        vocabulary.CONSTRUCTIONS,
        vocabulary.COMPONENTS,
        vocabulary.FINISHES,
        vocabulary.ALL_MARKETS,
        vocabulary.ORIGINS,
        vocabulary.CLAIMS,
    ):
        assert all(zh and en for zh, en in table.values())
    protocol2_finishes = {
        "coated",
        "laminated",
        "pigment_printed",
        "plastisol_printed",
        "water_repellent",
        "flame_retardant",
        "antibacterial",
        "easy_care",
        "undyed",
    }
    assert protocol2_finishes <= set(vocabulary.FINISHES)
    assert {"US-CA", "US-NY", "US-WA", "FR", "DE"} <= set(vocabulary.ALL_MARKETS)
