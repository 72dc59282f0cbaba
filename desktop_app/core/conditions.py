"""Conditions (`when`, `unless`) against a product: the plain definition of the API.

A product matches when it matches every key present; protocol 2 adds a third
answer for attributes the product does not record. This is the reference
the compiled engine in `applicability` is tested against, and what it uses
for the few rules and items the masks leave open.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from .catalogue import PLACE_KEYS, RANGE_KEYS, Conditions, Rule
from .markets import concern_each_other
from .products import Product
from .ranges import Range

# The product attribute each `when` key tests, for "record this to settle it".
ATTRIBUTE_OF_KEY = {
    "product_type": "product_type",
    "construction": "construction",
    "age_months": "age_months",
    "height_cm": "height_cm",
    "origin": "origin",
}


class Match(Enum):
    NO = 0
    YES = 1
    UNKNOWN = 2  # the product does not record an attribute the conditions test


@dataclass(frozen=True)
class Outcome:
    """Conditions against a product: the answer and, when unknown, what to record."""

    match: Match
    missing: tuple[str, ...] = ()


Values = dict[str, "tuple[str, ...] | Range | None"]


def product_values(product: Product) -> Values:
    """Each `when` key's value for `product`; None where the product records nothing."""
    return {
        "category": (product.category,),
        "age_group": (product.age_group,),
        "skin_contact": (product.skin_contact,),
        "market": product.markets,
        "fibre": product.fibres,
        "claim": product.claims,
        "finish": product.finishes,
        "stage": (product.stage,),
        "product_type": (product.product_type,) if product.product_type else None,
        "construction": (product.construction,) if product.construction else None,
        "component": product.components,
        "origin": product.origins or None,
        "age_months": product.age_months,
        "height_cm": product.height_cm,
    }


_RANGE_KEYS = frozenset(RANGE_KEYS)
_PLACE_KEYS = frozenset(PLACE_KEYS)


def _key_outcome(key: str, accepted: object, value: object, *, exclusion: bool) -> Match:
    if value is None:
        return Match.UNKNOWN
    if key in _RANGE_KEYS:
        if not isinstance(accepted, Range) or not isinstance(value, Range):
            return Match.NO  # a shape this version cannot check
        # An exemption covers a product only when all its sizes are inside it.
        return Match.YES if (value.within(accepted) if exclusion else value.overlaps(accepted)) else Match.NO
    if not isinstance(accepted, tuple) or not isinstance(value, tuple):
        return Match.NO
    if key in _PLACE_KEYS:
        hit = any(concern_each_other(v, a) for v in value for a in accepted)
    else:
        hit = any(v in accepted for v in value)
    return Match.YES if hit else Match.NO


_YES, _NO = Outcome(Match.YES), Outcome(Match.NO)


def condition_key(conditions: Conditions) -> tuple[object, ...]:
    """A hashable form of `conditions`: equal conditions, one key (evaluated once per product)."""
    return tuple(sorted(conditions.items()))


def evaluate(
    conditions: Conditions, product: Product, *, exclusion: bool = False, values: Values | None = None
) -> Outcome:
    """The plain definition: a product matches when it matches every key present.

    A key this version does not know cannot be checked, so such conditions do
    not match (and, in an `unless`, do not exclude). `values` are the
    product's, when the caller has them already.
    """
    if values is None:
        values = product_values(product)
    missing: list[str] | None = None
    for key, accepted in conditions.items():
        if key not in values:
            return _NO
        result = _key_outcome(key, accepted, values[key], exclusion=exclusion)
        if result is Match.NO:
            return _NO
        if result is Match.UNKNOWN:
            if missing is None:
                missing = []
            missing.append(ATTRIBUTE_OF_KEY.get(key, key))
    return Outcome(Match.UNKNOWN, tuple(missing)) if missing else _YES


def rule_matches(rule: Rule, product: Product) -> bool:
    """`when` matches for certain (dates and `unless` aside)."""
    return evaluate(rule.when, product).match is Match.YES
