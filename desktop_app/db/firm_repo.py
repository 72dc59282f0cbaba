"""The firm profile and settings (one row, mapped to `core.firm.FirmProfile`), trusted keys
and notice read state."""

from __future__ import annotations

from dataclasses import fields
from typing import Any, cast

from sqlalchemy import CursorResult, delete, select
from sqlalchemy.orm import Session

from ..core.firm import FirmProfile
from .audit_repo import AuditRepo
from .models import FirmRow, NoticeReadRow, TrustedKeyRow
from .versioned import bump, claim

__all__ = ["FirmRepo"]

FIELDS = tuple(f.name for f in fields(FirmProfile))  # the row's columns of the same names
SAVED = tuple(f for f in FIELDS if f != "version")  # the version is the row's to keep


class FirmRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def _row(self) -> FirmRow:
        row = self.s.get(FirmRow, 1)
        if row is None:
            row = FirmRow(id=1, **{f: getattr(FirmProfile(), f) for f in SAVED}, version=1)
            self.s.add(row)
            self.s.flush()
        return row

    def get(self) -> FirmProfile:
        row = self.s.get(FirmRow, 1)
        if row is None:
            return FirmProfile(version=0)  # not saved yet: a save finding one saved meanwhile is refused
        return FirmProfile(**{f: getattr(row, f) for f in FIELDS})

    def save(self, profile: FirmProfile) -> FirmProfile:
        """Save the settings, if they are still at `profile.version` (else EditConflictError,
        nothing written); the version goes up when anything changed, with an audit entry."""
        created = self.s.get(FirmRow, 1) is None
        row = claim(self.s, FirmRow, self._row().id, None if created else profile.version)
        old = {f: getattr(row, f) for f in SAVED}
        new = {f: getattr(profile, f) for f in SAVED}
        if created:
            AuditRepo(self.s).record("firm", "firm", "created", record_id=1, version=1, new=old)
        if old != new:
            for f in SAVED:
                setattr(row, f, new[f])
            version = bump(row)
            self.s.flush()
            AuditRepo(self.s).record("firm", "firm", "edited", record_id=1, version=version, old=old, new=new)
        return self.get()

    # trusted platform keys
    def trusted_keys(self) -> dict[str, str]:
        return {r.key_id: r.public_key for r in self.s.scalars(select(TrustedKeyRow))}

    def add_trusted_key(self, key_id: str, public_key_b64: str) -> None:
        row = self.s.get(TrustedKeyRow, key_id)
        if row is None:
            self.s.add(TrustedKeyRow(key_id=key_id, public_key=public_key_b64))
        else:
            row.public_key = public_key_b64
        self.s.flush()

    def remove_trusted_key(self, key_id: str) -> bool:
        result = self.s.execute(delete(TrustedKeyRow).where(TrustedKeyRow.key_id == key_id))
        return bool(cast(CursorResult[Any], result).rowcount)

    # notice read state
    def read_notices(self) -> set[str]:
        return set(self.s.scalars(select(NoticeReadRow.notice_id)))

    def mark_notice(self, notice_id: str, read: bool) -> None:
        if read:
            if self.s.get(NoticeReadRow, notice_id) is None:
                self.s.add(NoticeReadRow(notice_id=notice_id))
        else:
            self.s.execute(delete(NoticeReadRow).where(NoticeReadRow.notice_id == notice_id))
        self.s.flush()
