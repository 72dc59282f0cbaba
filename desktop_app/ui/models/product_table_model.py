"""The products table: one row per product, over `ws.products.list()` results."""

from __future__ import annotations

import enum

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from ...core.products import Product
from ...core.vocabulary import AGE_GROUPS, ALL_MARKETS, CATEGORIES, FIBRES, PRODUCT_TYPES, both_names
from ..i18n import vocab
from .list_table_model import ListTableModel

_Index = QModelIndex | QPersistentModelIndex

# Raw value for sorting and filtering, independent of the display language.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
SKU_ROLE = Qt.ItemDataRole.UserRole + 3


class Column(enum.IntEnum):
    SKU = 0
    NAME = 1
    PRODUCT_TYPE = 2
    CATEGORY = 3
    AGE_GROUP = 4
    MARKETS = 5
    COMPOSITION = 6
    CUSTOMER = 7
    GAPS = 8


class ProductTableModel(ListTableModel):
    columns = Column

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._products: list[Product] = []
        self._gaps: dict[str, int] = {}

    def set_products(self, products: list[Product], gaps: dict[str, int] | None = None) -> None:
        self.beginResetModel()
        self._products = list(products)
        self._gaps = dict(gaps or {})
        self.endResetModel()

    def product(self, row: int) -> Product:
        return self._products[row]

    def row_of(self, sku: str) -> int:
        for row, p in enumerate(self._products):
            if p.sku == sku:
                return row
        return -1

    def _rows(self) -> list:
        return self._products

    def header_texts(self) -> dict:
        return {
            Column.SKU: self.tr("SKU"),
            Column.NAME: self.tr("Name"),
            Column.PRODUCT_TYPE: self.tr("Type"),
            Column.CATEGORY: self.tr("Category"),
            Column.AGE_GROUP: self.tr("Age group"),
            Column.MARKETS: self.tr("Markets"),
            Column.COMPOSITION: self.tr("Composition"),
            Column.CUSTOMER: self.tr("Customer"),
            Column.GAPS: self.tr("Gaps"),
        }

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._products):
            return None
        p = self._products[index.row()]
        col = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(p, col)
        if role == SORT_ROLE:
            if col == Column.GAPS:
                return self._gaps.get(p.sku, 0)
            return self._display(p, col).lower()
        if role == SKU_ROLE:
            return p.sku
        if role == SEARCH_ROLE:
            kind = both_names(PRODUCT_TYPES, p.product_type) if p.product_type else ""
            return f"{p.sku} {p.name} {kind} {p.customer} {p.notes}".lower()
        if role == Qt.ItemDataRole.ToolTipRole and col == Column.MARKETS:
            return ", ".join(vocab(ALL_MARKETS, m) for m in p.markets)
        if role == Qt.ItemDataRole.ToolTipRole and col in (Column.NAME, Column.PRODUCT_TYPE):
            return self._display(p, col)
        if role == Qt.ItemDataRole.ToolTipRole and col == Column.GAPS and self._gaps.get(p.sku):
            return self.tr("%n claim(s) without a valid certificate", "", self._gaps[p.sku])
        if role == Qt.ItemDataRole.TextAlignmentRole and col == Column.GAPS:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, p: Product, col: Column) -> str:
        if col == Column.SKU:
            return p.sku
        if col == Column.NAME:
            return p.name
        if col == Column.PRODUCT_TYPE:
            return vocab(PRODUCT_TYPES, p.product_type) if p.product_type else ""
        if col == Column.CATEGORY:
            return vocab(CATEGORIES, p.category)
        if col == Column.AGE_GROUP:
            return vocab(AGE_GROUPS, p.age_group)
        if col == Column.MARKETS:
            return ", ".join(p.markets)
        if col == Column.COMPOSITION:
            return " / ".join(f"{vocab(FIBRES, s.fibre)} {s.percent:g}%" for s in p.composition)
        if col == Column.CUSTOMER:
            return p.customer
        gaps = self._gaps.get(p.sku, 0)
        return str(gaps) if gaps else ""
