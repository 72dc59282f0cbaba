"""Allocating a mill's monthly totals to its products, by output mass or machine hours.

Most small mills meter the site, not the batch: a month's electricity,
steam, gas and water, and the month's output. GB/T 24067 (as ISO 14067)
asks that shared inputs be divided by a physical relationship and that the
method be stated; this module divides by output mass or by machine hours,
and writes down how on every line it produces.

The shares must add up: the products listed (with an `other` entry for
output not recorded in the app, if any) must account for the whole month's
basis, within 0.1 % for rounding; otherwise nothing is allocated.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import carbon_units as units
from .carbon import Activity, check_activity
from .errors import Reason, ValidationError

BASES = ("output_mass", "machine_hours")
SUM_TOLERANCE = 0.001  # relative
SHARED_SOURCES = ("electricity", "steam", "natural_gas", "coal", "diesel", "water", "wastewater")


@dataclass(frozen=True)
class MonthTotal:
    """One metered total of the month, e.g. 52,000 kWh of electricity."""

    source: str
    quantity: float
    unit: str
    energy_content: float | None = None  # steam's enthalpy or a fuel's calorific value, MJ/kg or MJ/Nm³


@dataclass(frozen=True)
class Share:
    """One product's part of the basis and how many declared units it made that month.

    `key` is a SKU, or `other` for output the app does not record.
    """

    key: str
    basis: float  # kg of output or machine hours
    units_made: float  # declared units produced (kg for "1 kg")


@dataclass(frozen=True)
class Month:
    month: str  # YYYY-MM
    basis: str  # one of BASES
    total_basis: float
    totals: tuple[MonthTotal, ...]
    shares: tuple[Share, ...]


def check_month(m: Month) -> Month:
    """Refuses a month that cannot be allocated, naming the field; nothing is half-done."""
    if len(m.month) != 7 or m.month[4] != "-" or not (m.month[:4] + m.month[5:]).isdigit():
        raise ValidationError("month", m.month, Reason.NOT_A_MONTH)
    if m.basis not in BASES:
        raise ValidationError("basis", m.basis, Reason.NOT_ONE_OF, allowed=list(BASES))
    if not m.total_basis > 0:
        raise ValidationError("total", m.total_basis, Reason.OUT_OF_RANGE, low=0, high="")
    if not m.totals:
        raise ValidationError("totals", "", Reason.EMPTY)
    if not m.shares:
        raise ValidationError("shares", "", Reason.EMPTY)
    seen: set[str] = set()
    totals = []
    for t in m.totals:
        if t.source not in SHARED_SOURCES:
            raise ValidationError("totals", t.source, Reason.NOT_ONE_OF, allowed=list(SHARED_SOURCES))
        if t.source in seen:
            raise ValidationError(t.source, t.quantity, Reason.REPEATED_VALUE)
        seen.add(t.source)
        if not t.quantity > 0:
            raise ValidationError(t.source, t.quantity, Reason.OUT_OF_RANGE, low=0, high="")
        totals.append(
            MonthTotal(t.source, t.quantity, units.unit(f"{t.source}.unit", t.unit), t.energy_content)
        )
    keys: set[str] = set()
    for s in m.shares:
        if s.key in keys:
            raise ValidationError("shares", s.key, Reason.REPEATED_VALUE)
        keys.add(s.key)
        if not s.basis > 0 or (s.key != "other" and not s.units_made > 0):
            raise ValidationError(f"shares.{s.key}", s.basis, Reason.OUT_OF_RANGE, low=0, high="")
    listed = sum(s.basis for s in m.shares)
    if abs(listed - m.total_basis) > SUM_TOLERANCE * m.total_basis:
        raise ValidationError(
            "shares", listed, Reason.CARBON_SHARES_SUM, total=f"{m.total_basis:g}", listed=f"{listed:g}"
        )
    return Month(m.month, m.basis, m.total_basis, tuple(totals), m.shares)


def allocate(m: Month) -> dict[str, tuple[Activity, ...]]:
    """Per SKU, the allocated activity lines per declared unit (`other` gets none).

    Each line: total × (the product's basis / the month's basis) ÷ the
    declared units it made, marked `allocated`, with the method written out.
    """
    m = check_month(m)
    out: dict[str, tuple[Activity, ...]] = {}
    for s in m.shares:
        if s.key == "other":
            continue
        fraction = s.basis / m.total_basis
        how = f"{m.month} {m.basis} {s.basis:g}/{m.total_basis:g} ÷ {s.units_made:g}"
        out[s.key] = tuple(
            check_activity(
                Activity(
                    source=t.source,
                    quantity=t.quantity * fraction / s.units_made,
                    unit=t.unit,
                    quality="allocated",
                    energy_content=t.energy_content,
                    allocation=how,
                )
            )
            for t in m.totals
        )
    return out
