"""The newest result of every item of many products at once, for the printed checklist.

One query per chunk of SKUs (plain columns, no ORM instances), newest
first, so the first row seen for a (standard, item) is the one that
counts: the same order as `ResultsRepo.list` (date tested, then id).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import ProductRow, ResultRow

__all__ = ["LastResult", "last_results"]

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
