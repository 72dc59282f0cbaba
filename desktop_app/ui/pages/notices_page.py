"""Notices from the platform, the ones concerning the firm's products first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QTextBrowser, QVBoxLayout

from ..events import CATALOGUE, NOTICES, PRODUCTS
from ..i18n import format_date, vocab_lang
from .page import Page

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class NoticesPage(Page):
    watches = frozenset({CATALOGUE, NOTICES, PRODUCTS})

    def __init__(self, ws, runner, hub, parent=None) -> None:
        super().__init__(ws, runner, hub, parent)
        layout = QVBoxLayout(self)
        self.hint = QLabel(self)
        self.list = QListWidget(self)
        self.body = QTextBrowser(self)
        self.body.setOpenExternalLinks(True)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 2)
        layout.addWidget(self.body, 1)
        self.list.currentItemChanged.connect(self._on_list_current_changed)
        self._views: list = []
        self.retranslate()

    def title(self) -> str:
        return self.tr("Notices")

    def reload(self) -> None:
        self.runner.submit(
            lambda ctx: self.ws.catalogue.notices(), on_done=self._on_views_loaded, label="notices"
        )

    def select(self, notice_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == notice_id:
                self.list.setCurrentRow(row)

    def notice_ids(self) -> list[str]:
        return [self.list.item(row).data(ID_ROLE) for row in range(self.list.count())]

    def _on_views_loaded(self, views) -> None:
        current = self.list.currentItem().data(ID_ROLE) if self.list.currentItem() else None
        self._views = views
        self.list.blockSignals(True)
        self.list.clear()
        for v in views:
            n = v.notice
            text = f"{format_date(n.published)}  {n.title.get(vocab_lang())}"
            if v.mine:
                text += "  · " + self.tr("concerns {skus}").format(skus=", ".join(v.affected))
            item = QListWidgetItem(text, self.list)
            item.setData(ID_ROLE, n.id)
            font = QFont(item.font())
            font.setBold(not v.read)
            item.setFont(font)
        self.list.blockSignals(False)
        if current:
            self.select(current)

    def _on_list_current_changed(self, item, _previous) -> None:
        if item is None:
            return
        view = next((v for v in self._views if v.notice.id == item.data(ID_ROLE)), None)
        if view is None:
            return
        n = view.notice
        body = n.body.get(vocab_lang()) if n.body else ""
        self.body.setPlainText(f"{n.title.get(vocab_lang())}\n\n{body}\n\n{', '.join(n.standards)}")
        if not view.read:
            font = QFont(item.font())
            font.setBold(False)
            item.setFont(font)
            self.runner.submit(
                lambda ctx: self.ws.catalogue.mark_notice(n.id, True),
                on_done=lambda _r: self.hub.changed(NOTICES),
                label="mark notice",
            )

    def retranslate(self) -> None:
        self.hint.setText(self.tr("Notices in bold are unread. Select one to read it."))
        if self._views:
            self._on_views_loaded(self._views)
