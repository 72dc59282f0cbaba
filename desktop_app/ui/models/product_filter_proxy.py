"""Sorting and filtering of the products table: text, category, market and proof."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from ..proof_status import matches
from .product_table_model import SORT_ROLE, ProductTableModel


class ProductFilterProxy(QSortFilterProxyModel):
    """Text matches SKU, name, customer or notes, in any language, ignoring case.

    Only filters: sorting is the source model's (its keys are cached), so a header
    click reorders 5,000 rows without the proxy calling `data()` for every comparison."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._text = ""
        self._category: str | None = None
        self._market: str | None = None
        self._proof: str | None = None  # a status, `NOT_PROVEN`, or None: any
        self.setSortRole(SORT_ROLE)
        self._words: list[str] = []
        self._accepted: list[bool] | None = None
        self._accepted_key: tuple | None = None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if isinstance(model, ProductTableModel):
            model.sort(column, order)
        else:
            super().sort(column, order)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().lower()
        self._words = self._text.split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_category(self, category: str | None) -> None:
        self.beginFilterChange()
        self._category = category or None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_market(self, market: str | None) -> None:
        self.beginFilterChange()
        self._market = market or None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_proof(self, wanted: str | None) -> None:
        """Only products of that status (or not proven compliant: `proof_status.NOT_PROVEN`);
        a product whose status is not worked out yet passes no proof filter."""
        self.beginFilterChange()
        self._proof = wanted or None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        """Called once per row by Qt: only a look-up in what `_accepted_rows` worked out."""
        model = self.sourceModel()
        if not isinstance(model, ProductTableModel):
            return True
        key = (model.generation, self._category, self._market, self._proof, tuple(self._words))
        if key != self._accepted_key:
            self._accepted, self._accepted_key = self._accepted_rows(model), key
        return self._accepted is None or self._accepted[source_row]

    def _accepted_rows(self, model: ProductTableModel) -> list[bool] | None:
        """Every row's verdict in one Python loop (None: no filter), far cheaper than
        judging row by row inside Qt's callbacks."""
        if not (self._category or self._market or self._proof or self._words):
            return None
        category, market, wanted, words = self._category, self._market, self._proof, self._words
        proof = model.proof()
        return [
            (not category or p.category == category)
            and (not market or market in p.markets)
            and (not wanted or matches(proof.get(p.sku), wanted))
            and all(w in text for w in words)
            for p, text in zip(model.products(), model.search_texts())
        ]
