"""The fields of the firm's records as people name them, and their stored values in words.

The audit log and an edit conflict (`EditConflictError.changed`) name fields
by their stored names (`age_group`, `scan_file`) and hold JSON values
(`"infant"`, `["CN", "EU"]`, dates as ISO text). The window's history box
and conflict message and the command line's history and error lines all
show them through this one table, so a field is called the same everywhere:
like the vocabularies (`core.vocabulary`), the names are data with their
Chinese and English words, and each side only chooses the language it
speaks (the window's, the firm's). A field or a value not known here shows
as stored.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from . import vocabulary as v
from .vocabulary import name_of

__all__ = ["FIELD_NAMES", "field_name", "field_value", "record_key"]

# every field a product, a certificate, a test result or the firm's settings records
# (`db.convert.product_values`, `db.certificates_repo._values`, `db.results_repo._AUDITED`,
# `db.firm_repo.SAVED`), as the forms label it: (Chinese, English)
FIELD_NAMES: dict[str, tuple[str, str]] = {
    "sku": ("货号", "SKU"),
    "name": ("名称", "Name"),
    "category": ("类别", "Category"),
    "age_group": ("年龄段", "Age group"),
    "skin_contact": ("皮肤接触", "Skin contact"),
    "markets": ("市场", "Markets"),
    "composition": ("成分", "Composition"),
    "claims": ("声明", "Claims"),
    "finishes": ("后整理", "Finishes"),
    "notes": ("备注", "Notes"),
    "customer": ("客户", "Customer"),
    "stage": ("阶段", "Stage"),
    "product_type": ("产品类型", "Product type"),
    "construction": ("织造方式", "Construction"),
    "components": ("部件", "Components"),
    "origins": ("原产地", "Origins"),
    "age_min_months": ("最小月龄", "Youngest age (months)"),
    "age_max_months": ("最大月龄", "Oldest age (months)"),
    "height_min_cm": ("最小身高（厘米）", "Smallest height (cm)"),
    "height_max_cm": ("最大身高（厘米）", "Largest height (cm)"),
    "scheme": ("证书类型", "Scheme"),
    "number": ("证书编号", "Certificate number"),
    "issuer": ("发证机构", "Issuer"),
    "holder": ("持证人", "Holder"),
    "scope": ("范围", "Scope"),
    "product_class": ("产品级别", "Product class"),
    "issued": ("发证日期", "Issued"),
    "expires": ("到期日期", "Expires"),
    "products": ("产品", "Products"),
    "scan_file": ("扫描件", "Scan"),
    "replaces": ("取代的证书", "Replaces certificate"),
    "product_sku": ("货号", "SKU"),
    "standard_code": ("标准", "Standard"),
    "item_key": ("项目", "Item"),
    "value": ("检测结果", "Value"),
    "unit": ("单位", "Unit"),
    "method": ("检测方法", "Method"),
    "tested": ("检测日期", "Tested on"),
    "sample": ("样品", "Sample"),
    "report_number": ("检测报告", "Test report"),
    "checklist_id": ("检查清单", "Checklist"),
    "entered_by": ("录入人", "Entered by"),
    "address": ("地址", "Address"),
    "contact": ("联系方式", "Contact"),
    "language": ("语言", "Language"),
    "checklist_lang": ("清单语言", "Checklist language"),
    "lead_days": ("到期前提醒天数", "Reminder days before expiry"),
    "platform_url": ("平台地址", "Platform address"),
    "paper_size": ("纸张大小", "Paper size"),
    "retest_months": ("复检周期（月）", "Retest every (months)"),
}

# the firm settings' choices, as the settings page offers them
_LANGUAGES = {
    "zh_CN": ("中文（简体）", "中文（简体）"),
    "en": ("English", "English"),
}  # as the list offers them
_CHECKLIST_LANGUAGES = {
    "": ("与界面相同", "Same as the window"),
    "zh": ("中文", "Chinese"),
    "en": ("英文", "English"),
    "both": ("中英双语", "Chinese and English"),
}
_PAPER_SIZES = {"a4": ("A4", "A4"), "letter": ("Letter", "Letter")}

# the vocabulary a field's values (or each of a list's values) are words of
_VALUE_NAMES: dict[str, dict[str, tuple[str, str]]] = {
    "category": v.CATEGORIES,
    "age_group": v.AGE_GROUPS,
    "skin_contact": v.SKIN_CONTACTS,
    "stage": v.STAGES,
    "markets": v.ALL_MARKETS,
    "claims": v.CLAIMS,
    "finishes": v.FINISHES,
    "product_type": v.PRODUCT_TYPES,
    "construction": v.CONSTRUCTIONS,
    "components": v.COMPONENTS,
    "origins": v.ORIGINS,
    "scheme": v.CERT_SCHEMES,
    "language": _LANGUAGES,
    "checklist_lang": _CHECKLIST_LANGUAGES,
    "paper_size": _PAPER_SIZES,
}
_DATES = frozenset({"issued", "expires", "tested"})
_ALWAYS_NAMED = frozenset({"checklist_lang"})  # its empty value is a choice too


def field_name(name: str, lang: str) -> str:
    """The stored field `name` as the forms label it, in `lang` ("zh…" or English)."""
    return name_of(FIELD_NAMES, name, lang)


def field_value(name: str, value: Any, lang: str, *, date: Callable[[dt.date], str] | None = None) -> str:
    """A stored value of the field `name` in words of `lang`: "-" for none, vocabulary values by
    their names, a composition as "棉 95%", lists joined by commas, dates through `date` (the
    window's locale; ISO text when None)."""
    if name in _ALWAYS_NAMED and isinstance(value, str):
        return name_of(_VALUE_NAMES[name], value, lang)
    if value is None or value == "" or value == [] or value == ():
        return "-"
    if name == "composition" and isinstance(value, list | tuple):
        return ", ".join(_share(part, lang) for part in value)
    if isinstance(value, list | tuple):
        return ", ".join(field_value(name, v, lang, date=date) for v in value)
    table = _VALUE_NAMES.get(name)
    if table is not None and isinstance(value, str):
        return name_of(table, value, lang)
    if name in _DATES and isinstance(value, str):
        try:
            day = dt.date.fromisoformat(value[:10])
        except ValueError:
            return value
        return date(day) if date is not None else day.isoformat()
    return str(value)


def _share(part: Any, lang: str) -> str:
    """One fibre of a composition, stored as [fibre, percent]."""
    if isinstance(part, list | tuple) and len(part) == 2:
        fibre, percent = part
        return (
            f"{name_of(v.FIBRES, str(fibre), lang)} {percent:g}%"
            if isinstance(percent, int | float)
            else str(part)
        )
    return str(part)


def record_key(kind: str, key: str, lang: str) -> str:
    """A record's key as people name it: a certificate's `scheme:number` as "GOTS 123"."""
    if kind == "certificate" and ":" in key:
        scheme, _, number = key.partition(":")
        if scheme in v.CERT_SCHEMES:
            return f"{name_of(v.CERT_SCHEMES, scheme, lang)} {number}"
    return key
