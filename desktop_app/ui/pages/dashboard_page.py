"""The dashboard: what needs attention today, each item a click from its record."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from ...core.certificates import CertificateState, CertStatus, Gap
from ...core.compliance import EXPIRED, FAILING, INCOMPLETE
from ...core.vocabulary import CERT_SCHEMES
from ...workspace.changes import ChangeSet
from ..i18n import format_date, vocab, vocab_lang
from ..status import status_icon, status_text
from ..sync_status import SyncInfo, last_sync_text, load_sync_info
from ..tasks import Lane
from ..widgets.reminder_banner import ReminderBanner
from ..widgets.wrapped_rows import WrappedRowsDelegate
from .page import Page

if TYPE_CHECKING:
    from ...workspace import Workspace

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class DashboardData:
    firm_name: str
    lead_days: int
    expired: list[CertificateState]
    expiring: list[CertificateState]
    gaps: dict[str, list[Gap]]
    product_names: dict[str, str]
    notices: list  # NoticeView: unread, concerning the firm's products
    catalogue_version: int
    sync: SyncInfo
    not_proven: list[tuple[str, str]]  # (SKU, status): failing first


def load_dashboard(ws: Workspace) -> DashboardData:
    """Reads only: runs on the network lane (two workers), so the compliance summary it needs,
    seconds on a large firm's first pass, never holds up the pages' loads on the database lane."""
    firm = ws.firm()
    reminders = ws.certificates.reminders()
    products = {p.sku: p.name for p in ws.products.list()}
    notices = [v for v in ws.catalogue.notices() if v.mine and not v.read]
    return DashboardData(
        firm_name=firm.name,
        lead_days=firm.lead_days,
        expired=[s for s in reminders if s.status is CertStatus.EXPIRED],
        expiring=[s for s in reminders if s.status is CertStatus.EXPIRING],
        gaps=ws.certificates.gaps(),
        product_names=products,
        notices=notices,
        catalogue_version=ws.catalogue.version(),
        sync=load_sync_info(ws),
        not_proven=not_proven(ws),
    )


def not_proven(ws: Workspace) -> list[tuple[str, str]]:
    """(SKU, overall status) of the products not proven compliant, failing first (cached per product)."""
    summary = ws.compliance.summary()
    return [(sku, summary.by_sku[sku]) for sku in summary.not_proven]


class DashboardPage(Page):
    watches = (
        ChangeSet.PRODUCTS
        | ChangeSet.CERTIFICATES
        | ChangeSet.FIRM
        | ChangeSet.CATALOGUE
        | ChangeSet.NOTICES
        | ChangeSet.RESULTS
    )
    certificate_activated = Signal(str)
    product_activated = Signal(str)
    notice_activated = Signal(str)
    show_certificates = Signal()

    def __init__(self, ws: Workspace, runner, hub, parent=None) -> None:
        super().__init__(ws, runner, hub, parent)
        self.data: DashboardData | None = None
        layout = QVBoxLayout(self)
        self.banner = ReminderBanner(self)
        self.banner.opened.connect(self.show_certificates)
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.subheading = QLabel(self)
        self.subheading.setStyleSheet("color: #555;")
        layout.addWidget(self.banner)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        self.hint = QLabel(self)
        self.hint.setStyleSheet(
            "background: #e8f0fb; border: 1px solid #b8cbe8; border-radius: 4px; padding: 8px;"
        )
        self.hint.setWordWrap(True)
        self.hint.hide()
        layout.addWidget(self.hint)
        grid = QGridLayout()
        self.expired_box, self.expired_list = self._section()
        self.expiring_box, self.expiring_list = self._section()
        self.gaps_box, self.gaps_list = self._section()
        self.notices_box, self.notices_list = self._section()
        self.proof_box, self.proof_list = self._section()
        self.proof_list.setObjectName("notProvenList")
        grid.addWidget(self.expired_box, 0, 0)
        grid.addWidget(self.expiring_box, 0, 1)
        grid.addWidget(self.gaps_box, 1, 0)
        grid.addWidget(self.notices_box, 1, 1)
        grid.addWidget(self.proof_box, 2, 0, 1, 2)
        layout.addLayout(grid, 1)
        self.expired_list.itemActivated.connect(self._on_certificate_item_activated)
        self.expiring_list.itemActivated.connect(self._on_certificate_item_activated)
        self.expired_list.itemClicked.connect(self._on_certificate_item_activated)
        self.expiring_list.itemClicked.connect(self._on_certificate_item_activated)
        self.gaps_list.itemClicked.connect(self._on_product_item_activated)
        self.gaps_list.itemActivated.connect(self._on_product_item_activated)
        self.proof_list.itemClicked.connect(self._on_product_item_activated)
        self.proof_list.itemActivated.connect(self._on_product_item_activated)
        self.notices_list.itemClicked.connect(self._on_notice_item_activated)
        self.notices_list.itemActivated.connect(self._on_notice_item_activated)
        self.retranslate()

    def _section(self) -> tuple[QGroupBox, QListWidget]:
        box = QGroupBox(self)
        lay = QVBoxLayout(box)
        lst = QListWidget(box)
        lst.setAlternatingRowColors(True)
        lst.setWordWrap(True)
        lst.setItemDelegate(WrappedRowsDelegate(lst))  # a Chinese line's real height
        lst.setCursor(Qt.CursorShape.PointingHandCursor)
        lay.addWidget(lst)
        return box, lst

    def title(self) -> str:
        return self.tr("Dashboard")

    def reload(self) -> None:
        self.runner.submit(
            lambda ctx: load_dashboard(self.ws),
            on_done=self._on_data_loaded,
            label="dashboard",
            lane=Lane.NETWORK,
        )

    def _on_data_loaded(self, data: DashboardData) -> None:
        self.data = data
        self.retranslate()

    def retranslate(self) -> None:
        self.banner.retranslate()
        d = self.data
        self.heading.setText(d.firm_name if d and d.firm_name else self.tr("Dashboard"))
        if d is None:
            self.subheading.setText(self.tr("Loading…"))
            for box, title in (
                (self.expired_box, self.tr("Expired certificates")),
                (self.expiring_box, self.tr("Expiring certificates")),
                (self.gaps_box, self.tr("Products with gaps")),
                (self.notices_box, self.tr("Unread notices about your products")),
                (self.proof_box, self.tr("Products not proven compliant")),
            ):
                box.setTitle(title)
            return
        sync = last_sync_text(d.sync)
        self.subheading.setText(
            self.tr("Catalogue version {version} · last sync: {sync}").format(
                version=d.catalogue_version, sync=sync
            )
        )
        self.hint.setText(
            self.tr(
                "No products yet. Press Ctrl+N to add your first product, or load the demo data "
                "from the File menu to look around."
            )
        )
        self.hint.setVisible(not d.product_names)
        self.expired_box.setTitle(self.tr("Expired certificates (%n)", "", len(d.expired)))
        self.expiring_box.setTitle(
            self.tr("Expiring within {days} days (%n)", "", len(d.expiring)).format(days=d.lead_days)
        )
        self.gaps_box.setTitle(self.tr("Products with gaps (%n)", "", len(d.gaps)))
        self.notices_box.setTitle(self.tr("Unread notices about your products (%n)", "", len(d.notices)))
        self._fill_certificates(self.expired_list, d.expired, self.tr("No expired certificates."))
        self._fill_certificates(self.expiring_list, d.expiring, self.tr("Nothing expires soon."))
        self.gaps_list.clear()
        for sku, gaps in sorted(d.gaps.items()):
            name = d.product_names.get(sku, "")
            text = f"{sku}  {name}\n    " + "; ".join(g.describe(vocab_lang()) for g in gaps)
            self._add(self.gaps_list, text, sku)
        if not d.gaps:
            self._empty(self.gaps_list, self.tr("Every claim is backed by a valid certificate."))
        self.notices_list.clear()
        for view in d.notices:
            n = view.notice
            text = f"{format_date(n.published)}  {n.title.get(vocab_lang())}\n    " + self.tr(
                "Concerns: {skus}"
            ).format(skus=", ".join(view.affected))
            self._add(self.notices_list, text, n.id)
        if not d.notices:
            self._empty(self.notices_list, self.tr("No unread notices."))
        self._fill_proof(d)

    def status_word(self, status: str) -> str:
        return {
            FAILING: self.tr("Failing"),
            EXPIRED: self.tr("Expired"),
            INCOMPLETE: self.tr("Incomplete"),
        }.get(status, status)

    def _fill_proof(self, d: DashboardData) -> None:
        failing = sum(1 for _sku, status in d.not_proven if status == FAILING)
        title = self.tr("Products not proven compliant: %n", "", len(d.not_proven))
        if failing:
            title += " · " + self.tr("%n failing", "", failing)
        self.proof_box.setTitle(title)
        self.proof_list.clear()
        for sku, status in d.not_proven:
            name = d.product_names.get(sku, "")
            self._add(self.proof_list, f"{self.status_word(status)} · {sku}  {name}", sku)
        if not d.not_proven:
            self._empty(self.proof_list, self.tr("Every product is proven compliant."))

    def _fill_certificates(self, lst: QListWidget, states: list[CertificateState], empty: str) -> None:
        lst.clear()
        for st in states:
            c = st.certificate
            products = ", ".join(c.products) if c.products else self.tr("whole firm")
            text = (
                f"{status_text(st)} · {vocab(CERT_SCHEMES, c.scheme)}\n    {c.number} ({products}) · "
                + self.tr("expires {date}").format(date=format_date(c.expires))
            )
            item = self._add(lst, text, c.number)
            item.setIcon(status_icon(st.status))
        if not states:
            self._empty(lst, empty)

    def _add(self, lst: QListWidget, text: str, key: str) -> QListWidgetItem:
        item = QListWidgetItem(text, lst)
        item.setData(KEY_ROLE, key)
        return item

    def _empty(self, lst: QListWidget, text: str) -> None:
        item = QListWidgetItem(text, lst)
        item.setFlags(Qt.ItemFlag.NoItemFlags)

    def _on_certificate_item_activated(self, item: QListWidgetItem) -> None:
        if item.data(KEY_ROLE):
            self.certificate_activated.emit(item.data(KEY_ROLE))

    def _on_product_item_activated(self, item: QListWidgetItem) -> None:
        if item.data(KEY_ROLE):
            self.product_activated.emit(item.data(KEY_ROLE))

    def _on_notice_item_activated(self, item: QListWidgetItem) -> None:
        if item.data(KEY_ROLE):
            self.notice_activated.emit(item.data(KEY_ROLE))
