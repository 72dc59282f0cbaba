"""The import dialog's preview: the file's first rows as read, and what the import does with each.

The first column says, per row, whether it is new, an update, unchanged or
rejected (in words, not colour alone); the other columns are the file's own,
headed by its header row. A cell an update changes shows the record's value
and the file's, `old → new`, marked ⚠ when the field decides which standards
apply (age group, markets...). Rejected rows are tinted, the offending cell more
strongly, and their tooltip gives the reasons. The vertical header is the row
number as the spreadsheet shows it, the same number the problems table uses.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ...imports.errors import RowError
from ..i18n import current_language
from ..messages import reason_text

_Index = QModelIndex | QPersistentModelIndex

ROW_NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1
RESULT_COLUMN = 0  # the file's columns follow


class Outcome(enum.Enum):
    ADD = "add"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    REJECTED = "rejected"


TINTS = {
    Outcome.ADD: QColor("#e3f4e4"),
    Outcome.UPDATE: QColor("#e8eef7"),
    Outcome.REJECTED: QColor("#fde2e1"),
}
BAD_CELL = QColor("#f6b3ae")
CHANGED_CELL = QColor("#cfdcf0")
SAFETY_CELL = QColor("#ffe3a3")
TEXT = QColor("#1a1a1a")


class ImportPreviewModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._rows: list[tuple[int, list[str]]] = []
        self._width = 0
        self._outcomes: dict[int, Outcome] = {}
        self._problems: dict[int, list[RowError]] = {}
        self._diffs: dict[int, dict[str, object]] = {}  # row number → header → FieldChange
        self._applied = False

    def set_report(self, report) -> None:
        """Show an `ImportReport`'s preview; None empties the table."""
        self.beginResetModel()
        preview = list(report.preview) if report is not None else []
        self._headers = preview[0][1] if preview else []
        self._rows = preview[1:]
        self._width = max([len(self._headers), *(len(cells) for _, cells in self._rows)]) if preview else 0
        self._outcomes = {}
        self._problems = {}
        self._diffs = {}
        self._applied = report is not None and report.applied
        if report is not None:
            header_of = {f: h.strip() for f, h in report.columns.items()}
            for c in report.updated:
                self._diffs[c.row] = {header_of[d.field]: d for d in c.diffs if d.field in header_of}
            for outcome, changes in (
                (Outcome.ADD, report.added),
                (Outcome.UPDATE, report.updated),
                (Outcome.UNCHANGED, report.unchanged),
            ):
                self._outcomes.update((c.row, outcome) for c in changes)
            for e in report.rejected:
                self._outcomes[e.row] = Outcome.REJECTED
                self._problems.setdefault(e.row, []).append(e)
        self.endResetModel()

    def outcome_name(self, outcome: Outcome) -> str:
        if self._applied and outcome is Outcome.ADD:
            return self.tr("Added")
        if self._applied and outcome is Outcome.UPDATE:
            return self.tr("Updated")
        return {
            Outcome.ADD: self.tr("New"),
            Outcome.UPDATE: self.tr("Update"),
            Outcome.UNCHANGED: self.tr("Unchanged"),
            Outcome.REJECTED: self.tr("Rejected"),
        }[outcome]

    def row_of(self, number: int) -> int:
        """The model row showing the file's row `number`, or -1 if it is not in the preview."""
        for row, (n, _cells) in enumerate(self._rows):
            if n == number:
                return row
        return -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self._width else self._width + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._rows):
                return str(self._rows[section][0])
            return None
        if not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == RESULT_COLUMN:
                return self.tr("Result")
            index = section - 1
            return self._headers[index] if index < len(self._headers) else ""
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        number, cells = self._rows[index.row()]
        col = index.column()
        outcome = self._outcomes.get(number)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == RESULT_COLUMN:
                return self.outcome_name(outcome) if outcome else ""
            diff = self._diff(number, col)
            if diff is not None:
                lang = current_language()
                mark = "⚠ " if diff.safety else ""
                return f"{mark}{diff.old.get(lang) or '—'} → {diff.new.get(lang) or '—'}"
            return cells[col - 1] if col - 1 < len(cells) else ""
        if role == ROW_NUMBER_ROLE:
            return number
        if role == Qt.ItemDataRole.BackgroundRole:
            if outcome is Outcome.REJECTED and col != RESULT_COLUMN and self._bad_cell(number, col):
                return QBrush(BAD_CELL)
            diff = self._diff(number, col) if outcome is Outcome.UPDATE else None
            if diff is not None:
                return QBrush(SAFETY_CELL if diff.safety else CHANGED_CELL)
            if outcome in TINTS and (col == RESULT_COLUMN or outcome is Outcome.REJECTED):
                return QBrush(TINTS[outcome])
            return None
        if role == Qt.ItemDataRole.ToolTipRole and self._diff(number, col) is not None:
            if self._diff(number, col).safety:
                return self.tr("This change decides which standards apply; Import asks before writing it.")
            return None
        if role == Qt.ItemDataRole.ForegroundRole and outcome in TINTS:
            return QBrush(TEXT)
        if role == Qt.ItemDataRole.ToolTipRole and outcome is Outcome.REJECTED:
            return "\n".join(
                f"{e.column}: {reason_text(e.code, e.params)}" if e.column else reason_text(e.code, e.params)
                for e in self._problems.get(number, [])
            )
        return None

    def _diff(self, number: int, col: int):
        """The FieldChange an update makes in this cell, or None."""
        header = self._headers[col - 1].strip() if 0 < col <= len(self._headers) else ""
        return self._diffs.get(number, {}).get(header) if header else None

    def _bad_cell(self, number: int, col: int) -> bool:
        header = self._headers[col - 1].strip() if col - 1 < len(self._headers) else ""
        return bool(header) and any(e.column.strip() == header for e in self._problems.get(number, []))
