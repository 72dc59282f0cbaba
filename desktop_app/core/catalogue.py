"""The platform's catalogue objects, as the platform API defines them.

These mirror the platform's objects (`docs/platform-protocol.md`) field for field, so one parser
serves the bundled catalogue, the network and offline update packages. They
are frozen: the catalogue belongs to the platform and is only ever replaced.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

STANDARD_STATUSES = ("current", "upcoming", "superseded", "withdrawn")
SEVERITIES = ("info", "warning", "critical")
WHEN_KEYS = (
    "category",
    "age_group",
    "skin_contact",
    "market",
    "fibre",
    "claim",
    "finish",
    "stage",
)


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
class Requirement:
    """One requirement item of a standard, for one grade (None = every grade)."""

    key: str
    item: LocalText
    grade: str | None
    limit: str
    unit: str | None = None
    method: str | None = None


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
    when: dict[str, tuple[str, ...]] = field(default_factory=dict)
    note: LocalText | None = None


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


CatalogueObject = Standard | Rule | Notice
ChangeType = Literal["standard", "rule", "notice"]


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
