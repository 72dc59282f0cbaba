"""Lists and trees as tall as what they hold, up to a cap; beyond it they scroll.

The product panel sits in a scroll area: a list with two entries that keeps
its own scrollbar inside the panel's is a scrollbar too many. These views ask
for the height of their rows (word-wrapped rows measured at today's width)
and scroll only when they hold more than `max_rows` rows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QListWidget, QSizePolicy, QTreeWidget, QTreeWidgetItemIterator, QWidget


def _fixed_height(view, heights: list[int], more: bool, cap: int | None = None) -> None:
    """Rows' heights plus frame (and header), at most `cap` pixels of rows; the vertical
    scrollbar only for rows left out."""
    header = 0
    if isinstance(view, QTreeWidget) and not view.isHeaderHidden():
        header = view.header().sizeHint().height()
    one = max(heights[:1] or [view.fontMetrics().height() + 6])
    height = sum(heights) or one
    if cap is not None and height > cap:
        height, more = cap, True
    view.setVerticalScrollBarPolicy(
        Qt.ScrollBarPolicy.ScrollBarAsNeeded if more else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    )
    view.setFixedHeight(height + header + 2 * view.frameWidth() + 2)


class FittedList(QListWidget):
    """A list as tall as its first `max_rows` rows (and at most `max_height` pixels of them);
    no sideways scrollbar (text elides, or wraps with `setWordWrap`)."""

    def __init__(
        self, max_rows: int, parent: QWidget | None = None, *, max_height: int | None = None
    ) -> None:
        super().__init__(parent)
        self.max_rows = max_rows
        self.max_height = max_height
        self._width = -1
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        model = self.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(self._refit_later)
        self.fit()

    def fit(self) -> None:
        shown = min(self.count(), self.max_rows)
        self.doItemsLayout()  # rows laid out at today's width: wrapped ones measured as shown
        heights = [max(self.visualItemRect(self.item(row)).height(), 1) for row in range(shown)]
        more = self.count() > self.max_rows
        _fixed_height(self, [h + self.spacing() * 2 for h in heights], more, self.max_height)

    def _refit_later(self, *_args) -> None:
        QTimer.singleShot(0, self, self.fit)  # not after the view is gone

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != self._width:  # wrapped rows change height with the width
            self._width = event.size().width()
            self._refit_later()


class FittedTree(QTreeWidget):
    """A tree as tall as its first `max_rows` visible rows (expanded children counted)."""

    def __init__(self, max_rows: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.max_rows = max_rows
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.expanded.connect(self.fit)
        self.collapsed.connect(self.fit)
        self.fit()

    def visible_rows(self) -> list:
        rows = []
        it = QTreeWidgetItemIterator(self)
        while it.value() is not None:
            item = it.value()
            parent = item.parent()
            if parent is None or parent.isExpanded():
                rows.append(item)
            it += 1
        return rows

    def fit(self, *_args) -> None:
        rows = self.visible_rows()
        heights = [self.indexRowSizeHint(self.indexFromItem(item)) for item in rows[: self.max_rows]]
        _fixed_height(self, heights, len(rows) > self.max_rows)
