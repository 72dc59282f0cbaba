"""Answers built once and shared: what makes `applicability` fast for a whole firm.

How one standard applies to a product (an `Applicable`) is decided by the
day, the standard, the states of the rules naming it that concern the
product and the product's answers to the conditions of the standard's items
(usually none, or one such as "coated or pigment printed"). A rule's state
is a small number: the optional attributes it tests that the product lacks,
and those its exclusion tests that the product lacks (`state_code`).
Products sharing all that share the answer: it is built by `merge`, the
plain definition, the first time, and looked up after that.

A rule alone on its standard is kept in a `Table` per (its state, its items'
conditions, the product's answers to them): a list by rule, so a product's
many such rules are found with `itertools.compress` over a mask, without a
Python step per rule. Standards with several rules, or an open exclusion,
are kept by their rules' states. Every answer is checked against the
`Standard` object the caller passes, so other standards (a newer catalogue,
a test's own) get answers built for them. A few days are kept, each bounded.
"""

from __future__ import annotations

import datetime as dt
import threading

from .catalogue import Conditions, Rule, Standard
from .conditions import Match, Values, condition_key, evaluate
from .products import Product
from .rule_masks import mask_of
from .rule_outcomes import IN_FORCE, POSSIBLE, UPCOMING, Applicable, RuleOutcome, merge

# A condition's answer for one product: 0 no, 1 yes, or (unknown) the attributes to record.
Answer = int | tuple[str, ...]
Memo = dict[int, Answer]  # one product's answers, by condition number
Ids = tuple[int, ...]  # the conditions of a standard's items, by number

# The attributes a product may leave unrecorded, in the order a possible rule names them.
OPTIONAL_KEYS = ("product_type", "construction", "origin", "age_months", "height_cm")
_BIT = {key: 1 << j for j, key in enumerate(OPTIONAL_KEYS)}
_DAYS_KEPT = 4  # an overview, a checklist "as of", a notice's date: a few days at a time
_ANSWERS_KEPT = 200_000  # per day; beyond this answers are built and not kept
_TABLES_KEPT = 512


def state_code(lacking: int, unless_lacking: int) -> int:
    """A rule's state for a product: what its `when` and its open `unless` test and it lacks."""
    return lacking | unless_lacking << 5


class Table:
    """Answers of rules alone on their standard, by rule number, for one state and item answers."""

    __slots__ = ("filled", "kept")

    def __init__(self, n: int) -> None:
        self.kept: list[Applicable | None] = [None] * n
        self.filled = 0  # bit i: kept[i] is set


class Day:
    """What depends on the day alone, and the answers built for it so far."""

    __slots__ = ("built", "day", "dead", "ids", "kept", "later", "tables")

    def __init__(self, rules: list[Rule], day: dt.date) -> None:
        self.day = day
        self.dead = mask_of(r.until is not None and day >= r.until for r in rules)  # ended
        # "1" where a rule is not yet effective: one character test per rule
        self.later = "".join("1" if r.effective is not None and r.effective > day else "0" for r in rules)
        self.ids: dict[Ids, int] = {}  # rules alone on their standard, by the conditions of its items
        self.tables: dict[tuple[int, Ids, tuple[Answer, ...]], Table] = {}
        self.built: dict[tuple[int, ...], tuple[Standard, Ids, dict[tuple[Answer, ...], Applicable]]] = {}
        self.kept = 0


class Answers:
    """The shared answers for one list of rules (the engine's order), and the conditions they test."""

    def __init__(self, rules: list[Rule]) -> None:
        self.rules = rules
        self._lock = threading.Lock()
        self._conditions: dict[tuple[object, ...], int] = {}
        self._condition_list: list[tuple[Conditions, bool]] = []  # (conditions, is an exclusion)
        self.unless = [self.condition_id(r.unless, True) for r in rules]
        # per rule, the optional attributes its `unless` tests, as bits
        self.unless_keys = [sum(_BIT.get(k, 0) for k in r.unless or ()) for r in rules]
        # the names of the optional attributes, for each set of them as bits
        self.names = [
            tuple(k for j, k in enumerate(OPTIONAL_KEYS) if b >> j & 1)
            for b in range(1 << len(OPTIONAL_KEYS))
        ]
        self._days: dict[dt.date, Day] = {}

    def condition_id(self, conditions: Conditions | None, exclusion: bool) -> int:
        """Equal conditions, one number: each is evaluated once per product (-1: no conditions)."""
        if not conditions:
            return -1
        key = (exclusion, condition_key(conditions))
        found = self._conditions.get(key)
        if found is None:
            with self._lock:
                found = self._conditions.get(key)
                if found is None:
                    found = self._conditions[key] = len(self._condition_list)
                    self._condition_list.append((conditions, exclusion))
        return found

    def answer(self, cid: int, memo: Memo, product: Product, values: Values) -> Answer:
        answer = memo.get(cid)
        if answer is None:
            conditions, exclusion = self._condition_list[cid]
            outcome = evaluate(conditions, product, exclusion=exclusion, values=values)
            answer = memo[cid] = outcome.missing if outcome.match is Match.UNKNOWN else outcome.match.value
        return answer

    def signature(self, ids: Ids, memo: Memo, product: Product, values: Values) -> tuple[Answer, ...]:
        """The product's answers to the item conditions `ids`."""
        return tuple(self.answer(cid, memo, product, values) for cid in ids)

    def day(self, day: dt.date) -> Day:
        view = self._days.get(day)
        if view is None:
            with self._lock:
                view = self._days.get(day)
                if view is None:
                    if len(self._days) >= _DAYS_KEPT:
                        del self._days[next(iter(self._days))]
                    view = self._days[day] = Day(self.rules, day)
        return view

    def rule_outcome(self, i: int, code: int, day: dt.date) -> RuleOutcome:
        """Rule `i` in state `code` as of `day`, as `rule_outcome` would settle it."""
        rule = self.rules[i]
        missing = self.names[code & 31]
        possible = bool(missing)
        if code >> 5:  # the exclusion's unrecorded attributes, in its own order: named, not exempting
            lacking = code >> 5
            extra = tuple(k for k in rule.unless or () if _BIT.get(k, 0) & lacking)
            missing = tuple(dict.fromkeys(missing + extra))
        upcoming = rule.effective is not None and rule.effective > day
        effective = rule.effective if upcoming else None
        if possible:
            return RuleOutcome(rule, POSSIBLE, effective, missing, i)
        return RuleOutcome(rule, UPCOMING if upcoming else IN_FORCE, effective, missing, i)

    def item_ids(self, standard: Standard, grade: str | None) -> Ids:
        """The conditions of `standard`'s items at `grade`, each once."""
        ids: list[int] = []
        for item in standard.requirements_for(grade):
            for cid in (self.condition_id(item.when, False), self.condition_id(item.unless, True)):
                if cid >= 0 and cid not in ids:
                    ids.append(cid)
        return tuple(ids)

    def _build(
        self, view: Day, states: list[tuple[int, int]], standard: Standard, product: Product, values: Values
    ) -> tuple[Applicable, bool, bool]:
        """(the answer, whether it is in order, whether to keep it): built by `merge`, the plain definition.

        An answer for a standard filed under another code than its own is out of
        order (the engine orders answers by the code they are filed under) and not kept.
        """
        day = view.day
        outcomes = [self.rule_outcome(i, code, day) for i, code in states]
        applicable = merge(outcomes, standard, product, day, values)
        assert applicable is not None  # states are never empty
        in_order = standard.code == self.rules[states[0][0]].standard
        keep = in_order and view.kept < _ANSWERS_KEPT
        view.kept += keep
        return applicable, in_order, keep

    def solo(
        self, view: Day, i: int, code: int, standard: Standard, memo: Memo, product: Product, values: Values
    ) -> tuple[Applicable, bool]:
        """Rule `i`, alone on `standard`, in state `code`: its answer, and whether it is in order."""
        ids = self.item_ids(standard, self.rules[i].grade)
        sig = self.signature(ids, memo, product, values)
        table = view.tables.get((code, ids, sig))
        found = table.kept[i] if table is not None else None
        if found is not None and found.standard is standard:
            return found, True
        applicable, in_order, keep = self._build(view, [(i, code)], standard, product, values)
        if keep and table is None and len(view.tables) < _TABLES_KEPT:
            table = view.tables.setdefault((code, ids, sig), Table(len(self.rules)))
        if keep and table is not None:
            table.kept[i] = applicable
            table.filled |= 1 << i
            with self._lock:
                for other, mask in view.ids.items():
                    if other != ids and mask >> i & 1:
                        view.ids[other] = mask & ~(1 << i)
                view.ids[ids] = view.ids.get(ids, 0) | 1 << i
        return applicable, in_order

    def group(
        self,
        view: Day,
        states: tuple[int, ...],
        standard: Standard,
        memo: Memo,
        product: Product,
        values: Values,
    ) -> tuple[Applicable, bool]:
        """A standard with several rules (or an open exclusion), by its rules' `rule << 10 | state`:
        its answer, and whether it is in order."""
        entry = view.built.get(states)
        if entry is not None and entry[0] is standard:
            found = entry[2].get(self.signature(entry[1], memo, product, values))
            if found is not None:
                return found, True
        decoded = [(s >> 10, s & 1023) for s in states]
        applicable, in_order, keep = self._build(view, decoded, standard, product, values)
        if keep:
            if entry is None or entry[0] is not standard:
                entry = view.built[states] = (standard, self.item_ids(standard, applicable.grade), {})
            entry[2][self.signature(entry[1], memo, product, values)] = applicable
        return applicable, in_order

    def tables_for(
        self, view: Day, code: int, memo: Memo, product: Product, values: Values
    ) -> list[tuple[int, Table]]:
        """For rules in state `code`: (the rules, the table holding their answers) per item conditions."""
        found = []
        for ids, mask in list(view.ids.items()):
            table = view.tables.get((code, ids, self.signature(ids, memo, product, values)))
            if table is not None:
                found.append((mask & table.filled, table))
        return found
