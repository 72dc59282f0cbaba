"""The selected certificate in words, under the certificates table.

A verified carbon-footprint certificate also names, for each product it
covers, the screening estimate it was based on (`ws.carbon.verified_for`:
the newest estimate kept on or before the issue date).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from ...core.certificates import CertificateState
from ...core.vocabulary import CERT_SCHEMES
from ...workspace.carbon import VerifiedFootprint
from ..i18n import format_date, vocab
from .carbon_labels import unit_label


class CertificateDetail(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("certificateDetail")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state: CertificateState | None = None
        self.verified: list[VerifiedFootprint] = []
        self.hide()

    def show_state(
        self, st: CertificateState | None, verified: list[VerifiedFootprint] | None = None
    ) -> None:
        self.state, self.verified = st, list(verified or [])
        self.retranslate()

    def retranslate(self) -> None:
        st = self.state
        if st is None:
            self.clear()
            self.hide()
            return
        self.setText("\n".join(self.lines(st, self.verified)))
        self.show()

    def lines(self, st: CertificateState, verified: list[VerifiedFootprint]) -> list[str]:
        c = st.certificate
        out = [
            self.tr("{scheme} {number}, issued by {issuer} on {issued}").format(
                scheme=vocab(CERT_SCHEMES, c.scheme),
                number=c.number,
                issuer=c.issuer,
                issued=format_date(c.issued),
            )
        ]
        if c.products:
            out.append(self.tr("Products: {products}").format(products=", ".join(c.products)))
        if c.scope:
            out.append(self.tr("Scope: {scope}").format(scope=c.scope))
        for v in verified:
            if v.estimate is None:
                out.append(
                    self.tr("{sku}: no carbon estimate was kept before it was issued").format(sku=v.sku)
                )
                continue
            e = v.estimate.estimate
            out.append(
                self.tr(
                    "{sku}: based on the screening estimate of {when}: {total:.3f} kgCO2e per {unit}"
                ).format(
                    sku=v.sku,
                    when=format_date(v.estimate.computed_at.date()),
                    total=e.total_kgco2e,
                    unit=unit_label(e.declared_unit),
                )
            )
        return out
