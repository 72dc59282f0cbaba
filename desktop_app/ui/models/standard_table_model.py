"""The catalogue browser's table: fetched lazily in chunks, never all 31,300 rows.

The model knows the total for its query but holds only the chunks the view
has scrolled to (`canFetchMore`/`fetchMore`). Without text a chunk is one
indexed query of a few milliseconds (bench/bench_catalogue.py); a text
search ranks every standard it finds before it can page (bench/bench_search.py),
so the page passes `run`, which fetches a chunk on the task runner's database
lane and hands it back; without `run` the chunk is fetched in place.

For a text search the last column says what matched: the code, the title, or
the first requirement item that matched, by name (the tooltip has it in both
languages).
"""

from __future__ import annotations

import enum
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from ...core.catalogue import SearchMatch, StandardQuery, StandardSummary

_Index = QModelIndex | QPersistentModelIndex
CODE_ROLE = Qt.ItemDataRole.UserRole + 1
CHUNK = 200

Fetch = Callable[[StandardQuery, int, int], list[StandardSummary]]
# run(work, deliver): call `work()` somewhere, then `deliver(result)` on the GUI thread
Run = Callable[[Callable[[], list[StandardSummary]], Callable[[list[StandardSummary]], None]], None]


class Column(enum.IntEnum):
    CODE = 0
    TITLE = 1
    STATUS = 2
    MANDATORY = 3
    MARKETS = 4
    MATCHED = 5


def status_name(status: str) -> str:
    names = {
        "current": QCoreApplication.translate("StandardTableModel", "Current"),
        "upcoming": QCoreApplication.translate("StandardTableModel", "Upcoming"),
        "superseded": QCoreApplication.translate("StandardTableModel", "Superseded"),
        "withdrawn": QCoreApplication.translate("StandardTableModel", "Withdrawn"),
    }
    return names.get(status, status)


class StandardTableModel(QAbstractTableModel):
    def __init__(self, fetch: Fetch, lang: Callable[[], str], parent=None, *, run: Run | None = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._run = run
        self._lang = lang
        self._query = StandardQuery()
        self._total = 0
        self._rows: list[StandardSummary] = []
        self._generation = 0  # a chunk asked for before the last reset is dropped
        self._loading = False

    def reset(self, query: StandardQuery, total: int, first: list[StandardSummary]) -> None:
        """Show a new query: its total and its first chunk (fetched off the GUI thread)."""
        self.beginResetModel()
        self._query, self._total, self._rows = query, total, list(first)
        self._generation += 1
        self._loading = False
        self.endResetModel()

    @property
    def loading(self) -> bool:
        """A chunk is on its way (fetched off the GUI thread)."""
        return self._loading

    @property
    def query(self) -> StandardQuery:
        return self._query

    @property
    def total(self) -> int:
        return self._total

    def summary(self, row: int) -> StandardSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # lazy fetching ----------------------------------------------------------

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._loading and len(self._rows) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        query, offset, generation = self._query, len(self._rows), self._generation
        limit = min(CHUNK, self._total - offset)
        if self._run is None or not query.text.strip():
            self._append(generation, offset, self._fetch(query, offset, limit))
            return
        self._loading = True
        self._run(
            lambda: self._fetch(query, offset, limit), lambda more: self._append(generation, offset, more)
        )

    def _append(self, generation: int, offset: int, more: list[StandardSummary]) -> None:
        if generation != self._generation or offset != len(self._rows):  # a newer query is shown
            return
        self._loading = False
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    # the table --------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Column.CODE: QCoreApplication.translate("StandardTableModel", "Code"),
            Column.TITLE: QCoreApplication.translate("StandardTableModel", "Title"),
            Column.STATUS: QCoreApplication.translate("StandardTableModel", "Status"),
            Column.MANDATORY: QCoreApplication.translate("StandardTableModel", "Mandatory"),
            Column.MARKETS: QCoreApplication.translate("StandardTableModel", "Markets"),
            Column.MATCHED: QCoreApplication.translate("StandardTableModel", "Matched"),
        }.get(Column(section))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        s = self._rows[index.row()]
        if role == CODE_ROLE:
            return s.code
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column is Column.CODE:
                return s.code
            if column is Column.TITLE:
                return s.title.get(self._lang())
            if column is Column.STATUS:
                text = status_name(s.status)
                return f"{text} → {s.replaced_by}" if s.replaced_by and s.status != "current" else text
            if column is Column.MANDATORY:
                return (
                    QCoreApplication.translate("StandardTableModel", "Mandatory")
                    if s.mandatory
                    else QCoreApplication.translate("StandardTableModel", "Voluntary")
                )
            if column is Column.MATCHED:
                return self._matched(s.matched)
            return ", ".join(s.markets)
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.TITLE:
            return s.title.both("\n")
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.MATCHED and s.matched:
            return s.matched.item.both("\n") if s.matched.item else self._matched(s.matched)
        return None

    def _matched(self, matched: SearchMatch | None) -> str:
        """The code, the title, or the name of the item the search matched."""
        if matched is None:
            return ""
        if matched.item is not None:
            return matched.item.get(self._lang())
        if matched.field == "code":
            return QCoreApplication.translate("StandardTableModel", "Code")
        return QCoreApplication.translate("StandardTableModel", "Title")
