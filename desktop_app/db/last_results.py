"""The newest result of every item of many products at once, for the printed checklist;
and what the firm-wide compliance status needs of every result.

One query per chunk of SKUs (plain columns, no ORM instances), newest
first, so the first row seen for a (standard, item) is the one that
counts: the same order as `ResultsRepo.list` (date tested, then id).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..core.compliance import Measured
from .models import CertificateRow, ProductRow, ResultRow

__all__ = ["LastResult", "last_results", "status_rows"]

# well under SQLite's and PostgreSQL's limits on bound parameters
CHUNK = 500


@dataclass(frozen=True)
class LastResult:
    value: str  # as printed
    unit: str | None
    tested: dt.date


def last_results(session: Session, skus: Iterable[str]) -> dict[str, dict[tuple[str, str], LastResult]]:
    """By current SKU, then by (standard code, item key): the newest result."""
    wanted = list(dict.fromkeys(skus))
    out: dict[str, dict[tuple[str, str], LastResult]] = {}
    for start in range(0, len(wanted), CHUNK):
        query = (
            select(
                ProductRow.sku,
                ResultRow.standard_code,
                ResultRow.item_key,
                ResultRow.value,
                ResultRow.unit,
                ResultRow.tested,
            )
            .join(ProductRow, ProductRow.id == ResultRow.product_id)
            .where(ProductRow.sku.in_(wanted[start : start + CHUNK]))
            .order_by(ResultRow.tested.desc(), ResultRow.id.desc())
        )
        for sku, code, key, value, unit, tested in session.execute(query):
            out.setdefault(sku, {}).setdefault((code, key), LastResult(value, unit, tested))
    return out


# a result's product by its current SKU, else the SKU it was entered for (as ResultsRepo names it)
_SKU = func.coalesce(ProductRow.sku, ResultRow.product_sku)
# labelled as `TestResult`'s fields: each row is a `Measured` as it comes
_STATUS_COLUMNS = (
    _SKU.label("sku"),
    ResultRow.standard_code.label("standard"),
    ResultRow.item_key.label("item"),
    ResultRow.value,
    ResultRow.unit,
    ResultRow.tested,
    CertificateRow.expires.label("valid_until"),  # the report's own expiry
    ResultRow.entered_at,
    ResultRow.id,
)


def status_rows(session: Session, skus: Sequence[str] | None = None) -> dict[str, list[Measured]]:
    """Every result's (or those of `skus`') fields a status depends on, by SKU, unordered.

    Half the time of reading whole `TestResult`s: a firm-wide status reads
    every result of the firm, and judges rows, not objects; the results
    themselves are read only when a product's items are shown.
    """
    query = (
        select(*_STATUS_COLUMNS)
        .outerjoin(ProductRow, ProductRow.id == ResultRow.product_id)
        .outerjoin(CertificateRow, CertificateRow.id == ResultRow.certificate_id)
    )
    out: dict[str, list[Any]] = {}
    chunks = [None] if skus is None else [skus[i : i + CHUNK] for i in range(0, len(skus), CHUNK)]
    for chunk in chunks:
        found = session.execute(query if chunk is None else query.where(_SKU.in_(chunk)))
        for row in found:
            rows = out.get(row.sku)
            if rows is None:
                out[row.sku] = [row]
            else:
                rows.append(row)
    return cast(dict[str, list[Measured]], out)
