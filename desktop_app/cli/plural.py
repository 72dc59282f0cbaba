"""English counts with the right plural ("1 checklist", "2 checklists"); Chinese has none."""

from __future__ import annotations


def count(n: int, singular: str, plural: str | None = None) -> str:
    """`n` and the noun in the form English uses for it ("0 pages", "1 page")."""
    return f"{n} {singular if n == 1 else (plural or singular + 's')}"
