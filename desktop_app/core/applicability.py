"""Which standards apply to a product, at which grade, from when, and why.

`rule_masks` finds in a few big-integer operations the rules whose `when`
matches a product for certain (`sure`) or if its unrecorded attributes fit
(`maybe`). Dates and exclusions are masks too (`answers.Day` per day, one
mask per distinct `unless`), so most rules leave the masks with their state
known: in force or upcoming, or possible for want of a given set of
attributes. Only rules sharing their standard, or whose exclusion tests an
unrecorded attribute, are settled one by one.

A firm's products share most of what decides a standard's answer, so the
answers are built once (by `merge`, the plain definition in
`rule_outcomes`) and shared: see `answers`. The rules are kept sorted by
standard, so each run of answers comes out in the order the result is
sorted in and the final sort is a merge of a few runs.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from itertools import compress
from operator import attrgetter, is_, itemgetter, not_

from .answers import OPTIONAL_KEYS, Answers, Day, Memo
from .catalogue import Rule, Standard
from .conditions import Values, evaluate, product_values, rule_matches
from .products import Product
from .rule_masks import RuleMasks, bits, mask_of
from .rule_outcomes import (
    APPLIES,
    IN_FORCE,
    POSSIBLE,
    UPCOMING,
    Applicable,
    RuleOutcome,
    grade_rank,
    items_for,
    merge,
    rule_outcome,
)

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


_place, _applicable = itemgetter(0), itemgetter(1)
_standard, _mandatory = attrgetter("standard"), attrgetter("standard.mandatory")
Found = list[tuple[int, Applicable]]  # answers by where they go: the first rule of their standard


class ApplicabilityEngine:
    """Rules compiled to bitmasks, answers shared between products; build once per catalogue version.

    Bit i of a mask is rule i in the engine's own order (by standard):
    combine `match_mask` only with `standard_mask`; `rules` keeps the order
    the rules were given in.
    """

    def __init__(self, rules: Iterable[Rule]) -> None:
        self.rules: list[Rule] = list(rules)
        self._original = sorted(range(len(self.rules)), key=lambda i: self.rules[i].standard)
        rs = [self.rules[i] for i in self._original]
        self._index = RuleMasks(rs)
        self._codes = [r.standard for r in rs]
        first: dict[str, int] = {}
        for i, code in enumerate(self._codes):
            first.setdefault(code, i)
        self._places = [first[code] for code in self._codes]  # where each rule's standard goes
        self._codes.append("")  # a sentinel after the last rule, for `_groups`
        self._answers = Answers(rs)
        self._tested = [sum(1 << j for j, k in enumerate(OPTIONAL_KEYS) if k in r.when) for r in rs] + [0]
        # per optional attribute, the rules whose `when` tests it
        self._testing = [mask_of(k in r.when for r in rs) for k in OPTIONAL_KEYS]
        named = Counter(self._codes)
        # the only rule naming its standard: its state alone decides the standard's answer
        self._solo = mask_of(named[code] == 1 for code in self._codes)
        # standards named by two rules (neighbours): when only one concerns a product, it is alone too
        n = len(rs)
        paired = [named[code] == 2 for code in self._codes]
        self._pair_first = mask_of(
            paired[i] and i + 1 < n and self._codes[i + 1] == self._codes[i] for i in range(n)
        )
        self._pair_second = mask_of(
            paired[i] and i > 0 and self._codes[i - 1] == self._codes[i] for i in range(n)
        )
        # one mask per distinct `unless`: each is evaluated once per product, not once per rule
        by_unless: dict[int, int] = {}
        for i, cid in enumerate(self._answers.unless):
            if cid >= 0:
                by_unless[cid] = by_unless.get(cid, 0) | 1 << i
        self._unless_masks = list(by_unless.items())

    def __len__(self) -> int:
        return len(self.rules)

    def match_mask(self, product: Product) -> int:
        """Bitmask of the rules whose `when` matches `product` or may match it."""
        return self._index.match_mask(product)

    def standard_mask(self, codes: Iterable[str]) -> int:
        return self._index.standard_mask(codes)

    def products_affected(self, products: Iterable[Product], codes: Iterable[str]) -> list[Product]:
        """Products to which any of the standards `codes` applies or may apply (a notice's reach)."""
        return self._index.products_affected(products, codes)

    def standards_of(self, products: Iterable[Product]) -> set[str]:
        """The codes of the standards any rule matching (or maybe matching) one of `products` names."""
        union = 0
        for p in products:
            union |= self._index.match_mask(p)
        codes = self._codes
        return {codes[i] for i in bits(union)}

    def matching_rules(self, product: Product) -> list[Rule]:
        """The rules whose `when` matches `product` or may match it, in the order given."""
        return [self.rules[j] for j in sorted(self._original[i] for i in bits(self.match_mask(product)))]

    def _concerned(
        self, product: Product, values: Values, view: Day, memo: Memo, within: int = -1
    ) -> tuple[int, int, int]:
        """(rules that concern the product, of which those matching for certain, those whose
        exclusion tests an attribute it does not record): each distinct `unless` evaluated once.
        Only rules in `within` (-1: all) are considered."""
        sure, maybe = self._index.masks(product, values)
        alive = maybe & ~view.dead & within
        unknown = 0
        for cid, mask in self._unless_masks:
            if alive & mask:
                answer = self._answers.answer(cid, memo, product, values)
                if answer == 1:  # the exclusion covers the product
                    alive &= ~mask
                elif isinstance(answer, tuple):
                    unknown |= mask
        return alive, sure, unknown & alive

    def _code(self, i: int, absent: int, unknown: str) -> int:
        """Rule `i`'s state: what its `when`, and its `unless` if open, test and the product lacks."""
        code = self._tested[i] & absent
        if i < len(unknown) and unknown[i] == "1":
            code |= (absent & self._answers.unless_keys[i]) << 5
        return code

    def outcomes(self, product: Product, as_of: dt.date) -> list[RuleOutcome]:
        """Every rule that concerns `product` as of `as_of`, with how, in the order given."""
        values = product_values(product)
        view = self._answers.day(as_of)
        alive, _, unknown = self._concerned(product, values, view, {})
        absent, open_ = _unrecorded(values), bin(unknown)[:1:-1]
        found = []
        for i in bits(alive):
            outcome = self._answers.rule_outcome(i, self._code(i, absent, open_), as_of)
            outcome.index = self._original[i]
            found.append(outcome)
        found.sort(key=lambda o: o.index)
        return found

    def applicable(
        self, product: Product, standards: Mapping[str, Standard], as_of: dt.date | None = None
    ) -> list[Applicable]:
        """Applicable standards as of a date (today by default), mandatory first then by code.

        Several rules may make one standard applicable: the strictest grade
        wins (A before B, I before II) and every reason is kept. Rules naming
        a standard the catalogue lacks are skipped.
        """
        return self._applicable(product, standards, as_of or dt.date.today(), -1)[0]

    def applicable_among(
        self, product: Product, standards: Mapping[str, Standard], as_of: dt.date, codes: Iterable[str]
    ) -> list[Applicable] | None:
        """Those of `applicable`'s answers whose standard is one of `codes` (the same objects).

        A standard's answer depends on its own rules only, so leaving the
        others' rules out changes none of them: a firm-wide status asks for the
        score of standards a product has results for, not its hundreds. None
        when an answer is filed under another code than its standard's (a
        `standards` keyed by other codes): then ask `applicable`.
        """
        within = self._index.standard_mask(codes)
        if not within:
            return []
        found, ordered = self._applicable(product, standards, as_of, within)
        return found if ordered else None

    def _applicable(
        self, product: Product, standards: Mapping[str, Standard], as_of: dt.date, within: int
    ) -> tuple[list[Applicable], bool]:
        """`applicable` of the rules in `within` (-1: all), and whether every answer was in order."""
        values = product_values(product)
        view = self._answers.day(as_of)
        memo: Memo = {}
        alive, sure, unknown = self._concerned(product, values, view, memo, within)
        if not alive:
            return [], True
        absent = _unrecorded(values)
        settled = alive & ~unknown
        alone = settled & self._pair_first & ~(alive >> 1) | settled & self._pair_second & ~(alive << 1)
        known = settled & self._solo | alone  # alone on their standard, state settled by the masks
        found: Found = []
        get = standards.get
        ordered = True
        for code, rules in self._by_state(known, sure, absent):
            if rules:
                ordered &= self._solos(rules, code, view, get, memo, product, values, found)
        rest = alive & ~known
        if rest:
            ordered &= self._groups(
                rest,
                absent,
                bin(unknown)[:1:-1].ljust(len(self.rules) + 1, "0"),
                view,
                get,
                memo,
                product,
                values,
                found,
            )
        found.sort(key=_place)
        result = list(map(_applicable, found))
        mandatory = list(map(_mandatory, result))
        result = [*compress(result, mandatory), *compress(result, map(not_, mandatory))]
        if not ordered:
            result.sort(key=_order)
        return result, ordered

    def _by_state(self, known: int, sure: int, absent: int) -> Iterator[tuple[int, int]]:
        """`known` split by state: what of `absent` each rule tests (0: matching for certain)."""
        yield 0, known & sure
        parts = [(0, known & ~sure)] if absent else []
        for j in range(len(OPTIONAL_KEYS)):
            if absent >> j & 1:
                testing = self._testing[j]
                split = [(code | 1 << j, mask & testing) for code, mask in parts]
                parts = [p for p in split + [(code, mask & ~testing) for code, mask in parts] if p[1]]
        yield from parts

    def _solos(
        self,
        rules: int,
        code: int,
        view: Day,
        get: Callable[[str], Standard | None],
        memo: Memo,
        product: Product,
        values: Values,
        found: Found,
    ) -> bool:
        """The answers of `rules`, each alone on its standard and in state `code`; False if out of order.

        The engine's hot path: the answers kept for most of them are taken from
        their tables by C-level `map`s and checked against the caller's
        standards in bulk; the rest are looked up or built one by one.
        """
        codes, answers = self._codes, self._answers
        todo = rules
        ordered = True
        for run, table in answers.tables_for(view, code, memo, product, values):
            run &= rules
            if not run:
                continue
            at = bits(run)
            kept = list(map(table.kept.__getitem__, at))
            standards = list(map(get, map(codes.__getitem__, at)))
            todo &= ~run
            if all(map(is_, standards, map(_standard, kept))):
                found += zip(at, kept)  # type: ignore[arg-type]  # alone on its standard: its place is its own
                continue
            for i, one, standard in zip(at, kept, standards):  # other standards passed, or some missing
                if standard is not None:
                    if one is None or one.standard is not standard:
                        one, in_order = answers.solo(view, i, code, standard, memo, product, values)
                        ordered &= in_order
                    found.append((i, one))
        for i in bits(todo):
            standard = get(codes[i])
            if standard is not None:
                one, in_order = answers.solo(view, i, code, standard, memo, product, values)
                found.append((i, one))
                ordered &= in_order
        return ordered

    def _groups(
        self,
        rest: int,
        absent: int,
        unknown: str,
        view: Day,
        get: Callable[[str], Standard | None],
        memo: Memo,
        product: Product,
        values: Values,
        found: Found,
    ) -> bool:
        """Rules sharing their standard, or with an open exclusion, by standard; False if out of order.

        A standard's rules are neighbours in the engine's order, so a group ends
        where the code changes (the sentinel after the last rule ends the last).
        Its answer is kept by the states of its rules, `rule << 10 | state`.
        """
        codes, tested, places, built = self._codes, self._tested, self._places, view.built
        unless_keys, answers = self._answers.unless_keys, self._answers
        ordered = True
        key: list[int] = []
        group_code = None
        for i in [*bits(rest), len(self.rules)]:
            code = codes[i]
            if key and code != group_code:
                standard = get(group_code)  # type: ignore[arg-type]
                if standard is not None:
                    states = tuple(key)
                    entry = built.get(states)
                    one = None
                    if entry is not None and entry[0] is standard:
                        ids = entry[1]
                        known_sig = tuple(map(memo.get, ids))  # evaluated for this product already
                        sig = (
                            answers.signature(ids, memo, product, values) if None in known_sig else known_sig
                        )
                        one = entry[2].get(sig)  # type: ignore[arg-type]
                    if one is None:
                        one, in_order = answers.group(view, states, standard, memo, product, values)
                        ordered &= in_order
                    found.append((places[key[0] >> 10], one))
                key = []
            group_code = code
            state = tested[i] & absent
            if unknown[i] == "1":
                state |= (absent & unless_keys[i]) << 5
            key.append(i << 10 | state)
        return ordered


def _unrecorded(values: Values) -> int:
    """The optional attributes `values` lack, as bits in `OPTIONAL_KEYS` order."""
    return sum(1 << j for j, k in enumerate(OPTIONAL_KEYS) if values[k] is None)


def _order(a: Applicable) -> tuple[bool, str]:
    return (not a.standard.mandatory, a.standard.code)
