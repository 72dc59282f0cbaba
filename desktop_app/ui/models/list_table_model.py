"""A table over a Python list: one row per item, the columns an IntEnum.

The products, certificates and import tables all share this shape; each
subclass says where its rows are and what its column headers read, and
keeps only its own `data`.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

_Index = QModelIndex | QPersistentModelIndex


class ListTableModel(QAbstractTableModel):
    columns: type[enum.IntEnum]

    def _rows(self) -> Sequence[Any]:
        raise NotImplementedError

    def header_texts(self) -> dict[Any, str]:
        """Column → header text, in the interface language (called on every paint)."""
        raise NotImplementedError

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows())

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.columns):
            return None
        return self.header_texts()[self.columns(section)]
