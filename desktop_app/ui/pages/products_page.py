"""Products: a filterable table, the product dialog, and the side panel.

The proof column (each product's overall compliance status) is worked out on the
network lane, which only reads, a moment after the rows are shown (debounced), so
neither a reload nor a burst of changes waits for it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
)

from ...core.vocabulary import CATEGORIES, MARKETS
from ...workspace.changes import ChangeSet
from ..checklist_printer import ChecklistPrinter
from ..dialogs.product_dialog import Mode, ProductDialog
from ..i18n import vocab
from ..models.product_filter_proxy import ProductFilterProxy
from ..models.product_table_model import Column, ProductRows, ProductTableModel, age_words
from ..proof_loader import ProofLoader
from ..proof_status import filter_choices, proof_words
from ..widgets.product_panel import ProductPanel
from .page import Page

if TYPE_CHECKING:
    from ...workspace import Workspace


# The table gained a proof column: a header state saved before it would misplace columns.
HEADER_KEY = "products/header3"
# Columns of names: they share the width the coded columns leave, and are elided.
# The name itself takes what remains (a stretched section, so the columns never overflow).
SHARES = {Column.PRODUCT_TYPE: 0.15, Column.COMPOSITION: 0.25, Column.CUSTOMER: 0.2}
# When even their headers do not fit (English at 1024 pixels with the detail pane open),
# these are left out, last first: the detail pane shows them for the selected product.
OPTIONAL = (Column.PRODUCT_TYPE, Column.CUSTOMER, Column.COMPOSITION)
NAME_MIN_WIDTH = 120  # a product name still recognisable when elided
SHARE_MIN_WIDTH = 72  # a type, customer or composition: a few words, else left out
SEARCH_MIN_WIDTH = 180
SEARCH_MAX_WIDTH = 480  # wider only spreads the filters apart
# Coded columns (and the gap count, the proof): their width is their header's, at least these.
DEFAULT_WIDTHS = {Column.SKU: 70, Column.CATEGORY: 60, Column.AGE_GROUP: 60, Column.MARKETS: 65}
CODED = (*DEFAULT_WIDTHS, Column.GAPS, Column.PROOF)
CELL_PADDING = 14  # a cell's margins and focus frame around its text


def _refill(combo: QComboBox, choices: list[tuple[str, str]]) -> None:
    """(data, text) choices in this language, keeping the one chosen, without a signal."""
    current = combo.currentData() if combo.currentIndex() >= 0 else ""
    combo.blockSignals(True)
    combo.clear()
    for data, text in choices:  # data a string ("" for all), as the filters expect
        combo.addItem(text, data)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(False)


class ProductsPage(Page):
    watches = (
        ChangeSet.PRODUCTS | ChangeSet.CERTIFICATES | ChangeSet.CATALOGUE | ChangeSet.FIRM | ChangeSet.RESULTS
    )
    certificate_activated = Signal(str)
    product_saved = Signal(str)

    def __init__(self, ws: Workspace, runner, hub, parent=None) -> None:
        super().__init__(ws, runner, hub, parent)
        self.model = ProductTableModel(self)
        self.proxy = ProductFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.printer = ChecklistPrinter(ws, runner, self)
        self._pending_select: str | None = None
        self._overview_sku: str | None = None
        self.proof = ProofLoader(ws, runner, self)  # the proof column, after the rows
        self.proof.loaded.connect(self.model.set_proof)

        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setObjectName("productSearch")
        self.category = QComboBox(self)
        self.market = QComboBox(self)
        self.proof_filter = QComboBox(self)
        self.proof_filter.setObjectName("proofFilter")
        self.add_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.duplicate_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.print_button = QPushButton(self)
        # Two rows, so the search box keeps its width on a 1024-pixel screen in either
        # language: the actions on top, the filters right above the table they filter.
        actions = QHBoxLayout()
        for b in (
            self.add_button,
            self.edit_button,
            self.duplicate_button,
            self.delete_button,
            self.print_button,
        ):
            actions.addWidget(b)
        actions.addStretch(1)
        self.add_import_button(actions)
        filters = QHBoxLayout()
        self.search.setMinimumWidth(SEARCH_MIN_WIDTH)
        self.search.setMaximumWidth(SEARCH_MAX_WIDTH)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.category)
        filters.addWidget(self.market)
        filters.addWidget(self.proof_filter)
        filters.addStretch(0)

        self.table = QTableView(self)
        self.table.setObjectName("productsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.SKU, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Names share what is left and are elided (the tooltip has them whole), so the
        # columns fit a 1024-pixel screen without a scrollbar; codes and the gap count
        # keep their header's width (fixed) and are never elided.
        header.setMinimumSectionSize(36)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        for col in CODED:
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
        self.table.viewport().installEventFilter(self)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.panel = ProductPanel(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("productsSplitter")
        self.splitter.addWidget(self.table)
        # On a 768-pixel screen the panel's five lists don't all fit at their smallest: the
        # panel scrolls as a whole rather than push the window past the screen.
        self.panel_scroll = QScrollArea(self)
        self.panel_scroll.setObjectName("productPanelScroll")
        self.panel_scroll.setWidgetResizable(True)
        self.panel_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.panel_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.panel_scroll.setWidget(self.panel)
        # the panel's own minimum beside the scroll bar, so nothing of it is cut at the right
        bar = self.panel_scroll.verticalScrollBar().sizeHint().width()
        self.panel_scroll.setMinimumWidth(self.panel.minimumSizeHint().width() + bar)
        self.splitter.addWidget(self.panel_scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([820, 400])
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)

        self.search.textChanged.connect(self.proxy.set_text)
        self.category.currentIndexChanged.connect(
            lambda _i: self.proxy.set_category(self.category.currentData() or None)
        )
        self.market.currentIndexChanged.connect(
            lambda _i: self.proxy.set_market(self.market.currentData() or None)
        )
        self.proof_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_proof(self.proof_filter.currentData() or None)
        )
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.doubleClicked.connect(lambda _i: self.edit_product())
        self.add_button.clicked.connect(self.add_product)
        self.edit_button.clicked.connect(self.edit_product)
        self.duplicate_button.clicked.connect(self.duplicate_product)
        self.delete_button.clicked.connect(self.delete_products)
        self.print_button.clicked.connect(self.print_checklists)
        self.panel.certificate_activated.connect(self.certificate_activated)
        self.retranslate()
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Products")

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Find by SKU, name or customer…"))
        for combo, table, everything in (
            (self.category, CATEGORIES, self.tr("All categories")),
            (self.market, MARKETS, self.tr("All markets")),
        ):
            _refill(combo, [("", everything), *((key, vocab(table, key)) for key in table)])
        _refill(self.proof_filter, filter_choices())
        self.proof_filter.setToolTip(self.tr("Show products by their proof of compliance"))
        self.add_button.setText(self.tr("New…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.duplicate_button.setText(self.tr("Duplicate…"))
        self.delete_button.setText(self.tr("Delete"))
        self.print_button.setText(self.tr("Print checklist…"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        self.model.retranslate()  # vocabulary names follow the language
        self._fit_columns()  # after the model: the words the widths are measured by
        self.panel.retranslate()

    def _coded_widths(self) -> dict[Column, int]:
        """Coded columns, the gap count and the proof: never narrower than their header in
        this language, never elided (the gap count exactly its header's width); the age
        group and the proof as wide as their widest word too."""
        header = self.table.horizontalHeader()
        widths = {col: header.sectionSizeFromContents(col).width() for col in CODED}
        for col, width in DEFAULT_WIDTHS.items():
            widths[col] = max(width, widths[col])
        metrics = self.table.fontMetrics()
        for col, words in ((Column.AGE_GROUP, age_words()), (Column.PROOF, proof_words())):
            widest = max(metrics.horizontalAdvance(w) for w in words.values()) + CELL_PADDING
            widths[col] = max(widths[col], widest)
        return widths

    def eventFilter(self, watched, event) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """Fit every column in the viewport, no horizontal scrollbar: coded columns at their
        header's width, the names sharing the rest (elided, the tooltip has them whole);
        the optional name columns are left out while even their headers would not fit."""
        header = self.table.horizontalHeader()
        coded = self._coded_widths()
        for col, width in coded.items():
            self.table.setColumnWidth(col, width)
        least = {col: max(SHARE_MIN_WIDTH, header.sectionSizeFromContents(col).width()) for col in SHARES}
        free = self.table.viewport().width() - sum(coded.values())
        name_min = max(NAME_MIN_WIDTH, header.sectionSizeFromContents(Column.NAME).width())
        shown = [col for col in SHARES if col not in OPTIONAL] + list(OPTIONAL)
        while shown and sum(least[c] for c in shown) + name_min > free:
            shown.pop()
        for col in SHARES:
            header.setSectionHidden(col, col not in shown)
        # Each its share of the free width, but the name keeps its least: what the shares
        # want beyond their headers is scaled down to what is spare.
        more = {col: max(0, int(free * SHARES[col]) - least[col]) for col in shown}
        spare = free - name_min - sum(least[c] for c in shown)
        scale = min(1.0, spare / sum(more.values())) if sum(more.values()) else 0.0
        for col in shown:
            self.table.setColumnWidth(col, least[col] + int(more[col] * scale))

    def focus_search(self) -> bool:
        self.search.setFocus()
        self.search.selectAll()
        return True

    # loading ------------------------------------------------------------------

    def reload(self) -> None:
        def load(ctx) -> ProductRows:
            products = self.ws.products.list()
            gaps = {sku: len(g) for sku, g in self.ws.certificates.gaps(products).items()}
            return ProductRows.of(products, gaps)  # the table's texts too, off the GUI thread

        self.proof.schedule()  # a status pass running now would slow this reload: stopped, run after
        self.runner.submit(load, on_done=self._on_products_loaded, label="products")

    def _on_products_loaded(self, rows: ProductRows) -> None:
        keep = self._pending_select or self.current_sku()
        self.model.set_rows(rows)
        self._pending_select = None
        if keep:
            self.select(keep)
        else:
            self.panel.show_overview(None)
        self._update_buttons()
        self.proof.schedule()  # (again): the statuses a moment later, once per burst of changes

    def select(self, sku: str) -> None:
        row = self.model.row_of(sku)
        if row < 0:
            self._pending_select = sku  # not loaded yet
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():  # filtered out: clear the filters to show it
            self.search.clear()
            self.category.setCurrentIndex(0)
            self.market.setCurrentIndex(0)
            self.proof_filter.setCurrentIndex(0)
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)
        self._load_overview(sku)

    def selected_skus(self) -> list[str]:
        rows = sorted({self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.product(r).sku for r in rows]

    def current_sku(self) -> str | None:
        skus = self.selected_skus()
        return skus[0] if skus else None

    def _on_selection_changed(self, *_args) -> None:
        self._update_buttons()
        sku = self.current_sku()
        if sku is None:
            self._overview_sku = None
            self.panel.show_overview(None)
        elif sku != self._overview_sku:
            self._load_overview(sku)

    def _load_overview(self, sku: str) -> None:
        self._overview_sku = sku

        def load(ctx):
            return self.ws.products.overview(sku), self.ws.compliance.for_product(sku)

        def done(found) -> None:
            overview, statuses = found
            if overview.product.sku == self._overview_sku:
                self.panel.show_overview(overview)
                self.panel.show_proof(statuses)

        self.runner.submit(load, on_done=done, label="overview")

    def _update_buttons(self) -> None:
        n = len(self.selected_skus())
        self.edit_button.setEnabled(n == 1)
        self.duplicate_button.setEnabled(n == 1)
        self.delete_button.setEnabled(n >= 1)
        self.print_button.setEnabled(n >= 1)

    # actions ------------------------------------------------------------------

    def _existing_skus(self) -> set[str]:
        return {self.model.product(r).sku for r in range(self.model.rowCount())}

    def _open_dialog(self, mode: Mode, product=None) -> ProductDialog:
        if mode is Mode.EDIT:
            old_sku = product.sku

            def save(p):
                return self.ws.products.replace(old_sku, p)
        else:

            def save(p):
                return self.ws.products.add(p)

        dialog = ProductDialog(
            runner=self.runner,
            save=save,
            existing_skus=self._existing_skus(),
            product=product,
            mode=mode,
            parent=self,
            load=self.ws.products.get,  # after another PC saved it: reload the stored version
        )
        dialog.accepted.connect(lambda: self._on_dialog_saved(dialog))
        dialog.setModal(True)
        dialog.open()
        return dialog

    def _on_dialog_saved(self, dialog: ProductDialog) -> None:
        if dialog.saved is not None:
            self._pending_select = dialog.saved.sku
            self.product_saved.emit(dialog.saved.sku)

    def _selected_product(self):
        sku = self.current_sku()
        row = self.model.row_of(sku) if sku else -1
        return self.model.product(row) if row >= 0 else None

    def add_product(self) -> ProductDialog:
        return self._open_dialog(Mode.ADD)

    def edit_product(self) -> ProductDialog | None:
        product = self._selected_product()
        return self._open_dialog(Mode.EDIT, product) if product else None

    def duplicate_product(self) -> ProductDialog | None:
        product = self._selected_product()
        return self._open_dialog(Mode.DUPLICATE, product) if product else None

    def delete_products(self) -> None:
        skus = self.selected_skus()
        if not skus:
            return
        if len(skus) == 1:
            question = self.tr("Delete product {sku}?").format(sku=skus[0])
        else:
            question = self.tr("Delete %n product(s)?", "", len(skus))
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete products"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(
            self.tr(
                "Certificates are kept: they stay in the certificates list, without this product. "
                "Checklists already printed keep its SKU."
            )
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if self.confirm(box) != QMessageBox.StandardButton.Yes:
            return

        # as this list shows them: one saved on another PC since is not deleted (EDITED_ELSEWHERE)
        shown = (self.model.product(r) for r in range(self.model.rowCount()))
        versions = {p.sku: p.version for p in shown}

        def remove(ctx) -> ChangeSet:
            changes = ChangeSet.NONE
            for sku in skus:
                ctx.check()  # what was removed before a cancel stays removed
                version = versions.get(sku)
                changes |= ctx.on_db_lane(lambda sku=sku, v=version: self.ws.products.remove(sku, version=v))
            return changes

        self.runner.submit(
            remove,
            on_error=self.show_error,
            label="delete products",
        )

    def confirm(self, box: QMessageBox) -> int:
        """Ask; a separate method so tests can answer for the user."""
        return box.exec()

    def print_checklists(self) -> None:
        self.printer.print_checklists(self.selected_skus())

    # remembered layout --------------------------------------------------------

    def save_state(self, settings) -> None:
        settings.setValue("products/splitter", self.splitter.saveState())
        settings.setValue(HEADER_KEY, self.table.horizontalHeader().saveState())

    def restore_state(self, settings) -> None:
        splitter = settings.value("products/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        header = settings.value(HEADER_KEY)
        if isinstance(header, QByteArray):
            self.table.horizontalHeader().restoreState(header)
            self._fit_columns()  # the saved widths may be another screen's or language's
