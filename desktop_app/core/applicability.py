"""Which standards apply to a product, at which grade, from when, and why.

The platform's catalogue has thousands of rules and a firm thousands of
products, so rules are compiled once into bitmasks: for every `when` key and
value, the set of rules accepting it is one Python integer. Matching a
product is then a handful of big-integer ANDs and ORs instead of a loop over
every rule, and the reverse question (which products does a standard or a
notice affect) is one AND per product.

Protocol 2 makes the answer three-valued. A rule that tests an attribute the
product does not record (its type, age or height range, origin) neither
matches nor fails: it applies as *possible*, naming what to record. Two
masks carry this: rules that match for certain, and rules that would match
if every missing attribute turned out to fit. Dates, exclusions (`unless`)
and item conditions are then settled on the few rules that matched, with the
plain evaluation (`conditions`), which is also the reference the masks are
tested against.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from .catalogue import LIST_KEYS, PLACE_KEYS, RANGE_KEYS, Conditions, LocalText, Requirement, Rule, Standard
from .conditions import (
    ATTRIBUTE_OF_KEY,
    Match,
    Outcome,
    Values,
    condition_key,
    evaluate,
    product_values,
    rule_matches,
)
from .markets import concern_each_other
from .products import Product
from .ranges import Range

__all__ = [
    "APPLIES",
    "IN_FORCE",
    "POSSIBLE",
    "UPCOMING",
    "ApplicabilityEngine",
    "Applicable",
    "RuleOutcome",
    "evaluate",
    "grade_rank",
    "items_for",
    "merge",
    "product_values",
    "rule_matches",
    "rule_outcome",
]

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
    return _settle(rule, product, as_of, when.missing, values)


def _settle(
    rule: Rule, product: Product, as_of: dt.date, missing: tuple[str, ...], values: Values | None = None
) -> RuleOutcome | None:
    """Dates and `unless` for a rule whose `when` matched (or may match)."""
    if rule.until is not None and as_of >= rule.until:
        return None
    if rule.unless:
        unless = evaluate(rule.unless, product, exclusion=True, values=values)
        if unless.match is Match.YES:
            return None
        if unless.match is Match.UNKNOWN:
            missing = tuple(dict.fromkeys(missing + unless.missing))
    upcoming = rule.effective is not None and rule.effective > as_of
    effective = rule.effective if upcoming else None
    if missing:
        return RuleOutcome(rule, POSSIBLE, effective, missing)
    return RuleOutcome(rule, UPCOMING if upcoming else IN_FORCE, effective)


@dataclass(slots=True)
class Applicable:
    """A standard that applies to a product, the grade it applies at, and why.

    `applies` says how: in force, upcoming (from `effective`) or possible
    (record `missing` to settle it). `requirements` are the items in force
    that concern the product; `upcoming_requirements` those that start later.

    Read-only by convention, not frozen: a firm's overview builds thousands
    of these and a frozen dataclass costs three times as much to create.
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


# How much of a rule's outcome the compiled masks settle on their own.
_PLAIN, _DATED, _SUBTLE = 0, 1, 2  # no dates or exclusion; dates only; an exclusion too
_OPTIONAL_KEYS = ("product_type", "construction", "origin", "age_months", "height_cm")
_Step = tuple[Requirement, int, int]  # an item, its `when` and `unless` by number (-1: none)


class ApplicabilityEngine:
    """Rules compiled to bitmasks; build once per catalogue version."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        self.rules: list[Rule] = list(rules)
        n = len(self.rules)
        self._all = (1 << n) - 1
        self._absent: dict[str, int] = {key: 0 for key in LIST_KEYS + RANGE_KEYS}
        self._accepts: dict[str, dict[str, int]] = {key: {} for key in LIST_KEYS}
        self._ranges: dict[str, dict[Range, int]] = {key: {} for key in RANGE_KEYS}
        self._cache: dict[tuple[str, object], int] = {}
        unknown_key_rules = 0
        by_standard: dict[str, int] = {}
        for index, rule in enumerate(self.rules):
            bit = 1 << index
            by_standard[rule.standard] = by_standard.get(rule.standard, 0) | bit
            if any(key not in self._absent for key in rule.when):
                unknown_key_rules |= bit
            for key in self._absent:
                accepted = rule.when.get(key)
                if accepted is None:
                    self._absent[key] |= bit
                elif isinstance(accepted, Range):
                    if key in self._ranges:
                        table_r = self._ranges[key]
                        table_r[accepted] = table_r.get(accepted, 0) | bit
                    else:
                        unknown_key_rules |= bit
                elif key in self._accepts:
                    table = self._accepts[key]
                    for value in accepted:
                        table[value] = table.get(value, 0) | bit
                else:
                    unknown_key_rules |= bit
        self._usable = self._all & ~unknown_key_rules
        self._by_standard = by_standard
        self._keys = [key for key in self._absent if self._absent[key] != self._all]
        self._optional = [key for key in _OPTIONAL_KEYS if key in self._keys]
        # Per rule, what the hot loop needs ready-made: outcome objects are shared and read-only.
        rs = self.rules
        self._kind = [_SUBTLE if r.unless else _DATED if (r.effective or r.until) else _PLAIN for r in rs]
        self._in_force = [RuleOutcome(r, IN_FORCE, index=i) for i, r in enumerate(rs)]
        self._upcoming = [RuleOutcome(r, UPCOMING, r.effective, index=i) for i, r in enumerate(rs)]
        self._tested = [tuple(k for k in _OPTIONAL_KEYS if k in r.when) for r in rs]
        self._reasons = [(r.note,) if r.note is not None else () for r in rs]
        self._ids = [(r.id,) for r in rs]
        # the only rule naming its standard: its outcome is the standard's, no merging needed
        self._solo = [by_standard[r.standard] == 1 << i for i, r in enumerate(rs)]
        # per rule: (the standard object last seen, its items at the rule's grade, their plan or None
        # when none has a condition or a date); a plan names each item's conditions by a number
        self._items: list[tuple[Standard, tuple[Requirement, ...], tuple[_Step, ...] | None] | None] = [
            None
        ] * n
        self._conditions: dict[tuple[object, ...], int] = {}
        self._condition_list: list[tuple[Conditions, bool]] = []  # (conditions, is an exclusion)

    def __len__(self) -> int:
        return len(self.rules)

    def _ok(self, key: str, value: tuple[str, ...] | Range) -> int:
        """Rules whose `key` condition `value` meets (including rules without the key)."""
        cached = self._cache.get((key, value))
        if cached is not None:
            return cached
        ok = self._absent[key]
        if isinstance(value, Range):
            for accepted, mask in self._ranges[key].items():
                if value.overlaps(accepted):
                    ok |= mask
        elif key in PLACE_KEYS:
            for accepted_value, mask in self._accepts[key].items():
                if any(concern_each_other(v, accepted_value) for v in value):
                    ok |= mask
        else:
            table = self._accepts[key]
            for v in value:
                ok |= table.get(v, 0)
        if len(self._cache) < 100_000:
            self._cache[(key, value)] = ok
        return ok

    def masks(self, product: Product, values: Values | None = None) -> tuple[int, int]:
        """(rules matching for certain, rules matching if the missing attributes fit)."""
        sure = maybe = self._usable
        if values is None:
            values = product_values(product)
        for key in self._keys:
            value = values[key]
            if value is None:
                sure &= self._absent[key]
            else:
                ok = self._ok(key, value)
                sure &= ok
                maybe &= ok
            if not maybe:
                break
        return sure, maybe

    def match_mask(self, product: Product) -> int:
        """Bitmask of the rules whose `when` matches `product` or may match it."""
        return self.masks(product)[1]

    def matching_rules(self, product: Product) -> list[Rule]:
        return [self.rules[i] for i in _bits(self.match_mask(product))]

    def _outcome(
        self, index: int, sure: int, product: Product, day: dt.date, values: Values
    ) -> RuleOutcome | None:
        """Rule `index`, which `maybe` admits, as of `day`: the masks' answer finished off."""
        rule = self.rules[index]
        kind = self._kind[index]
        if sure >> index & 1:
            if kind == _PLAIN:
                return self._in_force[index]
            if kind == _DATED:
                if rule.until is not None and day >= rule.until:
                    return None
                if rule.effective is not None and rule.effective > day:
                    return self._upcoming[index]
                return self._in_force[index]
            missing: tuple[str, ...] = ()
        else:  # every recorded attribute fits; the rule also tests unrecorded ones
            missing = tuple(ATTRIBUTE_OF_KEY[k] for k in self._tested[index] if values[k] is None)
        outcome = _settle(rule, product, day, missing, values)
        if outcome is not None:
            outcome.index = index
        return outcome

    def outcomes(self, product: Product, as_of: dt.date) -> list[RuleOutcome]:
        """Every rule that concerns `product` as of `as_of`, with how."""
        values = product_values(product)
        sure, maybe = self.masks(product, values)
        return [o for i in _bits(maybe) if (o := self._outcome(i, sure, product, as_of, values)) is not None]

    def _condition_id(self, conditions: Conditions | None, exclusion: bool) -> int:
        if not conditions:
            return -1
        key = (exclusion, condition_key(conditions))
        found = self._conditions.get(key)
        if found is None:
            found = self._conditions[key] = len(self._condition_list)
            self._condition_list.append((conditions, exclusion))
        return found

    def _items_of(
        self, index: int, standard: Standard
    ) -> tuple[Standard, tuple[Requirement, ...], tuple[_Step, ...] | None]:
        """The items of rule `index`'s standard at its grade, and their plan (None: all plain)."""
        cached = self._items[index]
        if cached is None or cached[0] is not standard:
            items = standard.requirements_for(self.rules[index].grade)
            plan: tuple[_Step, ...] | None = None
            if any(i.when or i.unless or i.effective or i.until for i in items):
                plan = tuple(
                    (i, self._condition_id(i.when, False), self._condition_id(i.unless, True)) for i in items
                )
            cached = self._items[index] = (standard, items, plan)
        return cached

    def _planned_items(
        self,
        plan: tuple[_Step, ...],
        product: Product,
        day: dt.date,
        values: Values,
        memo: dict[int, Outcome],
    ) -> tuple[tuple[Requirement, ...], tuple[Requirement, ...], tuple[str, ...]]:
        """`items_for` over a plan, each distinct condition evaluated once per product."""
        now: list[Requirement] = []
        later: list[Requirement] = []
        missing: list[str] = []
        for item, when_id, unless_id in plan:
            if item.until is not None and day >= item.until:
                continue
            for cid in (when_id, unless_id):
                if cid < 0:
                    continue
                outcome = memo.get(cid)
                if outcome is None:
                    conditions, exclusion = self._condition_list[cid]
                    outcome = memo[cid] = evaluate(conditions, product, exclusion=exclusion, values=values)
                if outcome.match is (Match.YES if cid == unless_id else Match.NO):
                    break
                missing.extend(outcome.missing)
            else:
                (later if item.effective is not None and item.effective > day else now).append(item)
        return tuple(now), tuple(later), tuple(dict.fromkeys(missing)) if missing else ()

    def _one_rule(
        self,
        found: RuleOutcome,
        standard: Standard,
        product: Product,
        day: dt.date,
        values: Values,
        memo: dict[int, Outcome],
    ) -> Applicable | None:
        """A standard that only one rule names: built directly, no merging (the common case)."""
        if standard.status == "upcoming" or (standard.effective is not None and standard.effective > day):
            return merge((found,), standard, product, day, values)
        index = found.index
        rule = found.rule
        _, items, plan = self._items_of(index, standard)
        if plan is None:
            later: tuple[Requirement, ...] = ()
            missing = found.missing
        else:
            items, later, item_missing = self._planned_items(plan, product, day, values, memo)
            missing = found.missing + item_missing if item_missing else found.missing
        return Applicable(
            standard,
            rule.grade,
            self._reasons[index],
            self._ids[index],
            found.applies,
            found.effective,
            rule.until,
            missing,
            items,
            later,
        )

    def applicable(
        self, product: Product, standards: Mapping[str, Standard], as_of: dt.date | None = None
    ) -> list[Applicable]:
        """Applicable standards as of a date (today by default), mandatory first then by code.

        Several rules may make one standard applicable: the strictest grade
        wins (A before B, I before II) and every reason is kept. Rules naming
        a standard the catalogue lacks are skipped.
        """
        day = as_of or dt.date.today()
        values = product_values(product)
        sure, maybe = self.masks(product, values)
        sure_bits = bin(sure)[:1:-1]  # least significant first: a character test per rule
        rules, kinds, in_force, solo = self.rules, self._kind, self._in_force, self._solo
        result: list[Applicable] = []
        memo: dict[int, Outcome] = {}
        # standards with several rules: their outcomes gathered, then merged
        grouped: dict[str, list[RuleOutcome]] = {}
        for index in _bits(maybe):
            rule = rules[index]
            standard = standards.get(rule.standard)
            if standard is None:
                continue
            if kinds[index] == _PLAIN and index < len(sure_bits) and sure_bits[index] == "1":
                outcome: RuleOutcome | None = in_force[index]
            else:
                outcome = self._outcome(index, sure, product, day, values)
                if outcome is None:
                    continue
            if not solo[index]:
                grouped.setdefault(rule.standard, []).append(outcome)  # type: ignore[arg-type]
                continue
            built = self._one_rule(outcome, standard, product, day, values, memo)  # type: ignore[arg-type]
            if built is not None:
                result.append(built)
        for code, outcomes in grouped.items():
            applicable = merge(outcomes, standards[code], product, day, values)
            if applicable is not None:
                result.append(applicable)
        result.sort(key=_order)
        return result

    def standard_mask(self, codes: Iterable[str]) -> int:
        mask = 0
        for code in codes:
            mask |= self._by_standard.get(code, 0)
        return mask

    def products_affected(self, products: Iterable[Product], codes: Iterable[str]) -> list[Product]:
        """Products to which any of the standards `codes` applies or may apply (a notice's reach)."""
        mask = self.standard_mask(codes)
        if not mask:
            return []
        return [p for p in products if self.match_mask(p) & mask]


def _order(a: Applicable) -> tuple[bool, str]:
    return (not a.standard.mandatory, a.standard.code)


def _bits(mask: int) -> Iterator[int]:
    """Indexes of the set bits, lowest first (a string scan beats big-int shifts on wide masks)."""
    digits = bin(mask)[:1:-1]  # least significant first, without "0b"
    index = digits.find("1")
    while index >= 0:
        yield index
        index = digits.find("1", index + 1)
