"""Optimistic locking: a save names the version it was made from, and an older one is refused.

`claim()` takes the record's row for the rest of the transaction (`SELECT
... FOR UPDATE` on PostgreSQL; on SQLite every write transaction begins
with BEGIN IMMEDIATE, which already holds the whole file) and compares its
version with the one the user saw. A mismatch raises `EditConflictError`
naming what the other user changed, who and when (from the audit log), and
nothing is written. `bump()` gives the row its next version; every
successful update calls it.
"""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..core.errors import EditConflictError, NotFoundError
from .audit_repo import AuditRepo
from .models import CertificateRow, FirmRow, ProductRow, ResultRow

__all__ = ["KIND_OF", "bump", "claim", "conflict", "record_key"]

R = TypeVar("R", ProductRow, CertificateRow, FirmRow, ResultRow)

KIND_OF: dict[type[Any], str] = {
    ProductRow: "product",
    CertificateRow: "certificate",
    FirmRow: "firm",
    ResultRow: "result",
}


def record_key(row: Any) -> str:
    """The record as the user names it: a SKU, scheme:number, a result's id, "firm"."""
    if isinstance(row, ProductRow):
        return row.sku
    if isinstance(row, CertificateRow):
        return f"{row.scheme}:{row.number}"
    if isinstance(row, ResultRow):
        return str(row.id)
    return "firm"


def conflict(session: Session, row: Any, seen_version: int) -> EditConflictError:
    """The error for a save made from `seen_version` of `row`: what changed since, by whom, when."""
    kind = KIND_OF[type(row)]
    entries = AuditRepo(session).since(kind, row.id, seen_version)
    changed: dict[str, Any] = {}
    for entry in entries:
        if entry.action == "created":  # the firm row made with its defaults: nothing the user set
            continue
        for name, (_old, new) in entry.changes.items():
            changed[name] = new
    last = entries[-1] if entries else None
    return EditConflictError(
        kind,
        record_key(row),
        changed=changed,
        who=last.actor.label if last else "",
        when=last.when() if last else "",
        current_version=row.version,
    )


def claim(session: Session, row_cls: type[R], key: int, seen_version: int | None) -> R:
    """The row of `row_cls` with primary key `key`, held until the transaction ends.

    `seen_version` is the version the user's edit was made from; None takes
    the row as it is now (a change computed inside this transaction, from
    the row it holds, cannot lose anything). Raises NotFoundError when the
    row is gone, EditConflictError when its version is no longer `seen_version`.
    """
    query = select(row_cls).where(row_cls.id == key).execution_options(populate_existing=True)
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update()
    row = session.scalar(query)
    if row is None:
        raise NotFoundError(KIND_OF[row_cls], str(key))
    if seen_version is not None and row.version != seen_version:
        raise conflict(session, row, seen_version)
    return row


def bump(row: Any) -> int:
    """Give `row` its next version; the new version."""
    row.version = (row.version or 0) + 1
    return int(row.version)
