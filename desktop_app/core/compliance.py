"""Whether a product is proven to meet each standard that applies to it, as of a date.

The status of one standard follows from its items in force at the grade
that applies and the newest result of each item (older ones are history):

- `failing`: an item's newest result fails (which, by how much);
- `expired`: an item's newest passing result is older than the re-test
  interval (the firm's setting) or past its report's own validity;
- `incomplete`: an item has no result, or one that cannot be decided;
- `compliant`: every item has a passing, current result;
- `not_required`: the standard is only upcoming or possible.

Where several hold, the first of failing, expired, incomplete is the status
and every one that holds is listed in `conditions`. Items without a
machine-readable limit count too: the tester's pass or fail decides them. A
standard whose catalogue entry lists no items is proven by one pass/fail
result for the whole standard (key `whole_standard`, as on the checklist).

For graded standards (GB 18401's A, B, C) the best grade is the strictest
one whose items every tested result meets ("formaldehyde 50 mg/kg: meets
class B, not A").
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from .applicability import IN_FORCE, Applicable, grade_rank
from .catalogue import Check, LocalText, Requirement, Standard
from .errors import AssistantError
from .results import UNDECIDABLE, UNTESTED, Judgement, TestResult, judge_text

__all__ = [
    "COMPLIANT",
    "EXPIRED",
    "FAILING",
    "INCOMPLETE",
    "NOT_REQUIRED",
    "STATUS_ORDER",
    "WHOLE_STANDARD",
    "ItemStatus",
    "Measured",
    "ProductCompliance",
    "StandardStatus",
    "add_months",
    "first_status",
    "held_statuses",
    "newest_results",
    "overall",
    "product_compliance",
    "standard_status",
    "status_of",
    "statuses",
]

_T = TypeVar("_T")

FAILING, EXPIRED, INCOMPLETE, COMPLIANT, NOT_REQUIRED = (
    "failing",
    "expired",
    "incomplete",
    "compliant",
    "not_required",
)
STATUS_ORDER = (FAILING, EXPIRED, INCOMPLETE, COMPLIANT, NOT_REQUIRED)
DEFAULT_RETEST_MONTHS = 12
WHOLE_STANDARD = "whole_standard"
WHOLE_STANDARD_ITEM = Requirement(
    key=WHOLE_STANDARD,
    item=LocalText("符合本标准的全部适用要求", "All applicable requirements of the standard"),
    grade=None,
    limit="合格 / pass",
    check=Check("pass_fail"),
)


@dataclass(frozen=True)
class ItemStatus:
    """One item of a standard with its newest result and verdict (`untested` without one)."""

    requirement: Requirement
    result: TestResult | None
    verdict: str
    judgement: Judgement | None = None
    expires: dt.date | None = None  # when the result's evidence runs out
    expired: bool = False
    meets: str | None = None  # the strictest grade this result meets (graded standards)
    history: int = 0  # older results of the item, kept

    @property
    def key(self) -> str:
        return self.requirement.key

    @property
    def passed(self) -> bool | None:
        return self.judgement.passed if self.judgement is not None else None


@dataclass(frozen=True)
class StandardStatus:
    """How far one applicable standard is proven for one product as of `as_of`."""

    standard: Standard
    grade: str | None
    status: str
    conditions: tuple[str, ...]
    items: tuple[ItemStatus, ...]
    applies: str
    as_of: dt.date
    best_grade: str | None = None
    reasons: tuple[LocalText, ...] = ()

    @property
    def code(self) -> str:
        return self.standard.code

    @property
    def failing(self) -> tuple[ItemStatus, ...]:
        return tuple(i for i in self.items if i.passed is False)

    @property
    def missing(self) -> tuple[ItemStatus, ...]:
        return tuple(i for i in self.items if i.verdict in (UNTESTED, UNDECIDABLE))


@functools.lru_cache(maxsize=4096)  # a firm's results share a few hundred test dates
def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later, or that month's last day when it is shorter."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    for d in range(day.day, 27, -1):  # 31 → 30 → 29 → 28
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    return dt.date(year, month, min(day.day, 28))


class Measured(Protocol):
    """What a status needs of a result: a `TestResult`, or a plain row read for the firm-wide count."""

    @property
    def standard(self) -> str: ...
    @property
    def item(self) -> str: ...
    @property
    def value(self) -> str: ...
    @property
    def unit(self) -> str | None: ...
    @property
    def tested(self) -> dt.date: ...
    @property
    def valid_until(self) -> dt.date | None: ...
    @property
    def entered_at(self) -> dt.datetime | None: ...
    @property
    def id(self) -> int | None: ...


_R = TypeVar("_R", bound=Measured)


def newest_results(results: Iterable[_R], as_of: dt.date) -> dict[tuple[str, str], list[_R]]:
    """Results by (standard, item), newest first, leaving out those tested after `as_of`."""
    grouped: dict[tuple[str, str], list[_R]] = {}
    get = grouped.get
    for r in results:
        if r.tested <= as_of:
            key = (r.standard, r.item)
            rows = get(key)
            if rows is None:
                grouped[key] = [r]
            else:
                rows.append(r)
    for rows in grouped.values():
        if len(rows) > 1:  # most items of a product have one result
            rows.sort(key=_newest, reverse=True)
    return grouped


def _newest(r: Measured) -> tuple[dt.date, dt.datetime, int]:
    return (r.tested, r.entered_at or dt.datetime.min, r.id or 0)


def _judge(item: Requirement, result: Measured) -> Judgement:
    return judge_text(item.check, result.value, unit=result.unit, item_unit=item.unit)


# What one firm-wide pass works out once per standard and reuses for every product. Keyed by
# `id()` with the object itself kept in the value, so an id cannot be reused while it is held.
Memo = dict[tuple[object, ...], tuple[object, object]]


def _memo(memo: Memo | None, key: tuple[object, ...], pin: object, make: Callable[[], _T]) -> _T:
    if memo is None:
        return make()
    found = memo.get(key)
    if found is None:
        found = memo[key] = (pin, make())
    return found[1]  # type: ignore[return-value]


def _grades(standard: Standard, memo: Memo | None = None) -> list[str]:
    def make() -> list[str]:
        return sorted({r.grade for r in standard.requirements if r.grade is not None}, key=grade_rank)

    return _memo(memo, ("grades", id(standard)), standard, make)


def _graded_item(
    standard: Standard, grade: str, key: str, as_of: dt.date, memo: Memo | None = None
) -> Requirement | None:
    """The item `key` at `grade` in force on `as_of` (one of that grade before one of every grade)."""
    return _memo(
        memo,
        ("item", id(standard), grade, key, as_of),
        standard,
        lambda: _find_graded_item(standard, grade, key, as_of),
    )


def _find_graded_item(standard: Standard, grade: str, key: str, as_of: dt.date) -> Requirement | None:
    found = None
    for r in standard.requirements:
        if r.key != key or (r.grade is not None and r.grade != grade):
            continue
        if (r.effective and r.effective > as_of) or (r.until and as_of >= r.until):
            continue
        if found is None or r.grade is not None:
            found = r
    return found


def _grades_met(
    standard: Standard, grades: list[str], result: TestResult, as_of: dt.date, memo: Memo | None = None
) -> set[str]:
    """The grades whose limit for the result's item the result meets."""
    met: set[str] = set()
    for grade in grades:
        item = _graded_item(standard, grade, result.item, as_of, memo)
        if item is None:
            continue
        try:
            if _judge(item, result).passed is True:
                met.add(grade)
        except AssistantError:  # a value that does not fit that grade's check meets nothing
            continue
    return met


def _best_grades(
    standard: Standard, items: Sequence[ItemStatus], as_of: dt.date, memo: Memo | None = None
) -> tuple[str | None, dict[str, str | None]]:
    """(the strictest grade every measured result meets, the strictest each one meets).

    Only items with a measured limit are compared across grades: a tester's
    pass or fail was given for the grade that applies.
    """
    grades = _grades(standard, memo)
    measured = [
        i
        for i in items
        if i.result is not None
        and i.requirement.check is not None
        and i.requirement.check.kind != "pass_fail"
    ]
    if not grades or not measured:
        return None, {}
    met = {
        i.key: _grades_met(standard, grades, i.result, as_of, memo) for i in measured if i.result is not None
    }
    per_item = {key: next((g for g in grades if g in found), None) for key, found in met.items()}
    best = next((g for g in grades if all(g in found for found in met.values())), None)
    return best, per_item


def _item_status(
    item: Requirement, rows: list[TestResult], *, as_of: dt.date, retest_months: int
) -> ItemStatus:
    if not rows:
        return ItemStatus(item, None, UNTESTED)
    newest = rows[0]
    try:
        judgement = _judge(item, newest)
    except AssistantError:  # stored before a catalogue update changed the check
        judgement = Judgement(UNDECIDABLE, None)
    expires = newest.valid_until or add_months(newest.tested, retest_months)
    return ItemStatus(
        item,
        newest,
        judgement.verdict,
        judgement,
        expires=expires,
        expired=as_of > expires,
        history=len(rows) - 1,
    )


def standard_status(
    applicable: Applicable,
    results: dict[tuple[str, str], list[TestResult]],
    *,
    as_of: dt.date,
    retest_months: int = DEFAULT_RETEST_MONTHS,
    memo: Memo | None = None,
) -> StandardStatus:
    """The status of one applicable standard; `results` as `newest_results` groups them.

    `memo` (a dict, one per firm-wide pass) keeps what depends on the
    standard alone between products; the answer is the same without it.
    """
    std = applicable.standard
    code = std.code
    items = applicable.requirements or (() if applicable.upcoming_requirements else (WHOLE_STANDARD_ITEM,))
    no_rows: list[TestResult] = []
    shown = tuple(
        _item_status(i, results.get((code, i.key), no_rows), as_of=as_of, retest_months=retest_months)
        for i in items
    )
    best, per_item = _best_grades(std, shown, as_of, memo) if applicable.grade is not None else (None, {})
    if per_item:
        shown = tuple(
            i if per_item.get(i.key) is None else dataclasses.replace(i, meets=per_item[i.key]) for i in shown
        )
    failing = expired = incomplete = False
    for i in shown:
        passed = i.passed
        if passed is None:
            incomplete = True
        elif passed:
            expired = expired or i.expired
        else:
            failing = True
    conditions: list[str] = []
    if failing:
        conditions.append(FAILING)
    if expired:
        conditions.append(EXPIRED)
    if incomplete or not shown:
        conditions.append(INCOMPLETE)
    if applicable.applies != IN_FORCE:
        status = NOT_REQUIRED
    else:
        status = conditions[0] if conditions else COMPLIANT
    return StandardStatus(
        standard=std,
        grade=applicable.grade,
        status=status,
        conditions=tuple(conditions) or (COMPLIANT,),
        items=shown,
        applies=applicable.applies,
        as_of=as_of,
        best_grade=best,
        reasons=applicable.reasons,
    )


def statuses(
    applicable: Iterable[Applicable],
    results: Iterable[TestResult],
    *,
    as_of: dt.date,
    retest_months: int = DEFAULT_RETEST_MONTHS,
) -> list[StandardStatus]:
    """The status of every applicable standard (and requirement set) of one product."""
    grouped = newest_results(results, as_of)
    return [standard_status(a, grouped, as_of=as_of, retest_months=retest_months) for a in applicable]


class ProductCompliance:
    """One product's overall status, cheaply: for the firm-wide count and the evidence gaps.

    A firm's product may have hundreds of applicable standards and a score
    of results: only the standards with results are judged in full
    (`judged`); mandatory standards in force without any result are kept
    as they are (`unproven`), their items named only when asked.

    A firm-wide pass knows most statuses from a few items (one failing item
    of a standard in force makes the product failing) and gives `fill`
    instead of the lists: they are worked out by `product_compliance` the
    first time they are asked for, and kept.
    """

    __slots__ = ("_fill", "_parts", "status")

    def __init__(
        self,
        status: str,
        judged: list[StandardStatus] | None = None,
        unproven: list[Applicable] | None = None,
        *,
        fill: Callable[[], tuple[list[StandardStatus], list[Applicable]]] | None = None,
    ) -> None:
        if (judged is None or unproven is None) and fill is None:
            raise TypeError("ProductCompliance needs judged and unproven, or fill")
        self.status = status
        self._parts = (judged, unproven) if judged is not None and unproven is not None else None
        self._fill = fill

    def _lists(self) -> tuple[list[StandardStatus], list[Applicable]]:
        parts = self._parts
        if parts is None:
            assert self._fill is not None
            parts = self._parts = self._fill()
            self._fill = None
        return parts

    @property
    def judged(self) -> list[StandardStatus]:
        return self._lists()[0]

    @property
    def unproven(self) -> list[Applicable]:
        return self._lists()[1]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ProductCompliance):
            return NotImplemented
        return self.status == other.status and self._lists() == other._lists()

    __hash__ = None  # type: ignore[assignment]  # mutable in effect: compared by value

    def __repr__(self) -> str:
        judged = "…" if self._parts is None else [s.code for s in self._parts[0]]
        return f"ProductCompliance({self.status!r}, judged={judged})"


def status_of(
    applicable: Applicable,
    results: Mapping[tuple[str, str], Sequence[Measured]],
    *,
    as_of: dt.date,
    retest_months: int = DEFAULT_RETEST_MONTHS,
) -> str:
    """`standard_status(...).status` without building its items: what a firm-wide count needs.

    Stops at the first failing item; grades met and history do not change a status.
    """
    if applicable.applies != IN_FORCE:
        return NOT_REQUIRED
    items = applicable.requirements or (() if applicable.upcoming_requirements else (WHOLE_STANDARD_ITEM,))
    if not items:
        return INCOMPLETE
    code = applicable.standard.code
    expired = incomplete = False
    get = results.get
    for item in items:
        rows = get((code, item.key))
        if not rows:
            incomplete = True
            continue
        newest = rows[0]
        try:
            passed = _judge(item, newest).passed
        except AssistantError:  # as in `_item_status`: undecidable
            passed = None
        if passed is None:
            incomplete = True
        elif not passed:
            return FAILING
        elif not expired:
            expires = newest.valid_until or add_months(newest.tested, retest_months)
            expired = as_of > expires
    if expired:
        return EXPIRED
    return INCOMPLETE if incomplete else COMPLIANT


def held_statuses(
    applicable: Iterable[Applicable],
    results: Mapping[tuple[str, str], Sequence[Measured]],
    *,
    as_of: dt.date,
    retest_months: int = DEFAULT_RETEST_MONTHS,
) -> set[str]:
    """The statuses of those of `applicable` with results (`results` as `newest_results` groups them),
    stopping at the first failing one (nothing comes before failing)."""
    tested = {code for code, _key in results}
    held: set[str] = set()
    for a in applicable:
        if a.standard.code in tested:
            status = status_of(a, results, as_of=as_of, retest_months=retest_months)
            held.add(status)
            if status == FAILING:
                break
    return held


def first_status(held: Iterable[str]) -> str:
    """The first of `STATUS_ORDER` among `held`; not_required when none."""
    found = set(held)
    return next((s for s in STATUS_ORDER if s in found), NOT_REQUIRED)


def product_compliance(
    applicable: Iterable[Applicable],
    results: Iterable[TestResult],
    *,
    as_of: dt.date,
    retest_months: int = DEFAULT_RETEST_MONTHS,
    memo: Memo | None = None,
) -> ProductCompliance:
    """The overall status of one product (as `overall(statuses(...))`), without judging
    the standards it has no result for: in force, they leave it incomplete.

    A firm-wide pass gives every product the same `memo` (a dict): see `standard_status`.
    """
    grouped = newest_results(results, as_of)
    tested = {code for code, _key in grouped}
    applicable = applicable if isinstance(applicable, list) else list(applicable)
    judged = [
        standard_status(a, grouped, as_of=as_of, retest_months=retest_months, memo=memo)
        for a in applicable
        if a.standard.code in tested
    ]
    # hundreds of standards per product, most untested: comprehensions rather than a loop
    untested = [a for a in applicable if a.applies == IN_FORCE and a.standard.code not in tested]
    unproven = [a for a in untested if a.standard.mandatory]
    held = {s.status for s in judged}
    if untested:
        held.add(INCOMPLETE)
    status = next((s for s in STATUS_ORDER if s in held), NOT_REQUIRED)
    return ProductCompliance(status, judged, unproven)


def overall(found: Sequence[StandardStatus]) -> str:
    """A product's status: the first of failing, expired, incomplete among its standards in force."""
    held = {s.status for s in found}
    for status in STATUS_ORDER:
        if status in held:
            return status
    return NOT_REQUIRED
