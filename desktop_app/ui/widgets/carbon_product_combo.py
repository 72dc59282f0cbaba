"""The carbon page's product chooser: long names elided, never cut, with the whole name at hand.

At 1024 px the bar leaves the combo a few hundred pixels, and product names
("全棉针织汗布 180 g/m² 精梳 40 支 …") are longer. The closed combo paints its
text elided at the end (the SKU and the start of the name stay), takes the
bar's spare width, its tooltip is the whole `SKU — name`, each
item of the list has that tooltip too, and the list pops up as wide as its
longest item (within the screen), so every name can be read in full.
Typing the start of a SKU jumps to it, as in any combo.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)

# room for the list's frame and scroll bar beyond the longest text
_POPUP_MARGIN = 48


def product_text(sku: str, name: str) -> str:
    return f"{sku} — {name}" if name else sku


class CarbonProductCombo(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumContentsLength(16)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, self.sizePolicy().verticalPolicy())
        self.currentIndexChanged.connect(self._update_tooltip)

    def set_products(self, products: list[tuple[str, str]], current: str | None) -> None:
        """Fill with `(sku, name)` pairs and select `current` (the first when it is not listed),
        without emitting `currentIndexChanged`."""
        self.blockSignals(True)
        try:
            self.clear()
            for sku, name in products:
                text = product_text(sku, name)
                self.addItem(text, sku)
                self.setItemData(self.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        finally:
            self.blockSignals(False)
        self.select_quietly(current)

    def select_quietly(self, sku: str | None) -> None:
        """Show `sku` again without emitting `currentIndexChanged` (a switch the user took back)."""
        self.blockSignals(True)
        try:
            self.setCurrentIndex(max(0, self.findData(sku)))
        finally:
            self.blockSignals(False)
        self._update_tooltip()

    def _update_tooltip(self) -> None:
        self.setToolTip(self.currentText())

    def _edit_width(self) -> int:
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        rect = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, opt, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        return max(0, rect.width() - 4)

    def shown_text(self) -> str:
        """The text the closed combo paints: the current item's, elided to fit."""
        return self.fontMetrics().elidedText(
            self.currentText(), Qt.TextElideMode.ElideRight, self._edit_width()
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, opt)
        opt.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, opt)

    def popup_width(self) -> int:
        """As wide as the longest item, at least the combo's width, at most the screen's."""
        metrics = self.view().fontMetrics()
        longest = max((metrics.horizontalAdvance(self.itemText(i)) for i in range(self.count())), default=0)
        wanted = max(self.width(), longest + _POPUP_MARGIN)
        screen = self.screen()
        return min(wanted, screen.availableGeometry().width()) if screen is not None else wanted

    def showPopup(self) -> None:
        self.view().setMinimumWidth(self.popup_width())
        super().showPopup()
