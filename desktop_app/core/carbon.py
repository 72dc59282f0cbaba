"""Activity data of a product's carbon footprint, checked before anything is stored.

A data set describes one declared unit (1 kg of fabric or yarn, one garment,
one set) of one product or production batch, cradle to gate: what went in
(materials by mass with their yield loss, dyes and auxiliaries, packaging),
what was burnt or bought (electricity, steam, natural gas, coal, diesel),
water in and wastewater out, and inbound transport. Each line says whether
its figure was measured for the batch, allocated from the mill's monthly
totals, or estimated.

The estimate itself is in `carbon_estimate`; the allocation in
`carbon_allocation`. Everything here is pure: the workspace stores what
these functions accepted.

Bounds on quantities (per declared unit, after converting to the unit
named): the app's own sanity limits, chosen an order of magnitude or more
above anything a textile product plausibly uses, so that a typing slip (a
garment using 10 MWh) is refused rather than printed. They are not figures
from any standard.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from . import carbon_units as units
from .errors import Reason, ValidationError

QUALITIES = ("measured", "allocated", "estimated")

# Each activity source: its stage (GB/T 24067's cradle-to-gate life-cycle
# stages as this app groups them), the factor kinds it may use, and its usual unit.
STAGES = ("raw_materials", "transport", "production")


@dataclass(frozen=True)
class SourceSpec:
    stage: str
    factor_kinds: tuple[str, ...]
    default_unit: str


SOURCES: dict[str, SourceSpec] = {
    "material": SourceSpec("raw_materials", ("fibre",), "kg"),
    "chemical": SourceSpec("raw_materials", ("chemical",), "kg"),
    "packaging": SourceSpec("raw_materials", ("packaging",), "kg"),
    "transport": SourceSpec("transport", ("transport",), "t·km"),
    "electricity": SourceSpec("production", ("electricity",), "kWh"),
    "steam": SourceSpec("production", ("steam", "heat"), "t"),
    "natural_gas": SourceSpec("production", ("natural_gas",), "Nm³"),
    "coal": SourceSpec("production", ("coal",), "kg"),
    "diesel": SourceSpec("production", ("diesel",), "kg"),
    "water": SourceSpec("production", ("water",), "m³"),
    "wastewater": SourceSpec("production", ("wastewater",), "m³"),
}
# Sources that name what they are (a fibre, a dye, a transport mode): one line per name.
NAMED_SOURCES = ("material", "chemical", "packaging", "transport")

# The app's sanity bounds per declared unit, in the unit given (see the module text).
BOUNDS: dict[str, tuple[float, str]] = {
    "energy": (1000.0, "kWh"),  # electricity, or steam/gas/coal/diesel as energy
    "mass": (100.0, "kg"),  # materials, chemicals, packaging, coal, diesel
    "steam_mass": (1.0, "t"),
    "gas_volume": (100.0, "Nm³"),
    "water_volume": (100.0, "m³"),
    "transport": (1000.0, "t·km"),
}

DECLARED_UNITS = ("1 kg", "1 garment", "1 set", "1 piece", "1 m")
# the command line's words for them (the window's are Qt translations)
DECLARED_UNIT_NAMES = {
    "1 kg": ("1 千克", "1 kg"),
    "1 garment": ("1 件服装", "1 garment"),
    "1 set": ("1 套", "1 set"),
    "1 piece": ("1 件", "1 piece"),
    "1 m": ("1 米", "1 m"),
}
MAX_NAME = 80


@dataclass(frozen=True)
class Activity:
    """One line of activity data per declared unit.

    `quantity` is in `unit`; `energy_content` (MJ per kg, or per Nm³) is the
    stated enthalpy of steam or calorific value of a fuel, needed only when
    the factor counts per energy and the line per mass or volume.
    `yield_loss` (materials) is the fraction lost in making: the input
    counted is `quantity / (1 - yield_loss)`. `factor_id` None means the
    source's default factor. `allocation` says how an allocated figure was
    derived.
    """

    source: str
    quantity: float
    unit: str
    quality: str = "measured"
    name: str = ""
    factor_id: str | None = None
    energy_content: float | None = None
    yield_loss: float = 0.0
    allocation: str | None = None

    @property
    def label(self) -> str:
        """What the line is, for a breakdown: `material:cotton`, `electricity`."""
        return f"{self.source}:{self.name}" if self.name else self.source

    @property
    def input_quantity(self) -> float:
        """The quantity counted: with a material's yield loss added back."""
        return self.quantity / (1.0 - self.yield_loss)


@dataclass(frozen=True)
class ActivityData:
    """What one product (or one batch of it) used per declared unit."""

    sku: str
    declared_unit: str
    activities: tuple[Activity, ...] = ()
    batch: str | None = None
    note: str = ""
    factor_overrides: Mapping[str, str] = field(default_factory=dict)


def _field(a: Activity, what: str = "") -> str:
    base = a.label
    return f"{base}.{what}" if what else base


def _bound(a: Activity) -> tuple[float, str]:
    dim = units._DIMENSION[a.unit][0]
    if a.source == "steam" and dim == "mass":
        return BOUNDS["steam_mass"]
    return BOUNDS[dim]


def check_activity(a: Activity) -> Activity:
    """`a` with its unit spelt canonically; refuses a value that cannot be right, naming it."""
    if a.source not in SOURCES:
        raise ValidationError("source", a.source, Reason.NOT_ONE_OF, allowed=list(SOURCES))
    if a.quality not in QUALITIES:
        raise ValidationError(_field(a, "quality"), a.quality, Reason.NOT_ONE_OF, allowed=list(QUALITIES))
    name = a.name.strip()
    if a.source in NAMED_SOURCES and not name:
        raise ValidationError(f"{a.source}.name", a.name, Reason.EMPTY)
    if len(name) > MAX_NAME:
        raise ValidationError(f"{a.source}.name", a.name, Reason.TOO_LONG, max=MAX_NAME)
    a = replace(a, name=name, unit=units.unit(_field(a, "unit"), a.unit))
    if not 0.0 <= a.yield_loss < 0.9:
        raise ValidationError(_field(a, "yield_loss"), a.yield_loss, Reason.OUT_OF_RANGE, low=0, high="0.9")
    if a.yield_loss and a.source != "material":
        raise ValidationError(_field(a, "yield_loss"), a.yield_loss, Reason.CARBON_YIELD_LOSS_MATERIALS)
    low, (high, high_unit) = 0.0, _bound(a)
    if not a.quantity > 0 or units.convert("", a.input_quantity, a.unit, high_unit) > high:
        raise ValidationError(
            _field(a), a.quantity, Reason.OUT_OF_RANGE, low=low, high=f"{high:g} {high_unit}", unit=a.unit
        )
    if a.energy_content is not None and not 0.0 < a.energy_content <= 100.0:
        # MJ/kg or MJ/Nm³: no fuel or steam carries more than ~55 MJ/kg (hydrogen aside)
        raise ValidationError(
            _field(a, "energy_content"), a.energy_content, Reason.OUT_OF_RANGE, low=0, high=100
        )
    return a


def check_data(data: ActivityData) -> ActivityData:
    """Every line checked; refuses two lines for the same source and name."""
    if data.declared_unit not in DECLARED_UNITS:
        raise ValidationError("unit", data.declared_unit, Reason.NOT_ONE_OF, allowed=list(DECLARED_UNITS))
    checked = tuple(check_activity(a) for a in data.activities)
    seen: set[str] = set()
    for a in checked:
        if a.label in seen:
            raise ValidationError(a.label, a.quantity, Reason.REPEATED_VALUE)
        seen.add(a.label)
    return replace(data, activities=checked)


def parse_declared_unit(text: str) -> str:
    """`1 kg`, `1kg`, `kg`, `1 garment`... as one of `DECLARED_UNITS`."""
    words = text.strip().lower().replace("1", " ").split()
    wanted = f"1 {words[0]}" if len(words) == 1 else None
    if wanted not in DECLARED_UNITS:
        raise ValidationError("unit", text, Reason.NOT_ONE_OF, allowed=list(DECLARED_UNITS))
    return wanted
