"""Closed ranges of numbers with either bound open: ages in months, heights in cm.

Rules and products both carry ranges (a rule "sizes for 7 to 14 years", a
product "fits 110–130 cm"); whether a rule concerns a product is a question
of overlap, and whether an exemption covers it is a question of containment.
"""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class Range:
    """`min` ≤ x ≤ `max`; None is an open bound."""

    min: float | None = None
    max: float | None = None

    @property
    def low(self) -> float:
        return -math.inf if self.min is None else self.min

    @property
    def high(self) -> float:
        return math.inf if self.max is None else self.max

    def overlaps(self, other: Range) -> bool:
        """Some value lies in both (bounds included): the rule concerns part of the product."""
        return self.low <= other.high and other.low <= self.high

    def within(self, other: Range) -> bool:
        """Every value of self lies in `other`: an exemption covers the whole product."""
        return other.low <= self.low and self.high <= other.high

    def label(self) -> str:
        """`24–60`, `≥ 84`, `≤ 9`: how a range is written on screen and on paper."""

        def num(x: float) -> str:
            return f"{x:g}"

        if self.min is not None and self.max is not None:
            return num(self.min) if self.min == self.max else f"{num(self.min)}–{num(self.max)}"
        if self.min is not None:
            return f"≥ {num(self.min)}"
        if self.max is not None:
            return f"≤ {num(self.max)}"
        return "*"

    def to_json(self) -> dict[str, float]:
        out: dict[str, float] = {}
        if self.min is not None:
            out["min"] = self.min
        if self.max is not None:
            out["max"] = self.max
        return out

    @classmethod
    def from_json(cls, data: dict[str, float] | None) -> Range | None:
        if data is None:
            return None
        return cls(data.get("min"), data.get("max"))
