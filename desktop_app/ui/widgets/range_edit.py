"""An optional range of whole numbers: "from" and "to" spin boxes, "—" when not recorded.

Ages in months and heights in cm are optional attributes of a product (a
rule that tests one makes a standard *possible* until it is recorded), so
each bound may be left open. The spin boxes cannot go below 0 or above the
field's ceiling; whether the bounds are in order is for the caller to judge
with `problem()` (the core's validator when it has one).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QSpinBox, QWidget

from ...core.ranges import Range

NOT_RECORDED = -1  # the spin boxes' minimum, shown as "—"


class RangeEdit(QWidget):
    """`from – to unit`; `value()` is a Range or None when neither bound is given."""

    changed = Signal()

    def __init__(self, *, ceiling: int, unit: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ceiling = ceiling
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.low = self._spin()
        self.high = self._spin()
        self.dash = QLabel("–", self)
        self.unit = QLabel(unit, self)
        layout.addWidget(self.low)
        layout.addWidget(self.dash)
        layout.addWidget(self.high)
        layout.addWidget(self.unit)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def _spin(self) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(NOT_RECORDED, self.ceiling)
        spin.setSpecialValueText("—")
        spin.setValue(NOT_RECORDED)
        spin.setMinimumWidth(72)
        spin.valueChanged.connect(lambda _v: self.changed.emit())
        return spin

    def set_unit(self, unit: str) -> None:
        self.unit.setText(unit)

    @staticmethod
    def _bound(spin: QSpinBox) -> float | None:
        return None if spin.value() == NOT_RECORDED else float(spin.value())

    def value(self) -> Range | None:
        low, high = self._bound(self.low), self._bound(self.high)
        if low is None and high is None:
            return None
        return Range(low, high)

    def set_value(self, value: Range | None) -> None:
        for spin, bound in (
            (self.low, None if value is None else value.min),
            (self.high, None if value is None else value.max),
        ):
            spin.setValue(NOT_RECORDED if bound is None else round(bound))

    def inverted(self) -> bool:
        """Both bounds given and the upper one below the lower one."""
        value = self.value()
        return value is not None and value.low > value.high
