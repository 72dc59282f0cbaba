"""The tokens and normalised codes both sides of a catalogue search go through."""

from __future__ import annotations

from desktop_app.core.search import (
    TextQuery,
    code_base,
    indexed,
    named_code,
    normalise_code,
    text_query,
    tokens,
)


def test_codes_normalise_to_one_form_with_or_without_the_year():
    for typed in ("GB18401", "gb 18401", "GB 18401", "ＧＢ １８４０１", "gb-18401"):
        assert normalise_code(typed) == "GB18401", typed
    assert code_base("GB 18401-2010") == "GB18401" and normalise_code("GB 18401-2010") == "GB184012010"
    assert normalise_code("gb/t 2912") == normalise_code("GBT2912") == "GBT2912"
    assert code_base("GB/T 2912.1-2009") == "GBT29121"
    assert code_base("ISO 9001:2015") == "ISO9001"
    assert code_base("16 CFR 1610") == "16CFR1610"  # no year to take off
    assert code_base("Regulation (EU) 2024/1781") == "REGULATION(EU)20241781"


def test_chinese_runs_become_pairs_and_a_last_character():
    assert tokens("甲醛含量") == ["甲醛", "醛含", "含量", "量"]
    assert tokens("pH值") == ["ph", "值"]
    assert indexed("GB/T 2912.1", None, "Formaldéhyde") == " gb t 2912 1 formaldehyde "
    assert indexed(None, "") == ""


def test_a_query_matches_where_its_tokens_follow_each_other():
    assert text_query("甲醛") == TextQuery(("甲醛",), prefix=False)  # the pair says it all
    assert text_query("棉") == TextQuery(("棉",), prefix=True)  # the start of any pair
    assert text_query("formald") == TextQuery(("formald",), prefix=True)
    assert text_query("甲醛 GB") == TextQuery(("甲醛", "醛", "gb"), prefix=True)
    assert text_query("%") is None and text_query("_") is None and text_query(" ") is None


def test_a_short_latin_query_is_a_whole_word():
    q = text_query("pH")
    assert q == TextQuery(("ph",), prefix=False)
    assert q.like in indexed("pH of aqueous extract") and q.like in indexed("ph_intermediate")
    assert q.like not in indexed("Phthalates (DEHP + DBP + BBP)")
    assert text_query("pht").like in indexed("Phthalates")  # three letters: a word's start


def test_a_code_without_its_year_names_the_one_edition_in_the_list():
    codes = ["GB 18401-2010", "GB/T 2912.1-2009", "EN 71-3:2019"]
    assert named_code("GB 18401", codes) == "GB 18401-2010"
    assert named_code("gb18401-2010", codes) == "GB 18401-2010"
    assert named_code("GB/T 2912.1", codes) == "GB/T 2912.1-2009"
    assert named_code("GB 31701", codes) is None
    assert named_code("GB 18401", [*codes, "GB 18401-2003"]) is None  # two editions: say which
