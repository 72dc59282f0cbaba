"""The checklist's fixed wording in Chinese and English, and the language rule.

A checklist is printed in one of three forms: `zh`, `en` or `both`, where
`both` puts the English line under the Chinese one. Every piece of text in a
`ChecklistDocument` is therefore a tuple of lines (`Lines`), already in the
chosen form, so the PDF renderer never decides about languages.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from ..core.catalogue import LocalText
from ..core.errors import Reason, ValidationError
from ..core.limit_wording import UNIT_WORDS, limit_pair

Lines = tuple[str, ...]

CHECKLIST_LANGS = ("zh", "en", "both")


def normalise_lang(lang: str | None) -> str:
    """`zh`, `en` or `both` from what settings and the CLI hold ("zh_CN", "", "EN")."""
    text = (lang or "zh").strip().lower().replace("-", "_")
    if text in ("", "zh", "zh_cn", "cn"):
        return "zh"
    if text in ("en", "en_us", "en_gb"):
        return "en"
    if text in ("both", "zh+en", "zh_en", "bilingual"):
        return "both"
    raise ValidationError("lang", lang, Reason.NOT_ONE_OF, allowed=["zh", "en", "both"])


def pick(zh: str | None, en: str | None, lang: str) -> Lines:
    """The lines to print for a text known in Chinese and/or English."""
    zh = zh or None
    en = en or None
    if lang == "zh":
        return ((zh or en or ""),)
    if lang == "en":
        return ((en or zh or ""),)
    if zh and en and zh != en:
        return (zh, en)
    return ((zh or en or ""),)


def local(text: LocalText | None, lang: str) -> Lines:
    if text is None:
        return ("",)
    return pick(text.zh, text.en, lang)


def vocab(table: dict[str, tuple[str, str]], value: str, lang: str) -> Lines:
    names = table.get(value)
    if names is None:
        return (value,)
    return pick(names[0], names[1], lang)


def vocab_list(table: dict[str, tuple[str, str]], values: tuple[str, ...], lang: str) -> Lines:
    """Several vocabulary values as one line per language ("中国、欧盟" / "China, EU")."""
    if not values:
        return pick("无", "None", lang)
    zh = "、".join(table.get(v, (v, v))[0] for v in values)
    en = ", ".join(table.get(v, (v, v))[1] for v in values)
    return pick(zh, en, lang)


@dataclass(frozen=True)
class Labels:
    """Headings and captions, each already in the checklist's language form."""

    title: Lines
    sku: Lines
    name: Lines
    category: Lines
    age_group: Lines
    skin_contact: Lines
    composition: Lines
    markets: Lines
    claims: Lines
    finishes: Lines
    product_type: Lines
    construction: Lines
    components: Lines
    age_months: Lines
    height_cm: Lines
    origins: Lines
    not_recorded: Lines
    stage: Lines
    customer: Lines
    date: Lines
    catalogue_version: Lines
    checklist_id: Lines
    standards: Lines
    no_standards: Lines
    mandatory: Lines
    voluntary: Lines
    why: Lines
    number: Lines
    item: Lines
    limit: Lines
    method: Lines
    result: Lines
    last_result: Lines
    passed: Lines
    failed: Lines
    generic_note: Lines
    certificates: Lines
    no_certificates: Lines
    scheme: Lines
    cert_number: Lines
    issuer: Lines
    product_class: Lines
    expires: Lines
    status: Lines
    no_expiry: Lines
    firm_wide: Lines
    gaps: Lines
    no_gaps: Lines
    signoff: Lines
    overall: Lines
    remarks: Lines
    role: Lines
    signer_name: Lines
    sign_date: Lines
    signature: Lines
    page: Lines
    continued: Lines
    none: Lines


_WORDS: dict[str, tuple[str, str]] = {
    "title": ("合规检查表", "Compliance checklist"),
    "sku": ("产品编号", "SKU"),
    "name": ("产品名称", "Product"),
    "category": ("类别", "Category"),
    "age_group": ("年龄段", "Age group"),
    "skin_contact": ("皮肤接触", "Skin contact"),
    "composition": ("纤维成分", "Fibre composition"),
    "markets": ("销售市场", "Markets"),
    "claims": ("宣称", "Claims"),
    "finishes": ("后整理", "Finishes"),
    "product_type": ("产品类型", "Product type"),
    "construction": ("织造方式", "Construction"),
    "components": ("部件", "Components"),
    "age_months": ("适用月龄", "Age (months)"),
    "height_cm": ("适用身高", "Height (cm)"),
    "origins": ("原料产地", "Origin"),
    "not_recorded": ("未记录", "Not recorded"),
    "stage": ("产品阶段", "Stage"),
    "customer": ("客户", "Customer"),
    "date": ("日期", "Date"),
    "catalogue_version": ("标准目录版本", "Catalogue version"),
    "checklist_id": ("检查表编号", "Checklist ID"),
    "standards": ("适用标准", "Applicable standards"),
    "no_standards": (
        "标准目录中没有适用于本产品的标准。",
        "No standard in the catalogue applies to this product.",
    ),
    "mandatory": ("强制性", "Mandatory"),
    "voluntary": ("自愿性", "Voluntary"),
    "why": ("适用原因", "Why it applies"),
    "number": ("序号", "No."),
    "item": ("检查项目", "Item"),
    "limit": ("限值", "Limit"),
    "method": ("检测方法", "Test method"),
    "result": ("实测结果", "Result"),
    "last_result": ("上次结果", "Last result"),
    "passed": ("合格", "Pass"),
    "failed": ("不合格", "Fail"),
    "generic_note": (
        "标准目录未列出本标准的检查项目：请按标准全文逐项检查。",
        "The catalogue lists no items for this standard: check it against the full text.",
    ),
    "certificates": ("证书与检测报告", "Certificates and test reports"),
    "no_certificates": (
        "没有覆盖本产品的证书或检测报告。",
        "No certificate or test report covers this product.",
    ),
    "scheme": ("类型", "Scheme"),
    "cert_number": ("编号", "Number"),
    "issuer": ("发证/检测机构", "Issuer"),
    "product_class": ("级别", "Class"),
    "expires": ("有效期至", "Expires"),
    "status": ("状态", "Status"),
    "no_expiry": ("无", "None"),
    "firm_wide": ("全厂", "Firm-wide"),
    "gaps": ("证书缺口", "Gaps"),
    "no_gaps": (
        "无缺口：产品的宣称均有有效证书支持。",
        "No gaps: every claim is backed by a valid certificate.",
    ),
    "signoff": ("签核", "Sign-off"),
    "overall": ("总体结论", "Overall result"),
    "remarks": ("备注", "Remarks"),
    "role": ("职责", "Role"),
    "signer_name": ("姓名", "Name"),
    "sign_date": ("日期", "Date"),
    "signature": ("签字", "Signature"),
    "page": ("页", "Page"),
    "continued": ("续", "continued"),
    "none": ("无", "None"),
}

SIGNOFF_ROLES: tuple[tuple[str, str], ...] = (("检验员", "Inspector"), ("审核人", "Reviewer"))

SEVERITY_WORDS = {
    "critical": ("严重", "Critical"),
    "warning": ("警告", "Warning"),
    "info": ("提示", "Info"),
}


def labels(lang: str) -> Labels:
    return Labels(**{f.name: pick(*_WORDS[f.name], lang) for f in fields(Labels)})


def grade_lines(grade: str | None, lang: str) -> Lines:
    if grade is None:
        return pick("不分级", "All grades", lang)
    return pick(f"{grade} 类", f"Class {grade}", lang)


def last_result_lines(value: str, unit: str | None, tested: str, label: Lines, lang: str) -> Lines:
    """'上次结果：18 mg/kg (2026-11-20)' / 'Last result: 18 mg/kg (2026-11-20)': as the lab printed it
    (half-width brackets: one line of the item column at 9 pt)."""
    zh_unit, en_unit = UNIT_WORDS.get(unit, (unit, unit)) if unit and unit not in value else ("", "")
    zh_label, en_label = label[0], label[-1]
    zh = f"{zh_label}：{value} {zh_unit}".rstrip() + f" ({tested})"
    en = f"{en_label}: {value} {en_unit}".rstrip() + f" ({tested})"
    return pick(zh, en, lang)


def limit_lines(limit: str, unit: str | None, lang: str) -> Lines:
    """The limit in the checklist's form (core.limit_wording words it)."""
    return pick(*limit_pair(limit, unit), lang)
