"""`ws.results`: test results recorded from lab reports and printed checklists.

Every result is checked before anything is written, and a batch is written
all or nothing: the product exists; the date is not in the future; the
source exists (a certificate of scheme `test-report`, or a checklist in
this database's log, printed for that product); the item is one the
standard has at the product's grade (or, for a checklist, one the paper
printed, whatever the catalogue says since); the value reads and fits the
item's check, in a unit that converts. An error names the item and the
field. A sync never touches results.
"""

from __future__ import annotations

import builtins
import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..core.applicability import Applicable
from ..core.catalogue import Requirement
from ..core.certificates import Certificate, CertificateKey, key_of
from ..core.compliance import WHOLE_STANDARD, WHOLE_STANDARD_ITEM
from ..core.errors import AssistantError, NotFoundError, ValidationError
from ..core.reasons import Reason
from ..core.requirement_sets import SET_TAG
from ..core.results import Reading, TestResult, judge, parse_value
from ..core.search import named_code
from ..db.certificates_repo import CertificatesRepo
from ..db.checklist_log_repo import ChecklistLogEntry, ChecklistLogRepo
from ..db.products_repo import ProductsRepo
from ..db.results_repo import ResultsRepo
from .changes import Changed, ChangeSet

if TYPE_CHECKING:
    from . import Workspace

__all__ = ["ReportItem", "ResultService", "Source", "items_of"]


@dataclass(frozen=True)
class Source:
    """Where results come from: a test report (by number) or a printed checklist (by id)."""

    report: Certificate | None = None
    checklist: ChecklistLogEntry | None = None


@dataclass(frozen=True)
class ReportItem:
    """One item a test report's product may have a result for (`report_items`)."""

    sku: str
    standard: str
    grade: str | None
    requirement: Requirement


def items_of(applicable: Applicable) -> dict[str, Requirement]:
    """The items results may be entered for: in force and upcoming, by key (the whole standard
    when the catalogue lists none)."""
    items = {r.key: r for r in (*applicable.upcoming_requirements, *applicable.requirements)}
    return items or {WHOLE_STANDARD: WHOLE_STANDARD_ITEM}


def _printed_keys(entry: ChecklistLogEntry, standard: str) -> list[str] | None:
    """The item keys the paper printed for `standard`; None when the log predates keeping them."""
    if entry.printed is None:
        return None
    for section in entry.printed:
        if section.get("code") == standard:
            return [str(i.get("key")) for i in section.get("items", [])]
    return []


def _as_item_error(key: str, exc: ValidationError) -> ValidationError:
    """The error named by the item it concerns (`formaldehyde.value='abc'`)."""
    params = {k: v for k, v in exc.params.items() if k not in ("field", "value")}
    return ValidationError(f"{key}.{exc.field}", exc.value, exc.code, **params, item=key)


class ResultService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    # sources ---------------------------------------------------------------------

    def source(self, *, report: str | None = None, checklist: str | None = None) -> Source:
        """The report or checklist named; NotFoundError when it is not in this database."""
        if report is None and checklist is None:
            raise ValidationError("source", "", Reason.RESULT_SOURCE_NEEDED)
        with self.ws.session() as s:
            if report is not None:
                key = CertificateKey.parse(report)
                if key.scheme is None:
                    key = CertificateKey(key.number, "test-report")
                try:
                    cert = CertificatesRepo(s).get(key)
                except NotFoundError:
                    cert = CertificatesRepo(s).get(CertificateKey.parse(report))
                    raise ValidationError(
                        "report", report, Reason.NOT_A_TEST_REPORT, scheme=cert.scheme
                    ) from None
                return Source(report=cert)
            assert checklist is not None
            entry = ChecklistLogRepo(s).get(checklist.strip().upper())
        if entry is None:
            raise NotFoundError("checklist", checklist.strip())
        return Source(checklist=entry)

    # checking --------------------------------------------------------------------

    def _applicable(self, sku: str, day: dt.date) -> dict[str, Applicable]:
        product = self.ws.products.get(sku)
        return {a.standard.code: a for a in self.ws.compliance.applicable(product, day)}

    def check(self, draft: TestResult, source: Source, applicable: dict[str, Applicable]) -> TestResult:
        """`draft` ready to store, or the first ValidationError naming the item and field."""
        today = self.ws.today()
        if draft.tested > today:
            raise ValidationError(
                "tested", draft.tested.isoformat(), Reason.RESULT_IN_FUTURE, today=today.isoformat()
            )
        try:
            reading = parse_value(draft.value)
        except ValidationError as exc:
            raise _as_item_error(draft.item, exc) from None
        printed_codes = [sec["code"] for sec in (source.checklist.printed or [])] if source.checklist else []
        named = named_code(draft.standard, [*applicable, *printed_codes])
        if named is not None:  # `GB 18401` names the applicable `GB 18401-2010`
            draft = dataclasses.replace(draft, standard=named)
        found = applicable.get(draft.standard)
        if source.checklist is not None:
            entry = source.checklist
            if entry.sku != draft.sku:
                raise ValidationError("checklist", entry.id, Reason.CHECKLIST_OTHER_PRODUCT, sku=entry.sku)
            printed = _printed_keys(entry, draft.standard)
            if printed is not None:
                if draft.item not in printed:
                    known = [f"{sec['code']}:{i['key']}" for sec in entry.printed or [] for i in sec["items"]]
                    raise ValidationError("item", draft.item, Reason.ITEM_NOT_PRINTED, known=known)
                item = items_of(found).get(draft.item) if found is not None else None
                return self._judged(draft, item, reading)
        if found is None:
            raise ValidationError(
                "standard",
                draft.standard,
                Reason.STANDARD_NOT_APPLICABLE,
                standard=draft.standard,
                sku=draft.sku,
            )
        items = items_of(found)
        if draft.item not in items:
            raise ValidationError(
                "item",
                draft.item,
                Reason.UNKNOWN_ITEM,
                standard=draft.standard,
                grade=found.grade or "-",
                known=list(items),
            )
        marked = dataclasses.replace(draft, requirement_set=SET_TAG in found.standard.tags)
        return self._judged(marked, items[draft.item], reading)

    @staticmethod
    def _judged(draft: TestResult, item: Requirement | None, reading: Reading) -> TestResult:
        """Judge once to refuse a value that does not fit the item's check (word, unit, grade)."""
        if item is not None:
            try:
                judge(item.check, reading, unit=draft.unit, item_unit=item.unit)
            except ValidationError as exc:
                raise _as_item_error(draft.item, exc) from None
        return draft

    # recording ---------------------------------------------------------------------

    def add(
        self, drafts: Sequence[TestResult], source: Source, *, report_version: int | None = None
    ) -> Changed[list[TestResult]]:
        """Check every draft, then store them all in one transaction (or none).

        `report_version` is the version of the test report the user entered them from (its
        products and dates decided the items offered): a report changed since, on another PC,
        is refused with EditConflictError and nothing is written."""
        report, entry = source.report, source.checklist
        checked: list[TestResult] = []
        contexts: dict[tuple[str, dt.date], dict[str, Applicable]] = {}
        for draft in drafts:
            draft = dataclasses.replace(
                draft,
                report=report.number if report is not None else None,
                checklist=entry.id if entry is not None else None,
            )
            context = contexts.get((draft.sku, draft.tested))
            if context is None:
                day = min(draft.tested, self.ws.today())
                context = contexts[(draft.sku, draft.tested)] = self._applicable(draft.sku, day)
            checked.append(self.check(draft, source, context))
        with self.ws.session() as s:
            if report is not None and report_version is not None:
                CertificatesRepo(s).claim(key_of(report), report_version)  # held until the commit
            ids = ProductsRepo(s).ids_by_sku(list({d.sku for d in checked}))
            new = ResultsRepo(s).add_many(
                checked, product_ids=ids, certificate_id=report.id if report else None
            )
            stored = ResultsRepo(s).list(ids=new)
        self.ws.compliance.invalidate({d.sku for d in checked})
        return Changed(stored, ChangeSet.RESULTS)

    def list(self, *, sku: str | None = None) -> builtins.list[TestResult]:
        """Newest first; an unknown SKU raises NotFoundError."""
        with self.ws.session() as s:
            if sku is not None and not ProductsRepo(s).exists(sku):
                raise NotFoundError("product", sku)
            return ResultsRepo(s).list(sku=sku)

    def get(self, result_id: int) -> TestResult:
        """One result by id, with its version; NotFoundError when it is gone."""
        with self.ws.session() as s:
            return ResultsRepo(s).get(result_id)

    def remove(self, result_id: int, *, version: int | None = None) -> Changed[TestResult]:
        """Delete a result; one changed since `version` was read is kept (EditConflictError)."""
        with self.ws.session() as s:
            removed = ResultsRepo(s).remove(result_id, seen_version=version)
        self.ws.compliance.invalidate({removed.sku})
        return Changed(removed, ChangeSet.RESULTS)

    def report_items(self, report: str) -> tuple[Certificate, builtins.list[ReportItem]]:
        """A test report and the items its products may have results for, as of the report's date
        (today, for one dated later): mandatory standards first, then by code; a product the
        report names that is no longer in the database is left out."""
        cert = self.source(report=report).report
        assert cert is not None
        day = min(cert.issued, self.ws.today()) if cert.issued else self.ws.today()
        found: builtins.list[ReportItem] = []
        for sku in cert.products:
            try:
                applicable = self._applicable(sku, day)
            except NotFoundError:
                continue
            for code, a in sorted(applicable.items(), key=lambda kv: (not kv[1].standard.mandatory, kv[0])):
                found += [ReportItem(sku, code, a.grade, item) for item in items_of(a).values()]
        return cert, found

    def checklist_items(
        self, checklist_id: str
    ) -> tuple[ChecklistLogEntry, builtins.list[dict[str, object]]]:
        """A printed checklist and its items in printed order, to record results by them."""
        entry = self.source(checklist=checklist_id).checklist
        assert entry is not None
        if entry.printed is not None:
            return entry, entry.printed
        try:  # printed before the log kept its items: today's items for the product
            found = self._applicable(entry.sku, self.ws.today())
        except AssistantError:
            return entry, []
        return entry, [
            {"code": code, "grade": a.grade, "items": [{"key": k} for k in items_of(a)]}
            for code, a in found.items()
        ]
