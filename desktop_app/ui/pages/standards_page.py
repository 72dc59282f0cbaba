"""The standards catalogue: search as you type, filters, and a detail pane.

Stays quick with the platform's full catalogue: the list is a lazily fetched
model (chunks of 200); the search finds codes (normalised), titles and
requirement items through the catalogue's word index (`db.catalogue_search`),
ranked, and says what matched in its own column; the first chunk, the count,
every further chunk of a search and the detail are fetched off the GUI thread.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.catalogue import StandardQuery
from ...core.limit_wording import limit_text
from ...core.vocabulary import MARKETS
from ...workspace.changes import ChangeSet
from ..i18n import vocab, vocab_lang
from ..models.standard_table_model import Column, StandardTableModel, status_name
from ..tasks import Lane
from .page import Page

if TYPE_CHECKING:
    from ...workspace import Workspace

FIRST_CHUNK = 200
DETAIL_WIDTH = 280
TITLE_WIDTH = 80  # the least a title keeps before optional columns make way


class StandardsPage(Page):
    watches = ChangeSet.CATALOGUE | ChangeSet.PRODUCTS

    def __init__(self, ws: Workspace, runner, hub, parent=None) -> None:
        super().__init__(ws, runner, hub, parent)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.market = QComboBox(self)
        self.status = QComboBox(self)
        self.mandatory = QComboBox(self)
        self.count_label = QLabel(self)
        self.model = StandardTableModel(
            lambda q, offset, limit: self.ws.catalogue.browse(q, offset=offset, limit=limit),
            vocab_lang,
            self,
            run=lambda work, deliver: self.runner.submit(
                lambda _ctx: work(), on_done=deliver, label="standards"
            ),
        )
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        # at 1024×768 the title is elided, never the status ("replaced by …" names the successor)
        for col, width in {
            Column.CODE: 160,
            Column.STATUS: 170,
            Column.MANDATORY: 90,
            Column.MARKETS: 90,
            Column.MATCHED: 150,
        }.items():
            self.table.setColumnWidth(col, max(width, header.sectionSizeHint(col)))
        header.setMinimumSectionSize(40)
        self.table.setColumnHidden(Column.MATCHED, True)  # shown for a text search
        self.table.setWordWrap(False)  # one line per standard: the title elides, the detail pane has it whole
        self.detail = QTextBrowser(self)
        self.detail.setObjectName("standardDetail")
        self.detail.setOpenExternalLinks(True)
        self.detail.setMinimumWidth(DETAIL_WIDTH)  # an item, its limit and method read on one line each
        self.detail_toggle = QToolButton(self)
        self.detail_toggle.setObjectName("standardDetailToggle")
        self.detail_toggle.setCheckable(True)
        self.detail_toggle.setChecked(True)
        self.detail_toggle.toggled.connect(self._on_detail_toggle_toggled)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        for combo in (self.market, self.status, self.mandatory):
            filters.addWidget(combo)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        count_row = QHBoxLayout()  # the toggle here, so the search box keeps its width at 1024
        count_row.addWidget(self.count_label, 1)
        count_row.addWidget(self.detail_toggle)
        left_layout.addLayout(count_row)
        left_layout.addWidget(self.table, 1)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setCollapsible(0, False)
        self.splitter.splitterMoved.connect(self._on_splitter_moved)
        self.splitter.setSizes([720, DETAIL_WIDTH])  # the table first on a 1024×768 screen
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(self._debounce.start)
        for combo in (self.market, self.status, self.mandatory):
            combo.currentIndexChanged.connect(self._debounce.start)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        self._generation = 0
        self._search_prepared = False
        self.retranslate()

    def title(self) -> str:
        return self.tr("Standards")

    def focus_search(self) -> bool:
        self.search.setFocus()
        self.search.selectAll()
        return True

    def query(self) -> StandardQuery:
        return StandardQuery(
            text=self.search.text().strip(),
            market=self.market.currentData(),
            status=self.status.currentData(),
            mandatory=self.mandatory.currentData(),
        )

    def reload(self) -> None:
        query = self.query()
        self._generation += 1
        generation = self._generation

        def fetch(_ctx):
            return self.ws.catalogue.page(query, limit=FIRST_CHUNK)

        self.runner.submit(
            fetch, on_done=lambda result: self._on_rows_loaded(generation, query, result), label="standards"
        )

    def _on_rows_loaded(self, generation: int, query: StandardQuery, result) -> None:
        if generation != self._generation:  # a newer search is on its way
            return
        total, first = result
        self.model.reset(query, total, first)
        if not self._search_prepared:  # the list is shown: ready the first search meanwhile
            self._search_prepared = True
            self.runner.submit(
                lambda ctx: self.ws.catalogue.prepare_search(), label="search", lane=Lane.NETWORK
            )
        self.fit_columns()
        self.count_label.setText(self.tr("%n standard(s)", "", total))
        if total:
            self.table.selectRow(0)
        else:
            nothing = self.tr("No standard matches.")
            self.detail.setHtml(f"<p>{html.escape(nothing)}</p>")

    def _on_table_current_changed(self, current, _previous) -> None:
        summary = self.model.summary(current.row())
        if summary is None:
            return
        code = summary.code

        def fetch(_ctx):
            standard = self.ws.catalogue.show(code)
            products = self.ws.catalogue.products_for_standards([code])
            notices = self.ws.catalogue.notices_about(code)
            return standard, products, notices

        self.runner.submit(fetch, on_done=self._show_detail, label="standard detail")

    def _show_detail(self, result) -> None:
        standard, products, notices = result
        lang = vocab_lang()
        e = html.escape
        parts = [
            f"<h3>{e(standard.code)}</h3>",
            f"<p><b>{e(standard.title.zh or '')}</b><br>{e(standard.title.en or '')}</p>",
        ]
        facts = [
            (self.tr("Issuer"), standard.issuer),
            (self.tr("Markets"), ", ".join(vocab(MARKETS, m) for m in standard.markets)),
            (self.tr("Status"), status_name(standard.status)),
            (self.tr("Mandatory"), self.tr("Yes") if standard.mandatory else self.tr("No")),
            (self.tr("Published"), standard.published.isoformat() if standard.published else "—"),
            (self.tr("Effective"), standard.effective.isoformat() if standard.effective else "—"),
        ]
        if standard.replaced_by:
            facts.append((self.tr("Replaced by"), standard.replaced_by))
        parts.append(
            "<table>"
            + "".join(f"<tr><td>{e(k)}:&nbsp;</td><td>{e(v)}</td></tr>" for k, v in facts)
            + "</table>"
        )
        outdated = self.tr("This standard is no longer current.")
        requirement_items = self.tr("Requirement items")
        applies_to = self.tr("Your products it applies to")
        notices_title = self.tr("Notices")
        link_text = self.tr("link")
        if standard.is_outdated:
            parts.append(f"<p><b>⚠ {e(outdated)}</b></p>")
        if standard.requirements:
            parts.append(f"<h4>{e(requirement_items)} ({len(standard.requirements)})</h4>")
            parts += [self.requirement_block(r, lang) for r in standard.requirements]
        parts.append(f"<h4>{e(applies_to)} ({len(products)})</h4>")
        parts.append("<p>" + (e(", ".join(f"{p.sku} {p.name}" for p in products)) or "—") + "</p>")
        parts.append(f"<h4>{e(notices_title)} ({len(notices)})</h4>")
        for n in notices:
            link = f' <a href="{e(n.url)}">{e(link_text)}</a>' if n.url else ""
            parts.append(f"<p>{e(n.published.isoformat())} · {e(n.title.get(lang))}{link}</p>")
        self.detail.setHtml("".join(parts))

    def fit_columns(self) -> None:
        """What matched shows for a text search; where the table is too narrow for it and a
        readable title, mandatory and markets (in the filters and the detail pane) make way."""
        searching = bool(self.search.text().strip())
        self.table.setColumnHidden(Column.MATCHED, not searching)
        room = self.table.viewport().width()
        used = sum(self.table.columnWidth(c) for c in (Column.CODE, Column.STATUS)) + TITLE_WIDTH
        for col in (Column.MARKETS, Column.MANDATORY, Column.MATCHED):
            if col == Column.MATCHED and not searching:
                continue
            used += self.table.columnWidth(col)
        for col in (Column.MANDATORY, Column.MARKETS):
            hide = searching and used > room
            self.table.setColumnHidden(col, hide)
            if hide:
                used -= self.table.columnWidth(col)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def _on_splitter_moved(self, *_args) -> None:
        self.fit_columns()

    def requirement_block(self, r, lang: str) -> str:
        """One item as a block: the item (and its grade), then its limit and its method, each
        on a line of its own, in the interface language."""
        e = html.escape
        head = f"<b>{e(r.item.get(lang))}</b>"
        if r.grade:
            grade = self.tr("grade {grade}").format(grade=r.grade)
            head += f' <span style="color:#555">· {e(grade)}</span>'
        limit = self.tr("Limit: {limit}").format(limit=limit_text(r.limit, r.unit, lang))
        lines = [head, e(limit)]
        if r.method:
            lines.append(e(self.tr("Method: {method}").format(method=r.method)))
        return '<p style="margin-top:6px; margin-bottom:6px">' + "<br>".join(lines) + "</p>"

    def _on_detail_toggle_toggled(self, shown: bool) -> None:
        self.detail.setVisible(shown)
        QTimer.singleShot(0, self, self.fit_columns)  # once the table has the room
        self._title_detail_toggle()

    def _title_detail_toggle(self) -> None:
        shown = self.detail_toggle.isChecked()
        self.detail_toggle.setText(self.tr("Hide details") if shown else self.tr("Show details"))

    def retranslate(self) -> None:
        self._title_detail_toggle()
        self.search.setPlaceholderText(self.tr("Search code, title or item (e.g. GB18401, 甲醛)…"))
        for combo, items in (
            (
                self.market,
                [(self.tr("All markets"), None)]
                + [(vocab(MARKETS, m), m) for m in ("CN", "EU", "US", "JP", "GLOBAL")],
            ),
            (
                self.status,
                [(self.tr("Any status"), None)]
                + [(status_name(s), s) for s in ("current", "upcoming", "superseded", "withdrawn")],
            ),
            (
                self.mandatory,
                [
                    (self.tr("Mandatory or not"), None),
                    (self.tr("Mandatory"), True),
                    (self.tr("Voluntary"), False),
                ],
            ),
        ):
            current = combo.currentIndex()
            combo.blockSignals(True)
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(current, 0))
            combo.blockSignals(False)
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
