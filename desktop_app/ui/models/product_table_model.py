"""The products table: one row per product, over `ws.products.list()` results.

At 5,000 products every call into `data()` counts: what the table shows,
sorts by and searches is worked out once per load (and per language change)
into plain lists, and sorting is done here in Python on those keys (the
proxy only filters), not by the proxy calling `data()` n·log n times.

The proof column (each product's overall compliance status) arrives apart from
the rows, later (`set_proof`): it is worked out off the database lane, and a
reload keeps the statuses it had until the next ones come.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from ...core.products import Product
from ...core.vocabulary import AGE_GROUPS, ALL_MARKETS, CATEGORIES, FIBRES, PRODUCT_TYPES, both_names
from ..i18n import vocab
from ..proof_status import RANK, TEXT, TINTS, UNKNOWN_RANK, proof_tips, proof_words
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
    PROOF = 9


def age_words() -> dict[str, str]:
    """Age group → its short word for the table (the tooltip has the vocabulary's name,
    with the ages): short enough that the column is never elided at 1024 pixels."""
    return {
        "infant": QCoreApplication.translate("ProductTableModel", "Infant"),
        "child": QCoreApplication.translate("ProductTableModel", "Child"),
        "adult": QCoreApplication.translate("ProductTableModel", "Adult"),
    }


@dataclass(frozen=True)
class ProductRows:
    """What the table shows, sorts by and searches, worked out once per load.

    `of()` calls no widget and may run on a worker thread (with the load
    itself), leaving the GUI thread only the swap and the sort."""

    products: list[Product]
    gaps: dict[str, int]
    texts: list[list[str]]  # by row, by column
    search: list[str]  # by row: SKU, name, type in both languages, customer, notes, lower case

    @classmethod
    def of(cls, products: list[Product], gaps: dict[str, int] | None = None) -> ProductRows:
        gaps = dict(gaps or {})
        ages = age_words()
        names: dict[tuple[int, str], str] = {}  # vocabulary names looked up once per load

        def name(table: dict[str, tuple[str, str]], key: str) -> str:
            found = names.get((id(table), key))
            if found is None:
                found = names[(id(table), key)] = vocab(table, key)
            return found

        def texts(p: Product) -> list[str]:
            n = gaps.get(p.sku, 0)
            return [
                p.sku,
                p.name,
                name(PRODUCT_TYPES, p.product_type) if p.product_type else "",
                name(CATEGORIES, p.category),
                ages.get(p.age_group) or name(AGE_GROUPS, p.age_group),
                ", ".join(p.markets),
                " / ".join(f"{name(FIBRES, s.fibre)} {s.percent:g}%" for s in p.composition),
                p.customer,
                str(n) if n else "",
                "",  # the proof: its word comes with the statuses (`ProductTableModel.set_proof`)
            ]

        products = list(products)
        search = [
            f"{p.sku} {p.name} {both_names(PRODUCT_TYPES, p.product_type) if p.product_type else ''} "
            f"{p.customer} {p.notes}".lower()
            for p in products
        ]
        return cls(products, gaps, [texts(p) for p in products], search)


class ProductTableModel(ListTableModel):
    columns = Column

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._products: list[Product] = []
        self._gaps: dict[str, int] = {}
        self._texts: list[list[str]] = []
        self._search: list[str] = []
        self._skus: dict[str, int] = {}
        self._proof: dict[str, str] = {}  # SKU → overall compliance status
        self._proof_words = proof_words()
        self._proof_tips = proof_tips()
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
        self.generation = 0  # changes whenever rows change or move: the proxy's cached verdicts expire

    def set_products(self, products: list[Product], gaps: dict[str, int] | None = None) -> None:
        self.set_rows(ProductRows.of(products, gaps))

    def set_rows(self, rows: ProductRows) -> None:
        """Show `rows` (made by `ProductRows.of`, on a worker thread if need be)."""
        self.beginResetModel()
        self._products, self._gaps = rows.products, rows.gaps
        self._texts, self._search = rows.texts, rows.search
        self._apply_sort()
        self.endResetModel()

    def retranslate(self) -> None:
        """Vocabulary names follow the language: the cached texts are made again."""
        self._proof_words, self._proof_tips = proof_words(), proof_tips()
        if not self._products:
            return
        self.layoutAboutToBeChanged.emit()
        rows = ProductRows.of(self._products, self._gaps)
        self._texts, self._search = rows.texts, rows.search
        self.generation += 1
        self.layoutChanged.emit()

    def set_proof(self, by_sku: dict[str, str]) -> None:
        """Each product's overall status (`ws.compliance.summary().by_sku`): the proof column
        shows it; sorted by it, the rows move (failing first)."""
        self._proof = dict(by_sku)
        self.generation += 1  # the proxy's proof filter judges again
        if self._sort[0] == Column.PROOF:
            self.sort(*self._sort)
        elif self._products:
            last = len(self._products) - 1
            self.dataChanged.emit(self.index(0, Column.PROOF), self.index(last, Column.PROOF))

    def proof(self) -> dict[str, str]:
        return self._proof

    def proof_of(self, row: int) -> str | None:
        return self._proof.get(self._products[row].sku)

    # sorting --------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        if not self._products:
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        skus = [self._products[i.row()].sku for i in old]
        self._apply_sort()
        self.changePersistentIndexList(
            old, [self.index(self._skus[sku], i.column()) for sku, i in zip(skus, old)]
        )
        self.layoutChanged.emit()

    def _sort_keys(self, column: int) -> list:
        if column == Column.GAPS:
            return [self._gaps.get(p.sku, 0) for p in self._products]
        if column == Column.PROOF:
            return [RANK.get(self._proof.get(p.sku, ""), UNKNOWN_RANK) for p in self._products]
        return [row[column].lower() for row in self._texts]

    def _apply_sort(self) -> None:
        column, order = self._sort
        if 0 <= column < len(Column) and self._products:
            keys, skus = self._sort_keys(column), self._sort_keys(Column.SKU)
            rows = sorted(
                range(len(self._products)),
                key=lambda r: (keys[r], skus[r]),
                reverse=order == Qt.SortOrder.DescendingOrder,
            )
            self._products = [self._products[r] for r in rows]
            self._texts = [self._texts[r] for r in rows]
            self._search = [self._search[r] for r in rows]
        self._skus = {p.sku: row for row, p in enumerate(self._products)}
        self.generation += 1

    # reading ----------------------------------------------------------------------

    def product(self, row: int) -> Product:
        return self._products[row]

    def search_text(self, row: int) -> str:
        """SKU, name, type (both languages), customer and notes, lower case."""
        return self._search[row]

    def products(self) -> list[Product]:
        return self._products

    def search_texts(self) -> list[str]:
        return self._search

    def row_of(self, sku: str) -> int:
        return self._skus.get(sku, -1)

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
            Column.PROOF: self.tr("Proof"),
        }

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if (
            role == Qt.ItemDataRole.InitialSortOrderRole
            and orientation == Qt.Orientation.Horizontal
            and section == Column.PROOF
        ):
            return Qt.SortOrder.AscendingOrder.value  # the first click puts failing first
        return super().headerData(section, orientation, role)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._products):
            return None
        row, col = index.row(), Column(index.column())
        if col == Column.PROOF:
            return self._proof_data(self._proof.get(self._products[row].sku), role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[row][col]
        if role == SORT_ROLE:
            return (
                self._gaps.get(self._products[row].sku, 0)
                if col == Column.GAPS
                else self._texts[row][col].lower()
            )
        p = self._products[row]
        if role == SKU_ROLE:
            return p.sku
        if role == SEARCH_ROLE:
            return self._search[row]
        if role == Qt.ItemDataRole.ToolTipRole and col == Column.MARKETS:
            return ", ".join(vocab(ALL_MARKETS, m) for m in p.markets)
        if role == Qt.ItemDataRole.ToolTipRole and col == Column.AGE_GROUP:
            return vocab(AGE_GROUPS, p.age_group)
        if role == Qt.ItemDataRole.ToolTipRole and col in (Column.NAME, Column.PRODUCT_TYPE):
            return self._texts[row][col]
        if role == Qt.ItemDataRole.ToolTipRole and col == Column.GAPS and self._gaps.get(p.sku):
            return self.tr("%n claim(s) without a valid certificate", "", self._gaps[p.sku])
        if role == Qt.ItemDataRole.TextAlignmentRole and col == Column.GAPS:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _proof_data(self, status: str | None, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return self._proof_words.get(status or "", "")
        if role == SORT_ROLE:
            return RANK.get(status or "", UNKNOWN_RANK)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._proof_tips.get(status or "")
        if role == Qt.ItemDataRole.BackgroundRole and status in TINTS:
            return QBrush(TINTS[status])
        if role == Qt.ItemDataRole.ForegroundRole and status in TINTS:
            return QBrush(TEXT)
        return None
