"""How one rule concerns a product, and how a standard's rules combine: the plain definition.

`rule_outcome` settles one rule (its `when`, dates and `unless`) as of a
date; `merge` turns the outcomes of one standard's rules into an
`Applicable` (in force, else possible, else upcoming; the strictest grade;
the items that concern the product). The compiled engine in
`applicability` reaches the same answers faster and is tested against these.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from .catalogue import LocalText, Requirement, Rule, Standard
from .conditions import Match, Values, evaluate
from .products import Product

# Earlier is stricter: an infant product matching both A and B rules is held to A.
GRADE_ORDER = ("A", "B", "C", "I", "II", "III", "IV")

IN_FORCE, UPCOMING, POSSIBLE = "in_force", "upcoming", "possible"
APPLIES = (IN_FORCE, UPCOMING, POSSIBLE)


def grade_rank(grade: str | None) -> int:
    if grade is None:
        return len(GRADE_ORDER) + 1
    try:
        return GRADE_ORDER.index(grade)
    except ValueError:
        return len(GRADE_ORDER)


@dataclass(slots=True)
class RuleOutcome:
    """How one rule concerns one product as of a date."""

    rule: Rule
    applies: str  # in_force | upcoming | possible
    effective: dt.date | None = None  # for upcoming (and a possible that starts later)
    missing: tuple[str, ...] = ()
    index: int = field(default=-1, compare=False)  # the rule's place in the engine


def rule_outcome(
    rule: Rule, product: Product, as_of: dt.date, values: Values | None = None
) -> RuleOutcome | None:
    """The plain evaluation of one rule: None when it does not concern the product."""
    when = evaluate(rule.when, product, values=values)
    if when.match is Match.NO:
        return None
    return settle(rule, product, as_of, when.missing, values)


def settle(
    rule: Rule, product: Product, as_of: dt.date, missing: tuple[str, ...], values: Values | None = None
) -> RuleOutcome | None:
    """Dates and `unless` for a rule whose `when` matched (or may match)."""
    if rule.until is not None and as_of >= rule.until:
        return None
    possible = bool(missing)
    if rule.unless:
        unless = evaluate(rule.unless, product, exclusion=True, values=values)
        if unless.match is Match.YES:
            return None
        if unless.match is Match.UNKNOWN:
            # An exclusion that cannot be settled leaves the rule in force: a standard
            # is never dropped on an unproven exemption; the attribute is named to record.
            missing = tuple(dict.fromkeys(missing + unless.missing))
    upcoming = rule.effective is not None and rule.effective > as_of
    effective = rule.effective if upcoming else None
    if possible:
        return RuleOutcome(rule, POSSIBLE, effective, missing)
    return RuleOutcome(rule, UPCOMING if upcoming else IN_FORCE, effective, missing)


@dataclass(frozen=True, slots=True)
class Applicable:
    """A standard that applies to a product, the grade it applies at, and why.

    `applies` says how: in force, upcoming (from `effective`) or possible
    (record `missing` to settle it). `requirements` are the items in force
    that concern the product; `upcoming_requirements` those that start later.

    Frozen because the engine hands the same object to every product whose
    relevant attributes are the same (that sharing is what makes a firm's
    overview fast); creating one is rare enough for frozen to cost nothing.
    """

    standard: Standard
    grade: str | None
    reasons: tuple[LocalText, ...]
    rule_ids: tuple[str, ...]
    applies: str = IN_FORCE
    effective: dt.date | None = None
    until: dt.date | None = None
    missing: tuple[str, ...] = ()
    requirements: tuple[Requirement, ...] = ()
    upcoming_requirements: tuple[Requirement, ...] = ()

    def reason_text(self, lang: str = "zh") -> str:
        return "; ".join(r.get(lang) for r in self.reasons if r.get(lang))


def items_for(
    standard: Standard,
    grade: str | None,
    product: Product,
    as_of: dt.date,
    values: Values | None = None,
    items: tuple[Requirement, ...] | None = None,
) -> tuple[tuple[Requirement, ...], tuple[Requirement, ...], tuple[str, ...]]:
    """(in force, upcoming, attributes to record) for the items of `standard` at `grade`.

    Items whose own conditions exclude the product, and items that ended, are
    left out; an item whose condition tests an unrecorded attribute is kept
    (better one line too many on a checklist than a missed test) and the
    attribute named. `items` are the standard's items at `grade`, when the
    caller has them already.
    """
    now: list[Requirement] = []
    later: list[Requirement] = []
    missing: list[str] = []
    for item in standard.requirements_for(grade) if items is None else items:
        if item.until is not None and as_of >= item.until:
            continue
        if item.when:
            outcome = evaluate(item.when, product, values=values)
            if outcome.match is Match.NO:
                continue
            missing.extend(outcome.missing)
        if item.unless:
            outcome = evaluate(item.unless, product, exclusion=True, values=values)
            if outcome.match is Match.YES:
                continue
            missing.extend(outcome.missing)
        (later if item.effective is not None and item.effective > as_of else now).append(item)
    return tuple(now), tuple(later), tuple(dict.fromkeys(missing)) if missing else ()


def merge(
    outcomes: Iterable[RuleOutcome],
    standard: Standard,
    product: Product,
    as_of: dt.date,
    values: Values | None = None,
) -> Applicable | None:
    """One standard's rule outcomes → how it applies: in force, else possible, else upcoming."""
    outcomes = list(outcomes)
    if not outcomes:
        return None
    if len(outcomes) == 1:
        chosen, level = outcomes, outcomes[0].applies
    else:
        for level in (IN_FORCE, POSSIBLE, UPCOMING):
            chosen = [o for o in outcomes if o.applies == level]
            if chosen:
                break
    grade = chosen[0].rule.grade
    reasons: list[LocalText] = []
    for outcome in chosen:
        if grade_rank(outcome.rule.grade) < grade_rank(grade):
            grade = outcome.rule.grade
        if outcome.rule.note is not None and outcome.rule.note not in reasons:
            reasons.append(outcome.rule.note)
    dates = [o.effective for o in chosen if o.effective is not None]
    effective = min(dates) if dates and len(dates) == len(chosen) else None
    if standard.effective is not None and standard.effective > as_of:
        effective = max(effective or standard.effective, standard.effective)
        if level == IN_FORCE:
            level = UPCOMING
    elif standard.status == "upcoming" and level == IN_FORCE:
        level = UPCOMING
    missing = tuple(dict.fromkeys(m for o in chosen for m in o.missing))
    now, later, item_missing = items_for(standard, grade, product, as_of, values)
    untils = [o.rule.until for o in chosen if o.rule.until is not None]
    until = max(untils) if len(untils) == len(chosen) else None
    return Applicable(
        standard=standard,
        grade=grade,
        reasons=tuple(reasons),
        rule_ids=tuple(o.rule.id for o in chosen),
        applies=level,
        effective=effective,
        until=until,
        missing=tuple(dict.fromkeys(missing + item_missing)),
        requirements=now,
        upcoming_requirements=later,
    )
