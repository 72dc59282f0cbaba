"""The audit log's table (revision 0008), on the models' `Base`.

One row per create, edit or delete of a firm record: when (UTC), who (the
PC's user name and the display name set on that PC), which record (its kind,
its key as the user knows it, its row id) and what changed, as JSON
{field: [old, new]}. Kept in a module of its own to keep `models.py` short;
`models` imports it, so `Base.metadata` always has it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, DateTime, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow


class AuditRow(Base):
    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_log_record", "kind", "record_id"),
        Index("ix_audit_log_key", "kind", "record_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    pc_user: Mapped[str] = mapped_column(String(200), default="")
    display_name: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[str] = mapped_column(String(20))  # product | certificate | result | firm
    record_key: Mapped[str] = mapped_column(String(300))  # sku, scheme:number, result id, "firm"
    record_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    action: Mapped[str] = mapped_column(String(10))  # created | edited | deleted
    version: Mapped[int] = mapped_column(Integer, default=0)  # the record's version after the change
    changes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # field -> [old, new]
