"""The demo firm's products record what a real firm's would (product type, construction,
components, ages, heights, origins), so the protocol-2 rules apply to them as they would."""

from __future__ import annotations

from desktop_app.core.applicability import IN_FORCE, POSSIBLE
from desktop_app.core.vocabulary import COMPONENTS, CONSTRUCTIONS, ORIGINS, PRODUCT_TYPES
from desktop_app.workspace.demo import DEMO_PRODUCTS


def test_demo_products_use_only_the_vocabulary_of_core():
    for p in DEMO_PRODUCTS:
        assert p.product_type is None or p.product_type in PRODUCT_TYPES, p.sku
        assert p.construction is None or p.construction in CONSTRUCTIONS, p.sku
        assert all(c in COMPONENTS for c in p.components), p.sku
        assert all(o in ORIGINS for o in p.origins), p.sku
    garments = [p for p in DEMO_PRODUCTS if p.category == "garment"]
    assert garments and all(p.product_type and p.construction for p in garments)


def test_the_baby_bodysuit_is_knitted_with_snaps_for_0_to_24_months(demo_ws):
    bb = demo_ws.products.get("BB-001")
    assert (bb.product_type, bb.construction, bb.components) == ("bodysuit", "knitted", ("snaps",))
    assert (bb.age_months.min, bb.age_months.max) == (0, 24)
    applicable = demo_ws.catalogue.applicable(bb)
    # every rule can be settled: nothing "possible", nothing in force waiting for an attribute
    assert not [a.standard.code for a in applicable if a.applies == POSSIBLE or a.missing]
    assert {"GB 18401-2010", "GB 31701-2015"} <= {a.standard.code for a in applicable}


def test_rules_on_type_age_and_components_apply_to_the_demo(demo_ws):
    def in_force(sku: str) -> set[str]:
        product = demo_ws.products.get(sku)
        return {a.standard.code for a in demo_ws.catalogue.applicable(product) if a.applies == IN_FORCE}

    assert "16 CFR 1615" in in_force("SL-801")  # children's sleepwear, 2–6 years, sold in the US
    assert "EN 14682:2014" in in_force("KD-102")  # a children's jacket with hood cords, sold in the EU
