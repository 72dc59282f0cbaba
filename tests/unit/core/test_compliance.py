"""Compliance status per standard as of a date: transitions over time, ordering, best grade."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from desktop_app.core.applicability import IN_FORCE, POSSIBLE, UPCOMING, Applicable
from desktop_app.core.catalogue import Check, LocalText, Requirement, Standard
from desktop_app.core.compliance import WHOLE_STANDARD, add_months, overall, standard_status, statuses
from desktop_app.core.results import TestResult

DAY = dt.date(2026, 11, 28)


def _item(
    key: str, grade: str | None, limit: str, check: Check | None, unit: str | None = "mg/kg"
) -> Requirement:
    return Requirement(key=key, item=LocalText(key, key), grade=grade, limit=limit, unit=unit, check=check)


GB18401 = Standard(
    code="GB 18401-2010",
    title=LocalText("国家纺织产品基本安全技术规范", "General safety technical code for textile products"),
    issuer="SAMR/SAC",
    markets=("CN",),
    status="current",
    mandatory=True,
    requirements=(
        _item("formaldehyde", "A", "≤ 20", Check("max", 20, unit="mg/kg")),
        _item("formaldehyde", "B", "≤ 75", Check("max", 75, unit="mg/kg")),
        _item("formaldehyde", "C", "≤ 300", Check("max", 300, unit="mg/kg")),
        _item("ph", "A", "4.0–7.5", Check("range", min=4.0, max=7.5), unit=None),
        _item("ph", "B", "4.0–8.5", Check("range", min=4.0, max=8.5), unit=None),
        _item("ph", "C", "4.0–9.0", Check("range", min=4.0, max=9.0), unit=None),
        _item("cf_water", "A", "≥ 3-4", Check("fastness", 3.5), unit="grade"),
        _item("cf_water", "B", "≥ 3", Check("fastness", 3), unit="grade"),
        _item("cf_water", "C", "≥ 3", Check("fastness", 3), unit="grade"),
        _item("odour", None, "none", Check("pass_fail"), unit=None),
    ),
)


def applicable(std: Standard = GB18401, grade: str | None = "A", applies: str = IN_FORCE) -> Applicable:
    return Applicable(
        standard=std,
        grade=grade,
        reasons=(),
        rule_ids=("R",),
        applies=applies,
        requirements=std.requirements_for(grade),
    )


def result(item: str, value: str, tested: dt.date = DAY - dt.timedelta(days=10), **kw) -> TestResult:
    return TestResult(sku="BB-001", standard=GB18401.code, item=item, value=value, tested=tested, **kw)


PASSING = [
    result("formaldehyde", "12"),
    result("ph", "6.5"),
    result("cf_water", "4"),
    result("odour", "合格"),
]


def status(results, *, as_of: dt.date = DAY, a: Applicable | None = None, months: int = 12):
    return statuses([a or applicable()], results, as_of=as_of, retest_months=months)[0]


def test_no_results_is_incomplete_with_every_item_untested() -> None:
    st = status([])
    assert (st.status, st.conditions) == ("incomplete", ("incomplete",))
    assert [i.verdict for i in st.items] == ["untested"] * 4
    assert st.best_grade is None


def test_formaldehyde_50_fails_class_a_by_30_and_meets_class_b() -> None:
    st = status([result("formaldehyde", "50"), *PASSING[1:]])
    assert st.status == "failing"
    form = st.items[0]
    assert (form.verdict, form.judgement.margin, form.judgement.unit) == ("fail", 30, "mg/kg")
    assert form.meets == "B"
    assert st.best_grade == "B"
    assert [i.key for i in st.failing] == ["formaldehyde"]


def test_a_re_test_counts_the_older_result_stays_as_history() -> None:
    first = result("formaldehyde", "50", DAY - dt.timedelta(days=40))
    retest = result("formaldehyde", "12", DAY - dt.timedelta(days=5))
    st = status([first, retest, *PASSING[1:]])
    assert st.status == "compliant" and st.best_grade == "A"
    assert (st.items[0].result, st.items[0].history) == (retest, 1)


def test_status_transitions_over_time() -> None:
    tested = dt.date(2026, 1, 15)
    results = [dataclasses.replace(r, tested=tested) for r in PASSING]
    assert status(results, as_of=dt.date(2026, 1, 14)).status == "incomplete"  # not yet tested then
    assert status(results, as_of=tested).status == "compliant"
    assert status(results, as_of=dt.date(2027, 1, 15)).status == "compliant"  # 12 months, inclusive
    later = status(results, as_of=dt.date(2027, 1, 16))
    assert (later.status, later.conditions) == ("expired", ("expired",))
    assert status(results, as_of=dt.date(2026, 8, 1), months=6).status == "expired"


def test_the_reports_own_validity_replaces_the_interval() -> None:
    results = [dataclasses.replace(r, valid_until=DAY + dt.timedelta(days=1)) for r in PASSING]
    assert status(results).status == "compliant"
    assert status(results, as_of=DAY + dt.timedelta(days=2)).status == "expired"


def test_failing_before_expired_before_incomplete_and_all_listed() -> None:
    old = DAY - dt.timedelta(days=400)
    st = status([result("formaldehyde", "90"), result("ph", "6", old)])
    assert st.status == "failing"
    assert st.conditions == ("failing", "expired", "incomplete")
    assert status([result("ph", "6", old)]).conditions == ("expired", "incomplete")


def test_undecidable_results_leave_the_standard_incomplete() -> None:
    st = status([result("formaldehyde", "< 25"), *PASSING[1:]])
    assert (st.status, st.items[0].verdict) == ("incomplete", "undecidable")
    assert [i.key for i in st.missing] == ["formaldehyde"]


def test_a_tester_fail_on_a_qualitative_item_fails() -> None:
    st = status([*PASSING[:3], result("odour", "不合格")])
    assert (st.status, st.items[3].verdict, st.items[3].passed) == ("failing", "judged", False)


def test_upcoming_and_possible_are_not_required_with_their_conditions_listed() -> None:
    for applies in (UPCOMING, POSSIBLE):
        st = status([result("formaldehyde", "50")], a=applicable(applies=applies))
        assert st.status == "not_required"
        assert st.conditions == ("failing", "incomplete")


def test_best_grade_is_the_strictest_every_measured_result_meets() -> None:
    results = [result("formaldehyde", "60"), result("ph", "8.8"), result("cf_water", "3-4")]
    st = status(results)
    assert {i.key: i.meets for i in st.items if i.result} == {"formaldehyde": "B", "ph": "C", "cf_water": "A"}
    assert st.best_grade == "C"
    assert status([result("formaldehyde", "400")]).best_grade is None


def test_a_standard_without_items_is_proven_as_a_whole() -> None:
    bare = dataclasses.replace(GB18401, code="GB/T 1", requirements=())
    a = applicable(bare, grade=None)
    assert statuses([a], [], as_of=DAY)[0].items[0].key == WHOLE_STANDARD
    whole = TestResult(sku="BB-001", standard="GB/T 1", item=WHOLE_STANDARD, value="合格", tested=DAY)
    assert statuses([a], [whole], as_of=DAY)[0].status == "compliant"


def test_results_of_other_standards_do_not_count() -> None:
    other = [dataclasses.replace(r, standard="GB 31701-2015") for r in PASSING]
    assert status(other).status == "incomplete"


def test_a_products_overall_status() -> None:
    ok = status(PASSING)
    bad = status([result("formaldehyde", "90")])
    assert overall([ok, bad]) == "failing"
    assert overall([ok]) == "compliant"
    assert overall([]) == "not_required"


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (dt.date(2026, 1, 31), 1, dt.date(2026, 2, 28)),
        (dt.date(2024, 2, 29), 12, dt.date(2025, 2, 28)),
        (dt.date(2026, 11, 28), 12, dt.date(2027, 11, 28)),
    ],
)
def test_add_months(day, months, expected) -> None:
    assert add_months(day, months) == expected


def test_standard_status_on_its_own() -> None:
    st = standard_status(applicable(), {}, as_of=DAY)
    assert st.code == "GB 18401-2010" and st.as_of == DAY


def test_the_quick_product_status_agrees_with_judging_every_standard() -> None:
    from desktop_app.core.compliance import product_compliance

    bare = applicable(dataclasses.replace(GB18401, code="GB/T 2"), grade="B")
    voluntary = applicable(dataclasses.replace(GB18401, code="FZ/T 3", mandatory=False), applies=UPCOMING)
    cases = [
        [],
        PASSING,
        [result("formaldehyde", "90")],
        [*PASSING, result("ph", "6", DAY - dt.timedelta(days=900))],
    ]
    for results in cases:
        for found in ([applicable()], [applicable(), bare], [voluntary], [applicable(), voluntary]):
            quick = product_compliance(found, results, as_of=DAY)
            assert quick.status == overall(statuses(found, results, as_of=DAY))
            assert [a.standard.code for a in quick.unproven] == [
                a.standard.code
                for a in found
                if a.applies == IN_FORCE and not any(r.standard == a.standard.code for r in results)
            ]
