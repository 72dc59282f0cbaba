"""Who changed which record, and how: the audit log's entries, as plain data.

Every create, edit and delete of a product, a certificate, a test result or
the firm's settings is recorded with the PC's user name and the display
name set on that PC, in the same transaction as the change itself
(`db.audit_repo`). `changes` holds each changed field as [old, new] in
JSON-ready values (dates as ISO text).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = ["ACTIONS", "KINDS", "Actor", "AuditEntry", "diff", "jsonable"]

KINDS = ("product", "certificate", "result", "firm")
ACTIONS = ("created", "edited", "deleted")


@dataclass(frozen=True)
class Actor:
    """Who makes a change: the OS user name and the display name set on this PC."""

    pc_user: str = ""
    display_name: str = ""

    @property
    def label(self) -> str:
        """The display name, with the PC user name beside it when both are known."""
        if self.display_name and self.pc_user and self.display_name != self.pc_user:
            return f"{self.display_name} ({self.pc_user})"
        return self.display_name or self.pc_user


@dataclass(frozen=True)
class AuditEntry:
    at: dt.datetime  # UTC, naive
    actor: Actor
    kind: str
    key: str
    action: str
    changes: dict[str, list[Any]] = field(default_factory=dict)  # field -> [old, new]
    version: int = 0  # the record's version after the change (0: deleted or unknown)
    record_id: int | None = None

    def when(self) -> str:
        return self.at.strftime("%Y-%m-%d %H:%M UTC")


def jsonable(value: Any) -> Any:
    """`value` as JSON can hold it: dates as ISO text, tuples as lists."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    return value


def diff(old: Mapping[str, Any] | None, new: Mapping[str, Any] | None) -> dict[str, list[Any]]:
    """{field: [old, new]} for every field that differs (a created record: old None; deleted: new None)."""
    before = {k: jsonable(v) for k, v in (old or {}).items()}
    after = {k: jsonable(v) for k, v in (new or {}).items()}
    out: dict[str, list[Any]] = {}
    for name in dict.fromkeys([*before, *after]):
        a, b = before.get(name), after.get(name)
        if a != b:
            out[name] = [a, b]
    return out
