"""Pydantic v2 models of what protocol 2 of the platform API adds.

Protocol 2 only adds (product attributes and ranges in `when`, `unless`,
dates on rules and items, item conditions, `check`, the `factor` type), so
its models subclass protocol 1's in `schema`. Its vocabularies are closed: a
value the app does not know is refused with the nearest known ones, because a
rule that names `coatd` would silently concern nothing. Checks across fields
of one object that need its path (dates in order, repeated items) are the
page parser's.
"""

from __future__ import annotations

import difflib
import math
import re
from collections.abc import Callable, Iterable
from typing import Annotated, Any, ClassVar

from pydantic import BeforeValidator, ConfigDict, Field, model_validator

from desktop_app.core import vocabulary as vocab
from desktop_app.core.catalogue import (
    CHECK_KINDS,
    CHECK_UNITS,
    FACTOR_KINDS,
    FACTOR_SCOPES,
    LIST_KEYS,
    RANGE_KEYS,
    Check,
    Conditions,
    Factor,
    Requirement,
    Rule,
)
from desktop_app.core.ranges import Range

from .schema import DATA_MODELS, Date, LocalTextIn, NoticeIn, RequirementIn, StandardIn, _Model


def unknown_value(field: str, value: object, known: Iterable[str]) -> str:
    """The reason for a value outside a vocabulary, naming the nearest known values."""
    known = list(known)
    near = difflib.get_close_matches(str(value), known, n=3, cutoff=0.6)
    if not near:
        near = difflib.get_close_matches(str(value).lower(), [k.lower() for k in known], n=3, cutoff=0.5)
        near = [k for k in known if k.lower() in near]
    hint = f"did you mean {' or '.join(near)}?" if near else f"known: {', '.join(known[:12])}"
    return f"unknown {field} {value!r} ({hint})"


def _word_of(field: str, known: Iterable[str]) -> Callable[[object], object]:
    words = frozenset(known)

    def check(value: object) -> object:
        if isinstance(value, str) and value not in words:
            raise ValueError(unknown_value(field, value, sorted(words)))
        return value

    return check


_PLACE = re.compile(r"[A-Z]{2}(-[A-Z0-9]{1,3})?")


def _check_origin(value: object) -> object:
    if isinstance(value, str) and not _PLACE.fullmatch(value):
        raise ValueError(f"origin {value!r} is not an ISO 3166 code such as CN or CN-XJ")
    return value


def _word(field: str, known: Iterable[str]) -> Any:
    return Annotated[str, BeforeValidator(_word_of(field, known))]


# The known values of each list key of `when`/`unless` (protocol 2).
VOCABULARIES: dict[str, Iterable[str]] = {
    "category": vocab.CATEGORIES,
    "age_group": vocab.AGE_GROUPS,
    "skin_contact": vocab.SKIN_CONTACTS,
    "market": vocab.ALL_MARKETS,
    "fibre": vocab.FIBRES,
    "claim": vocab.CLAIMS,
    "finish": vocab.FINISHES,
    "stage": vocab.STAGES,
    "product_type": vocab.PRODUCT_TYPES,
    "construction": vocab.CONSTRUCTIONS,
    "component": vocab.COMPONENTS,
}
Market2 = _word("market", vocab.ALL_MARKETS)
Origin = Annotated[str, BeforeValidator(_check_origin)]
Number = Annotated[float, Field(allow_inf_nan=False)]
Bound = Annotated[float, Field(ge=0, allow_inf_nan=False)]


class _RangeIn(_Model):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)
    LIMIT: ClassVar[float] = math.inf
    WHAT: ClassVar[str] = ""

    min: Bound | None = None
    max: Bound | None = None

    @model_validator(mode="after")
    def _sound(self) -> _RangeIn:
        if self.min is None and self.max is None:
            raise ValueError("a range needs min and/or max")
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError(f"min {self.min:g} is above max {self.max:g}")
        for bound in (self.min, self.max):
            if bound is not None and bound > self.LIMIT:
                raise ValueError(f"{bound:g} is beyond {self.LIMIT:g} {self.WHAT}")
        return self

    def to_core(self) -> Range:
        return Range(self.min, self.max)


class AgeRangeIn(_RangeIn):
    LIMIT: ClassVar[float] = 1200
    WHAT: ClassVar[str] = "months"


class HeightRangeIn(_RangeIn):
    LIMIT: ClassVar[float] = 250
    WHAT: ClassVar[str] = "cm"


class ConditionsIn(_Model):
    """A protocol-2 `when` or `unless`; keys this version does not know are kept as lists."""

    model_config = ConfigDict(strict=True, extra="allow", frozen=True)

    category: list[_word("category", vocab.CATEGORIES)] | None = None  # type: ignore[valid-type]
    age_group: list[_word("age_group", vocab.AGE_GROUPS)] | None = None  # type: ignore[valid-type]
    skin_contact: list[_word("skin_contact", vocab.SKIN_CONTACTS)] | None = None  # type: ignore[valid-type]
    market: list[Market2] | None = None  # type: ignore[valid-type]
    fibre: list[_word("fibre", vocab.FIBRES)] | None = None  # type: ignore[valid-type]
    claim: list[_word("claim", vocab.CLAIMS)] | None = None  # type: ignore[valid-type]
    finish: list[_word("finish", vocab.FINISHES)] | None = None  # type: ignore[valid-type]
    stage: list[_word("stage", vocab.STAGES)] | None = None  # type: ignore[valid-type]
    product_type: list[_word("product_type", vocab.PRODUCT_TYPES)] | None = None  # type: ignore[valid-type]
    construction: list[_word("construction", vocab.CONSTRUCTIONS)] | None = None  # type: ignore[valid-type]
    component: list[_word("component", vocab.COMPONENTS)] | None = None  # type: ignore[valid-type]
    origin: list[Origin] | None = None
    age_months: AgeRangeIn | None = None
    height_cm: HeightRangeIn | None = None

    @model_validator(mode="after")
    def _no_nulls(self) -> ConditionsIn:
        for name in self.model_fields_set:
            if getattr(self, name) is None:
                raise ValueError(f"{name} may not be null (leave the key out to accept anything)")
        for name, value in (self.model_extra or {}).items():
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ValueError(f"{name}: a condition this version does not know must be a list of strings")
        return self

    def to_core(self) -> Conditions:
        out: Conditions = {}
        for name in LIST_KEYS:
            if name in self.model_fields_set:
                out[name] = tuple(getattr(self, name))
        for name in RANGE_KEYS:
            if name in self.model_fields_set:
                out[name] = getattr(self, name).to_core()
        for name, value in (self.model_extra or {}).items():
            out[name] = tuple(value)
        return out


# Per `check.kind`: the fields it may carry, and those it must.
CHECK_FIELDS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    **{
        kind: (frozenset({"value", "unit"}), frozenset({"value"}))
        for kind in ("max", "max_exclusive", "min", "min_exclusive")
    },
    "range": (frozenset({"min", "max", "unit"}), frozenset({"min", "max"})),
    "fastness": (frozenset({"value"}), frozenset({"value"})),
    "absent": (frozenset({"value", "unit"}), frozenset()),
    "pass_fail": (frozenset(), frozenset()),
}
assert set(CHECK_FIELDS) == set(CHECK_KINDS)


class CheckIn(_Model):
    kind: str
    value: Number | None = None
    min: Number | None = None
    max: Number | None = None
    unit: _word("unit", CHECK_UNITS) | None = None  # type: ignore[valid-type]

    @model_validator(mode="before")
    @classmethod
    def _fields_of_kind(cls, data: object) -> object:
        if not isinstance(data, dict):
            return data
        kind = data.get("kind")
        if not isinstance(kind, str):
            return data  # the field validation names it
        if kind not in CHECK_FIELDS:
            raise ValueError(unknown_value("check kind", kind, CHECK_KINDS))
        allowed, required = CHECK_FIELDS[kind]
        fields = set(data) - {"kind"}
        if extra := sorted(fields - allowed):
            raise ValueError(f"a {kind!r} check has no field {', '.join(extra)}")
        if missing := sorted(required - {f for f in fields if data[f] is not None}):
            raise ValueError(f"a {kind!r} check needs {', '.join(missing)}")
        return data

    @model_validator(mode="after")
    def _sound(self) -> CheckIn:
        if self.kind == "range" and self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError(f"min {self.min:g} is above max {self.max:g}")
        if self.kind == "fastness" and self.value is not None and not _half_step_grade(self.value):
            raise ValueError(f"a fastness grade is 1 to 5 in half steps, not {self.value:g}")
        return self

    def to_core(self) -> Check:
        return Check(kind=self.kind, value=self.value, min=self.min, max=self.max, unit=self.unit)


def _half_step_grade(value: float) -> bool:
    return 1 <= value <= 5 and (value * 2).is_integer()


def _conditions(value: ConditionsIn | None) -> Conditions | None:
    return value.to_core() if value is not None else None


class RequirementIn2(RequirementIn):
    when: ConditionsIn | None = None
    unless: ConditionsIn | None = None
    effective: Date | None = None
    until: Date | None = None
    check: CheckIn | None = None

    def to_core(self) -> Requirement:
        return Requirement(
            key=self.key,
            item=self.item.to_core(),
            grade=self.grade,
            limit=self.limit,
            unit=self.unit,
            method=self.method,
            when=_conditions(self.when) or {},
            unless=_conditions(self.unless),
            effective=self.effective,
            until=self.until,
            check=self.check.to_core() if self.check is not None else None,
        )


class StandardIn2(StandardIn):
    markets: list[Market2]  # type: ignore[valid-type]
    requirements: list[RequirementIn2]  # type: ignore[assignment]


class RuleIn2(_Model):
    id: str
    standard: str
    grade: str | None
    when: ConditionsIn
    note: LocalTextIn | None = None
    unless: ConditionsIn | None = None
    effective: Date | None = None
    until: Date | None = None

    def to_core(self) -> Rule:
        return Rule(
            id=self.id,
            standard=self.standard,
            grade=self.grade,
            when=self.when.to_core(),
            note=self.note.to_core() if self.note is not None else None,
            unless=_conditions(self.unless),
            effective=self.effective,
            until=self.until,
        )


_FACTOR_UNIT = re.compile(r"kgCO2e/\S+")
_REGION = re.compile(r"[A-Z]{2}(-[A-Za-z0-9]+)*|EU|GLOBAL")


def _check_pattern(pattern: re.Pattern[str], what: str) -> Callable[[object], object]:
    def check(value: object) -> object:
        if isinstance(value, str) and not pattern.fullmatch(value):
            raise ValueError(f"not {what}: {value!r}")
        return value

    return check


class FactorIn(_Model):
    id: str
    kind: _word("factor kind", FACTOR_KINDS)  # type: ignore[valid-type]
    name: LocalTextIn
    region: Annotated[str, BeforeValidator(_check_pattern(_REGION, "a market code or grid region"))]
    value: Number
    unit: Annotated[str, BeforeValidator(_check_pattern(_FACTOR_UNIT, "kgCO2e per an activity unit"))]
    scope: _word("scope", FACTOR_SCOPES)  # type: ignore[valid-type]
    year: Annotated[int, Field(ge=1900, le=2100)]
    source: LocalTextIn
    url: str | None = None
    effective: Date | None = None
    until: Date | None = None

    def to_core(self) -> Factor:
        return Factor(
            id=self.id,
            kind=self.kind,
            name=self.name.to_core(),
            region=self.region,
            value=self.value,
            unit=self.unit,
            scope=self.scope,
            year=self.year,
            source=self.source.to_core(),
            url=self.url,
            effective=self.effective,
            until=self.until,
        )


DATA_MODELS_2: dict[str, type[_Model]] = {
    "standard": StandardIn2,
    "rule": RuleIn2,
    "notice": NoticeIn,
    "factor": FactorIn,
}
# The models of each protocol a page may declare.
MODELS_BY_PROTOCOL = {1: DATA_MODELS, 2: DATA_MODELS_2}
# What protocol 2 adds, refused in a protocol-1 page (which "has none of them").
P2_RULE_FIELDS = ("unless", "effective", "until")
P2_ITEM_FIELDS = ("when", "unless", "effective", "until", "check")
P2_WHEN_KEYS = ("product_type", "construction", "component", "origin", *RANGE_KEYS)
