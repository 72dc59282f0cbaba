"""The items of one or more standards as a table to fill in: value as read, and a pass/fail tick.

Shared by *Record results* (a printed checklist's items) and a lab report's
*Enter results…*: the rows come from the caller, in the order to show them.
A typed value wins over the tick (the workspace judges it against the item's
limit); a tick alone is stored as the inspector's `合格`/`不合格`.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

PASS_VALUE = "合格"
FAIL_VALUE = "不合格"


@dataclass(frozen=True)
class ResultsFormRow:
    standard: str
    grade: str | None
    key: str
    item: str
    limit: str
    method: str


class ResultsForm(QWidget):
    STANDARD, ITEM, LIMIT, METHOD, VALUE, TICK = range(6)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ResultsFormRow] = []
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("resultsTable")
        self.table.setWordWrap(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.ITEM, QHeaderView.ResizeMode.Stretch)
        for column in (self.STANDARD, self.LIMIT, self.METHOD, self.VALUE, self.TICK):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Standard"),
                self.tr("Item"),
                self.tr("Limit"),
                self.tr("Method"),
                self.tr("Result"),
                self.tr("Pass / fail"),
            ]
        )
        for r in range(self.table.rowCount()):
            self._fill_ticks(self.tick(r))

    def _fill_ticks(self, combo: QComboBox) -> None:
        current = combo.currentIndex()
        combo.clear()
        combo.addItem("—", "")
        combo.addItem(self.tr("Pass"), PASS_VALUE)
        combo.addItem(self.tr("Fail"), FAIL_VALUE)
        combo.setCurrentIndex(max(current, 0))

    def set_rows(self, rows: list[ResultsFormRow]) -> None:
        self.rows = list(rows)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            code = f"{row.standard} ({row.grade})" if row.grade else row.standard
            for column, text in (
                (self.STANDARD, code),
                (self.ITEM, row.item),
                (self.LIMIT, row.limit),
                (self.METHOD, row.method),
            ):
                cell = QTableWidgetItem(text)
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                cell.setToolTip(text)
                self.table.setItem(r, column, cell)
            self.table.setItem(r, self.VALUE, QTableWidgetItem(""))
            combo = QComboBox(self.table)
            self._fill_ticks(combo)
            self.table.setCellWidget(r, self.TICK, combo)
        self.table.resizeRowsToContents()

    def tick(self, row: int) -> QComboBox:
        widget = self.table.cellWidget(row, self.TICK)
        assert isinstance(widget, QComboBox)
        return widget

    def set_value(self, row: int, text: str) -> None:
        item = self.table.item(row, self.VALUE)
        assert item is not None
        item.setText(text)

    def set_tick(self, row: int, passed: bool | None) -> None:
        self.tick(row).setCurrentIndex(0 if passed is None else 1 if passed else 2)

    def row_of(self, standard: str, key: str) -> int:
        return next(i for i, r in enumerate(self.rows) if r.standard == standard and r.key == key)

    def values_snapshot(self) -> tuple[tuple[str, int], ...]:
        return tuple(
            ((self.table.item(r, self.VALUE) or QTableWidgetItem()).text(), self.tick(r).currentIndex())
            for r in range(self.table.rowCount())
        )

    def values(self) -> list[tuple[ResultsFormRow, str]]:
        """(row, value) for each row with a value typed or a tick set: a typed value wins."""
        found = []
        for r, row in enumerate(self.rows):
            item = self.table.item(r, self.VALUE)
            typed = item.text().strip() if item is not None else ""
            value = typed or str(self.tick(r).currentData() or "")
            if value:
                found.append((row, value))
        return found
