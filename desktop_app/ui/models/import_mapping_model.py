"""The import dialog's column mapping: which field each column of the file fills.

Every field the import knows is listed in its usual order with the file's
header for it; a field the file lacks says so (an update then keeps the
stored value), and headers the import does not know follow as "not used".
Field names come from the import's own column list, in the UI's language.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ...imports.columns import COLUMNS
from ..i18n import vocab_lang
from .list_table_model import ListTableModel

_Index = QModelIndex | QPersistentModelIndex

MUTED = QColor("#757575")


class Column(enum.IntEnum):
    FIELD = 0
    HEADER = 1


class State(enum.Enum):
    USED = "used"
    ABSENT = "absent"  # a field the file has no column for
    IGNORED = "ignored"  # a column of the file the import does not use


@dataclass(frozen=True)
class Entry:
    state: State
    header: str = ""  # as written in the file
    zh: str = ""
    en: str = ""
    required: bool = False


class ImportMappingModel(ListTableModel):
    columns = Column

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries: list[Entry] = []

    def set_report(self, report) -> None:
        """Show an `ImportReport`'s mapping; None empties the table."""
        self.beginResetModel()
        self._entries = []
        if report is not None:
            for col in COLUMNS[report.kind]:
                header = report.columns.get(col.field)
                state = State.USED if header is not None else State.ABSENT
                self._entries.append(Entry(state, header or "", col.zh, col.en, col.required))
            self._entries += [Entry(State.IGNORED, h) for h in report.ignored_columns]
        self.endResetModel()

    def entry(self, row: int) -> Entry:
        return self._entries[row]

    def _rows(self) -> list:
        return self._entries

    def header_texts(self) -> dict:
        return {Column.FIELD: self.tr("Field"), Column.HEADER: self.tr("Column in the file")}

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        e = self._entries[index.row()]
        col = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if col == Column.FIELD:
                if e.state is State.IGNORED:
                    return self.tr("(not used)")
                return e.zh if vocab_lang() == "zh" else e.en
            return self.tr("— not in the file") if e.state is State.ABSENT else e.header
        if role == Qt.ItemDataRole.ForegroundRole and e.state is not State.USED:
            return QBrush(MUTED)
        if role == Qt.ItemDataRole.ToolTipRole:
            if e.state is State.ABSENT:
                return self.tr("The file has no column for this; updated records keep their stored value.")
            if e.state is State.IGNORED:
                return self.tr("The import does not know this column and leaves it out.")
            if e.required:
                return self.tr("Required")
        return None
