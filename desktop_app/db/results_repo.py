"""Test results: the firm's evidence, one row per measured value (never touched by a sync)."""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Unpack

from sqlalchemy import Select, func, insert, select
from sqlalchemy.orm import Session

from ..core.errors import NotFoundError
from ..core.results import TestResult
from .audit_repo import AuditRepo
from .models import (
    CertificateRow,
    ProductRow,
    RequirementSetItemRow,
    RequirementSetRow,
    ResultRow,
    requirement_set_products,
    utcnow,
)
from .versioned import claim

__all__ = ["ResultsRepo", "evidence_stamp"]

# a result's product is named by its current SKU, else (a product since removed) the SKU it was entered for
_SKU = func.coalesce(ProductRow.sku, ResultRow.product_sku)
# plain columns, not ORM instances: a firm's 100,000 results are read in bulk for its status
_COLUMNS = (
    ResultRow.id,
    _SKU,
    ResultRow.standard_code,
    ResultRow.requirement_set,
    ResultRow.item_key,
    ResultRow.value,
    ResultRow.unit,
    ResultRow.method,
    ResultRow.report_number,
    ResultRow.checklist_id,
    ResultRow.tested,
    ResultRow.sample,
    ResultRow.entered_by,
    ResultRow.entered_at,
    CertificateRow.expires,  # the report's expiry, when it has one
    ResultRow.version,
)


def _result(row: Sequence[Any]) -> TestResult:
    (rid, sku, standard, in_set, item, value, unit, method, report, checklist, tested, sample,
     entered_by, entered_at, valid_until, version) = row  # fmt: skip
    return TestResult(
        id=rid,
        sku=sku,
        standard=standard,
        requirement_set=in_set,
        item=item,
        value=value,
        unit=unit,
        method=method,
        report=report,
        checklist=checklist,
        tested=tested,
        sample=sample,
        entered_by=entered_by,
        entered_at=entered_at,
        valid_until=valid_until,
        version=version,
    )


_AUDITED = ("product_sku", "standard_code", "item_key", "value", "unit", "method", "report_number",
            "checklist_id", "tested", "sample", "entered_by")  # fmt: skip


def _audited(values: Mapping[str, object]) -> dict[str, object]:
    return {k: values.get(k) for k in _AUDITED}


class ResultsRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def add_many(
        self,
        results: Iterable[TestResult],
        *,
        product_ids: Mapping[str, int],
        certificate_id: int | None = None,
    ) -> list[int]:
        """Store results (one executemany); returns their new ids in order."""
        now = utcnow()
        rows = [
            {
                "product_id": product_ids.get(r.sku),
                "product_sku": r.sku,
                "standard_code": r.standard,
                "requirement_set": r.requirement_set,
                "item_key": r.item,
                "value": r.value,
                "unit": r.unit,
                "method": r.method,
                "certificate_id": certificate_id,
                "report_number": r.report,
                "checklist_id": r.checklist,
                "tested": r.tested,
                "sample": r.sample,
                "entered_by": r.entered_by,
                "entered_at": r.entered_at or now,
            }
            for r in results
        ]
        if not rows:
            return []
        # one batched INSERT ... RETURNING, ids in the order given (SQLite 3.35+, PostgreSQL)
        returning = insert(ResultRow).returning(ResultRow.id, sort_by_parameter_order=True)
        ids = list(self.s.scalars(returning, rows))
        audit = AuditRepo(self.s)
        for new_id, values in zip(ids, rows, strict=True):
            audit.record("result", str(new_id), "created", record_id=new_id, version=1, new=_audited(values))
        return ids

    def _query(self) -> Select[Unpack[tuple[Any, ...]]]:
        return (
            select(*_COLUMNS)
            .outerjoin(ProductRow, ProductRow.id == ResultRow.product_id)
            .outerjoin(CertificateRow, CertificateRow.id == ResultRow.certificate_id)
            .order_by(ResultRow.tested.desc(), ResultRow.id.desc())
        )

    def list(self, *, sku: str | None = None, ids: Iterable[int] | None = None) -> list[TestResult]:
        """Newest first; `sku` keeps one product's (by its current SKU)."""
        query = self._query()
        if sku is not None:
            query = query.where(_SKU == sku)
        if ids is not None:
            query = query.where(ResultRow.id.in_(list(ids)))
        return list(map(_result, self.s.execute(query)))

    def by_sku(self) -> dict[str, builtins.list[TestResult]]:
        """Every result of the firm, grouped by product."""
        out: dict[str, list[TestResult]] = {}
        for r in self.list():
            out.setdefault(r.sku, []).append(r)
        return out

    def for_skus(self, skus: Iterable[str]) -> dict[str, builtins.list[TestResult]]:
        """The results of `skus` (by their current SKU), grouped by product, in one query."""
        wanted = builtins.list(skus)
        out: dict[str, list[TestResult]] = {sku: [] for sku in wanted}
        if wanted:
            for r in map(_result, self.s.execute(self._query().where(_SKU.in_(wanted)))):
                out[r.sku].append(r)
        return out

    def get(self, result_id: int) -> TestResult:
        found = self.list(ids=[result_id])
        if not found:
            raise NotFoundError("result", str(result_id))
        return found[0]

    def remove(self, result_id: int, *, seen_version: int | None = None) -> TestResult:
        """Delete the result; one changed since `seen_version` was read is refused (EditConflictError)."""
        row = claim(self.s, ResultRow, result_id, seen_version)
        found = self.get(result_id)
        AuditRepo(self.s).record(
            "result",
            str(result_id),
            "deleted",
            record_id=result_id,
            version=0,
            old=_audited({c: getattr(row, c) for c in _AUDITED}),
        )
        self.s.delete(row)
        self.s.flush()
        return found

    def stamp(self) -> tuple[int, int]:
        """(count, newest id): changes whenever a result is added or removed."""
        count, top = self.s.execute(select(func.count(ResultRow.id), func.max(ResultRow.id))).one()
        return int(count or 0), int(top or 0)


def evidence_stamp(session: Session) -> tuple[object, ...]:
    """What the firm-wide compliance depends on besides results: products, reports, requirement sets.

    Cheap aggregates, so a cached status can tell it is still current
    without reading any of them.
    """
    return tuple(
        session.execute(
            select(
                select(func.count(ProductRow.id)).scalar_subquery(),
                select(func.max(ProductRow.updated_at)).scalar_subquery(),
                select(func.count(CertificateRow.id)).scalar_subquery(),
                select(func.max(CertificateRow.updated_at)).scalar_subquery(),
                select(func.count(RequirementSetRow.id)).scalar_subquery(),
                select(func.max(RequirementSetItemRow.id)).scalar_subquery(),
                select(func.count()).select_from(requirement_set_products).scalar_subquery(),
            )
        ).one()
    )
