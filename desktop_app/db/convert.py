"""Rows ↔ core dataclasses, in one place so every repository agrees.

Protocol 2's structured values are stored as JSON: conditions (`when`,
`unless`) as objects whose list keys hold lists and whose range keys hold
`{"min", "max"}` (either bound left out when open), a `check` as the API
writes it. Reading turns them back into the same core objects, so a
catalogue read back equals the catalogue applied.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ..core.catalogue import (
    RANGE_KEYS,
    Check,
    Conditions,
    Factor,
    LocalText,
    Notice,
    Requirement,
    Rule,
    Standard,
)
from ..core.certificates import Certificate
from ..core.products import FibreShare, Product
from ..core.ranges import Range

if TYPE_CHECKING:  # rows are read by attribute: db/quick_read.py passes plain sqlite3 rows too
    from .models import (
        CertificateRow,
        FactorRow,
        NoticeRow,
        ProductRow,
        RequirementRow,
        RuleRow,
        StandardRow,
    )


def text(zh: str | None, en: str | None) -> LocalText:
    return LocalText(zh=zh, en=en)


def _local(value: LocalText | None) -> tuple[str | None, str | None]:
    return (None, None) if value is None else (value.zh, value.en)


def conditions_json(conditions: Conditions | None) -> dict[str, Any] | None:
    """`when`/`unless` as JSON: lists for list keys, `{"min", "max"}` for ranges."""
    if conditions is None:
        return None
    return {k: v.to_json() if isinstance(v, Range) else list(v) for k, v in conditions.items()}


def conditions_from_json(data: dict[str, Any] | None) -> Conditions | None:
    if data is None:
        return None
    out: Conditions = {}
    for key, value in data.items():
        if key in RANGE_KEYS and isinstance(value, dict):
            out[key] = Range(value.get("min"), value.get("max"))
        else:
            out[key] = tuple(value)
    return out


def check_from_json(data: dict[str, Any] | None) -> Check | None:
    if data is None:
        return None
    return Check(
        kind=data["kind"],
        value=data.get("value"),
        min=data.get("min"),
        max=data.get("max"),
        unit=data.get("unit"),
    )


def _dumps(value: Any) -> str | None:
    """JSON text for the raw executemany path (it skips the JSON type's processing)."""
    return None if value is None else json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _day(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def requirement_params(code: str, position: int, r: Requirement) -> tuple[Any, ...]:
    """One row for `INSERT_REQUIREMENTS`, as plain driver parameters (JSON and dates as text)."""
    return (
        code,
        position,
        r.key,
        r.grade,
        r.item.zh,
        r.item.en,
        r.limit,
        r.unit,
        r.method,
        _dumps(conditions_json(r.when)) if r.when else None,
        _dumps(conditions_json(r.unless)),
        _day(r.effective),
        _day(r.until),
        check_text(r.check) if r.check is not None else None,
    )


@functools.lru_cache(maxsize=4096)
def check_text(check: Check) -> str:
    """A check as JSON text; memoised, since a catalogue repeats a few hundred checks
    across half a million items (a `check` is frozen, so hashable)."""
    return json.dumps(check.to_json(), ensure_ascii=False, separators=(",", ":"))


# An item with nothing of protocol 2: its new columns stay NULL.
INSERT_PLAIN_REQUIREMENTS = (
    'INSERT INTO requirements (standard_code, position, "key", grade, item_zh, item_en, "limit", unit, method) '
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
# An item whose only protocol-2 field is its `check` (most items of a protocol-2 catalogue).
INSERT_CHECKED_REQUIREMENTS = (
    'INSERT INTO requirements (standard_code, position, "key", grade, item_zh, item_en, "limit", unit, method, '
    '"check") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'
)
INSERT_REQUIREMENTS = (
    'INSERT INTO requirements (standard_code, position, "key", grade, item_zh, item_en, "limit", unit, '
    'method, "when", "unless", "effective", "until", "check") '
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def product_from_row(row: ProductRow) -> Product:
    return Product(
        id=row.id,
        sku=row.sku,
        name=row.name,
        category=row.category,
        age_group=row.age_group,
        skin_contact=row.skin_contact,
        markets=tuple(row.markets),
        composition=tuple(FibreShare(f, float(p)) for f, p in row.composition),
        claims=tuple(row.claims),
        finishes=tuple(row.finishes),
        stage=row.stage,
        customer=row.customer,
        notes=row.notes,
        created_at=row.created_at,
        updated_at=row.updated_at,
        product_type=row.product_type,
        construction=row.construction,
        components=tuple(row.components or ()),
        age_months=_range(row.age_min_months, row.age_max_months),
        height_cm=_range(row.height_min_cm, row.height_max_cm),
        origins=tuple(row.origins or ()),
        version=row.version,
    )


# Products read in bulk (`ProductsRepo.list`) come as plain rows with their JSON columns as the
# stored text: a firm's 5,000 products share a few dozen market lists and compositions, so each
# distinct text is decoded once (into tuples of frozen values, safe to share).
PRODUCT_JSON_COLUMNS = ("markets", "composition", "claims", "finishes", "components", "origins")
PRODUCT_TIME_COLUMNS = ("created_at", "updated_at")


@functools.lru_cache(maxsize=8192)
def _json_tuple(text: str) -> tuple[Any, ...]:
    return tuple(json.loads(text) or ())


@functools.lru_cache(maxsize=8192)
def _composition_of(text: str) -> tuple[FibreShare, ...]:
    return tuple(FibreShare(f, float(p)) for f, p in json.loads(text) or ())


def _listed(value: str | list[Any] | None) -> tuple[Any, ...]:
    """A JSON list column as a tuple: text (SQLite, decoded once per distinct text) or a list."""
    if isinstance(value, str):
        return _json_tuple(value)
    return tuple(value or ())


def _stamp(value: str | dt.datetime | None) -> dt.datetime | None:
    """A DateTime column as stored: SQLite's text (`2026-12-02 17:05:08.123456`) or a datetime."""
    return dt.datetime.fromisoformat(value) if isinstance(value, str) else value


def product_from_plain(row: Any) -> Product:
    """`product_from_row` for a plain row (`ProductsRepo.list`'s columns): an equal product."""
    composition = row.composition
    return Product(
        id=row.id,
        sku=row.sku,
        name=row.name,
        category=row.category,
        age_group=row.age_group,
        skin_contact=row.skin_contact,
        markets=_listed(row.markets),
        composition=_composition_of(composition)
        if isinstance(composition, str)
        else tuple(FibreShare(f, float(p)) for f, p in composition or ()),
        claims=_listed(row.claims),
        finishes=_listed(row.finishes),
        stage=row.stage,
        customer=row.customer,
        notes=row.notes,
        created_at=_stamp(row.created_at),
        updated_at=_stamp(row.updated_at),
        product_type=row.product_type,
        construction=row.construction,
        components=_listed(row.components),
        age_months=_range(row.age_min_months, row.age_max_months),
        height_cm=_range(row.height_min_cm, row.height_max_cm),
        origins=_listed(row.origins),
        version=row.version,
    )


def _range(low: float | None, high: float | None) -> Range | None:
    """A stored pair of bounds as a Range; both NULL = not recorded.

    The age and height columns are plain numbers (not JSON) so a product list
    can be filtered or sorted by them in SQL.
    """
    if low is None and high is None:
        return None
    return Range(_number(low), _number(high))


def _number(value: float | None) -> float | None:
    """Whole numbers back as int, so `Range(24, 60)` reads back equal and prints `24–60`."""
    if value is not None and float(value).is_integer():
        return int(value)
    return value


def product_values(product: Product) -> dict[str, Any]:
    return {
        "sku": product.sku,
        "name": product.name,
        "category": product.category,
        "age_group": product.age_group,
        "skin_contact": product.skin_contact,
        "markets": list(product.markets),
        "composition": [[s.fibre, s.percent] for s in product.composition],
        "claims": list(product.claims),
        "finishes": list(product.finishes),
        "stage": product.stage,
        "customer": product.customer,
        "notes": product.notes,
        "product_type": product.product_type,
        "construction": product.construction,
        "components": list(product.components),
        "age_min_months": product.age_months.min if product.age_months else None,
        "age_max_months": product.age_months.max if product.age_months else None,
        "height_min_cm": product.height_cm.min if product.height_cm else None,
        "height_max_cm": product.height_cm.max if product.height_cm else None,
        "origins": list(product.origins),
    }


def certificate_from_row(row: CertificateRow, skus: tuple[str, ...], replaces: str | None) -> Certificate:
    return Certificate(
        id=row.id,
        scheme=row.scheme,
        number=row.number,
        issuer=row.issuer,
        holder=row.holder,
        scope=row.scope,
        product_class=row.product_class,
        issued=row.issued,
        expires=row.expires,
        notes=row.notes,
        products=skus,
        scan_file=row.scan_file,
        replaces=replaces,
        version=row.version,
    )


def standard_values(s: Standard, version: int) -> dict[str, Any]:
    return {
        "code": s.code,
        "title_zh": s.title.zh,
        "title_en": s.title.en,
        "issuer": s.issuer,
        "markets": list(s.markets),
        "status": s.status,
        "mandatory": s.mandatory,
        "published": s.published,
        "effective": s.effective,
        "withdrawn": s.withdrawn,
        "replaced_by": s.replaced_by,
        "tags": list(s.tags),
        "version": version,
    }


def rule_values(r: Rule, version: int) -> dict[str, Any]:
    return {
        "id": r.id,
        "standard": r.standard,
        "grade": r.grade,
        "when": conditions_json(r.when),
        "note_zh": r.note.zh if r.note else None,
        "note_en": r.note.en if r.note else None,
        "version": version,
        "unless": conditions_json(r.unless),
        "effective": r.effective,
        "until": r.until,
    }


def factor_values(f: Factor, version: int) -> dict[str, Any]:
    name_zh, name_en = _local(f.name)
    source_zh, source_en = _local(f.source)
    return {
        "id": f.id,
        "kind": f.kind,
        "name_zh": name_zh,
        "name_en": name_en,
        "region": f.region,
        "value": f.value,
        "unit": f.unit,
        "scope": f.scope,
        "year": f.year,
        "source_zh": source_zh,
        "source_en": source_en,
        "url": f.url,
        "effective": f.effective,
        "until": f.until,
        "version": version,
    }


def factor_from_row(row: FactorRow) -> Factor:
    return Factor(
        id=row.id,
        kind=row.kind,
        name=text(row.name_zh, row.name_en),
        region=row.region,
        value=row.value,
        unit=row.unit,
        scope=row.scope,
        year=row.year,
        source=text(row.source_zh, row.source_en),
        url=row.url,
        effective=row.effective,
        until=row.until,
    )


def notice_values(n: Notice, version: int) -> dict[str, Any]:
    return {
        "id": n.id,
        "published": n.published,
        "severity": n.severity,
        "title_zh": n.title.zh,
        "title_en": n.title.en,
        "body_zh": n.body.zh if n.body else None,
        "body_en": n.body.en if n.body else None,
        "standards": list(n.standards),
        "effective": n.effective,
        "url": n.url,
        "version": version,
    }


def standard_from_row(row: StandardRow | Any, requirements: Sequence[RequirementRow | Any]) -> Standard:
    """A standard from its row and its items' rows (ORM objects, or plain rows with the same names)."""
    return Standard(
        code=row.code,
        title=text(row.title_zh, row.title_en),
        issuer=row.issuer,
        markets=tuple(row.markets),
        status=row.status,
        mandatory=row.mandatory,
        published=row.published,
        effective=row.effective,
        withdrawn=row.withdrawn,
        replaced_by=row.replaced_by,
        tags=tuple(row.tags),
        requirements=tuple(
            Requirement(
                key=r.key,
                item=text(r.item_zh, r.item_en),
                grade=r.grade,
                limit=r.limit,
                unit=r.unit,
                method=r.method,
                when=conditions_from_json(r.when) or {},
                unless=conditions_from_json(r.unless),
                effective=r.effective,
                until=r.until,
                check=check_from_json(r.check),
            )
            for r in sorted(requirements, key=lambda r: r.position)
        ),
    )


def rule_from_row(row: RuleRow) -> Rule:
    note = None if row.note_zh is None and row.note_en is None else text(row.note_zh, row.note_en)
    return Rule(
        id=row.id,
        standard=row.standard,
        grade=row.grade,
        when=conditions_from_json(row.when) or {},
        note=note,
        unless=conditions_from_json(row.unless),
        effective=row.effective,
        until=row.until,
    )


def notice_from_row(row: NoticeRow) -> Notice:
    body = None if row.body_zh is None and row.body_en is None else text(row.body_zh, row.body_en)
    return Notice(
        id=row.id,
        published=row.published,
        severity=row.severity,
        title=text(row.title_zh, row.title_en),
        body=body,
        standards=tuple(row.standards),
        effective=row.effective,
        url=row.url,
    )
