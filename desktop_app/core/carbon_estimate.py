"""The screening estimate: kgCO2e per declared unit from activity data and factors.

Each line's emissions are its quantity (converted to the factor's unit)
times the factor's value; the total is their sum, broken down by stage and
source. Never a certified figure: see `carbon_report` for how it is shown.

Two kinds of electricity factor exist and are never mixed: China's
electricity *carbon-footprint* factors (life-cycle, all greenhouse gases,
`scope = "CO2e"`, for products) and the grid average *CO2 emission* factors
for company inventories (`scope = "CO2"`). A product footprint uses only
the first kind; an inventory factor is refused for electricity, naming the
line. Fuel factors from the IPCC 2006 defaults count CO2 only; the
estimate lists which lines are CO2-only so the report can say so.

Only verified factors are used (`carbon_factors.verified`: a known kind and
scope, a stated source, a finite positive value); a line naming any other is
refused, and a source's default skips it.

Uncertainty (the app's screening method, not a standard's): each line gets
a relative uncertainty from the quality of its activity figure,
`QUALITY_UNCERTAINTY` (measured ±5 %, allocated ±15 %, estimated ±30 %),
and the lines are combined in quadrature, `U = sqrt(sum((u_i * e_i)^2))`,
as independent errors are. The factors' own uncertainty is not included
(the sources publish none); the report says so.

The measured share is the share of the total that comes from measured lines.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, replace

from . import carbon_units as units
from .carbon import SOURCES, STAGES, Activity, ActivityData
from .carbon_factors import verified
from .catalogue import Factor
from .errors import Reason, ValidationError

QUALITY_UNCERTAINTY = {"measured": 0.05, "allocated": 0.15, "estimated": 0.30}

# The default factor of a source when a line names none: the first of these
# ids the catalogue holds (newest first). Sources without an entry need a
# factor named (a firm factor: the supplier's, or from a licensed database).
DEFAULT_FACTORS: dict[str, tuple[str, ...]] = {
    "electricity": ("CN-electricity-2024-pcf", "CN-electricity-2023-pcf"),
    "natural_gas": ("IPCC2006-natural-gas-co2",),
    "coal": ("IPCC2006-bituminous-coal-co2",),
    "diesel": ("IPCC2006-diesel-co2",),
}
PRODUCT_ELECTRICITY_SCOPE = "CO2e"


@dataclass(frozen=True)
class Line:
    """One source's share of the estimate, with the factor it used."""

    source: str  # `material:cotton`, `electricity`
    stage: str
    kgco2e: float
    quantity: float  # in the factor's unit
    factor_id: str
    factor_value: float
    factor_unit: str
    factor_scope: str
    quality: str
    uncertainty: float  # relative, from the quality


@dataclass(frozen=True)
class Estimate:
    sku: str
    declared_unit: str
    total_kgco2e: float
    lines: tuple[Line, ...]
    measured_share: float  # 0..1 of the total
    uncertainty_kgco2e: float
    batch: str | None = None

    @property
    def low(self) -> float:
        return max(0.0, self.total_kgco2e - self.uncertainty_kgco2e)

    @property
    def high(self) -> float:
        return self.total_kgco2e + self.uncertainty_kgco2e

    @property
    def by_stage(self) -> dict[str, float]:
        return {s: sum(li.kgco2e for li in self.lines if li.stage == s) for s in STAGES}

    @property
    def co2_only(self) -> tuple[str, ...]:
        """Lines whose factor counts CO2 only (not all greenhouse gases)."""
        return tuple(li.source for li in self.lines if li.factor_scope != "CO2e")

    @property
    def factors_used(self) -> dict[str, float]:
        return {li.factor_id: li.factor_value for li in self.lines}


def default_factor_id(source: str, factors: Mapping[str, Factor]) -> str | None:
    """The first default of `source` that `factors` holds and that is verified."""
    return next(
        (fid for fid in DEFAULT_FACTORS.get(source, ()) if fid in factors and verified(factors[fid])), None
    )


def factor_for(
    a: Activity, factors: Mapping[str, Factor], overrides: Mapping[str, str] | None = None
) -> Factor:
    """The factor line `a` uses, checked to fit it; refuses naming the line."""
    fid = a.factor_id or (overrides or {}).get(a.source) or default_factor_id(a.source, factors)
    if fid is None:
        raise ValidationError(a.label, a.quantity, Reason.CARBON_NO_FACTOR, source=a.source)
    factor = factors.get(fid)
    if factor is None:
        raise ValidationError(f"{a.label}.factor", fid, Reason.CARBON_UNKNOWN_FACTOR)
    if not verified(factor):  # an unknown kind or no stated source: never in a figure
        raise ValidationError(f"{a.label}.factor", fid, Reason.CARBON_FACTOR_UNVERIFIED)
    allowed = SOURCES[a.source].factor_kinds
    if factor.kind not in allowed:
        raise ValidationError(
            f"{a.label}.factor", fid, Reason.CARBON_FACTOR_KIND, kind=factor.kind, allowed=list(allowed)
        )
    if a.source == "electricity" and factor.scope != PRODUCT_ELECTRICITY_SCOPE:
        raise ValidationError(f"{a.label}.factor", fid, Reason.CARBON_INVENTORY_FACTOR)
    return factor


def line_for(a: Activity, factor: Factor) -> Line:
    to_unit = units.factor_activity_unit(factor.unit)
    if to_unit is None:
        raise ValidationError(
            f"{a.label}.factor", factor.id, Reason.CARBON_UNIT_MISMATCH, factor_unit=factor.unit, unit=a.unit
        )
    quantity = units.convert(
        a.label, a.input_quantity, a.unit, to_unit, energy_content=a.energy_content, factor_unit=factor.unit
    )
    return Line(
        source=a.label,
        stage=SOURCES[a.source].stage,
        kgco2e=quantity * factor.value,
        quantity=quantity,
        factor_id=factor.id,
        factor_value=factor.value,
        factor_unit=factor.unit,
        factor_scope=factor.scope,
        quality=a.quality,
        uncertainty=QUALITY_UNCERTAINTY[a.quality],
    )


def estimate(data: ActivityData, factors: Mapping[str, Factor]) -> Estimate:
    """The estimate of `data` (already checked by `carbon.check_data`) with `factors` by id."""
    lines = tuple(line_for(a, factor_for(a, factors, data.factor_overrides)) for a in data.activities)
    total = sum(li.kgco2e for li in lines)
    measured = sum(li.kgco2e for li in lines if li.quality == "measured")
    spread = math.sqrt(sum((li.uncertainty * li.kgco2e) ** 2 for li in lines))
    return Estimate(
        sku=data.sku,
        declared_unit=data.declared_unit,
        batch=data.batch,
        total_kgco2e=total,
        lines=lines,
        measured_share=measured / total if total > 0 else 0.0,
        uncertainty_kgco2e=spread,
    )


@dataclass(frozen=True)
class WhatIf:
    """A variant of the activity data: another electricity factor, a solar share, less of a source.

    `solar_share` (0..1) of the electricity is counted at `solar_factor_id`,
    the rest at `electricity_factor_id` (or the line's own factor). `scale`
    multiplies a source's quantities, e.g. `{"steam": 0.8}` for 20 % less steam.
    """

    electricity_factor_id: str | None = None
    solar_share: float = 0.0
    solar_factor_id: str | None = None
    scale: Mapping[str, float] | None = None


def what_if(data: ActivityData, factors: Mapping[str, Factor], variant: WhatIf) -> Estimate:
    if not 0.0 <= variant.solar_share <= 1.0:
        raise ValidationError("solar_share", variant.solar_share, Reason.OUT_OF_RANGE, low=0, high=1)
    if variant.solar_share and not variant.solar_factor_id:
        raise ValidationError("solar_factor", "", Reason.EMPTY)
    out: list[Activity] = []
    for a in data.activities:
        factor = (variant.scale or {}).get(a.source, 1.0)
        if factor < 0:
            raise ValidationError(f"scale.{a.source}", factor, Reason.OUT_OF_RANGE, low=0, high="")
        a = replace(a, quantity=a.quantity * factor)
        if a.source == "electricity":
            if variant.electricity_factor_id:
                a = replace(a, factor_id=variant.electricity_factor_id)
            if variant.solar_share:
                solar = replace(
                    a,
                    name="solar",
                    quantity=a.quantity * variant.solar_share,
                    factor_id=variant.solar_factor_id,
                )
                a = replace(a, quantity=a.quantity * (1 - variant.solar_share))
                out.append(solar)
                if not a.quantity:
                    continue
        if a.quantity:
            out.append(a)
    return estimate(replace(data, activities=tuple(out)), factors)


def estimate_json(e: Estimate) -> dict[str, object]:
    """The estimate as `carbon show --json` and the data export write it."""
    return {
        "sku": e.sku,
        "batch": e.batch,
        "total_kgco2e": e.total_kgco2e,
        "unit": e.declared_unit,
        "breakdown": [
            {
                "source": li.source,
                "stage": li.stage,
                "kgco2e": li.kgco2e,
                "quantity": li.quantity,
                "factor_id": li.factor_id,
                "factor_value": li.factor_value,
                "factor_unit": li.factor_unit,
                "factor_scope": li.factor_scope,
                "quality": li.quality,
            }
            for li in e.lines
        ],
        "by_stage": e.by_stage,
        "measured_share": e.measured_share,
        "uncertainty_kgco2e": e.uncertainty_kgco2e,
        "low_kgco2e": e.low,
        "high_kgco2e": e.high,
        "co2_only": list(e.co2_only),
        "screening_estimate": True,  # never a verified figure
    }
