"""A product's compliance checklist as plain data: what the PDF will print.

`build_checklist` decides everything a quality manager would check (which
standards, in what order, which warnings, which items and limits, which
certificates and gaps) so tests can check the content without a PDF, and
`pdf.py` only lays it out. All text is already in the checklist's language
form (see `wording.py`); the renderer escapes it, so it stays plain here.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

from ..core.applicability import POSSIBLE, UPCOMING, Applicable
from ..core.catalogue import Notice, Requirement, Standard
from ..core.certificates import STATUS_SYMBOLS, CertificateState, CertStatus, Gap, status_words
from ..core.products import Product
from ..core.ranges import Range
from ..core.vocabulary import (
    AGE_GROUPS,
    ALL_MARKETS,
    ATTRIBUTES,
    CATEGORIES,
    CERT_SCHEMES,
    CLAIMS,
    COMPONENTS,
    CONSTRUCTIONS,
    FIBRES,
    FINISHES,
    ORIGINS,
    PRODUCT_TYPES,
    SKIN_CONTACTS,
    STAGES,
)
from .wording import (
    SEVERITY_WORDS,
    SIGNOFF_ROLES,
    Labels,
    Lines,
    grade_lines,
    labels,
    last_result_lines,
    limit_lines,
    local,
    normalise_lang,
    pick,
    vocab,
    vocab_list,
)


class AlertKind(str, enum.Enum):
    SUPERSEDED = "superseded"
    WITHDRAWN = "withdrawn"
    TO_BE_REPLACED = "to_be_replaced"  # still current, its successor is published
    UPCOMING = "upcoming"  # published, not yet in force (or its rule applies from a later date)
    POSSIBLE = "possible"  # applies if an attribute the product lacks turns out to fit
    NOTICE = "notice"


@dataclass(frozen=True)
class Alert:
    """A warning printed in a box above a standard's items."""

    kind: AlertKind
    severity: str  # critical | warning | info
    text: Lines
    replacement: str | None = None
    notice_id: str | None = None


@dataclass(frozen=True)
class HeaderField:
    label: Lines
    value: Lines


@dataclass(frozen=True)
class RequirementRow:
    key: str
    item: Lines
    limit: Lines
    method: str
    until: str | None = None  # the item ends on this day (a limit tightened later)
    last: Lines | None = None  # the newest stored result and its date, to compare a re-test with


@dataclass(frozen=True)
class StandardSection:
    code: str
    title: Lines
    grade: str | None
    grade_label: Lines
    mandatory: bool
    kind_label: Lines  # 强制性 Mandatory / 自愿性 Voluntary
    reasons: tuple[Lines, ...]
    alerts: tuple[Alert, ...]
    rows: tuple[RequirementRow, ...]
    generic: bool  # the catalogue lists no items: one "check the whole standard" row
    applies: str = "in_force"  # in_force | upcoming | possible (core.applicability)
    effective: str | None = None  # when an upcoming standard starts to apply
    missing: tuple[str, ...] = ()  # attributes to record, for a possible standard
    upcoming: tuple[UpcomingItems, ...] = ()  # items that start later, by date


@dataclass(frozen=True)
class UpcomingItems:
    """Items of a standard that take effect on one later date, printed apart under it."""

    date: str
    heading: Lines  # 自 2027-10-10 起适用 / From 2027-10-10
    rows: tuple[RequirementRow, ...]


@dataclass(frozen=True)
class CertificateRow:
    scheme: Lines
    number: str
    issuer: str
    product_class: str
    expires: str
    status: CertStatus
    symbol: str
    status_text: Lines
    firm_wide: bool


@dataclass(frozen=True)
class GapLine:
    claim: str
    scheme: str
    kind: str
    text: Lines


@dataclass(frozen=True)
class ChecklistDocument:
    checklist_id: str
    sku: str
    product_name: str
    lang: str
    firm_name: str
    date: dt.date
    catalogue_version: int
    labels: Labels
    fields: tuple[HeaderField, ...]
    sections: tuple[StandardSection, ...]
    certificates: tuple[CertificateRow, ...]
    gaps: tuple[GapLine, ...]
    signoff_roles: tuple[Lines, ...]

    @property
    def qr_payload(self) -> str:
        return qr_payload(self.checklist_id, self.sku)


def qr_payload(checklist_id: str, sku: str) -> str:
    """What the footer's QR code holds; readable as text by any phone scanner."""
    return f"checklist={checklist_id};sku={sku}"


def parse_qr_payload(text: str) -> tuple[str, str]:
    """(checklist id, SKU) from a scanned QR code."""
    parts = dict(p.split("=", 1) for p in text.strip().split(";") if "=" in p)
    return parts["checklist"], parts["sku"]


def _composition(product: Product, lang: str) -> Lines:
    if not product.composition:
        return pick("无", "None", lang)
    zh = " / ".join(f"{vocab(FIBRES, s.fibre, 'zh')[0]} {_pct(s.percent)}%" for s in product.composition)
    en = " / ".join(f"{vocab(FIBRES, s.fibre, 'en')[0]} {_pct(s.percent)}%" for s in product.composition)
    return pick(zh, en, lang)


def _pct(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _optional(table: dict[str, tuple[str, str]], value: str | None, lab: Labels, lang: str) -> Lines:
    return vocab(table, value, lang) if value else lab.not_recorded


def _range(value: Range | None, lab: Labels) -> Lines:
    return (value.label(),) if value is not None else lab.not_recorded


def applies_alerts(app: Applicable, lang: str) -> tuple[Alert, ...]:
    """Why a standard is printed though it is not (surely) in force: from a date, or possibly."""
    code = app.standard.code
    if app.applies == UPCOMING and app.standard.status != "upcoming":
        eff = app.effective.isoformat() if app.effective else None
        zh = f"提示：{code} 对本产品" + (f"自 {eff} 起适用。" if eff else "尚未适用。")
        en = f"Note: {code} applies to this product" + (f" from {eff}." if eff else " later.")
        return (Alert(AlertKind.UPCOMING, "info", pick(zh, en, lang)),)
    if app.applies == POSSIBLE:
        what_zh = "、".join(ATTRIBUTES.get(m, (m, m))[0] for m in app.missing) or "—"
        what_en = ", ".join(ATTRIBUTES.get(m, (m, m))[1] for m in app.missing) or "—"
        zh = f"可能适用：请记录产品的{what_zh}，以确定 {code} 是否适用。"
        en = f"Possibly applicable: record the product's {what_en} to settle whether {code} applies."
        return (Alert(AlertKind.POSSIBLE, "warning", pick(zh, en, lang)),)
    return ()


class LastResult(Protocol):
    """The newest stored result of an item (`db.last_results.LastResult` has this shape)."""

    @property
    def value(self) -> str: ...
    @property
    def unit(self) -> str | None: ...
    @property
    def tested(self) -> dt.date: ...


# by (standard code, item key)
LastResults = Mapping[tuple[str, str], LastResult]
_NO_RESULTS: LastResults = {}


def _last(found: LastResult | None, lab: Labels, lang: str) -> Lines | None:
    if found is None:
        return None
    return last_result_lines(found.value, found.unit, found.tested.isoformat(), lab.last_result, lang)


def _row(
    r: Requirement, lang: str, last: LastResult | None = None, lab: Labels | None = None
) -> RequirementRow:
    return RequirementRow(
        key=r.key,
        item=local(r.item, lang),
        limit=limit_lines(r.limit, r.unit, lang),
        method=r.method or "—",
        until=r.until.isoformat() if r.until is not None else None,
        last=_last(last, lab or labels(lang), lang),
    )


def upcoming_groups(
    items: tuple[Requirement, ...],
    lang: str,
    *,
    code: str = "",
    last: LastResults = _NO_RESULTS,
    lab: Labels | None = None,
) -> tuple[UpcomingItems, ...]:
    """Upcoming items by their start date, earliest first."""
    by_day: dict[str, list[RequirementRow]] = {}
    for r in sorted(items, key=lambda r: (r.effective or dt.date.max, r.key)):
        day = r.effective.isoformat() if r.effective else "—"
        by_day.setdefault(day, []).append(_row(r, lang, last.get((code, r.key)), lab))
    return tuple(
        UpcomingItems(day, pick(f"自 {day} 起适用的要求", f"Requirements from {day}", lang), tuple(rows))
        for day, rows in by_day.items()
    )


def _header(
    product: Product, lab: Labels, *, lang: str, today: dt.date, version: int, cid: str
) -> tuple[HeaderField, ...]:

    def plain(text: str) -> Lines:  # user text, printed as typed
        return (text or "—",)

    return (
        HeaderField(lab.sku, plain(product.sku)),
        HeaderField(lab.name, plain(product.name)),
        HeaderField(lab.category, vocab(CATEGORIES, product.category, lang)),
        HeaderField(lab.age_group, vocab(AGE_GROUPS, product.age_group, lang)),
        HeaderField(lab.skin_contact, vocab(SKIN_CONTACTS, product.skin_contact, lang)),
        HeaderField(lab.stage, vocab(STAGES, product.stage, lang)),
        HeaderField(lab.composition, _composition(product, lang)),
        HeaderField(lab.markets, vocab_list(ALL_MARKETS, product.markets, lang)),
        HeaderField(lab.claims, vocab_list(CLAIMS, product.claims, lang)),
        HeaderField(lab.finishes, vocab_list(FINISHES, product.finishes, lang)),
        HeaderField(lab.product_type, _optional(PRODUCT_TYPES, product.product_type, lab, lang)),
        HeaderField(lab.construction, _optional(CONSTRUCTIONS, product.construction, lab, lang)),
        HeaderField(lab.components, vocab_list(COMPONENTS, product.components, lang)),
        HeaderField(
            lab.origins, vocab_list(ORIGINS, product.origins, lang) if product.origins else lab.not_recorded
        ),
        HeaderField(lab.age_months, _range(product.age_months, lab)),
        HeaderField(lab.height_cm, _range(product.height_cm, lab)),
        HeaderField(lab.customer, plain(product.customer)),
        HeaderField(lab.date, (today.isoformat(),)),
        HeaderField(lab.catalogue_version, (str(version),)),
        HeaderField(lab.checklist_id, (cid,)),
    )


def standard_alerts(standard: Standard, notices: list[Notice], lang: str) -> tuple[Alert, ...]:
    """Warnings for a standard: outdated or about to change, and notices naming it."""
    code, repl = standard.code, standard.replaced_by
    alerts: list[Alert] = []
    if standard.status == "superseded":
        zh = f"注意：{code} 已被替代" + (f"，现行标准为 {repl}，请按新标准检查。" if repl else "。")
        en = f"WARNING: {code} is superseded" + (f" by {repl}; check against it." if repl else ".")
        alerts.append(Alert(AlertKind.SUPERSEDED, "critical", pick(zh, en, lang), repl))
    elif standard.status == "withdrawn":
        when = f"（{standard.withdrawn.isoformat()}）" if standard.withdrawn else ""
        when_en = f" on {standard.withdrawn.isoformat()}" if standard.withdrawn else ""
        zh = f"注意：{code} 已废止{when}" + (f"，替代标准为 {repl}。" if repl else "。")
        en = f"WARNING: {code} was withdrawn{when_en}" + (f"; replaced by {repl}." if repl else ".")
        alerts.append(Alert(AlertKind.WITHDRAWN, "critical", pick(zh, en, lang), repl))
    elif standard.status == "upcoming":
        eff = standard.effective.isoformat() if standard.effective else None
        zh = f"提示：{code} 尚未实施" + (f"，{eff} 起实施。" if eff else "。")
        en = f"Note: {code} is not yet in force" + (f"; it takes effect on {eff}." if eff else ".")
        alerts.append(Alert(AlertKind.UPCOMING, "info", pick(zh, en, lang)))
    elif repl:
        zh, en = f"提示：{code} 将由 {repl} 代替。", f"Note: {code} is to be replaced by {repl}."
        alerts.append(Alert(AlertKind.TO_BE_REPLACED, "warning", pick(zh, en, lang), repl))
    for notice in notices:
        if code not in notice.standards:
            continue
        sev_zh, sev_en = SEVERITY_WORDS.get(notice.severity, (notice.severity, notice.severity))
        title = notice.title
        body = notice.body
        eff = notice.effective.isoformat() if notice.effective else ""
        zh = f"公告 {notice.id}（{sev_zh}{'，' + eff + ' 起' if eff else ''}）：{title.zh or title.en}"
        en = f"Notice {notice.id} ({sev_en}{', from ' + eff if eff else ''}): {title.en or title.zh}"
        if body is not None:
            zh += f" {body.zh or body.en}"
            en += f" {body.en or body.zh}"
        alerts.append(Alert(AlertKind.NOTICE, notice.severity, pick(zh, en, lang), notice_id=notice.id))
    return tuple(alerts)


def _section(
    app: Applicable, notices: list[Notice], lab: Labels, lang: str, last: LastResults = _NO_RESULTS
) -> StandardSection:
    std = app.standard
    rows = tuple(_row(r, lang, last.get((std.code, r.key)), lab) for r in app.requirements)
    upcoming = upcoming_groups(tuple(app.upcoming_requirements), lang, code=std.code, last=last, lab=lab)
    generic = not rows and not upcoming
    if generic:
        rows = (
            RequirementRow(
                key="whole_standard",
                item=pick(
                    f"符合 {std.code} 的全部适用要求", f"All applicable requirements of {std.code}", lang
                ),
                limit=pick("见标准", "See the standard", lang),
                method=std.code,
                last=_last(last.get((std.code, "whole_standard")), lab, lang),
            ),
        )
    return StandardSection(
        code=std.code,
        title=local(std.title, lang),
        grade=app.grade,
        grade_label=grade_lines(app.grade, lang),
        mandatory=std.mandatory,
        kind_label=lab.mandatory if std.mandatory else lab.voluntary,
        reasons=tuple(local(r, lang) for r in app.reasons),
        alerts=applies_alerts(app, lang) + standard_alerts(std, notices, lang),
        rows=rows,
        generic=generic,
        applies=app.applies,
        effective=app.effective.isoformat() if app.effective else None,
        missing=tuple(app.missing),
        upcoming=upcoming,
    )


_STATUS_ORDER = {
    CertStatus.EXPIRED: 0,
    CertStatus.EXPIRING: 1,
    CertStatus.NOT_YET_VALID: 2,
    CertStatus.VALID: 3,
}


def _certificate(state: CertificateState, lang: str) -> CertificateRow:
    cert = state.certificate
    return CertificateRow(
        scheme=vocab(CERT_SCHEMES, cert.scheme, lang),
        number=cert.number,
        issuer=cert.issuer,
        product_class=cert.product_class,
        expires=cert.expires.isoformat() if cert.expires else "—",
        status=state.status,
        symbol=STATUS_SYMBOLS[state.status],
        status_text=pick(status_words(state, "zh"), status_words(state, "en"), lang),
        firm_wide=not cert.products,
    )


def build_checklist(
    *,
    firm_name: str,
    product: Product,
    applicable: list[Applicable],
    certificates: list[CertificateState],
    gaps: list[Gap],
    notices: list[Notice],
    catalogue_version: int,
    today: dt.date,
    checklist_id: str,
    lang: str,
    last_results: LastResults = _NO_RESULTS,
) -> ChecklistDocument:
    """The checklist of one product; `lang` is zh, en or both (English under Chinese).

    `certificates` are those to list (the product's own and any firm-wide
    ones); `notices` may be the whole catalogue's: only those naming a
    section's standard are printed under it. `last_results` (by standard
    code and item key) are printed beside their items, with their dates.
    """
    lang = normalise_lang(lang)
    lab = labels(lang)
    ordered = sorted(applicable, key=lambda a: (not a.standard.mandatory, a.standard.code))
    certs = sorted(
        certificates,
        key=lambda s: (
            _STATUS_ORDER[s.status],
            s.days_left if s.days_left is not None else 10**9,
            s.certificate.number,
        ),
    )
    return ChecklistDocument(
        checklist_id=checklist_id,
        sku=product.sku,
        product_name=product.name,
        lang=lang,
        firm_name=firm_name,
        date=today,
        catalogue_version=catalogue_version,
        labels=lab,
        fields=_header(product, lab, lang=lang, today=today, version=catalogue_version, cid=checklist_id),
        sections=tuple(_section(a, notices, lab, lang, last_results) for a in ordered),
        certificates=tuple(_certificate(s, lang) for s in certs),
        gaps=tuple(
            GapLine(g.claim, g.scheme, g.kind.value, pick(g.describe("zh"), g.describe("en"), lang))
            for g in gaps
        ),
        signoff_roles=tuple(pick(zh, en, lang) for zh, en in SIGNOFF_ROLES),
    )
