"""A combo box over a closed vocabulary, optionally "not recorded", optionally in groups.

Product types come by category (garments, home textiles, accessories) under
headings that cannot be chosen. A value the vocabulary lacks (an older
record) is offered as one more item, marked, so that editing the record does
not change it behind the user's back.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QWidget

Items = list[tuple[str, str]]

# The data of "not recorded" and of headings: a string, not None (PySide6 6.12.0 returned
# None without a reference of its own; pyproject.toml keeps that release out).
NONE = ""


class VocabCombo(QComboBox):
    """`value()` is the chosen key, or None for "not recorded" (when `optional`)."""

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)
        self._optional = False
        self._unknown_text: Callable[[str], str] | None = None

    def set_groups(self, groups: list[tuple[str, Items]], *, none_text: str | None = None) -> None:
        """Fill with `groups` (a heading "" has none); `none_text` first when not required."""
        current = self.value()
        self.blockSignals(True)
        self.clear()
        self._optional = none_text is not None
        if none_text is not None:
            self.addItem(none_text, NONE)
        model = self.model()
        for heading, items in groups:
            if heading:
                self.addItem(heading, NONE)
                if isinstance(model, QStandardItemModel):
                    head = model.item(self.count() - 1)
                    head.setFlags(Qt.ItemFlag.NoItemFlags)
                    font = QFont(head.font())
                    font.setBold(True)
                    head.setFont(font)
            for key, text in items:
                self.addItem(text, key)
        self.blockSignals(False)
        if not self._select(current) and current is not None:  # an older record's value stays
            self.set_value(current, unknown_text=self._unknown_text)

    def offered(self) -> tuple[str, ...]:
        """Every value that can be chosen (headings and "not recorded" left out)."""
        return tuple(data for i in range(self.count()) if (data := self.itemData(i)) != NONE)

    def value(self) -> str | None:
        if self.currentIndex() < 0:
            return None
        return self.currentData() or None

    def _select(self, value: str | None) -> bool:
        if value is None:
            index = 0 if self._optional else -1
        else:
            index = self.findData(value)
        if index >= 0:
            self.setCurrentIndex(index)
        return index >= 0

    def set_value(self, value: str | None, *, unknown_text: Callable[[str], str] | None = None) -> None:
        """Choose `value`; one the list lacks is added, worded by `unknown_text`."""
        self._unknown_text = unknown_text or self._unknown_text
        if self._select(value) or value is None:
            return
        label = unknown_text(value) if unknown_text else value
        self.addItem(label, value)
        self.setCurrentIndex(self.count() - 1)
