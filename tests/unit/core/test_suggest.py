"""Vocabulary values resolved from what people type, typos refused with suggestions; ranges."""

from __future__ import annotations

import pytest

from desktop_app.core.errors import ValidationError
from desktop_app.core.products import FibreShare, Product, parse_fibre_arg, validate_product
from desktop_app.core.ranges import Range
from desktop_app.core.reasons import Reason
from desktop_app.core.suggest import parse_range, resolve_value, suggestions, validate_range
from desktop_app.core.vocabulary import ALIASES, FIBRES, VOCABULARIES


@pytest.mark.parametrize(
    "field, text, key",
    [
        ("category", "服装", "garment"),
        ("category", "Garment", "garment"),
        ("category", "服装 Garment", "garment"),
        ("fibre", "棉", "cotton"),
        ("fibre", "COTTON", "cotton"),
        ("fibre", "涤纶", "polyester"),
        ("fibre", "锦纶", "nylon"),
        ("fibre", "Polyamide", "nylon"),
        ("fibre", "铜氨纤维", "cupro"),
        ("product_type", "睡衣", "sleepwear"),
        ("product_type", "T恤衫", "tshirt"),
        ("construction", "针织", "knitted"),
        ("component", "拉链", "zip"),
        ("component", "羽绒填充", "down_fill"),
        ("component", "Hood or neck cords", "hood_neck_cords"),
        ("age_group", "成人", "adult"),
        ("skin_contact", "直接接触", "direct"),
        ("skin_contact", "直接接触皮肤", "direct"),
        ("finish", "water repellent", "water_repellent"),
        ("finish", "涂料印花", "pigment_printed"),
        ("claim", "有机", "organic"),
        ("market", "us-ca", "US-CA"),
        ("market", "德国", "DE"),
        ("market", "欧盟", "EU"),
        ("origin", "新疆", "CN-XJ"),
        ("origin", "cn-xj", "CN-XJ"),
        ("origin", "PK", "PK"),  # any ISO 3166-1 code is a valid origin
        ("origin", "IN-GJ", "IN-GJ"),
    ],
)
def test_keys_names_and_aliases_resolve(field, text, key):
    assert resolve_value(field, text) == key


@pytest.mark.parametrize(
    "field, text, near",
    [
        ("fibre", "coton", "cotton"),
        ("claim", "organc", "organic"),
        ("finish", "water_repelent", "water_repellent"),
        ("product_type", "sleepware", "sleepwear"),
        ("construction", "knited", "knitted"),
        ("market", "US-CX", "US-CA"),
        ("category", "garmnt", "garment"),
    ],
)
def test_typos_are_refused_with_the_nearest_known_value(field, text, near):
    with pytest.raises(ValidationError) as info:
        resolve_value(field, text)
    assert info.value.code is Reason.UNKNOWN_VALUE
    assert info.value.field == field and info.value.value == text
    assert near in info.value.params["suggestions"]


def test_nothing_close_lists_examples_instead():
    with pytest.raises(ValidationError) as info:
        resolve_value("market", "XX")
    assert info.value.code is Reason.UNKNOWN_VALUE_NONE_CLOSE
    assert "CN" in info.value.params["examples"]
    with pytest.raises(ValidationError):
        resolve_value("origin", "China!")  # not a code shape, not a name


def test_every_alias_points_at_a_real_key_and_no_name_is_ambiguous():
    for field, aliases in ALIASES.items():
        assert set(aliases.values()) <= set(VOCABULARIES[field]), field
    for field, table in VOCABULARIES.items():
        for key in table:
            assert resolve_value(field, key) == key


def test_fibres_carry_standard_names():
    for key in ("elastane", "nylon", "viscose", "lyocell", "modal", "cupro", "cashmere", "mohair", "alpaca"):
        assert key in FIBRES
    assert FIBRES["viscose"][0] == "粘胶纤维" and FIBRES["nylon"] == ("锦纶", "Polyamide")
    assert suggestions("fibre", "polyster")[0] == "polyester"


def test_fibre_argument_takes_chinese_names():
    assert parse_fibre_arg("棉:100") == FibreShare("cotton", 100.0)
    assert parse_fibre_arg("氨纶：5") == FibreShare("elastane", 5.0)
    with pytest.raises(ValidationError) as info:
        parse_fibre_arg("coton:100")
    assert info.value.params["suggestions"] == ["cotton"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("24-60", Range(24, 60)),
        ("24–60", Range(24, 60)),
        ("24 ~ 60 个月", Range(24, 60)),
        ("≥84", Range(84, None)),
        ("84-", Range(84, None)),
        ("84+", Range(84, None)),
        ("-9", Range(None, 9)),
        ("≤9", Range(None, 9)),
        ("110-130cm", Range(110, 130)),
        ("12.5", Range(12.5, 12.5)),
        ("", None),
    ],
)
def test_ranges_as_people_write_them(text, expected):
    assert parse_range(text, "age_months") == expected


@pytest.mark.parametrize(
    "field, text, code",
    [
        ("age_months", "60-24", Reason.RANGE_INVERTED),
        ("age_months", "0-1300", Reason.RANGE_TOO_HIGH),
        ("height_cm", "100-300", Reason.RANGE_TOO_HIGH),
        ("age_months", "12.3", Reason.RANGE_STEP),
        ("age_months", "two years", Reason.RANGE_UNREADABLE),
        ("age_months", "-", Reason.RANGE_UNREADABLE),
    ],
)
def test_bad_ranges_are_refused(field, text, code):
    with pytest.raises(ValidationError) as info:
        parse_range(text, field)
    assert info.value.code is code and info.value.field == field


def test_range_objects_from_the_dialog_are_checked_too():
    with pytest.raises(ValidationError) as info:
        validate_range(Range(-1, 5), "height_cm")
    assert info.value.code is Reason.RANGE_NEGATIVE
    assert validate_range(Range(110, 130), "height_cm") == Range(110.0, 130.0)


def _product(**changes):
    base = Product(
        sku="P-1",
        name="睡衣",
        category="服装",
        age_group="儿童",
        skin_contact="直接接触",
        markets=("us", "US-CA"),
        composition=(FibreShare("棉", 95), FibreShare("Elastane", 5)),
        claims=("有机",),
        finishes=("防水",),
        product_type="睡衣",
        construction="针织",
        components=("拉链", "hood_neck_cords"),
        age_months=Range(24, 60),
        height_cm=Range(90, 120),
        origins=("新疆",),
    )
    return base.with_changes(**changes)


def test_validate_product_resolves_every_vocabulary_field():
    p = validate_product(_product())
    assert (p.category, p.age_group, p.skin_contact) == ("garment", "child", "direct")
    assert p.markets == ("US", "US-CA")
    assert p.fibres == ("cotton", "elastane")
    assert (p.claims, p.finishes) == (("organic",), ("water_repellent",))
    assert (p.product_type, p.construction) == ("sleepwear", "knitted")
    assert p.components == ("zip", "hood_neck_cords")
    assert p.origins == ("CN-XJ",)
    assert validate_product(p) == p  # idempotent on keys


@pytest.mark.parametrize(
    "changes, field, code",
    [
        ({"composition": (FibreShare("coton", 100),)}, "fibre", Reason.UNKNOWN_VALUE),
        ({"markets": ("XX",)}, "market", Reason.UNKNOWN_VALUE_NONE_CLOSE),
        ({"claims": ("organc",)}, "claim", Reason.UNKNOWN_VALUE),
        ({"finishes": ("pigment_print",)}, "finish", Reason.UNKNOWN_VALUE),
        ({"product_type": "pyjama"}, "product_type", Reason.UNKNOWN_VALUE),
        ({"components": ("zipp",)}, "component", Reason.UNKNOWN_VALUE),
        ({"components": ("zip", "拉链")}, "component", Reason.REPEATED_VALUE),
        ({"age_months": Range(60, 24)}, "age_months", Reason.RANGE_INVERTED),
        ({"height_cm": Range(0, 251)}, "height_cm", Reason.RANGE_TOO_HIGH),
        ({"stage": "done"}, "stage", Reason.UNKNOWN_VALUE_NONE_CLOSE),
    ],
)
def test_validate_product_refuses_unknown_values(changes, field, code):
    with pytest.raises(ValidationError) as info:
        validate_product(_product(**changes))
    assert (info.value.field, info.value.code) == (field, code)


def test_optional_attributes_may_stay_unrecorded():
    p = validate_product(
        _product(
            product_type=None, construction="", components=(), age_months=None, height_cm=None, origins=()
        )
    )
    assert (p.product_type, p.construction, p.age_months, p.height_cm) == (None, None, None, None)
