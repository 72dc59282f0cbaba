"""`product show SKU --history` and `cert show KEY --history`: who changed the record, when, what.

A table in the firm's language (the kind and action words from
`messages.AUDIT_WORDS`), or with `--json` one object per entry, newest first:
{"at", "pc_user", "display_name", "action", "version", "changes": {field: [old, new]}}.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..core.audit import AuditEntry
from .messages import audit_word, current_language, field_word, value_words
from .output import print_json, print_table, write


def entry_json(entry: AuditEntry) -> dict[str, Any]:
    return {
        "at": entry.at.isoformat(timespec="seconds") + "Z",
        "pc_user": entry.actor.pc_user,
        "display_name": entry.actor.display_name,
        "kind": entry.kind,
        "key": entry.key,
        "action": entry.action,
        "version": entry.version,
        "changes": entry.changes,
    }


def change_lines(entry: AuditEntry, *, limit: int = 60) -> str:
    """The changed fields as `field: old → new`, one per line (created/deleted: the value alone),
    fields and values in words of the firm's language (`core.field_names`; `--json` keeps them as stored)."""
    lines = []
    for key, (old, new) in entry.changes.items():
        name = field_word(key)
        if entry.action == "created":
            text = f"{name}: {value_words(key, new)}"
        elif entry.action == "deleted":
            text = f"{name}: {value_words(key, old)}"
        else:
            text = f"{name}: {value_words(key, old)} → {value_words(key, new)}"
        lines.append(text if len(text) <= limit else text[: limit - 1] + "…")
    return "\n".join(lines) or "-"


def print_history(entries: Sequence[AuditEntry], *, as_json: bool) -> None:
    if as_json:
        print_json([entry_json(e) for e in entries])
        return
    zh = current_language().startswith("zh")
    if not entries:
        write("没有修改记录" if zh else "no changes recorded")
        return
    headers = ["时间 (UTC)", "修改人", "操作", "版本", "修改内容"] if zh else [
        "At (UTC)", "Who", "Action", "Version", "Changes"
    ]  # fmt: skip
    rows = []
    for e in entries:
        shown_changes = change_lines(e) if e.action == "edited" else "-"
        rows.append(
            [
                e.at.strftime("%Y-%m-%d %H:%M"),
                e.actor.label or "-",
                audit_word(e.action),
                str(e.version) if e.version else "-",
                shown_changes.replace("\n", "; "),
            ]
        )
    print_table(headers, rows)
