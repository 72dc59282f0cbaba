"""The platform's catalogue objects, as the platform API defines them.

These mirror the platform API (protocol 1 and the additions of protocol 2,
described in `docs/platform-protocol.md`) field for field, so one parser
serves the bundled catalogue, the network and offline update packages. They
are frozen: the catalogue belongs to the platform and is only ever replaced.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from .ranges import Range

STANDARD_STATUSES = ("current", "upcoming", "superseded", "withdrawn")
SEVERITIES = ("info", "warning", "critical")
# `when` keys whose value is a list of accepted words (protocol 1, then 2).
LIST_KEYS = (
    "category",
    "age_group",
    "skin_contact",
    "market",
    "fibre",
    "claim",
    "finish",
    "stage",
    "product_type",
    "construction",
    "component",
    "origin",
)
# `when` keys whose value is a range {"min": .., "max": ..} (protocol 2).
RANGE_KEYS = ("age_months", "height_cm")
WHEN_KEYS = LIST_KEYS + RANGE_KEYS
# Keys whose values are places: equal or containing each other match (US ⊃ US-CA, EU ⊃ FR).
PLACE_KEYS = ("market", "origin")

# A `when` or `unless`: list keys map to accepted values, range keys to a Range.
Conditions = dict[str, tuple[str, ...] | Range]

CHECK_KINDS = ("max", "max_exclusive", "min", "min_exclusive", "range", "fastness", "absent", "pass_fail")
CHECK_UNITS = (
    "mg/kg",
    "µg/kg",
    "%",
    "mg/L",
    "µg/cm²/week",
    "µg/m²",
    "mg/m²",
    "mg/dm²",
    "ppm",
    "ppb",
    "N",
    "mm",
    "s",
    "cm",
    "g/m²",
)
FACTOR_KINDS = (
    "electricity",
    "steam",
    "heat",
    "natural_gas",
    "coal",
    "diesel",
    "water",
    "wastewater",
    "fibre",
    "chemical",
    "transport",
    "packaging",
)
FACTOR_SCOPES = ("CO2", "CO2e")


@dataclass(frozen=True)
class LocalText:
    """Text in Chinese and/or English; at least one is present."""

    zh: str | None = None
    en: str | None = None

    def get(self, lang: str = "zh") -> str:
        """The text in `lang` ("zh"/"zh_CN" or "en"), falling back to the other."""
        if lang.startswith("zh"):
            return self.zh or self.en or ""
        return self.en or self.zh or ""

    def both(self, sep: str = " / ") -> str:
        """Chinese then English, once when they are the same or one is missing."""
        if self.zh and self.en and self.zh != self.en:
            return f"{self.zh}{sep}{self.en}"
        return self.zh or self.en or ""

    def to_json(self) -> dict[str, str]:
        out: dict[str, str] = {}
        if self.zh is not None:
            out["zh"] = self.zh
        if self.en is not None:
            out["en"] = self.en
        return out

    @classmethod
    def from_json(cls, data: dict[str, str] | None) -> LocalText | None:
        if data is None:
            return None
        return cls(zh=data.get("zh"), en=data.get("en"))


@dataclass(frozen=True)
class Check:
    """How a measured result is judged against a printed limit (protocol 2).

    `value` for the one-sided kinds, `fastness` and `absent` (a reporting
    limit); `min`/`max` for `range`; `unit` None for a pure number (pH) and
    for grades.
    """

    kind: str
    value: float | None = None
    min: float | None = None
    max: float | None = None
    unit: str | None = None

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {"kind": self.kind}
        for name in ("value", "min", "max", "unit"):
            if getattr(self, name) is not None:
                out[name] = getattr(self, name)
        return out


@dataclass(frozen=True)
class Requirement:
    """One requirement item of a standard, for one grade (None = every grade).

    Protocol 2 adds its own conditions (an item for coated parts only), dates
    (a limit tightened on a date is two items with one key, one ending where
    the other begins) and a machine-readable `check`.
    """

    key: str
    item: LocalText
    grade: str | None
    limit: str
    unit: str | None = None
    method: str | None = None
    when: Conditions = field(default_factory=dict)
    unless: Conditions | None = None
    effective: dt.date | None = None
    until: dt.date | None = None
    check: Check | None = None


@dataclass(frozen=True)
class Standard:
    code: str
    title: LocalText
    issuer: str
    markets: tuple[str, ...]
    status: str
    mandatory: bool
    published: dt.date | None = None
    effective: dt.date | None = None
    withdrawn: dt.date | None = None
    replaced_by: str | None = None
    tags: tuple[str, ...] = ()
    requirements: tuple[Requirement, ...] = ()

    @property
    def is_outdated(self) -> bool:
        """Superseded or withdrawn: a checklist must warn about it."""
        return self.status in ("superseded", "withdrawn")

    def requirements_for(self, grade: str | None) -> tuple[Requirement, ...]:
        """The items that apply at `grade`: those of that grade and those of every grade."""
        return tuple(r for r in self.requirements if r.grade is None or r.grade == grade)


@dataclass(frozen=True)
class Rule:
    """An applicability rule: products matching `when` must meet `standard` at `grade`."""

    id: str
    standard: str
    grade: str | None
    when: Conditions = field(default_factory=dict)
    note: LocalText | None = None
    unless: Conditions | None = None
    effective: dt.date | None = None
    until: dt.date | None = None


@dataclass(frozen=True)
class Notice:
    """A radar recommendation about one or more standards."""

    id: str
    published: dt.date
    severity: str
    title: LocalText
    standards: tuple[str, ...] = ()
    body: LocalText | None = None
    effective: dt.date | None = None
    url: str | None = None


@dataclass(frozen=True)
class Factor:
    """An emission factor (protocol 2): kgCO2e per unit of an activity, with its source."""

    id: str
    kind: str
    name: LocalText
    region: str
    value: float
    unit: str
    scope: str
    year: int
    source: LocalText
    url: str | None = None
    effective: dt.date | None = None
    until: dt.date | None = None


CatalogueObject = Standard | Rule | Notice | Factor
ChangeType = Literal["standard", "rule", "notice", "factor"]


@dataclass(frozen=True)
class Change:
    """One entry of a `changes` page; `data` is None for deletes and unknown types."""

    version: int
    type: str
    id: str
    op: str
    data: CatalogueObject | None = None


@dataclass(frozen=True)
class ChangePage:
    """One checked page of the platform's `changes` feed."""

    protocol: int
    since: int
    next: int
    latest: int
    has_more: bool
    changes: tuple[Change, ...]


@dataclass(frozen=True)
class SearchMatch:
    """Why a standard is in a search's results: its code, its title, or one of its items.

    For an item, `key` and `item` name the first item (by position) that
    matched, by its name or its test method.
    """

    field: str  # "code" | "title" | "item"
    key: str | None = None
    item: LocalText | None = None


@dataclass(frozen=True)
class StandardHit:
    """A standard found by a search, with what matched."""

    standard: Standard
    matched: SearchMatch | None


@dataclass(frozen=True)
class StandardSummary:
    """One row of the catalogue browser: enough to list, not the requirements."""

    code: str
    title: LocalText
    issuer: str
    markets: tuple[str, ...]
    status: str
    mandatory: bool
    replaced_by: str | None = None
    tags: tuple[str, ...] = ()
    matched: SearchMatch | None = None  # set when the list answers a text search


@dataclass(frozen=True)
class StandardQuery:
    """What the catalogue browser asks for: text plus filters."""

    text: str = ""
    market: str | None = None
    status: str | None = None
    mandatory: bool | None = None
    tag: str | None = None


@dataclass(frozen=True)
class CatalogueStats:
    version: int
    standards: int
    rules: int
    notices: int
