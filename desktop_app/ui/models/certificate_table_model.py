"""The certificates table, over `ws.certificates.states()`: status, dates, days left."""

from __future__ import annotations

import enum

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ...core.certificates import CertificateState, CertStatus
from ...core.vocabulary import CERT_SCHEMES
from ..i18n import format_date, vocab
from ..status import TINTS, status_icon, status_text
from .list_table_model import ListTableModel

_Index = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
NUMBER_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3

_STATUS_ORDER = {
    CertStatus.EXPIRED: 0,
    CertStatus.EXPIRING: 1,
    CertStatus.NOT_YET_VALID: 2,
    CertStatus.VALID: 3,
}
_NO_EXPIRY = 10**6  # sorts certificates without an expiry date last


class Column(enum.IntEnum):
    STATUS = 0
    NUMBER = 1
    SCHEME = 2
    ISSUER = 3
    PRODUCTS = 4
    ISSUED = 5
    EXPIRES = 6
    DAYS_LEFT = 7


class CertificateTableModel(ListTableModel):
    columns = Column

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._states: list[CertificateState] = []

    def set_states(self, states: list[CertificateState]) -> None:
        self.beginResetModel()
        self._states = list(states)
        self.endResetModel()

    def state(self, row: int) -> CertificateState:
        return self._states[row]

    def row_of(self, number: str) -> int:
        for row, st in enumerate(self._states):
            if st.certificate.number == number:
                return row
        return -1

    def _rows(self) -> list:
        return self._states

    def header_texts(self) -> dict:
        return {
            Column.STATUS: self.tr("Status"),
            Column.NUMBER: self.tr("Number"),
            Column.SCHEME: self.tr("Scheme"),
            Column.ISSUER: self.tr("Issuer"),
            Column.PRODUCTS: self.tr("Products"),
            Column.ISSUED: self.tr("Issued"),
            Column.EXPIRES: self.tr("Expires"),
            Column.DAYS_LEFT: self.tr("Days left"),
        }

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._states):
            return None
        st = self._states[index.row()]
        cert = st.certificate
        col = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(st, col)
        if role == SORT_ROLE:
            return self._sort_key(st, col)
        if role == NUMBER_ROLE:
            return cert.number
        if role == SEARCH_ROLE:
            return " ".join((cert.number, cert.issuer, cert.holder, cert.scope, *cert.products)).lower()
        if role == Qt.ItemDataRole.DecorationRole and col == Column.STATUS:
            return status_icon(st.status)
        if role == Qt.ItemDataRole.BackgroundRole and col == Column.STATUS:
            return QBrush(TINTS[st.status])
        if role == Qt.ItemDataRole.ForegroundRole and col == Column.STATUS:
            return QBrush(QColor("#1a1a1a"))
        if role == Qt.ItemDataRole.TextAlignmentRole and col == Column.DAYS_LEFT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == Column.PRODUCTS and cert.products:
            return "\n".join(cert.products)
        if role == Qt.ItemDataRole.ToolTipRole and col in (Column.ISSUER, Column.NUMBER, Column.SCHEME):
            return self._display(st, col)  # elided at 1024×768
        return None

    def _display(self, st: CertificateState, col: Column) -> str:
        cert = st.certificate
        if col == Column.STATUS:
            return status_text(st)
        if col == Column.NUMBER:
            return cert.number
        if col == Column.SCHEME:
            return vocab(CERT_SCHEMES, cert.scheme)
        if col == Column.ISSUER:
            return cert.issuer
        if col == Column.PRODUCTS:
            return ", ".join(cert.products) if cert.products else self.tr("(whole firm)")
        if col == Column.ISSUED:
            return format_date(cert.issued)
        if col == Column.EXPIRES:
            return format_date(cert.expires) if cert.expires is not None else self.tr("no expiry")
        return "—" if st.days_left is None else str(st.days_left)

    def _sort_key(self, st: CertificateState, col: Column):
        cert = st.certificate
        if col == Column.STATUS:
            return _STATUS_ORDER[st.status] * _NO_EXPIRY * 4 + (
                st.days_left if st.days_left is not None else _NO_EXPIRY
            )
        if col == Column.ISSUED:
            return cert.issued.toordinal()
        if col in (Column.EXPIRES, Column.DAYS_LEFT):
            return st.days_left if st.days_left is not None else _NO_EXPIRY
        return self._display(st, col).lower()
