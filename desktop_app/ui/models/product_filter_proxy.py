"""Sorting and filtering of the products table: text, category and market."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from .product_table_model import SEARCH_ROLE, SORT_ROLE, ProductTableModel


class ProductFilterProxy(QSortFilterProxyModel):
    """Text matches SKU, name, customer or notes, in any language, ignoring case."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._text = ""
        self._category: str | None = None
        self._market: str | None = None
        self.setSortRole(SORT_ROLE)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().lower()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_category(self, category: str | None) -> None:
        self.beginFilterChange()
        self._category = category or None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_market(self, market: str | None) -> None:
        self.beginFilterChange()
        self._market = market or None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, ProductTableModel):
            return True
        product = model.product(source_row)
        if self._category and product.category != self._category:
            return False
        if self._market and self._market not in product.markets:
            return False
        if self._text:
            haystack = model.data(model.index(source_row, 0), SEARCH_ROLE) or ""
            return all(word in haystack for word in self._text.split())
        return True
