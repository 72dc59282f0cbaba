"""Factors the firm enters itself, checked as strictly as the platform's.

Fibres, dyes, auxiliaries, packaging, water and transport have no national
factor: the firm enters its supplier's footprint or a factor from a database
it licenses, with that source. A factor without a source is refused: the
app never holds a figure nobody vouches for. Firm factors live apart from
the platform's (a sync owns those and may remove them; it never touches the
firm's), and an id already used by a platform factor is refused.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from . import carbon_units as units
from .catalogue import FACTOR_KINDS, FACTOR_SCOPES, Factor
from .errors import Reason, ValidationError

ORIGINS = ("catalogue", "firm")
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")
MAX_TEXT = 500


def verified(f: Factor) -> bool:
    """Whether an estimate may use `f`: a kind and a scope this app knows, a source stated
    (publisher and document, in either language) and a finite positive value.

    The platform's schema and `check_firm_factor` refuse anything else on the way in;
    this is checked again where a factor is used, so a row that came in some other way
    (an older or newer client's database, a restored backup) never reaches a figure.
    """
    return (
        f.kind in FACTOR_KINDS
        and f.scope in FACTOR_SCOPES
        and bool(f.source.get().strip())
        and math.isfinite(f.value)
        and f.value > 0
    )


@dataclass(frozen=True)
class FactorEntry:
    """A factor and where it comes from: the platform's catalogue or the firm."""

    factor: Factor
    origin: str  # one of ORIGINS


def check_firm_factor(f: Factor) -> Factor:
    """`f` with its unit spelt canonically; refuses a value or text that cannot be right."""
    if not _ID.fullmatch(f.id):
        raise ValidationError("id", f.id, Reason.SKU_PATTERN)
    if f.kind not in FACTOR_KINDS:
        raise ValidationError("kind", f.kind, Reason.NOT_ONE_OF, allowed=list(FACTOR_KINDS))
    if f.scope not in FACTOR_SCOPES:
        raise ValidationError("scope", f.scope, Reason.NOT_ONE_OF, allowed=list(FACTOR_SCOPES))
    unit = f.unit.strip()
    unit = unit.removeprefix(units.FACTOR_UNIT_PREFIX)
    activity_unit = units.unit("unit", unit)
    if not (math.isfinite(f.value) and 0 < f.value <= 100_000):
        raise ValidationError("value", f.value, Reason.OUT_OF_RANGE, low=0, high=100000)
    if not 1990 <= f.year <= 2100:
        raise ValidationError("year", f.year, Reason.OUT_OF_RANGE, low=1990, high=2100)
    for field, text in (("name", f.name.get()), ("source", f.source.get())):
        if not text.strip():
            raise ValidationError(field, text, Reason.EMPTY)
        if len(text) > MAX_TEXT:
            raise ValidationError(field, text[:40], Reason.TOO_LONG, max=MAX_TEXT)
    return Factor(
        id=f.id,
        kind=f.kind,
        name=f.name,
        region=f.region.strip() or "CN",
        value=float(f.value),
        unit=units.FACTOR_UNIT_PREFIX + activity_unit,
        scope=f.scope,
        year=f.year,
        source=f.source,
        url=f.url or None,
    )
