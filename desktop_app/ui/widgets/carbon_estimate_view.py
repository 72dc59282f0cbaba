"""One estimate as the user reads it: the total per declared unit, its band, the measured share,
the breakdown chart and the lines with the factor each used.

Always headed by the screening mark: the figure is an estimate, never a
verified footprint. Used twice side by side for a what-if comparison.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.carbon_estimate import Estimate
from ...core.carbon_factors import FactorEntry
from ..i18n import vocab_lang
from .carbon_chart import CarbonChart
from .carbon_labels import factor_tooltip, quality_label, source_label, unit_label


class CarbonEstimateView(QWidget):
    def __init__(self, parent: QWidget | None = None, *, with_lines: bool = True) -> None:
        super().__init__(parent)
        self.estimate: Estimate | None = None
        self.factors: dict[str, FactorEntry] = {}
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-weight: bold;")
        self.total = QLabel(self)
        self.total.setObjectName("carbonTotal")
        self.total.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.band = QLabel(self)
        self.share = QLabel(self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.chart = CarbonChart(self)
        self.lines = QTableWidget(0, 4, self)
        self.lines.setObjectName("carbonLines")
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.verticalHeader().hide()
        self.lines.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.lines.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.lines.setVisible(with_lines)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in (self.heading, self.total, self.band, self.share, self.note, self.chart, self.lines):
            layout.addWidget(w)
        layout.addStretch(0)
        self.retranslate()

    def retranslate(self) -> None:
        self.lines.setHorizontalHeaderLabels(
            [self.tr("Source"), self.tr("kgCO2e"), self.tr("Factor"), self.tr("Data")]
        )
        self.set_estimate(self.estimate)

    def set_factors(self, entries: list[FactorEntry]) -> None:
        """The factors known now, so that a line names its factor in words (the id in its tooltip)."""
        self.factors = {e.factor.id: e for e in entries}
        self.set_estimate(self.estimate)

    def set_heading(self, text: str) -> None:
        self.heading.setText(text)

    def set_estimate(self, e: Estimate | None) -> None:
        self.estimate = e
        self.chart.set_estimate(e)
        self.lines.setRowCount(0)
        if e is None:
            self.total.setText(self.tr("No estimate yet"))
            for label in (self.band, self.share, self.note):
                label.clear()
            return
        self.total.setText(
            self.tr("{total:.3f} kgCO2e per {unit}").format(
                total=e.total_kgco2e, unit=unit_label(e.declared_unit)
            )
        )
        self.band.setText(
            self.tr("Uncertainty band: {low:.3f} – {high:.3f} kgCO2e (±{u:.3f})").format(
                low=e.low, high=e.high, u=e.uncertainty_kgco2e
            )
        )
        self.share.setText(
            self.tr("Measured data: {share:.0f} % of the total").format(share=e.measured_share * 100)
        )
        co2 = ", ".join(source_label(s) for s in e.co2_only)
        self.note.setText(
            self.tr("Screening estimate, not third-party verified.")
            + (
                " " + self.tr("CO2 only (not all greenhouse gases): {lines}.").format(lines=co2)
                if co2
                else ""
            )
        )
        lang = vocab_lang()
        for li in e.lines:
            row = self.lines.rowCount()
            self.lines.insertRow(row)
            entry = self.factors.get(li.factor_id)
            name = entry.factor.name.get(lang) if entry is not None else li.factor_id
            values = (
                source_label(li.source),
                f"{li.kgco2e:.4f}",
                f"{name} ({li.factor_value:g} {li.factor_unit})",
                quality_label(li.quality),
            )
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if col == 2:
                    item.setToolTip(factor_tooltip(entry) if entry is not None else li.factor_id)
                self.lines.setItem(row, col, item)
