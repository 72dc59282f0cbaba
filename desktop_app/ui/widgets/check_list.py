"""A list of checkable items for a closed vocabulary (markets, claims, products).

Items may come in groups under a heading (markets, then US states, then EU
member states). A record may hold a value the vocabulary no longer has (an
old finish, a market code of an older version): `set_values` then adds it as
a checked item marked as unknown, so opening and saving a record never drops
it silently; the user sees it and can uncheck it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # "" on a heading
UNKNOWN_ROLE = Qt.ItemDataRole.UserRole + 2

# Every role read here is always set, never None (PySide6 6.12.0 lost a reference to
# None on each None it returned; pyproject.toml keeps that release out).

Items = list[tuple[str, str]]


class CheckList(QWidget):
    """Checkable items with an optional search box; `changed` when a check flips."""

    changed = Signal()

    def __init__(self, *, searchable: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search: QLineEdit | None = None
        if searchable:
            self.search = QLineEdit(self)
            self.search.setClearButtonEnabled(True)
            self.search.textChanged.connect(self._on_search_text_changed)
            layout.addWidget(self.search)
        self.list = QListWidget(self)
        layout.addWidget(self.list)
        self.list.itemChanged.connect(lambda _item: self.changed.emit())

    def set_items(self, items: Items, checked: set[str] | tuple[str, ...] = ()) -> None:
        self.set_groups([("", items)], checked)

    def set_groups(self, groups: list[tuple[str, Items]], checked: Iterable[str] = ()) -> None:
        """Items under headings (a heading "" has none), `checked` ticked."""
        keep = set(checked)
        self.list.blockSignals(True)
        self.list.clear()
        for heading, items in groups:
            if heading:
                head = QListWidgetItem(heading, self.list)
                head.setData(KEY_ROLE, "")
                head.setData(UNKNOWN_ROLE, False)
                head.setFlags(Qt.ItemFlag.NoItemFlags)
                font = QFont(head.font())
                font.setBold(True)
                head.setFont(font)
            for key, text in items:
                self._add(key, text, key in keep)
        self.list.blockSignals(False)
        self.changed.emit()

    def _add(self, key: str, text: str, on: bool) -> QListWidgetItem:
        item = QListWidgetItem(text, self.list)
        item.setData(KEY_ROLE, key)
        item.setData(UNKNOWN_ROLE, False)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        return item

    def _items(self) -> list[QListWidgetItem]:
        items = (self.list.item(i) for i in range(self.list.count()))
        return [item for item in items if item.data(KEY_ROLE)]

    def offered(self) -> tuple[str, ...]:
        """Every value offered (headings left out)."""
        return tuple(item.data(KEY_ROLE) for item in self._items())

    def checked(self) -> tuple[str, ...]:
        return tuple(
            item.data(KEY_ROLE) for item in self._items() if item.checkState() == Qt.CheckState.Checked
        )

    def unknown(self) -> tuple[str, ...]:
        """Checked values that are not in the vocabulary (kept from an older record)."""
        return tuple(
            item.data(KEY_ROLE)
            for item in self._items()
            if item.data(UNKNOWN_ROLE) and item.checkState() == Qt.CheckState.Checked
        )

    def set_checked(self, key: str, on: bool = True) -> None:
        for item in self._items():
            if item.data(KEY_ROLE) == key:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def set_values(self, values: Iterable[str], *, unknown_text: Callable[[str], str]) -> None:
        """Check exactly `values`; one the list lacks is added, checked, worded by `unknown_text`."""
        wanted = list(dict.fromkeys(values))
        known = set(self.offered())
        self.list.blockSignals(True)
        for item in self._items():
            item.setCheckState(
                Qt.CheckState.Checked if item.data(KEY_ROLE) in wanted else Qt.CheckState.Unchecked
            )
        for value in wanted:
            if value not in known:
                item = self._add(value, unknown_text(value), True)
                item.setData(UNKNOWN_ROLE, True)
                item.setToolTip(item.text())
        self.list.blockSignals(False)
        self.changed.emit()

    def _on_search_text_changed(self, text: str) -> None:
        words = text.strip().lower().split()
        heading: QListWidgetItem | None = None
        heading_shown = False
        for i in range(self.list.count()):
            item = self.list.item(i)
            if not item.data(KEY_ROLE):  # a heading: shown when one of its items is
                if heading is not None:
                    heading.setHidden(not heading_shown)
                heading, heading_shown = item, False
                continue
            hay = f"{item.data(KEY_ROLE)} {item.text()}".lower()
            hidden = not all(w in hay for w in words)
            item.setHidden(hidden)
            heading_shown = heading_shown or not hidden
        if heading is not None:
            heading.setHidden(not heading_shown)
