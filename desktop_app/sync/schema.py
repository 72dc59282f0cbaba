"""Pydantic v2 models of the platform's object schemas (API protocol 1).

They check a change's `data` exactly as the API document defines it: strict
types (no "1" for 1, no 1 for "1"), required fields present, closed
vocabularies for `status` and `severity`, dates as `YYYY-MM-DD`, localised
text with at least one language. Unknown fields are ignored so the platform
can add fields without breaking older clients. Each model turns itself into
the frozen `core.catalogue` dataclass the rest of the app uses, so the
pydantic types never leave `desktop_app.sync`.

Protocol 2's models, which subclass these, are in `schema_p2`.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, model_validator

from desktop_app.core.catalogue import LocalText, Notice, Requirement, Rule, Standard

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_MARKET = re.compile(r"[A-Z]{2}|GLOBAL")


def _parse_date(value: object) -> object:
    """`YYYY-MM-DD` only: JSON has no date type, and lax parsing would take timestamps."""
    if isinstance(value, str) and _DATE.fullmatch(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError as exc:
            raise ValueError(f"not a real date: {value!r}") from exc
    raise ValueError("expected a date as YYYY-MM-DD")


def _check_market(value: object) -> object:
    if isinstance(value, str) and not _MARKET.fullmatch(value):
        raise ValueError(f"not a market code (ISO 3166-1 alpha-2, EU or GLOBAL): {value!r}")
    return value


Date = Annotated[dt.date, BeforeValidator(_parse_date)]
Market = Annotated[str, BeforeValidator(_check_market)]


class _Model(BaseModel):
    model_config = ConfigDict(strict=True, extra="ignore", frozen=True)


class LocalTextIn(_Model):
    zh: str | None = None
    en: str | None = None

    @model_validator(mode="after")
    def _one_language(self) -> LocalTextIn:
        if not self.zh and not self.en:
            raise ValueError("needs zh and/or en text")
        return self

    def to_core(self) -> LocalText:
        return LocalText(zh=self.zh, en=self.en)


class RequirementIn(_Model):
    key: str
    item: LocalTextIn
    grade: str | None
    limit: str
    unit: str | None = None
    method: str | None = None

    def to_core(self) -> Requirement:
        return Requirement(
            key=self.key,
            item=self.item.to_core(),
            grade=self.grade,
            limit=self.limit,
            unit=self.unit,
            method=self.method,
        )


class StandardIn(_Model):
    code: str
    title: LocalTextIn
    issuer: str
    markets: list[Market]
    status: Literal["current", "upcoming", "superseded", "withdrawn"]
    mandatory: bool
    published: Date | None = None
    effective: Date | None = None
    withdrawn: Date | None = None
    replaced_by: str | None = None
    tags: list[str] | None = None
    requirements: list[RequirementIn]

    def to_core(self) -> Standard:
        return Standard(
            code=self.code,
            title=self.title.to_core(),
            issuer=self.issuer,
            markets=tuple(self.markets),
            status=self.status,
            mandatory=self.mandatory,
            published=self.published,
            effective=self.effective,
            withdrawn=self.withdrawn,
            replaced_by=self.replaced_by,
            tags=tuple(self.tags or ()),
            requirements=tuple(r.to_core() for r in self.requirements),
        )


class RuleIn(_Model):
    id: str
    standard: str
    grade: str | None
    # Unknown condition keys are kept: the applicability engine refuses to
    # match a rule it cannot fully check, which is safer than dropping them.
    when: dict[str, list[str]]
    note: LocalTextIn | None = None

    def to_core(self) -> Rule:
        return Rule(
            id=self.id,
            standard=self.standard,
            grade=self.grade,
            when={key: tuple(values) for key, values in self.when.items()},
            note=self.note.to_core() if self.note is not None else None,
        )


class NoticeIn(_Model):
    id: str
    published: Date
    severity: Literal["info", "warning", "critical"]
    title: LocalTextIn
    body: LocalTextIn | None = None
    standards: list[str]
    effective: Date | None = None
    url: str | None = None

    def to_core(self) -> Notice:
        return Notice(
            id=self.id,
            published=self.published,
            severity=self.severity,
            title=self.title.to_core(),
            standards=tuple(self.standards),
            body=self.body.to_core() if self.body is not None else None,
            effective=self.effective,
            url=self.url,
        )


class ChangeHead(_Model):
    """The envelope of one change; `data` is checked by the model of its type."""

    version: int
    type: str
    id: str
    op: Literal["upsert", "delete"]


class PageHead(_Model):
    protocol: int  # checked == 1 by the parser: Literal[1] would take `true`
    since: int
    next: int
    latest: int
    has_more: bool
    changes: list[object]


DATA_MODELS: dict[str, type[_Model]] = {
    "standard": StandardIn,
    "rule": RuleIn,
    "notice": NoticeIn,
}
# The attribute of `data` that must equal the change's `id`.
ID_FIELDS = {"standard": "code", "rule": "id", "notice": "id", "factor": "id"}
