"""How a certificate status looks: colour AND text AND icon, never colour alone."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from ..core.certificates import STATUS_SYMBOLS, CertificateState, CertStatus

# Background tints readable with black text; strong colours for the icons.
TINTS = {
    CertStatus.EXPIRED: QColor("#fde2e1"),
    CertStatus.EXPIRING: QColor("#fff1cc"),
    CertStatus.VALID: QColor("#e3f4e4"),
    CertStatus.NOT_YET_VALID: QColor("#e8eef7"),
}
STRONG = {
    CertStatus.EXPIRED: QColor("#c62828"),
    CertStatus.EXPIRING: QColor("#e08a00"),
    CertStatus.VALID: QColor("#2e7d32"),
    CertStatus.NOT_YET_VALID: QColor("#4a6fa5"),
}


def status_text(state: CertificateState) -> str:
    status, days = state.status, state.days_left
    if status is CertStatus.EXPIRED:
        if days is not None:
            ago = -days  # a plain name: lupdate reads no expression as the plural's count
            return QCoreApplication.translate("Status", "Expired %n day(s) ago", "", ago)
        return QCoreApplication.translate("Status", "Expired")
    if status is CertStatus.EXPIRING and days is not None:
        if days == 0:
            return QCoreApplication.translate("Status", "Expires today")
        return QCoreApplication.translate("Status", "Expires in %n day(s)", "", days)
    return status_name(status)


def status_name(status: CertStatus) -> str:
    return {
        CertStatus.EXPIRED: QCoreApplication.translate("Status", "Expired"),
        CertStatus.EXPIRING: QCoreApplication.translate("Status", "Expiring"),
        CertStatus.VALID: QCoreApplication.translate("Status", "Valid"),
        CertStatus.NOT_YET_VALID: QCoreApplication.translate("Status", "Not yet valid"),
    }[status]


@cache
def status_icon(status: CertStatus) -> QIcon:
    icon = QIcon()
    for size in (16, 24, 32):
        pix = QPixmap(size, size)
        pix.fill(Qt.GlobalColor.transparent)
        p = QPainter(pix)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(STRONG[status])
        p.drawEllipse(QRectF(1, 1, size - 2, size - 2))
        p.setPen(QColor("white"))
        font = QFont()
        font.setBold(True)
        font.setPixelSize(int(size * 0.62))
        p.setFont(font)
        p.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, STATUS_SYMBOLS[status])
        p.end()
        icon.addPixmap(pix)
    return icon
