"""The bundled catalogue's answers for realistic products (issue 13's examples).

Each test loads the real `catalogue.json` with the app's parser, builds the
applicability engine on its rules and asks what applies to one product as of
one day: what a compliance engineer would list, and nothing they would
strike out.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop_app.core.applicability import IN_FORCE, POSSIBLE, UPCOMING, ApplicabilityEngine, Applicable
from desktop_app.core.catalogue import Rule, Standard
from desktop_app.core.products import FibreShare, Product
from desktop_app.core.ranges import Range
from desktop_app.sync.pages import parse_page

CATALOGUE = Path(__file__).resolve().parents[3] / "resources" / "catalogue" / "catalogue.json"
TODAY = dt.date(2026, 12, 1)


@pytest.fixture(scope="module")
def catalogue() -> tuple[ApplicabilityEngine, dict[str, Standard]]:
    page = parse_page(CATALOGUE.read_bytes(), source=CATALOGUE.name)
    assert page.protocol == 2
    standards = {c.id: c.data for c in page.changes if isinstance(c.data, Standard)}
    rules = [c.data for c in page.changes if isinstance(c.data, Rule)]
    return ApplicabilityEngine(rules), standards


def answer(catalogue, product: Product, as_of: dt.date = TODAY) -> dict[str, Applicable]:
    engine, standards = catalogue
    return {a.standard.code: a for a in engine.applicable(product, standards, as_of)}


def keys(applicable: Applicable) -> set[str]:
    return {item.key for item in applicable.requirements}


def product(**fields: object) -> Product:
    base: dict[str, object] = {
        "sku": "P-1",
        "name": "test product",
        "category": "garment",
        "age_group": "child",
        "skin_contact": "direct",
        "markets": ("US",),
        "composition": (FibreShare("cotton", 100),),
        "construction": "knitted",
    }
    return Product(**(base | fields))  # type: ignore[arg-type]


def pyjamas(**fields: object) -> Product:
    return product(product_type="sleepwear", **fields)


# -- children's sleepwear for the US, by age ---------------------------------------


def test_pyjamas_for_sizes_2_to_5_get_1615_not_1616_nor_1120(catalogue) -> None:
    got = answer(catalogue, pyjamas(age_months=Range(24, 60)))
    assert got["16 CFR 1615"].applies == IN_FORCE
    assert "16 CFR 1616" not in got
    assert "16 CFR 1120" not in got  # no hood or neck cords, and not outerwear
    assert got["16 CFR 1610"].applies == IN_FORCE


def test_pyjamas_for_an_infant_of_9_months_and_under_are_exempt_from_1615(catalogue) -> None:
    got = answer(catalogue, pyjamas(age_group="infant", age_months=Range(0, 9)))
    assert "16 CFR 1615" not in got and "16 CFR 1616" not in got and "16 CFR 1120" not in got
    # An infant garment sized beyond 9 months is not wholly inside the exemption.
    got = answer(catalogue, pyjamas(age_group="infant", age_months=Range(6, 24)))
    assert got["16 CFR 1615"].applies == IN_FORCE


def test_pyjamas_for_sizes_7_to_14_get_1616_not_1615(catalogue) -> None:
    got = answer(catalogue, pyjamas(age_months=Range(84, 168)))
    assert got["16 CFR 1616"].applies == IN_FORCE
    assert "16 CFR 1615" not in got and "16 CFR 1120" not in got


def test_a_product_without_its_age_range_gets_possible_naming_age_months(catalogue) -> None:
    got = answer(catalogue, pyjamas())
    for code in ("16 CFR 1615", "16 CFR 1616"):
        assert got[code].applies == POSSIBLE
        assert "age_months" in got[code].missing
    assert got["16 CFR 1610"].applies == IN_FORCE and got["16 CFR 1610"].missing == ()


def test_a_tshirt_is_not_sleepwear(catalogue) -> None:
    got = answer(catalogue, product(product_type="tshirt", age_months=Range(24, 60)))
    assert {"16 CFR 1615", "16 CFR 1616", "16 CFR 1120"}.isdisjoint(got)


# -- hooded children's jacket --------------------------------------------------------


def hooded_jacket(**fields: object) -> Product:
    base: dict[str, object] = {
        "product_type": "outerwear",
        "construction": "woven",
        "components": ("hood_neck_cords", "zip"),
        "markets": ("US", "CN"),
        "skin_contact": "indirect",
    }
    return product(**(base | fields))


def test_hooded_jacket_for_young_children_gets_1120_and_the_chinese_cord_rules(catalogue) -> None:
    got = answer(catalogue, hooded_jacket(age_months=Range(36, 84), height_cm=Range(100, 120)))
    assert got["16 CFR 1120"].applies == IN_FORCE
    assert keys(got["16 CFR 1120"]) == {"neck_hood_drawstrings"}  # no waist cords
    assert got["GB/T 22705-2019"].applies == IN_FORCE
    assert keys(got["GB/T 22705-2019"]) == {"young_child_head_neck"}
    assert got["GB 31701-2015"].grade == "C"
    assert "cords_hood_neck" in keys(got["GB 31701-2015"])


def test_hooded_jacket_for_older_children_gets_the_older_child_cord_rule(catalogue) -> None:
    got = answer(catalogue, hooded_jacket(age_months=Range(120, 168), height_cm=Range(140, 160)))
    assert keys(got["GB/T 22705-2019"]) == {"older_child_head_neck"}
    assert "cords_hood_neck" not in keys(got["GB 31701-2015"])
    assert got["16 CFR 1120"].applies == IN_FORCE  # sizes 2T to 12 for neck and hood cords


def test_a_jacket_without_cords_gets_no_cord_rules(catalogue) -> None:
    got = answer(catalogue, hooded_jacket(components=("zip",), age_months=Range(36, 84)))
    assert "16 CFR 1120" not in got and "GB/T 22705-2019" not in got
    assert "cords_hood_neck" not in keys(got["GB 31701-2015"])


def test_chinese_cord_rule_without_a_height_range_asks_for_it(catalogue) -> None:
    got = answer(catalogue, hooded_jacket(age_months=Range(36, 84)))
    assert "height_cm" in got["GB/T 22705-2019"].missing
    assert "height_cm" in got["GB 31701-2015"].missing


# -- markets that are parts of markets -----------------------------------------------


def test_a_product_sold_only_in_new_york_gets_no_california_law(catalogue) -> None:
    got = answer(catalogue, product(product_type="tshirt", age_group="adult", markets=("US-NY",)))
    assert "California AB 1817" not in got and "California Proposition 65" not in got
    assert got["NY ECL 37-0121"].applies == IN_FORCE
    assert got["16 CFR 1610"].applies == IN_FORCE  # a federal rule still concerns New York


def test_a_product_sold_across_the_us_is_sold_in_california(catalogue) -> None:
    got = answer(catalogue, product(product_type="tshirt", age_group="adult", markets=("US",)))
    assert "California AB 1817" in got and "California Proposition 65" in got


def test_ab_1817_tightens_to_50_ppm_on_2027_01_01(catalogue) -> None:
    shirt = product(product_type="shirt", age_group="adult", markets=("US-CA",))
    now = answer(catalogue, shirt)["California AB 1817"]
    tof = [i for i in now.requirements if i.key == "tof"]
    assert [(i.limit, i.check.value) for i in tof] == [("< 100", 100)]
    assert [(i.limit, i.effective) for i in now.upcoming_requirements if i.key == "tof"] == [
        ("< 50", dt.date(2027, 1, 1))
    ]
    later = answer(catalogue, shirt, dt.date(2027, 2, 1))["California AB 1817"]
    assert [i.limit for i in later.requirements if i.key == "tof"] == ["< 50"]


# -- dates: REACH entry 79 ------------------------------------------------------------


def curtain(**fields: object) -> Product:
    base: dict[str, object] = {
        "category": "home_textile",
        "age_group": "adult",
        "skin_contact": "indirect",
        "product_type": "curtain",
        "construction": "woven",
        "finishes": ("water_repellent",),
        "composition": (FibreShare("polyester", 100),),
        "markets": ("EU",),
    }
    return product(**(base | fields))


def test_water_repellent_curtain_reach_79_is_upcoming_until_2027_10_10(catalogue) -> None:
    before = answer(catalogue, curtain())["REACH Annex XVII-79"]
    assert before.applies == UPCOMING and before.effective == dt.date(2027, 10, 10)
    after = answer(catalogue, curtain(), dt.date(2027, 11, 1))["REACH Annex XVII-79"]
    assert after.applies == IN_FORCE and after.effective is None
    assert {i.check.kind for i in after.requirements} == {"max_exclusive"}


def test_water_repellent_clothing_reach_79_is_in_force_since_2026_10_10(catalogue) -> None:
    jacket = product(product_type="outerwear", finishes=("water_repellent",), markets=("FR",))
    assert answer(catalogue, jacket)["REACH Annex XVII-79"].applies == IN_FORCE
    assert answer(catalogue, jacket, dt.date(2026, 10, 1))["REACH Annex XVII-79"].applies == UPCOMING


def test_a_curtain_without_a_water_repellent_finish_has_no_reach_79(catalogue) -> None:
    assert "REACH Annex XVII-79" not in answer(catalogue, curtain(finishes=()), dt.date(2027, 11, 1))


# -- item conditions: GB 31701, GB 18401 --------------------------------------------

PRINT_ITEMS = {"pb_total", "cd_total", "phthalates_dehp_dbp_bbp", "phthalates_dinp_didp_dnop"}


def bodysuit(**fields: object) -> Product:
    base: dict[str, object] = {
        "age_group": "infant",
        "product_type": "bodysuit",
        "markets": ("CN",),
        "age_months": Range(0, 12),
        "height_cm": Range(52, 80),
    }
    return product(**(base | fields))


def test_infant_bodysuit_gets_lead_cadmium_phthalates_only_with_a_pigment_print(catalogue) -> None:
    plain = answer(catalogue, bodysuit())["GB 31701-2015"]
    assert plain.grade == "A" and PRINT_ITEMS.isdisjoint(keys(plain))
    assert "cf_rub_wet" in keys(plain)
    printed = answer(catalogue, bodysuit(finishes=("pigment_printed",)))["GB 31701-2015"]
    assert PRINT_ITEMS <= keys(printed)
    assert all(i.check is not None for i in printed.requirements if i.key in PRINT_ITEMS)


def test_gb_18401_perspiration_fastness_is_not_for_curtains(catalogue) -> None:
    perspiration = {"cf_perspiration_acid", "cf_perspiration_alkaline"}
    got = answer(catalogue, curtain(markets=("CN",), finishes=()))["GB 18401-2010"]
    assert got.grade == "C" and perspiration.isdisjoint(keys(got))
    assert "formaldehyde" in keys(got)
    shirt = answer(catalogue, product(product_type="shirt", age_group="adult", markets=("CN",)))
    assert perspiration <= keys(shirt["GB 18401-2010"])


def test_reach_52_is_not_for_childrens_clothing(catalogue) -> None:
    for article in (pyjamas(markets=("EU",), age_months=Range(24, 60)), bodysuit(markets=("DE",))):
        assert "REACH Annex XVII-52" not in answer(catalogue, article)


# -- product standards and origin ------------------------------------------------------


def test_down_jacket_for_china_gets_the_down_garment_and_down_standards(catalogue) -> None:
    jacket = product(
        product_type="outerwear",
        construction="woven",
        components=("down_fill", "zip"),
        age_group="adult",
        skin_contact="indirect",
        markets=("CN",),
        composition=(FibreShare("polyester", 100),),
    )
    got = answer(catalogue, jacket)
    assert got["GB/T 14272-2021"].applies == IN_FORCE
    assert got["GB/T 17685-2016"].applies == IN_FORCE
    assert got["GB 18401-2010"].grade == "C"
    assert "GB/T 2664-2017" not in got  # a down garment is not a wool suit


def test_uflpa_for_any_xinjiang_input_whatever_the_fibre(catalogue) -> None:
    hoodie = product(
        product_type="knitwear",
        age_group="adult",
        composition=(FibreShare("polyester", 100),),
        origins=("CN-XJ",),
    )
    assert answer(catalogue, hoodie)["UFLPA"].applies == IN_FORCE
    assert "UFLPA" not in answer(catalogue, hoodie.with_changes(origins=("IN",)))
    unknown = answer(catalogue, hoodie.with_changes(origins=()))["UFLPA"]
    assert unknown.applies == POSSIBLE and unknown.missing == ("origin",)
