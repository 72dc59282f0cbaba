"""What-if: the current estimate beside a variant (a solar share, another electricity factor,
less steam per unit), computed by the core and never stored.

Only product-footprint electricity factors are offered for either
electricity choice, as in the activity table.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.carbon_estimate import Estimate, WhatIf
from ...core.carbon_factors import FactorEntry
from .carbon_activities import fill_factor_combo
from .carbon_estimate_view import CarbonEstimateView
from .carbon_labels import unit_label

SOLAR_HINT = "solar"  # a factor id containing this is proposed for the solar share


class CarbonWhatIf(QWidget):
    compare_requested = Signal(object)  # WhatIf

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.solar_share = QDoubleSpinBox(self)
        self.solar_share.setObjectName("solarShare")
        self.solar_share.setRange(0, 100)
        self.solar_share.setSuffix(" %")
        self.solar_factor = QComboBox(self)
        self.electricity_factor = QComboBox(self)
        for combo in (self.solar_factor, self.electricity_factor):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(20)
        self.less_steam = QDoubleSpinBox(self)
        self.less_steam.setObjectName("lessSteam")
        self.less_steam.setRange(0, 100)
        self.less_steam.setSuffix(" %")
        self.compare_button = QPushButton(self)
        self.compare_button.setObjectName("compareButton")
        self.form = QFormLayout()
        self.labels = [QLabel(self) for _ in range(4)]
        for label, field in zip(
            self.labels, (self.solar_share, self.solar_factor, self.electricity_factor, self.less_steam)
        ):
            self.form.addRow(label, field)
        self.form.addRow("", self.compare_button)
        self.current = CarbonEstimateView(self, with_lines=False)
        self.variant = CarbonEstimateView(self, with_lines=False)
        self.difference = QLabel(self)
        self.difference.setObjectName("whatIfDifference")
        self.difference.setStyleSheet("font-weight: bold;")
        side = QHBoxLayout()
        side.addWidget(self.current, 1)
        side.addWidget(self.variant, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.difference)
        layout.addLayout(side, 1)
        self.compare_button.clicked.connect(self._on_compare_clicked)
        self.retranslate()

    def retranslate(self) -> None:
        for label, text in zip(
            self.labels,
            (
                self.tr("Own solar share of electricity"),
                self.tr("Solar electricity factor"),
                self.tr("Other grid electricity factor"),
                self.tr("Less steam per unit"),
            ),
        ):
            label.setText(text)
        self.compare_button.setText(self.tr("Compare"))
        self.current.set_heading(self.tr("As entered"))
        self.variant.set_heading(self.tr("What if"))

    def set_factors(self, entries: list[FactorEntry]) -> None:
        self.current.set_factors(entries)
        self.variant.set_factors(entries)
        fill_factor_combo(
            self.electricity_factor, "electricity", entries, self.electricity_factor.currentData()
        )
        fill_factor_combo(self.solar_factor, "electricity", entries, self.solar_factor.currentData())
        if self.solar_factor.currentData() is None:  # propose the catalogue's solar factor
            for i in range(self.solar_factor.count()):
                if SOLAR_HINT in str(self.solar_factor.itemData(i) or ""):
                    self.solar_factor.setCurrentIndex(i)
                    break

    def variant_asked(self) -> WhatIf:
        scale = {"steam": 1 - self.less_steam.value() / 100} if self.less_steam.value() else None
        share = self.solar_share.value() / 100
        return WhatIf(
            electricity_factor_id=self.electricity_factor.currentData(),
            solar_share=share,
            solar_factor_id=self.solar_factor.currentData() if share else None,
            scale=scale,
        )

    def _on_compare_clicked(self) -> None:
        self.compare_requested.emit(self.variant_asked())

    def show_comparison(self, current: Estimate | None, variant: Estimate | None) -> None:
        self.current.set_estimate(current)
        self.variant.set_estimate(variant)
        if current is None or variant is None:
            self.difference.clear()
            return
        delta = variant.total_kgco2e - current.total_kgco2e
        pct = delta / current.total_kgco2e * 100 if current.total_kgco2e else 0.0
        self.difference.setText(
            self.tr("Difference: {delta:+.3f} kgCO2e per {unit} ({pct:+.1f} %)").format(
                delta=delta, unit=unit_label(current.declared_unit), pct=pct
            )
        )
