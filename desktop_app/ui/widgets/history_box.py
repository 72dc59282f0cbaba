"""A record's history: who changed it, when, and which fields (from the audit log).

One line per entry, newest first: the time (UTC), who (display name and the
PC's user name), the action and the fields changed (named as the forms
name them, `FIELD_WORDS`, in the window's language); the tooltip shows each
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
# The fields the audit log names (the stored names of products, certificates, results and the
# firm's settings), as the forms label them; a field not here shows as stored.
FIELD_WORDS = {
    "sku": QT_TRANSLATE_NOOP("History", "SKU"),
    "name": QT_TRANSLATE_NOOP("History", "Name"),
    "category": QT_TRANSLATE_NOOP("History", "Category"),
    "age_group": QT_TRANSLATE_NOOP("History", "Age group"),
    "skin_contact": QT_TRANSLATE_NOOP("History", "Skin contact"),
    "markets": QT_TRANSLATE_NOOP("History", "Markets"),
    "composition": QT_TRANSLATE_NOOP("History", "Composition"),
    "claims": QT_TRANSLATE_NOOP("History", "Claims"),
    "finishes": QT_TRANSLATE_NOOP("History", "Finishes"),
    "notes": QT_TRANSLATE_NOOP("History", "Notes"),
    "customer": QT_TRANSLATE_NOOP("History", "Customer"),
    "stage": QT_TRANSLATE_NOOP("History", "Stage"),
    "product_type": QT_TRANSLATE_NOOP("History", "Product type"),
    "construction": QT_TRANSLATE_NOOP("History", "Construction"),
    "components": QT_TRANSLATE_NOOP("History", "Components"),
    "origins": QT_TRANSLATE_NOOP("History", "Origins"),
    "age_min_months": QT_TRANSLATE_NOOP("History", "Youngest age (months)"),
    "age_max_months": QT_TRANSLATE_NOOP("History", "Oldest age (months)"),
    "height_min_cm": QT_TRANSLATE_NOOP("History", "Smallest height (cm)"),
    "height_max_cm": QT_TRANSLATE_NOOP("History", "Largest height (cm)"),
    "scheme": QT_TRANSLATE_NOOP("History", "Scheme"),
    "number": QT_TRANSLATE_NOOP("History", "Certificate number"),
    "issuer": QT_TRANSLATE_NOOP("History", "Issuer"),
    "holder": QT_TRANSLATE_NOOP("History", "Holder"),
    "scope": QT_TRANSLATE_NOOP("History", "Scope"),
    "product_class": QT_TRANSLATE_NOOP("History", "Product class"),
    "issued": QT_TRANSLATE_NOOP("History", "Issued"),
    "expires": QT_TRANSLATE_NOOP("History", "Expires"),
    "products": QT_TRANSLATE_NOOP("History", "Products"),
    "scan_file": QT_TRANSLATE_NOOP("History", "Scan"),
    "replaces": QT_TRANSLATE_NOOP("History", "Replaces certificate"),
    "product_sku": QT_TRANSLATE_NOOP("History", "SKU"),
    "standard_code": QT_TRANSLATE_NOOP("History", "Standard"),
    "item_key": QT_TRANSLATE_NOOP("History", "Item"),
    "value": QT_TRANSLATE_NOOP("History", "Value"),
    "unit": QT_TRANSLATE_NOOP("History", "Unit"),
    "method": QT_TRANSLATE_NOOP("History", "Method"),
    "tested": QT_TRANSLATE_NOOP("History", "Tested on"),
    "sample": QT_TRANSLATE_NOOP("History", "Sample"),
    "report_number": QT_TRANSLATE_NOOP("History", "Test report"),
    "checklist_id": QT_TRANSLATE_NOOP("History", "Checklist"),
    "entered_by": QT_TRANSLATE_NOOP("History", "Entered by"),
    "address": QT_TRANSLATE_NOOP("History", "Address"),
    "contact": QT_TRANSLATE_NOOP("History", "Contact"),
    "language": QT_TRANSLATE_NOOP("History", "Language"),
    "checklist_lang": QT_TRANSLATE_NOOP("History", "Checklist language"),
    "lead_days": QT_TRANSLATE_NOOP("History", "Reminder days before expiry"),
    "platform_url": QT_TRANSLATE_NOOP("History", "Platform address"),
    "paper_size": QT_TRANSLATE_NOOP("History", "Paper size"),
    "retest_months": QT_TRANSLATE_NOOP("History", "Retest every (months)"),
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


def field_word(name: str) -> str:
    """A stored field name as the user knows it, in the window's language."""
    word = FIELD_WORDS.get(name)
    return _tr(word) if word is not None else name


def entry_line(entry: AuditEntry) -> str:
    who = entry.actor.label or "-"
    action = _tr(ACTION_WORDS.get(entry.action, entry.action))
    line = f"{entry.at:%Y-%m-%d %H:%M} · {who} · {action}"
    if entry.action == "edited" and entry.changes:
        line += ": " + ", ".join(field_word(name) for name in entry.changes)
    return line


def entry_tooltip(entry: AuditEntry) -> str:
    return "\n".join(
        f"{field_word(name)}: {_value(old)} → {_value(new)}" for name, (old, new) in entry.changes.items()
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
