"""Which standards apply to a product, at which grade, and why.

The platform's catalogue has thousands of rules and a firm thousands of
products, so rules are compiled once into bitmasks: for every `when` key and
value, the set of rules accepting it is one Python integer. Matching a
product is then a handful of big-integer ANDs and ORs instead of a loop over
every rule, and the reverse question (which products does a standard or a
notice affect) is one AND per product.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from .catalogue import WHEN_KEYS, LocalText, Requirement, Rule, Standard
from .products import Product

# Earlier is stricter: an infant product matching both A and B rules is held to A.
GRADE_ORDER = ("A", "B", "C", "I", "II", "III", "IV")


def grade_rank(grade: str | None) -> int:
    if grade is None:
        return len(GRADE_ORDER) + 1
    try:
        return GRADE_ORDER.index(grade)
    except ValueError:
        return len(GRADE_ORDER)


@dataclass(frozen=True)
class Applicable:
    """A standard that applies to a product, the grade it applies at, and why."""

    standard: Standard
    grade: str | None
    reasons: tuple[LocalText, ...]
    rule_ids: tuple[str, ...]

    @property
    def requirements(self) -> tuple[Requirement, ...]:
        return self.standard.requirements_for(self.grade)

    def reason_text(self, lang: str = "zh") -> str:
        return "; ".join(r.get(lang) for r in self.reasons if r.get(lang))


def _product_values(product: Product) -> dict[str, tuple[str, ...]]:
    return {
        "category": (product.category,),
        "age_group": (product.age_group,),
        "skin_contact": (product.skin_contact,),
        "market": product.markets,
        "fibre": product.fibres,
        "claim": product.claims,
        "finish": product.finishes,
        "stage": (product.stage,),
    }


def rule_matches(rule: Rule, product: Product) -> bool:
    """The plain definition (API: a product matches when it matches every key present).

    Kept as the reference the compiled engine is tested against. A key this
    version does not know cannot be checked, so such a rule does not match.
    """
    values = _product_values(product)
    for key, accepted in rule.when.items():
        if key not in values:
            return False
        if not set(values[key]) & set(accepted):
            return False
    return True


class ApplicabilityEngine:
    """Rules compiled to bitmasks; build once per catalogue version."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        self.rules: list[Rule] = list(rules)
        n = len(self.rules)
        self._all = (1 << n) - 1
        # rules that do not mention a key accept any value for it
        self._absent: dict[str, int] = {key: 0 for key in WHEN_KEYS}
        self._accepts: dict[str, dict[str, int]] = {key: {} for key in WHEN_KEYS}
        unknown_key_rules = 0
        by_standard: dict[str, int] = {}
        for index, rule in enumerate(self.rules):
            bit = 1 << index
            by_standard[rule.standard] = by_standard.get(rule.standard, 0) | bit
            if any(key not in self._absent for key in rule.when):
                unknown_key_rules |= bit
            for key in WHEN_KEYS:
                accepted = rule.when.get(key)
                if accepted is None:
                    self._absent[key] |= bit
                    continue
                table = self._accepts[key]
                for value in accepted:
                    table[value] = table.get(value, 0) | bit
        self._usable = self._all & ~unknown_key_rules
        self._by_standard = by_standard

    def __len__(self) -> int:
        return len(self.rules)

    def match_mask(self, product: Product) -> int:
        """Bitmask of the rules `product` matches."""
        mask = self._usable
        for key, values in _product_values(product).items():
            table = self._accepts[key]
            ok = self._absent[key]
            for value in values:
                ok |= table.get(value, 0)
            mask &= ok
            if not mask:
                break
        return mask

    def matching_rules(self, product: Product) -> list[Rule]:
        return [self.rules[i] for i in _bits(self.match_mask(product))]

    def applicable(self, product: Product, standards: Mapping[str, Standard]) -> list[Applicable]:
        """Applicable standards, mandatory first then by code.

        Several rules may make one standard applicable: the strictest grade
        wins (A before B, I before II) and every reason is kept. Rules naming
        a standard the catalogue lacks are skipped.
        """
        merged: dict[str, tuple[str | None, list[LocalText], list[str]]] = {}
        for rule in self.matching_rules(product):
            if rule.standard not in standards:
                continue
            grade, reasons, ids = merged.get(rule.standard, (rule.grade, [], []))
            if grade_rank(rule.grade) < grade_rank(grade):
                grade = rule.grade
            if rule.note is not None and rule.note not in reasons:
                reasons.append(rule.note)
            ids.append(rule.id)
            merged[rule.standard] = (grade, reasons, ids)
        result = [
            Applicable(standards[code], grade, tuple(reasons), tuple(ids))
            for code, (grade, reasons, ids) in merged.items()
        ]
        result.sort(key=lambda a: (not a.standard.mandatory, a.standard.code))
        return result

    def standard_mask(self, codes: Iterable[str]) -> int:
        mask = 0
        for code in codes:
            mask |= self._by_standard.get(code, 0)
        return mask

    def products_affected(self, products: Iterable[Product], codes: Iterable[str]) -> list[Product]:
        """Products to which any of the standards `codes` applies (a notice's reach)."""
        mask = self.standard_mask(codes)
        if not mask:
            return []
        return [p for p in products if self.match_mask(p) & mask]


def _bits(mask: int) -> Iterator[int]:
    while mask:
        low = mask & -mask
        yield low.bit_length() - 1
        mask ^= low
