"""Test results: the value as the lab printed it, its unit, and its verdict against a `check`.

A lab prints `18`, `ND`, `< 5`, `3-4` or `合格`; the chemists' reading of
these is kept here once, for the GUI, the CLI, the importer and the
compliance status alike. A printed value becomes a `Reading`: an interval
of what the true value may be (`< 5` is "somewhere below 5", `18` is
exactly 18), so one comparison of intervals judges every `check` kind: the
reading passes when all of it lies inside what the limit accepts, fails
when none of it does, and is undecidable (said so, with a reason) when the
limit cuts through it. `ND` is read as the chemists mean it: a pass for a
maximum or an absence, undecidable against a minimum or a range.

Units convert among mg/kg, ppm, µg/kg, ppb and % only (mass fractions);
any other pair must be equal or is refused.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
import unicodedata
from dataclasses import dataclass

from .catalogue import Check
from .errors import ValidationError
from .reasons import Reason

__all__ = [
    "ND_WORDS",
    "PASS_WORDS",
    "Judgement",
    "Reading",
    "TestResult",
    "convert",
    "judge",
    "judge_text",
    "normalise_unit",
    "parse_value",
]

PASS, FAIL, JUDGED, UNTESTED, UNDECIDABLE = "pass", "fail", "judged", "untested", "undecidable"
VERDICTS = (PASS, FAIL, JUDGED, UNTESTED, UNDECIDABLE)

ND_WORDS = frozenset({"nd", "n.d.", "n.d", "n/d", "未检出", "未检测出", "not detected"})
PASS_WORDS = frozenset({"合格", "符合", "通过", "pass", "passed", "ok", "p", "✓", "√"})
FAIL_WORDS = frozenset({"不合格", "不符合", "未通过", "fail", "failed", "f", "✗", "×"})

# mass fractions, as mg/kg per unit; ppm and ppb are read as mg/kg and µg/kg (textiles are solids)
TO_MG_PER_KG = {"mg/kg": 1.0, "ppm": 1.0, "µg/kg": 0.001, "ppb": 0.001, "%": 10_000.0}
GRADE_UNITS = frozenset({"grade", "级"})
_UNIT_SPELLINGS = {"ug/kg": "µg/kg", "μg/kg": "µg/kg", "mcg/kg": "µg/kg", "级别": "级"}

_NUMBER = r"[-+]?\d+(?:\.\d+)?"
_BOUND = re.compile(rf"^(<=|>=|<|>|≤|≥|⩽|⩾)\s*({_NUMBER})$")
_SPAN = re.compile(rf"^({_NUMBER})\s*[-–—~～]\s*({_NUMBER})$")
_PLAIN = re.compile(rf"^{_NUMBER}$")
_COMMA_DECIMAL = re.compile(r"(\d),(\d+)")
_BOUND_SIGNS = {"<": ("<", True), "<=": ("<", False), "≤": ("<", False), "⩽": ("<", False)}
_BOUND_SIGNS |= {">": (">", True), ">=": (">", False), "≥": (">", False), "⩾": (">", False)}


@dataclass(frozen=True)
class TestResult:
    """One measured value of one requirement item (`item` = its key) for one product.

    `standard` is a catalogue standard's code or, with `requirement_set`, the
    code of one of the firm's requirement sets. `report` is the number of the
    test report it comes from, `checklist` the id of the printed checklist an
    inspector filled in; `valid_until` is the report's own expiry, when it has
    one (it then replaces the firm's re-test interval).
    """

    __test__ = False  # not a pytest class, despite the name

    sku: str
    standard: str
    item: str
    value: str
    tested: dt.date
    unit: str | None = None
    method: str | None = None
    report: str | None = None
    checklist: str | None = None
    sample: str = ""
    entered_by: str = ""
    requirement_set: bool = False
    valid_until: dt.date | None = None
    entered_at: dt.datetime | None = None
    id: int | None = None
    version: int | None = None  # as read; a removal of a result changed since is refused


@dataclass(frozen=True)
class Reading:
    """What a printed value says the true value is.

    `kind` is `number` (an interval, `low`..`high`, a point when equal; a
    bound is None when unbounded), `nd` (not detected), `pass` or `fail`
    (the tester's word). `half_grade` marks a grey-scale grade written as
    `3-4`; `unit` is one written after the number (`18 mg/kg`).
    """

    printed: str
    kind: str
    low: float | None = None
    high: float | None = None
    low_open: bool = False
    high_open: bool = False
    unit: str | None = None
    half_grade: bool = False

    @property
    def is_point(self) -> bool:
        return self.kind == "number" and self.low is not None and self.low == self.high


@dataclass(frozen=True)
class Judgement:
    """A verdict, and for a fail by how much (`margin`, in `unit`: the check's, or grades).

    `passed` is what counts for compliance: True for pass, False for fail,
    the tester's word for `judged`, None for undecidable. `why` says why a
    reading is undecidable.
    """

    verdict: str
    passed: bool | None
    margin: float | None = None
    unit: str | None = None
    why: Reason | None = None


@functools.lru_cache(maxsize=1024)
def normalise_unit(unit: str | None) -> str | None:
    """One spelling per unit (`ug/kg`, `μg/kg` → `µg/kg`; `PPM` → `ppm`); None for none."""
    if unit is None:
        return None
    text = unicodedata.normalize("NFKC", unit).strip()
    if not text:
        return None
    text = text.replace("μ", "µ")  # NFKC turns the micro sign into the Greek mu
    lowered = text.lower()
    if lowered in _UNIT_SPELLINGS:
        return _UNIT_SPELLINGS[lowered]
    if lowered.replace("μ", "µ") in TO_MG_PER_KG or lowered in GRADE_UNITS:
        return lowered.replace("μ", "µ")
    return text


def convert(value: float, unit: str | None, to: str | None) -> float:
    """`value` in `unit` expressed in `to`; ValidationError(UNIT_MISMATCH) naming both otherwise."""
    src, dst = normalise_unit(unit), normalise_unit(to)
    if src == dst or src is None or (dst is None and src in GRADE_UNITS):
        return value
    if dst in GRADE_UNITS and src in GRADE_UNITS:
        return value
    if src in TO_MG_PER_KG and dst in TO_MG_PER_KG:
        return _tidy(value * TO_MG_PER_KG[src] / TO_MG_PER_KG[dst])
    raise ValidationError("unit", unit, Reason.UNIT_MISMATCH, unit=unit, expected=to or "-")


def _tidy(value: float) -> float:
    """Round away the binary noise of a conversion (0.002 % → 20.000000000000004 mg/kg)."""
    if value == 0 or not math.isfinite(value):
        return value
    digits = 12 - math.floor(math.log10(abs(value)))
    return round(value, max(digits, 0))


def _number(text: str, printed: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise ValidationError("value", printed, Reason.RESULT_UNREADABLE) from None


def _split_unit(text: str) -> tuple[str, str | None]:
    """`18 mg/kg` → (`18`, `mg/kg`) when the tail is a unit; the text unchanged otherwise."""
    match = re.match(r"^(.*?\d)\s*([A-Za-zµμ%/²]+(?:/[A-Za-z²]+)?)$", text)
    if match and match.group(2).lower() not in ND_WORDS | PASS_WORDS | FAIL_WORDS:
        return match.group(1), normalise_unit(match.group(2))
    return text, None


@functools.lru_cache(maxsize=16384)  # labs print the same few values ("ND", "合格") again and again
def parse_value(printed: str) -> Reading:
    """Read a value as a lab or an inspector wrote it.

    Accepts `18`, `18.0`, `18,5` (a decimal comma; `1,000` is refused as
    ambiguous), `ND`/`N.D.`/`未检出`, `< 5`, `≤ 5`, `> 100`, `3-4` (a half
    grade when the two are neighbouring whole grades, else a measured span),
    `合格`/`不合格`/`pass`/`fail`, full-width forms, and a unit after the
    number. Raises ValidationError(RESULT_UNREADABLE) otherwise.
    """
    text = " ".join(unicodedata.normalize("NFKC", printed).split())
    if not text:
        raise ValidationError("value", printed, Reason.EMPTY)
    word = text.lower()
    if word in ND_WORDS:
        return Reading(printed, "nd")
    if word in PASS_WORDS:
        return Reading(printed, "pass")
    if word in FAIL_WORDS:
        return Reading(printed, "fail")
    if re.search(r"\d,\d{3}(?!\d)", text) and not re.search(r"\d\.\d", text):
        raise ValidationError("value", printed, Reason.RESULT_COMMA_AMBIGUOUS)
    text = _COMMA_DECIMAL.sub(r"\1.\2", text)
    text, unit = _split_unit(text)
    bound = _BOUND.match(text)
    if bound:
        side, open_ = _BOUND_SIGNS[bound.group(1)]
        x = _number(bound.group(2), printed)
        if side == "<":
            return Reading(printed, "number", None, x, high_open=open_, unit=unit)
        return Reading(printed, "number", x, None, low_open=open_, unit=unit)
    span = _SPAN.match(text)
    if span:
        a, b = _number(span.group(1), printed), _number(span.group(2), printed)
        if a.is_integer() and b == a + 1 and 1 <= a <= 4:
            return Reading(printed, "number", a + 0.5, a + 0.5, unit=unit, half_grade=True)
        if a > b:
            raise ValidationError("value", printed, Reason.RESULT_UNREADABLE)
        return Reading(printed, "number", a, b, unit=unit)
    if _PLAIN.match(text):
        x = _number(text, printed)
        return Reading(printed, "number", x, x, unit=unit)
    raise ValidationError("value", printed, Reason.RESULT_UNREADABLE)


# --- judgement ----------------------------------------------------------------

# What a check accepts, as an interval: (low, low_open, high, high_open); None = unbounded.
_Interval = tuple[float | None, bool, float | None, bool]


def _accepted(check: Check) -> _Interval:
    kind, v = check.kind, check.value
    if kind == "max":
        return (None, False, v, False)
    if kind == "max_exclusive":
        return (None, False, v, True)
    if kind in ("min", "fastness"):
        return (v, False, None, False)
    if kind == "min_exclusive":
        return (v, True, None, False)
    if kind == "range":
        return (check.min, False, check.max, False)
    if kind == "absent":  # below the reporting limit; with none, only zero is "not detected"
        return (None, False, v, True) if v is not None else (None, False, 0.0, False)
    raise ValidationError("check", kind, Reason.NOT_ONE_OF, allowed=["max", "min", "range", "fastness"])


def _within_high(high: float | None, high_open: bool, acc_high: float | None, acc_open: bool) -> bool:
    if acc_high is None:
        return True
    if high is None:
        return False
    return high < acc_high or (high == acc_high and (high_open or not acc_open))


def _within_low(low: float | None, low_open: bool, acc_low: float | None, acc_open: bool) -> bool:
    if acc_low is None:
        return True
    if low is None:
        return False
    return low > acc_low or (low == acc_low and (low_open or not acc_open))


def _beyond_high(low: float | None, low_open: bool, acc_high: float | None, acc_open: bool) -> bool:
    """All of the reading lies above what is accepted."""
    if acc_high is None or low is None:
        return False
    return low > acc_high or (low == acc_high and (low_open or acc_open))


def _beyond_low(high: float | None, high_open: bool, acc_low: float | None, acc_open: bool) -> bool:
    if acc_low is None or high is None:
        return False
    return high < acc_low or (high == acc_low and (high_open or acc_open))


def _check_unit(check: Check, item_unit: str | None) -> str | None:
    if check.kind == "fastness":
        return "grade"
    return check.unit if check.unit is not None else normalise_unit(item_unit)


def _grade_value(reading: Reading) -> None:
    """A grey-scale grade is 1 to 5 in half steps."""
    for x in (reading.low, reading.high):
        if x is not None and (not 1 <= x <= 5 or (x * 2) != int(x * 2)):
            raise ValidationError("value", reading.printed, Reason.RESULT_NOT_A_GRADE)


def judge(
    check: Check | None, reading: Reading, *, unit: str | None = None, item_unit: str | None = None
) -> Judgement:
    """The verdict of `reading` (in `unit`, else the item's unit) against `check`.

    `pass_fail` and items without a machine-readable limit take the tester's
    `合格`/`不合格` as entered (`judged`); a number for them is undecidable.
    Raises ValidationError when the reading does not fit the check: a word
    where a number is needed (RESULT_NEEDS_NUMBER), a number where a pass or
    fail is needed (RESULT_NEEDS_PASS_FAIL), a unit that cannot be converted.
    """
    if reading.kind in ("pass", "fail"):
        if check is not None and check.kind != "pass_fail":
            raise ValidationError("value", reading.printed, Reason.RESULT_NEEDS_NUMBER, limit=check.kind)
        return Judgement(JUDGED, reading.kind == "pass")
    if check is None:
        return Judgement(UNDECIDABLE, None, why=Reason.RESULT_NO_CHECK)
    if check.kind == "pass_fail":
        raise ValidationError("value", reading.printed, Reason.RESULT_NEEDS_PASS_FAIL)
    if reading.kind == "nd":
        if check.kind in ("max", "max_exclusive", "absent"):
            return Judgement(PASS, True)
        return Judgement(UNDECIDABLE, None, why=Reason.RESULT_ND_UNDECIDABLE)
    target = _check_unit(check, item_unit)
    given = normalise_unit(reading.unit or unit)
    if check.kind == "fastness":
        if given is not None and given not in GRADE_UNITS:
            raise ValidationError("unit", given, Reason.UNIT_MISMATCH, unit=given, expected="grade")
        _grade_value(reading)
        low, high = reading.low, reading.high
    else:
        low = convert(reading.low, given, target) if reading.low is not None else None
        high = convert(reading.high, given, target) if reading.high is not None else None
    if check.kind == "absent" and check.value is None and _below_only(reading):
        return Judgement(PASS, True)  # `< x` with no reporting limit: the lab's own limit, not detected
    acc_low, acc_low_open, acc_high, acc_high_open = _accepted(check)
    margin_unit = "grade" if check.kind == "fastness" else target
    if _within_low(low, reading.low_open, acc_low, acc_low_open) and _within_high(
        high, reading.high_open, acc_high, acc_high_open
    ):
        return Judgement(PASS, True)
    if _beyond_high(low, reading.low_open, acc_high, acc_high_open):
        assert low is not None and acc_high is not None
        return Judgement(FAIL, False, _tidy(low - acc_high), margin_unit)
    if _beyond_low(high, reading.high_open, acc_low, acc_low_open):
        assert high is not None and acc_low is not None
        return Judgement(FAIL, False, _tidy(acc_low - high), margin_unit)
    return Judgement(UNDECIDABLE, None, why=Reason.RESULT_BOUND_UNDECIDABLE)


def _below_only(reading: Reading) -> bool:
    """A reading `< x` (below a bound, nothing above): a lab's "not detected above x"."""
    return reading.low is None and reading.high is not None


@functools.lru_cache(maxsize=65536)
def judge_text(
    check: Check | None, printed: str, *, unit: str | None = None, item_unit: str | None = None
) -> Judgement:
    """`judge` of a value as printed (remembered: a firm's status judges the same pairs often;
    `Check`, `Reading` and `Judgement` are frozen, so a remembered answer cannot change)."""
    return judge(check, parse_value(printed), unit=unit, item_unit=item_unit)
