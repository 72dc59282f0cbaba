"""The import dialog's problems table: every rejected row with its column, value and reason.

Row numbers are as the spreadsheet shows them, and the column is named as
the file's header names it, so the user can find the cell in Excel.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from ...imports.errors import RowError
from ..messages import reason_text
from .list_table_model import ListTableModel

_Index = QModelIndex | QPersistentModelIndex

ROW_NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1


class Column(enum.IntEnum):
    ROW = 0
    COLUMN = 1
    VALUE = 2
    REASON = 3


class ImportErrorsModel(ListTableModel):
    columns = Column

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._errors: list[RowError] = []

    def set_errors(self, errors: list[RowError]) -> None:
        self.beginResetModel()
        self._errors = sorted(errors, key=lambda e: e.row)
        self.endResetModel()

    def error(self, row: int) -> RowError:
        return self._errors[row]

    def _rows(self) -> list:
        return self._errors

    def header_texts(self) -> dict:
        return {
            Column.ROW: self.tr("Row"),
            Column.COLUMN: self.tr("Column"),
            Column.VALUE: self.tr("Value"),
            Column.REASON: self.tr("Problem"),
        }

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._errors):
            return None
        e = self._errors[index.row()]
        col = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                Column.ROW: str(e.row),
                Column.COLUMN: e.column or "—",
                Column.VALUE: e.value,
                Column.REASON: reason_text(e.code, e.params),
            }[col]
        if role == ROW_NUMBER_ROLE:
            return e.row
        if role == Qt.ItemDataRole.ToolTipRole and col in (Column.VALUE, Column.REASON):
            return (e.value if col == Column.VALUE else reason_text(e.code, e.params)) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and col == Column.ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
