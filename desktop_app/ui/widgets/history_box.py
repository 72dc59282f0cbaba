"""A record's history: who changed it, when, and which fields (from the audit log).

One line per entry, newest first: the time (UTC), who (display name and the
PC's user name), the action and the fields changed; the tooltip shows each
field's old and new value.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QGroupBox, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ...core.audit import AuditEntry

CONTEXT = "History"
ACTION_WORDS = {
    "created": QT_TRANSLATE_NOOP("History", "created"),
    "edited": QT_TRANSLATE_NOOP("History", "edited"),
    "deleted": QT_TRANSLATE_NOOP("History", "deleted"),
}
SHOWN = 20  # the newest entries shown; `product show --history` lists them all


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _value(value: object) -> str:
    if value is None or value == "" or value == []:
        return "-"
    if isinstance(value, list):
        return ", ".join(_value(v) for v in value)
    return str(value)


def entry_line(entry: AuditEntry) -> str:
    who = entry.actor.label or "-"
    action = _tr(ACTION_WORDS.get(entry.action, entry.action))
    line = f"{entry.at:%Y-%m-%d %H:%M} · {who} · {action}"
    if entry.action == "edited" and entry.changes:
        line += ": " + ", ".join(entry.changes)
    return line


def entry_tooltip(entry: AuditEntry) -> str:
    return "\n".join(f"{name}: {_value(old)} → {_value(new)}" for name, (old, new) in entry.changes.items())


class HistoryBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyBox")
        self.list = QListWidget(self)
        self.list.setObjectName("historyList")
        QVBoxLayout(self).addWidget(self.list)
        self.entries: list[AuditEntry] | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.show_entries(self.entries)

    def show_entries(self, entries: Sequence[AuditEntry] | None) -> None:
        self.entries = list(entries) if entries is not None else None
        self.list.clear()
        self.setTitle(self.tr("History (UTC)"))
        if not self.entries:
            if self.entries is not None:
                QListWidgetItem(self.tr("No changes recorded."), self.list).setFlags(Qt.ItemFlag.NoItemFlags)
            return
        for entry in self.entries[:SHOWN]:
            item = QListWidgetItem(entry_line(entry), self.list)
            item.setToolTip(entry_tooltip(entry))
