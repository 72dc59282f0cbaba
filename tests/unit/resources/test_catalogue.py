"""The bundled catalogue's content: references that resolve, and known bad data kept out.

The page's schema is the app's parser's business (and the compile tool runs
it); these are the facts about the whole catalogue that no single change
can show.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from pathlib import Path

import pytest

from desktop_app.core.applicability import rule_matches
from desktop_app.core.catalogue import Notice, Rule, Standard
from desktop_app.core.products import Product
from desktop_app.sync.pages import parse_page

CATALOGUE = Path(__file__).resolve().parents[3] / "resources" / "catalogue" / "catalogue.json"


@pytest.fixture(scope="module")
def page():
    return parse_page(CATALOGUE.read_bytes(), source=CATALOGUE.name)


@pytest.fixture(scope="module")
def standards(page) -> dict[str, Standard]:
    return {c.id: c.data for c in page.changes if isinstance(c.data, Standard)}


@pytest.fixture(scope="module")
def rules(page) -> list[Rule]:
    return [c.data for c in page.changes if isinstance(c.data, Rule)]


@pytest.fixture(scope="module")
def notices(page) -> list[Notice]:
    return [c.data for c in page.changes if isinstance(c.data, Notice)]


def test_a_full_snapshot_with_one_change_per_object(page) -> None:
    assert (page.since, page.has_more, page.next, page.latest) == (
        0,
        False,
        len(page.changes),
        len(page.changes),
    )
    assert [c.version for c in page.changes] == list(range(1, len(page.changes) + 1))
    assert len({(c.type, c.id) for c in page.changes}) == len(page.changes)
    assert {c.op for c in page.changes} == {"upsert"}


def test_every_reference_names_a_standard_of_the_catalogue(standards, rules, notices) -> None:
    assert [r.id for r in rules if r.standard not in standards] == []
    assert [
        (s.code, s.replaced_by) for s in standards.values() if s.replaced_by not in (None, *standards)
    ] == []
    assert [(n.id, code) for n in notices for code in n.standards if code not in standards] == []


def test_a_rule_grade_is_a_grade_of_its_standard(standards, rules) -> None:
    graded = [r for r in rules if r.grade is not None]
    assert graded
    assert [
        r.id for r in graded if r.grade not in {i.grade for i in standards[r.standard].requirements}
    ] == []


def test_every_text_has_both_languages(standards, rules, notices) -> None:
    texts = [s.title for s in standards.values()]
    texts += [i.item for s in standards.values() for i in s.requirements]
    texts += [r.note for r in rules] + [n.title for n in notices] + [n.body for n in notices]
    assert all(t is not None and t.zh and t.en for t in texts)


def test_known_bad_data_stays_out(standards) -> None:
    # Values seen in public code that are wrong: GB 18401 formaldehyde is
    # 20/75/300, no 2023 editions of GB 18401 or GB 31701 exist, and the
    # labelling standard is recommended since 2017-03-23.
    formaldehyde = {
        i.grade: i.limit for i in standards["GB 18401-2010"].requirements if i.key == "formaldehyde"
    }
    assert formaldehyde == {"A": "≤ 20", "B": "≤ 75", "C": "≤ 300"}
    assert not {"GB 18401-2023", "GB 31701-2023"} & set(standards)
    assert not standards["GB/T 5296.4-2012"].mandatory


@pytest.mark.parametrize(
    ("code", "grades"),
    [("GB 18401-2010", "ABC"), ("GB 31701-2015", "ABC"), ("OEKO-TEX STANDARD 100", "I II III IV")],
)
def test_graded_rules_give_a_product_one_grade_at_most(rules, code: str, grades: str) -> None:
    ours = [r for r in rules if r.standard == code]
    assert sorted(r.grade for r in ours) == sorted(grades.split() if " " in grades else grades)
    for category, age, contact in itertools.product(
        ("yarn", "fabric", "garment", "home_textile", "accessory"),
        ("infant", "child", "adult"),
        ("direct", "indirect"),
    ):
        product = Product(
            sku="P",
            name="p",
            category=category,
            age_group=age,
            skin_contact=contact,
            markets=("CN",),
            claims=("oeko-tex",),
        )
        matched = [r.grade for r in ours if rule_matches(r, product)]
        assert len(matched) <= 1, (category, age, contact, matched)
        if code == "GB 18401-2010":
            assert len(matched) == 1, (category, age, contact)  # every textile sold in China


def test_product_standard_codes_and_titles_as_the_audit_found_them(standards) -> None:
    assert {"GB/T 2660-2017", "GB/T 2664-2017", "FZ/T 73020-2019", "GB/T 33271-2016"} <= set(standards)
    assert not {"GB/T 2660-2022", "GB/T 2664-2022", "FZ/T 73020"} & set(standards)
    assert standards["GB/T 33271-2016"].title.zh == "机织婴幼儿服装"
    assert "woven" in standards["GB/T 33271-2016"].title.en.lower()
    assert "待核实" not in standards["FZ/T 73020-2019"].title.zh


def test_notices_carry_the_publication_date_of_what_they_report(notices, standards) -> None:
    # Only notices whose date a source gives are shipped (SOURCES.md, "Corrections").
    assert {n.id: n.published.isoformat() for n in notices} == {
        "N-2026-0003": "2024-12-31",  # GB/T 3920-2024 published
        "N-2026-0006": "2017-03-23",  # GB/T 5296.4 converted to recommended
    }
    assert (
        standards["GB/T 3920-2024"].published == next(n for n in notices if n.id == "N-2026-0003").published
    )


def test_reach_72_formaldehyde_is_75_without_the_ended_derogation(standards) -> None:
    entry = standards["REACH Annex XVII-72"]
    assert entry.effective is not None and entry.effective.isoformat() == "2020-11-01"
    formaldehyde = [i for i in entry.requirements if i.key == "formaldehyde"]
    assert [(i.limit, i.unit) for i in formaldehyde] == [("< 75", "mg/kg")]
    assert "2023-11-01" in formaldehyde[0].item.en and "2023-11-01" in formaldehyde[0].item.zh


CAVEATS = ("待核实", "unverified", "旧版附录4", "older edition")
OPERATORS = {"max": "≤", "max_exclusive": "<", "min": "≥", "min_exclusive": ">"}


def _caveated(item) -> bool:
    return any(c in (item.item.zh or "") + (item.item.en or "") for c in CAVEATS)


def test_the_catalogue_is_protocol_2(page) -> None:
    assert page.protocol == 2


def test_every_sourced_number_or_grade_has_a_check_and_no_unverified_one_does(standards) -> None:
    # A limit with a digit is a number or a grade ("≥ 3-4", "≤ 20", "class 1"); the proof-of-
    # compliance judgement needs its `check`. One the sources could not confirm has none.
    unchecked = [
        (s.code, i.key, i.grade)
        for s in standards.values()
        for i in s.requirements
        if i.check is None and not _caveated(i) and re.search(r"\d", i.limit)
    ]
    assert unchecked == []
    guessed = [
        (s.code, i.key, i.grade)
        for s in standards.values()
        for i in s.requirements
        if i.check and _caveated(i)
    ]
    assert guessed == []


def _grade(text: str) -> float:
    low, _, high = text.partition("-")
    return (float(low) + float(high)) / 2 if high else float(low)


def test_a_check_says_what_the_printed_limit_says(standards) -> None:
    wrong = []
    for s in standards.values():
        for i in s.requirements:
            check = i.check
            if check is None or check.kind in ("pass_fail", "absent"):
                continue
            if check.kind in OPERATORS:
                op, number, limit = OPERATORS[check.kind], f"{check.value:g}", i.limit.replace(",", "")
                # "≤ 20", or "≤ 3 in (7.62 cm)" where the check takes the metric value
                ok = f"{op} {number}" in limit or (limit.startswith(op) and number in limit)
            elif check.kind == "range":
                ok = re.search(rf"{check.min:g}\S*\s*[–-]\s*{check.max:g}", i.limit) is not None
            else:  # fastness: "≥ 3-4" is grade 3.5
                found = re.search(r"≥\s*(\d(?:\.5)?(?:-\d)?)", i.limit)
                ok = found is not None and _grade(found.group(1)) == check.value
            if not ok:
                wrong.append((s.code, i.key, i.grade, i.limit, check))
    assert wrong == []


def test_a_limit_tightened_on_a_date_is_two_items_one_ending_where_the_other_begins(standards) -> None:
    tof = [i for i in standards["California AB 1817"].requirements if i.key == "tof"]
    assert [(i.limit, i.check.value) for i in tof] == [("< 100", 100), ("< 50", 50)]
    assert tof[0].until == tof[1].effective == dt.date(2027, 1, 1)
    assert standards["California AB 1817"].markets == ("US-CA",)
    entry_79 = [r for r in standards if r.startswith("REACH Annex XVII-79")]
    assert entry_79 == ["REACH Annex XVII-79"]


def test_rules_of_protocol_2_replace_the_coarse_ones(rules) -> None:
    by_id = {r.id: r for r in rules}
    assert not {"R-UFLPA-COTTON", "R-REACH79"} & set(by_id)
    assert {by_id["R-REACH79-CLOTHING"].effective, by_id["R-REACH79-OTHER"].effective} == {
        dt.date(2026, 10, 10),
        dt.date(2027, 10, 10),
    }
    assert by_id["R-UFLPA-XJ"].when == {"market": ("US",), "origin": ("CN-XJ",)}
    assert by_id["R-AB1817"].when["market"] == ("US-CA",)
    assert by_id["R-PROP65"].when["market"] == ("US-CA",)
