"""List rows as tall as their text needs in the fonts it is painted with.

Qt's item delegate sizes a row by the lines of its text at the list font's
line height. A line holding Chinese is painted from a fallback font when the
UI font has no CJK glyphs (as on Linux desktops), and that line is taller: the
row is then a little too short and its last line is cut to "…" (the
dashboard's "Products with gaps" lost the line saying which gap). This
delegate lays the text out with `QTextLayout`, which uses the fallback fonts'
real heights, and asks for that height plus the style's margins.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget


def laid_out_height(text: str, option: QStyleOptionViewItem, width: int) -> int:
    """The height of `text` word-wrapped at `width` pixels in `option`'s font."""
    layout = QTextLayout(text.replace("\n", "\u2028"), option.font)
    wrap = QTextOption()
    wrap.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(wrap)
    height = 0.0
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(max(width, 1))
        height += line.height()
    layout.endLayout()
    return math.ceil(height)


class WrappedRowsDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or not text:
            return hint
        widget: QWidget | None = option.widget  # type: ignore[assignment]
        style = widget.style() if widget is not None else None
        margin = (
            (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1) if style else 3
        )
        width = option.rect.width()
        if width <= 0 and widget is not None and hasattr(widget, "viewport"):
            width = widget.viewport().width()
        height = laid_out_height(text, option, width - 2 * margin) + 2 * margin
        return QSize(hint.width(), max(hint.height(), height))
