"""Reading printed values and judging them against every `check` kind, at the boundaries."""

from __future__ import annotations

import pytest

from desktop_app.core.catalogue import Check
from desktop_app.core.errors import ValidationError
from desktop_app.core.reasons import Reason
from desktop_app.core.results import convert, judge_text, normalise_unit, parse_value

MAX20 = Check("max", 20, unit="mg/kg")


@pytest.mark.parametrize(
    ("printed", "kind", "low", "high"),
    [
        ("18", "number", 18, 18),
        ("18.0", "number", 18, 18),
        ("18,5", "number", 18.5, 18.5),
        ("ND", "nd", None, None),
        ("N.D.", "nd", None, None),
        ("未检出", "nd", None, None),
        ("< 5", "number", None, 5),
        ("<5", "number", None, 5),
        ("＜5", "number", None, 5),
        ("≤ 5", "number", None, 5),
        ("> 100", "number", 100, None),
        ("3-4", "number", 3.5, 3.5),
        ("4-5", "number", 4.5, 4.5),
        ("4", "number", 4, 4),
        ("6.5-7.0", "number", 6.5, 7.0),
        ("合格", "pass", None, None),
        ("不合格", "fail", None, None),
        ("pass", "pass", None, None),
        ("FAIL", "fail", None, None),
    ],
)
def test_values_are_read_as_labs_print_them(printed, kind, low, high) -> None:
    reading = parse_value(printed)
    assert (reading.kind, reading.low, reading.high) == (kind, low, high)


def test_open_and_closed_bounds_and_a_unit_after_the_number() -> None:
    assert parse_value("< 5").high_open and not parse_value("≤ 5").high_open
    assert parse_value("> 100").low_open
    assert parse_value("3-4").half_grade and not parse_value("6.5-7.0").half_grade
    assert parse_value("18 mg/kg").unit == "mg/kg"
    assert parse_value("０.５％").unit == "%"


@pytest.mark.parametrize("printed", ["abc", "18 19", "1,000", "7-5", "--3"])
def test_unreadable_values_are_refused_by_code(printed) -> None:
    with pytest.raises(ValidationError) as err:
        parse_value(printed)
    assert err.value.code in (Reason.RESULT_UNREADABLE, Reason.RESULT_COMMA_AMBIGUOUS)
    assert err.value.field == "value"


def test_an_empty_value_is_refused() -> None:
    with pytest.raises(ValidationError) as err:
        parse_value("  ")
    assert err.value.code is Reason.EMPTY


@pytest.mark.parametrize(
    ("check", "printed", "verdict", "margin"),
    [
        # max: = limit passes, just over fails by the difference
        (MAX20, "20", "pass", None),
        (MAX20, "20.1", "fail", 0.1),
        (MAX20, "50", "fail", 30),
        (MAX20, "ND", "pass", None),
        (MAX20, "< 20", "pass", None),
        (MAX20, "< 5", "pass", None),
        (MAX20, "< 25", "undecidable", None),
        (MAX20, "> 20", "fail", 0),
        (MAX20, "> 10", "undecidable", None),
        # max_exclusive: the limit itself fails
        (Check("max_exclusive", 0.1, unit="%"), "0.1", "fail", 0),
        (Check("max_exclusive", 0.1, unit="%"), "0.09", "pass", None),
        (Check("max_exclusive", 0.1, unit="%"), "< 0.1", "pass", None),
        (Check("max_exclusive", 0.1, unit="%"), "≤ 0.1", "undecidable", None),
        # min and min_exclusive
        (Check("min", 250, unit="N"), "250", "pass", None),
        (Check("min", 250, unit="N"), "249", "fail", 1),
        (Check("min", 250, unit="N"), "> 300", "pass", None),
        (Check("min", 250, unit="N"), "< 200", "fail", 50),
        (Check("min", 250, unit="N"), "ND", "undecidable", None),
        (Check("min_exclusive", 10, unit="s"), "10", "fail", 0),
        (Check("min_exclusive", 10, unit="s"), "10.5", "pass", None),
        # range, pH without a unit
        (Check("range", min=4.0, max=7.5), "4.0", "pass", None),
        (Check("range", min=4.0, max=7.5), "7.5", "pass", None),
        (Check("range", min=4.0, max=7.5), "7.6", "fail", 0.1),
        (Check("range", min=4.0, max=7.5), "3.9", "fail", 0.1),
        (Check("range", min=4.0, max=7.5), "6.5-7.0", "pass", None),
        (Check("range", min=4.0, max=7.5), "ND", "undecidable", None),
        # fastness, in half grades
        (Check("fastness", 3.5), "3-4", "pass", None),
        (Check("fastness", 4), "3-4", "fail", 0.5),
        (Check("fastness", 3.5), "4", "pass", None),
        (Check("fastness", 3.5), "3", "fail", 0.5),
        (Check("fastness", 3), "2-3", "fail", 0.5),
        # absent, with and without a reporting limit
        (Check("absent", unit="mg/kg"), "ND", "pass", None),
        (Check("absent", unit="mg/kg"), "< 0.1", "pass", None),
        (Check("absent", unit="mg/kg"), "0.3", "fail", 0.3),
        (Check("absent", 0.1, unit="mg/kg"), "0.05", "pass", None),
        (Check("absent", 0.1, unit="mg/kg"), "0.1", "fail", 0),
        (Check("absent", 0.1, unit="mg/kg"), "< 0.1", "pass", None),
        (Check("absent", 0.1, unit="mg/kg"), "< 0.5", "undecidable", None),
    ],
)
def test_every_check_kind_at_its_boundaries(check, printed, verdict, margin) -> None:
    judgement = judge_text(check, printed)
    assert judgement.verdict == verdict
    assert judgement.margin == (pytest.approx(margin) if margin is not None else None)
    assert judgement.passed is {"pass": True, "fail": False, "undecidable": None}[verdict]


def test_undecidable_says_why() -> None:
    assert judge_text(MAX20, "< 25").why is Reason.RESULT_BOUND_UNDECIDABLE
    assert judge_text(Check("min", 1, unit="N"), "ND").why is Reason.RESULT_ND_UNDECIDABLE
    assert judge_text(None, "12").why is Reason.RESULT_NO_CHECK


def test_pass_fail_is_kept_as_the_tester_judged() -> None:
    check = Check("pass_fail")
    assert (judge_text(check, "合格").verdict, judge_text(check, "合格").passed) == ("judged", True)
    assert (judge_text(check, "不合格").verdict, judge_text(check, "fail").passed) == ("judged", False)
    assert judge_text(None, "合格").verdict == "judged"  # an item without a machine-readable limit
    with pytest.raises(ValidationError) as err:
        judge_text(check, "12")
    assert err.value.code is Reason.RESULT_NEEDS_PASS_FAIL


def test_a_word_where_a_number_is_needed_is_refused() -> None:
    with pytest.raises(ValidationError) as err:
        judge_text(MAX20, "合格")
    assert err.value.code is Reason.RESULT_NEEDS_NUMBER


@pytest.mark.parametrize("printed", ["0", "5.5", "6", "4.3"])
def test_a_fastness_grade_is_one_to_five_in_half_steps(printed) -> None:
    with pytest.raises(ValidationError) as err:
        judge_text(Check("fastness", 4), printed)
    assert err.value.code is Reason.RESULT_NOT_A_GRADE


@pytest.mark.parametrize(
    ("value", "unit", "to", "expected"),
    [
        (20, "ppm", "mg/kg", 20),
        (0.002, "%", "mg/kg", 20),
        (20_000, "µg/kg", "mg/kg", 20),
        (20_000, "ug/kg", "mg/kg", 20),
        (20_000, "μg/kg", "ppm", 20),  # Greek mu
        (25, "ppb", "µg/kg", 25),
        (1000, "mg/kg", "%", 0.1),
        (0.5, "mg/L", "mg/L", 0.5),
        (7, None, "mg/kg", 7),  # no unit given: the item's
    ],
)
def test_mass_fractions_convert(value, unit, to, expected) -> None:
    assert convert(value, unit, to) == pytest.approx(expected)


def test_conversion_judges_across_units() -> None:
    assert judge_text(MAX20, "0.002", unit="%").verdict == "pass"
    assert judge_text(MAX20, "0.0021 %").verdict == "fail"
    assert judge_text(Check("max", 25, unit="ppb"), "0.03", unit="mg/kg").margin == pytest.approx(5)


@pytest.mark.parametrize(("unit", "to"), [("mg/L", "mg/kg"), ("N", "mm"), ("mg/kg", None), ("g/m²", "%")])
def test_other_units_are_refused_naming_both(unit, to) -> None:
    with pytest.raises(ValidationError) as err:
        convert(1.0, unit, to)
    assert err.value.code is Reason.UNIT_MISMATCH
    assert (err.value.params["unit"], err.value.params["expected"]) == (unit, to or "-")


def test_units_are_spelled_one_way() -> None:
    assert normalise_unit(" PPM ") == "ppm"
    assert normalise_unit("UG/KG") == "µg/kg"
    assert normalise_unit("") is None
