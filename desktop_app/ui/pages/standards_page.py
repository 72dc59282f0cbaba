"""The catalogue of standards: a searchable list (a fuller browser comes later)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout

from ...core.catalogue import StandardQuery
from ..events import CATALOGUE
from ..i18n import vocab_lang
from .page import Page


class StandardsPage(Page):
    watches = frozenset({CATALOGUE})

    def __init__(self, ws, runner, hub, parent=None) -> None:
        super().__init__(ws, runner, hub, parent)
        layout = QVBoxLayout(self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.list = QListWidget(self)
        self.list.setAlternatingRowColors(True)
        layout.addWidget(self.search)
        layout.addWidget(self.count_label)
        layout.addWidget(self.list, 1)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(self._debounce.start)
        self._rows: list = []
        self.retranslate()

    def title(self) -> str:
        return self.tr("Standards")

    def focus_search(self) -> bool:
        self.search.setFocus()
        self.search.selectAll()
        return True

    def reload(self) -> None:
        query = StandardQuery(text=self.search.text().strip())
        self.runner.submit(
            lambda ctx: (self.ws.catalogue.count(query), self.ws.catalogue.browse(query, limit=500)),
            on_done=self._on_rows_loaded,
            label="standards",
        )

    def _on_rows_loaded(self, result) -> None:
        total, self._rows = result
        self.count_label.setText(self.tr("%n standard(s)", "", total))
        self.list.clear()
        for s in self._rows:
            mark = self.tr("mandatory") if s.mandatory else self.tr("voluntary")
            QListWidgetItem(f"{s.code}  {s.title.get(vocab_lang())}  [{mark}]", self.list)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search standards by code or title…"))
        if self._rows:
            self._on_rows_loaded((len(self._rows), self._rows))
