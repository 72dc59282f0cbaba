"""Rows ↔ core dataclasses, in one place so every repository agrees."""

from __future__ import annotations

from typing import Any

from ..core.catalogue import LocalText, Notice, Requirement, Rule, Standard
from ..core.certificates import Certificate
from ..core.products import FibreShare, Product
from .models import (
    CertificateRow,
    NoticeRow,
    ProductRow,
    RequirementRow,
    RuleRow,
    StandardRow,
)


def text(zh: str | None, en: str | None) -> LocalText:
    return LocalText(zh=zh, en=en)


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
    )


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
        "when": {k: list(v) for k, v in r.when.items()},
        "note_zh": r.note.zh if r.note else None,
        "note_en": r.note.en if r.note else None,
        "version": version,
    }


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


def standard_from_row(row: StandardRow, requirements: list[RequirementRow]) -> Standard:
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
        when={k: tuple(v) for k, v in row.when.items()},
        note=note,
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
