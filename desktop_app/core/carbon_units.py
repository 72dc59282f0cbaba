"""Units of carbon-footprint activity data, and converting a quantity to a factor's unit.

A factor's unit is `kgCO2e/<activity unit>` (protocol 2 writes CO2-only
factors the same way and says `scope = "CO2"`). An activity is entered in
its own unit; the estimate converts it to the factor's unit or refuses. Fixed
conversions are exact definitions (1 kWh = 3.6 MJ, 1 GJ = 1000 MJ, 1 t =
1000 kg). A conversion between a mass or a gas volume and energy needs the
activity's stated energy content, never a default the app would make up:
steam's enthalpy, a fuel's net calorific value.

`energy_content` is in MJ per kg (the same number as GJ per t) for a mass,
and MJ per Nm³ for a gas volume.
"""

from __future__ import annotations

from .errors import Reason, ValidationError

# Canonical spellings, and what a user may type for each.
ALIASES = {
    "kwh": "kWh",
    "mj": "MJ",
    "gj": "GJ",
    "kg": "kg",
    "t": "t",
    "nm3": "Nm³",
    "nm³": "Nm³",
    "m3": "m³",
    "m³": "m³",
    "t·km": "t·km",
    "tkm": "t·km",
    "t*km": "t·km",
    "t.km": "t·km",
}
UNITS = tuple(dict.fromkeys(ALIASES.values()))

# Each unit as (dimension, how many base units of that dimension it is).
_ENERGY_MJ = {"kWh": 3.6, "MJ": 1.0, "GJ": 1000.0}
_MASS_KG = {"kg": 1.0, "t": 1000.0}
_DIMENSION = {
    **{u: ("energy", f) for u, f in _ENERGY_MJ.items()},
    **{u: ("mass", f) for u, f in _MASS_KG.items()},
    "Nm³": ("gas_volume", 1.0),
    "m³": ("water_volume", 1.0),
    "t·km": ("transport", 1.0),
}
FACTOR_UNIT_PREFIX = "kgCO2e/"


def unit(field: str, text: str) -> str:
    """The canonical spelling of a unit the user typed; refuses one the app does not know."""
    found = ALIASES.get(text.strip().lower().replace(" ", ""))
    if found is None:
        raise ValidationError(field, text, Reason.NOT_ONE_OF, allowed=list(UNITS))
    return found


def factor_activity_unit(factor_unit: str) -> str | None:
    """`kWh` for `kgCO2e/kWh`; None when the factor's unit is not one the app converts."""
    if not factor_unit.startswith(FACTOR_UNIT_PREFIX):
        return None
    return ALIASES.get(factor_unit[len(FACTOR_UNIT_PREFIX) :].strip().lower())


def convert(
    field: str,
    quantity: float,
    from_unit: str,
    to_unit: str,
    *,
    energy_content: float | None = None,
    factor_unit: str | None = None,
) -> float:
    """`quantity` in `from_unit` expressed in `to_unit`.

    Refuses (naming `field`) when the two do not measure the same thing and
    no stated energy content links them.
    """
    shown = factor_unit or f"{FACTOR_UNIT_PREFIX}{to_unit}"
    dim_from, f_from = _DIMENSION[from_unit]
    dim_to, f_to = _DIMENSION[to_unit]
    if dim_from == dim_to:
        return quantity * f_from / f_to
    if {dim_from, dim_to} in ({"mass", "energy"}, {"gas_volume", "energy"}):
        if energy_content is None:
            raise ValidationError(
                field, from_unit, Reason.CARBON_ENERGY_CONTENT_NEEDED, factor_unit=shown, unit=from_unit
            )
        if dim_from == "energy":  # energy to mass or volume
            base = quantity * f_from / energy_content
            return base / (f_to if dim_to == "mass" else 1.0)
        base = quantity * f_from * energy_content  # MJ
        return base / f_to
    raise ValidationError(field, from_unit, Reason.CARBON_UNIT_MISMATCH, factor_unit=shown, unit=from_unit)
