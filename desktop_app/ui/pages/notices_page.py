"""Notices from the platform's radar, the ones concerning the firm's products first.

A notice concerns the firm ("mine") when a standard it names applies to one
of the firm's products; those come first and name the products. Unread
notices are bold; selecting one marks it read, and it can be marked unread
again. A notice's link opens in the browser.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from ...workspace.changes import ChangeSet
from ..i18n import format_date, vocab_lang
from .page import Page

if TYPE_CHECKING:
    from ...workspace import Workspace

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEVERITY_COLOURS = {"critical": QColor("#b3261e"), "warning": QColor("#8a5a00"), "info": QColor("#33658a")}


class Column(enum.IntEnum):
    SEVERITY = 0
    DATE = 1
    TITLE = 2
    PRODUCTS = 3


class NoticesPage(Page):
    watches = ChangeSet.CATALOGUE | ChangeSet.NOTICES | ChangeSet.PRODUCTS

    def __init__(self, ws: Workspace, runner, hub, parent=None) -> None:
        super().__init__(ws, runner, hub, parent)
        self._views: list = []
        self._restoring = False  # re-selecting after a reload is not reading
        layout = QVBoxLayout(self)
        self.hint = QLabel(self)
        self.list = QTreeWidget(self)
        self.list.setObjectName("noticeList")
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        # rows with air between them: a notice is read, not scanned like a table of figures
        self.list.setStyleSheet("QTreeView#noticeList::item { padding: 5px 4px; }")
        self.list.setColumnCount(len(Column))
        header = self.list.header()
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.resizeSection(Column.PRODUCTS, 240)  # long SKU lists are elided; the tooltip has them all
        buttons = QHBoxLayout()
        self.read_button = QPushButton(self)
        self.link_button = QPushButton(self)
        buttons.addWidget(self.read_button)
        buttons.addWidget(self.link_button)
        buttons.addStretch(1)
        self.body = QTextBrowser(self)
        self.body.setOpenExternalLinks(True)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 2)
        layout.addLayout(buttons)
        layout.addWidget(self.body, 1)
        self.list.currentItemChanged.connect(self._on_list_current_changed)
        self.read_button.clicked.connect(self._on_read_clicked)
        self.link_button.clicked.connect(self._on_link_clicked)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Notices")

    def reload(self) -> None:
        self.runner.submit(
            lambda ctx: self.ws.catalogue.notices(), on_done=self._on_views_loaded, label="notices"
        )

    def notice_ids(self) -> list[str]:
        return [self.list.topLevelItem(row).data(0, ID_ROLE) for row in range(self.list.topLevelItemCount())]

    def select(self, notice_id: str) -> None:
        for row in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(row)
            if item.data(0, ID_ROLE) == notice_id:
                self.list.setCurrentItem(item)

    def current_view(self):
        item = self.list.currentItem()
        if item is None:
            return None
        return next((v for v in self._views if v.notice.id == item.data(0, ID_ROLE)), None)

    def severity_text(self, severity: str) -> str:
        return {
            "critical": self.tr("Critical"),
            "warning": self.tr("Warning"),
            "info": self.tr("Information"),
        }.get(severity, severity)

    def _on_views_loaded(self, views) -> None:
        current = self.list.currentItem().data(0, ID_ROLE) if self.list.currentItem() else None
        self._views = list(views)
        self.list.blockSignals(True)
        self.list.clear()
        for v in self._views:
            n = v.notice
            item = QTreeWidgetItem(self.list)
            item.setData(0, ID_ROLE, n.id)
            item.setText(Column.SEVERITY, self.severity_text(n.severity))
            item.setForeground(Column.SEVERITY, QBrush(SEVERITY_COLOURS.get(n.severity, QColor("#444444"))))
            item.setText(Column.DATE, format_date(n.published))
            item.setText(Column.TITLE, n.title.get(vocab_lang()))
            item.setText(Column.PRODUCTS, ", ".join(v.affected))
            item.setToolTip(Column.PRODUCTS, ", ".join(v.affected))
            self._set_read_font(item, v.read)
        self.list.blockSignals(False)
        header = self.list.header()
        for column in (Column.SEVERITY, Column.DATE):
            self.list.resizeColumnToContents(column)
            # bold text and the header's own words must fit, with room to spare
            wanted = max(self.list.columnWidth(column), header.sectionSizeHint(column)) + 16
            self.list.setColumnWidth(column, wanted)
        if current:
            self._restoring = True
            try:
                self.select(current)
            finally:
                self._restoring = False
        self._show_current()

    def _set_read_font(self, item: QTreeWidgetItem, read: bool) -> None:
        for column in Column:
            font = QFont(item.font(column))
            font.setBold(not read)
            item.setFont(column, font)

    def _on_list_current_changed(self, item, _previous) -> None:
        view = self.current_view()
        if view is not None and not view.read and not self._restoring:
            self._mark(view, True)
        self._show_current()

    def _show_current(self) -> None:
        view = self.current_view()
        self.read_button.setEnabled(view is not None)
        self.link_button.setEnabled(bool(view is not None and view.notice.url))
        if view is None:
            self.body.clear()
            self.read_button.setText(self.tr("Mark unread"))
            return
        self.read_button.setText(self.tr("Mark unread") if view.read else self.tr("Mark read"))
        self.body.setPlainText(self._detail_text(view))

    def _detail_text(self, view) -> str:
        n = view.notice
        lines = [n.title.get(vocab_lang()), ""]
        lines.append(
            self.tr("{severity} · published {date}").format(
                severity=self.severity_text(n.severity), date=format_date(n.published)
            )
        )
        if n.effective:
            lines.append(self.tr("Takes effect {date}").format(date=format_date(n.effective)))
        if n.standards:
            lines.append(self.tr("Standards: {codes}").format(codes=", ".join(n.standards)))
        if view.affected:
            lines.append(self.tr("Concerns your products: {skus}").format(skus=", ".join(view.affected)))
        if n.body:
            lines += ["", n.body.get(vocab_lang())]
        if n.url:
            lines += ["", n.url]
        return "\n".join(lines)

    def _mark(self, view, read: bool) -> None:
        """Show the new state at once; the database write follows on the worker."""
        index = self._views.index(view)
        self._views[index] = type(view)(view.notice, read, view.affected)
        item = self.list.currentItem()
        if item is not None and item.data(0, ID_ROLE) == view.notice.id:
            self._set_read_font(item, read)
        self.runner.submit(
            lambda ctx: self.ws.catalogue.mark_notice(view.notice.id, read),
            label="mark notice",
        )

    def _on_read_clicked(self) -> None:
        view = self.current_view()
        if view is not None:
            self._mark(view, not view.read)
            self._show_current()

    def _on_link_clicked(self) -> None:
        view = self.current_view()
        if view is not None and view.notice.url:
            QDesktopServices.openUrl(QUrl(view.notice.url))

    def retranslate(self) -> None:
        self.hint.setText(
            self.tr("Notices about your products come first. Unread ones are bold; select one to read it.")
        )
        self.list.setHeaderLabels(
            [self.tr("Severity"), self.tr("Date"), self.tr("Notice"), self.tr("Your products concerned")]
        )
        self.link_button.setText(self.tr("Open link"))
        self.body.setPlaceholderText(self.tr("Select a notice to read it here."))
        if self._views:
            self._on_views_loaded(self._views)
        else:
            self._show_current()
