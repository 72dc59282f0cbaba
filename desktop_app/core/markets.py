"""Markets and origins as places that contain each other.

Protocol 2 of the platform API names parts of a market: ISO 3166-2
subdivisions (`US-CA`, `CN-XJ`) and the EU's member states by their country
codes. Two codes concern each other when they are equal or one contains the
other: a product sold across the `US` is sold in `US-CA`; a product sold in
`FR` is sold in the `EU`. `GLOBAL` contains every market.
"""

from __future__ import annotations

from functools import lru_cache

from .vocabulary import EU_MEMBER_STATES

# The 27 member states (ISO 3166-1 alpha-2; Greece is GR, not EL), named once in the vocabulary.
EU_MEMBERS: frozenset[str] = frozenset(EU_MEMBER_STATES)

GLOBAL = "GLOBAL"


@lru_cache(maxsize=4096)
def parents(code: str) -> tuple[str, ...]:
    """Every place that contains `code`, nearest first (not `code` itself)."""
    out: list[str] = []
    country, dash, _sub = code.partition("-")
    if dash:
        out.append(country)
    if country in EU_MEMBERS:
        out.append("EU")
    if code != GLOBAL:
        out.append(GLOBAL)
    return tuple(out)


def contains(outer: str, inner: str) -> bool:
    """`outer` is `inner` or contains it."""
    return outer == inner or outer in parents(inner)


def concern_each_other(a: str, b: str) -> bool:
    """The containment rule of the API: equal, or one contains the other."""
    return contains(a, b) or contains(b, a)
