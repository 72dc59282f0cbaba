"""Rules' `when` compiled to bitmasks: which rules concern a product, in a handful of ANDs.

The platform's catalogue has thousands of rules and a firm thousands of
products, so rules are compiled once into bitmasks: for every `when` key and
value, the set of rules accepting it is one Python integer (bit i is rule i).
Matching a product is then a handful of big-integer ANDs and ORs instead of a
loop over every rule, and the reverse question (which products does a
standard or a notice affect) is one AND per product.

Protocol 2 makes the answer three-valued. A rule that tests an attribute the
product does not record neither matches nor fails, so two masks come out:
rules that match for certain, and rules that would match if every missing
attribute turned out to fit.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import accumulate, count
from operator import add

from .catalogue import LIST_KEYS, PLACE_KEYS, RANGE_KEYS, Rule
from .conditions import Values, product_values
from .markets import concern_each_other
from .products import Product
from .ranges import Range


class RuleMasks:
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
        return [self.rules[i] for i in bits(self.match_mask(product))]

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


_SPARSE = 12  # bits; measured on 5,000-rule masks (bench/bench_compliance.py's catalogue)


def bits(mask: int) -> list[int]:
    """Indexes of the set bits, lowest first.

    Split at the ones of the binary digits, the gaps' lengths add up to the
    positions: C-level steps only, faster than a `find` per bit on wide masks.
    A mask of a few bits (a product's rules of a score of standards) is
    faster taken apart bit by bit than written out in binary.
    """
    if mask.bit_count() <= _SPARSE:
        found = []
        while mask:
            low = mask & -mask
            found.append(low.bit_length() - 1)
            mask ^= low
        return found
    gaps = bin(mask)[:1:-1].split("1")  # least significant first, without "0b"
    gaps.pop()
    return list(map(add, accumulate(map(len, gaps)), count()))


def mask_of(flags: Iterable[bool]) -> int:
    """The bitmask whose bit i is set when the i-th flag is true."""
    digits = "".join("1" if flag else "0" for flag in flags)
    return int(digits[::-1] or "0", 2)
