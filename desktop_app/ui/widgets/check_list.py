"""A list of checkable items for a closed vocabulary (markets, claims, products)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


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

    def set_items(self, items: list[tuple[str, str]], checked: set[str] | tuple[str, ...] = ()) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for key, text in items:
            item = QListWidgetItem(text, self.list)
            item.setData(KEY_ROLE, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if key in checked else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self.changed.emit()

    def checked(self) -> tuple[str, ...]:
        return tuple(
            self.list.item(i).data(KEY_ROLE)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        )

    def set_checked(self, key: str, on: bool = True) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(KEY_ROLE) == key:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _on_search_text_changed(self, text: str) -> None:
        words = text.strip().lower().split()
        for i in range(self.list.count()):
            item = self.list.item(i)
            hay = f"{item.data(KEY_ROLE)} {item.text()}".lower()
            item.setHidden(not all(w in hay for w in words))
