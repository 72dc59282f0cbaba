from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.core.products import FibreShare
from desktop_app.imports import values as v

COTTON_ELASTANE = (FibreShare("cotton", 95.0), FibreShare("elastane", 5.0))


@pytest.mark.parametrize(
    "text",
    [
        "95%棉 5%氨纶",
        "cotton 95, elastane 5",
        "棉95%/氨纶5%",
        "cotton:95 elastane:5",
        "棉 95％，氨纶 5％",
        "Cotton 95% + Spandex 5%",
        "95% cotton; 5% elastane",
    ],
)
def test_composition_as_people_write_it(text):
    assert v.parse_composition(text) == COTTON_ELASTANE


@pytest.mark.parametrize(
    "text, expected",
    [
        ("全棉", (("cotton", 100.0),)),
        ("100%涤纶", (("polyester", 100.0),)),
        ("silk", (("silk", 100.0),)),
        ("竹纤维70% 棉30%", (("bamboo", 70.0), ("cotton", 30.0))),
        ("Bamboo viscose 60, cotton 40", (("bamboo", 60.0), ("cotton", 40.0))),
    ],
)
def test_composition_single_fibres_and_long_names(text, expected):
    assert v.parse_composition(text) == tuple(FibreShare(f, p) for f, p in expected)


@pytest.mark.parametrize(
    "text, reason", [("棉 95 氨纶", "cannot read"), ("95%纸", "not known"), ("", "give")]
)
def test_composition_errors_say_why(text, reason):
    with pytest.raises(ValueError, match=reason):
        v.parse_composition(text)


@pytest.mark.parametrize(
    "value",
    [
        "2025-10-24",
        "2025/10/24",
        "2025.10.24",
        "2025年10月24日",
        "2025 年 10 月 24 日",
        "20251024",
        "2025-10-24 00:00:00",
        "２０２５－１０－２４",
        45954,
        45954.0,
        "45954",
        dt.date(2025, 10, 24),
        dt.datetime(2025, 10, 24, 0, 0),
    ],
)
def test_dates_as_people_and_excel_write_them(value):
    assert v.parse_date(value) == dt.date(2025, 10, 24)


@pytest.mark.parametrize(
    "value, reason",
    [
        ("2025-02-30", "no such day"),
        ("24/10/2025", "year first"),
        ("next week", "not a date"),
        (123, "not a date"),
        ("", "needed"),
    ],
)
def test_bad_dates_say_why(value, reason):
    with pytest.raises(ValueError, match=reason):
        v.parse_date(value)


def test_no_expiry_words():
    for word in ("", "长期", "长期有效", "永久", "None", "-"):
        assert v.parse_optional_date(word) is None
    assert v.parse_optional_date(None) is None


@pytest.mark.parametrize(
    "words, text, expected",
    [
        (v.CATEGORY_WORDS, "家纺", "home_textile"),
        (v.CATEGORY_WORDS, "Home Textile", "home_textile"),
        (v.CATEGORY_WORDS, "home_textile", "home_textile"),
        (v.CATEGORY_WORDS, "服装", "garment"),
        (v.AGE_WORDS, "婴幼儿", "infant"),
        (v.AGE_WORDS, " BABY ", "infant"),
        (v.AGE_WORDS, "儿童", "child"),
        (v.SKIN_WORDS, "是", "direct"),
        (v.SKIN_WORDS, "非直接接触皮肤", "indirect"),
        (v.SKIN_WORDS, "No", "indirect"),
        (v.STAGE_WORDS, "半成品", "intermediate"),
    ],
)
def test_vocabulary_in_chinese_or_english(words, text, expected):
    assert v.choice(text, words, []) == expected


def test_unknown_choice_lists_the_accepted_values():
    with pytest.raises(ValueError, match="garment"):
        v.choice("鞋类", v.CATEGORY_WORDS, ["yarn", "garment"])


def test_markets_claims_and_finishes():
    assert v.markets("中国、欧盟/us") == ("CN", "EU", "US")
    assert v.markets("CN EU") == ("CN", "EU")
    assert v.markets("") == ("CN",)
    assert v.words_list("有机, OEKO-TEX 标签", v.CLAIM_WORDS) == ("organic", "oeko-tex")
    assert v.words_list("起绒/磨毛；防水", v.FINISH_WORDS) == ("brushed", "water_repellent")


def test_composition_text_reads_back():
    for lang in ("zh", "en"):
        assert v.parse_composition(v.composition_text(COTTON_ELASTANE, lang)) == COTTON_ELASTANE
