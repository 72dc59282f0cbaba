"""The checklist log: every checklist printed, so a filled-in paper can be
matched to its record by the id on its footer and in its QR code."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from .models import ChecklistLogRow, utcnow


@dataclass(frozen=True)
class ChecklistLogEntry:
    id: str
    sku: str
    product_id: int | None
    created_at: dt.datetime  # UTC, naive (as stored)
    catalogue_version: int
    language: str
    file: str
    # what the paper shows, in printed order: [{"code", "grade", "items": [{"key", "item",
    # "limit", "method"}]}]; None for a checklist printed before revision 0006 kept it
    printed: list[dict[str, Any]] | None = None


def _entry(row: ChecklistLogRow) -> ChecklistLogEntry:
    return ChecklistLogEntry(
        id=row.id,
        sku=row.product_sku,
        product_id=row.product_id,
        created_at=row.created_at,
        catalogue_version=row.catalogue_version,
        language=row.language,
        file=row.file,
        printed=row.printed,
    )


class ChecklistLogRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def add_many(self, entries: Iterable[ChecklistLogEntry]) -> int:
        """Log checklists in one statement (a batch of 500 is one executemany)."""
        values = [
            {
                "id": e.id,
                "product_sku": e.sku,
                "product_id": e.product_id,
                "created_at": e.created_at or utcnow(),
                "catalogue_version": e.catalogue_version,
                "language": e.language,
                "file": e.file,
                "printed": e.printed,
            }
            for e in entries
        ]
        if values:
            self.s.execute(insert(ChecklistLogRow), values)
        return len(values)

    def get(self, checklist_id: str) -> ChecklistLogEntry | None:
        row = self.s.get(ChecklistLogRow, checklist_id)
        return _entry(row) if row is not None else None

    def list(self, *, sku: str | None = None, limit: int | None = None) -> list[ChecklistLogEntry]:
        """Newest first."""
        query = select(ChecklistLogRow).order_by(ChecklistLogRow.created_at.desc(), ChecklistLogRow.id)
        if sku is not None:
            query = query.where(ChecklistLogRow.product_sku == sku)
        if limit is not None:
            query = query.limit(limit)
        return [_entry(r) for r in self.s.scalars(query)]
