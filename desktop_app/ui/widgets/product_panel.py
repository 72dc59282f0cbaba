"""The side panel of the products page: applicable standards, certificates, gaps."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.vocabulary import CERT_SCHEMES, FIBRES
from ..i18n import format_date, vocab, vocab_lang
from ..status import status_icon, status_text

NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1


class ProductPanel(QWidget):
    certificate_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.overview = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setStyleSheet("color: #444;")
        self.standards_box = QGroupBox(self)
        self.standards = QTreeWidget(self.standards_box)
        self.standards.setColumnCount(2)
        self.standards.setRootIsDecorated(False)
        self.standards.setWordWrap(True)
        self.standards.setAlternatingRowColors(True)
        QVBoxLayout(self.standards_box).addWidget(self.standards)
        self.certs_box = QGroupBox(self)
        self.certs = QListWidget(self.certs_box)
        QVBoxLayout(self.certs_box).addWidget(self.certs)
        self.gaps_box = QGroupBox(self)
        self.gaps = QListWidget(self.gaps_box)
        QVBoxLayout(self.gaps_box).addWidget(self.gaps)
        layout.addWidget(self.heading)
        layout.addWidget(self.details)
        layout.addWidget(self.standards_box, 3)
        layout.addWidget(self.certs_box, 2)
        layout.addWidget(self.gaps_box, 1)
        self.certs.itemActivated.connect(self._on_cert_item_activated)
        self.certs.itemDoubleClicked.connect(self._on_cert_item_activated)
        self.retranslate()

    def retranslate(self) -> None:
        self.standards.setHeaderLabels([self.tr("Standard and why it applies"), self.tr("Grade")])
        self.show_overview(self.overview)

    def show_overview(self, overview) -> None:
        self.overview = overview
        self.standards.clear()
        self.certs.clear()
        self.gaps.clear()
        if overview is None:
            self.heading.setText(self.tr("Select a product to see its standards and certificates."))
            self.details.clear()
            self.standards_box.setTitle(self.tr("Applicable standards"))
            self.certs_box.setTitle(self.tr("Certificates"))
            self.gaps_box.setTitle(self.tr("Gaps"))
            return
        p = overview.product
        lang = vocab_lang()
        self.heading.setText(f"{p.sku} · {p.name}")
        comp = " / ".join(f"{vocab(FIBRES, s.fibre)} {s.percent:g}%" for s in p.composition)
        self.details.setText(comp + (f" · {p.customer}" if p.customer else ""))
        self.standards_box.setTitle(self.tr("Applicable standards (%n)", "", len(overview.applicable)))
        for a in overview.applicable:
            title = f"{a.standard.code}  {a.standard.title.get(lang)}"
            item = QTreeWidgetItem([f"{title}\n    {a.reason_text(lang)}", a.grade or "—"])
            item.setToolTip(0, item.text(0))
            self.standards.addTopLevelItem(item)
        header = self.standards.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, header.ResizeMode.Stretch)
        header.setSectionResizeMode(1, header.ResizeMode.ResizeToContents)
        self.certs_box.setTitle(self.tr("Certificates (%n)", "", len(overview.certificates)))
        for st in overview.certificates:
            c = st.certificate
            text = f"{vocab(CERT_SCHEMES, c.scheme)} · {c.number}\n{status_text(st)} · " + self.tr(
                "expires {date}"
            ).format(date=format_date(c.expires))
            item = QListWidgetItem(status_icon(st.status), text, self.certs)
            item.setData(NUMBER_ROLE, c.number)
        if not overview.certificates:
            QListWidgetItem(self.tr("No certificate covers this product."), self.certs).setFlags(
                Qt.ItemFlag.NoItemFlags
            )
        self.gaps_box.setTitle(self.tr("Gaps (%n)", "", len(overview.gaps)))
        for g in overview.gaps:
            QListWidgetItem(g.describe(lang), self.gaps)
        if not overview.gaps:
            QListWidgetItem(self.tr("No gaps: every claim is backed."), self.gaps).setFlags(
                Qt.ItemFlag.NoItemFlags
            )

    def _on_cert_item_activated(self, item: QListWidgetItem) -> None:
        if item.data(NUMBER_ROLE):
            self.certificate_activated.emit(item.data(NUMBER_ROLE))
