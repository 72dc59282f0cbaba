"""A record's history: who changed it, when, and which fields (from the audit log).

One line per entry, newest first: the time (UTC), who (display name and the
PC's user name), the action and the fields changed (named as the forms
name them, `core.field_names`, in the window's language); the tooltip shows
each field's old and new value in words.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QGroupBox, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ...core.audit import AuditEntry
from ...core.field_names import field_name, field_value
from ..i18n import format_date, vocab_lang

CONTEXT = "History"
ACTION_WORDS = {
    "created": QT_TRANSLATE_NOOP("History", "created"),
    "edited": QT_TRANSLATE_NOOP("History", "edited"),
    "deleted": QT_TRANSLATE_NOOP("History", "deleted"),
}
SHOWN = 20  # the newest entries shown; `product show --history` lists them all


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def field_word(name: str) -> str:
    """A stored field name as the forms name it (`core.field_names`), in the window's language."""
    return field_name(name, vocab_lang())


def value_words(name: str, value: object) -> str:
    """A stored value of the field `name` in the window's words: an age group, markets by name,
    a date as the window's locale writes it; "-" for none."""
    return field_value(name, value, vocab_lang(), date=format_date)


def entry_line(entry: AuditEntry) -> str:
    who = entry.actor.label or "-"
    action = _tr(ACTION_WORDS.get(entry.action, entry.action))
    line = f"{entry.at:%Y-%m-%d %H:%M} · {who} · {action}"
    if entry.action == "edited" and entry.changes:
        line += ": " + ", ".join(field_word(name) for name in entry.changes)
    return line


def entry_tooltip(entry: AuditEntry) -> str:
    return "\n".join(
        f"{field_word(name)}: {value_words(name, old)} → {value_words(name, new)}"
        for name, (old, new) in entry.changes.items()
    )


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
