"""The audit log: written in the transaction of the change it records, read for a record's history."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ..core.audit import Actor, AuditEntry, diff
from .audit_models import AuditRow

__all__ = ["AuditRepo"]


def _entry(row: AuditRow) -> AuditEntry:
    return AuditEntry(
        at=row.at,
        actor=Actor(row.pc_user, row.display_name),
        kind=row.kind,
        key=row.record_key,
        action=row.action,
        changes=dict(row.changes or {}),
        version=row.version,
        record_id=row.record_id,
    )


class AuditRepo:
    def __init__(self, session: Session, actor: Actor | None = None) -> None:
        self.s = session
        # the workspace puts who is working in every session it opens (workspace.audit)
        found = session.info.get("actor")
        self.actor = actor or (found if isinstance(found, Actor) else Actor())

    def record(
        self,
        kind: str,
        key: str,
        action: str,
        *,
        record_id: int | None,
        version: int,
        old: Mapping[str, Any] | None = None,
        new: Mapping[str, Any] | None = None,
    ) -> AuditEntry | None:
        """One entry for a change from `old` to `new` (field values); an edit that changed nothing writes none."""
        changes = diff(old, new)
        if action == "edited" and not changes:
            return None
        row = AuditRow(
            pc_user=self.actor.pc_user[:200],
            display_name=self.actor.display_name[:200],
            kind=kind,
            record_key=key[:300],
            record_id=record_id,
            action=action,
            version=version,
            changes=changes,
        )
        self.s.add(row)
        self.s.flush()
        return _entry(row)

    def history(self, kind: str, *, record_id: int | None = None, key: str | None = None) -> list[AuditEntry]:
        """A record's entries, newest first: by its row id (a renamed SKU keeps its history) or its key."""
        conditions = []
        if record_id is not None:
            conditions.append(AuditRow.record_id == record_id)
        if key is not None:
            conditions.append(AuditRow.record_key == key)
        if not conditions:
            return []
        query = select(AuditRow).where(AuditRow.kind == kind, or_(*conditions)).order_by(AuditRow.id.desc())
        return [_entry(r) for r in self.s.scalars(query)]

    def since(self, kind: str, record_id: int, version: int) -> list[AuditEntry]:
        """The entries that took the record past `version`, oldest first."""
        query = (
            select(AuditRow)
            .where(AuditRow.kind == kind, AuditRow.record_id == record_id, AuditRow.version > version)
            .order_by(AuditRow.id)
        )
        return [_entry(r) for r in self.s.scalars(query)]
