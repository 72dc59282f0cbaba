"""Fibre composition rows (fibre from the closed list, percent) that must sum to 100 %."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import ValidationError
from ...core.products import FibreShare, percent_total_ok, validate_composition
from ...core.vocabulary import FIBRES
from ..i18n import vocab
from ..messages import reason_text


class CompositionEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.grid = QGridLayout()
        outer.addLayout(self.grid)
        bottom = QHBoxLayout()
        self.add_button = QPushButton(self)
        self.total_label = QLabel(self)
        bottom.addWidget(self.add_button)
        bottom.addStretch(1)
        bottom.addWidget(self.total_label)
        outer.addLayout(bottom)
        self.rows: list[tuple[QComboBox, QDoubleSpinBox, QToolButton]] = []
        self.add_button.clicked.connect(lambda: self.add_row())
        self.retranslate()

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add fibre"))
        self._update_total()

    def add_row(self, fibre: str = "", percent: float = 0.0) -> None:
        combo = QComboBox(self)
        combo.addItem(self.tr("(choose a fibre)"), "")
        for key in FIBRES:
            combo.addItem(vocab(FIBRES, key), key)
        combo.setCurrentIndex(max(0, combo.findData(fibre)))
        spin = QDoubleSpinBox(self)
        spin.setRange(0, 100)
        spin.setDecimals(1)
        spin.setSuffix(" %")
        spin.setValue(percent)
        remove = QToolButton(self)
        remove.setText("−")
        remove.setToolTip(self.tr("Remove this fibre"))
        row = (combo, spin, remove)
        self.rows.append(row)
        combo.currentIndexChanged.connect(self._on_row_changed)
        spin.valueChanged.connect(self._on_row_changed)
        remove.clicked.connect(lambda: self._remove_row(row))
        self._relayout()
        self._on_row_changed()

    def _remove_row(self, row) -> None:
        self.rows.remove(row)
        for w in row:
            w.deleteLater()
        self._relayout()
        self._on_row_changed()

    def _relayout(self) -> None:
        for i, (combo, spin, remove) in enumerate(self.rows):
            self.grid.addWidget(combo, i, 0)
            self.grid.addWidget(spin, i, 1)
            self.grid.addWidget(remove, i, 2)

    def set_composition(self, shares: tuple[FibreShare, ...]) -> None:
        for row in list(self.rows):
            self._remove_row(row)
        for share in shares:
            self.add_row(share.fibre, share.percent)
        if not shares:
            self.add_row()

    def composition(self) -> tuple[FibreShare, ...]:
        return tuple(FibreShare(c.currentData(), s.value()) for c, s, _ in self.rows if c.currentData())

    def total(self) -> float:
        return sum(s.value() for _, s, _ in self.rows)

    def problem(self) -> str | None:
        """What is wrong, or None when the composition is sound.

        The rules are the core's (`validate_composition`: named, distinct,
        above 0, adding up to 100 within its tolerance); only a row whose
        fibre is not chosen yet is this widget's own concern.
        """
        if self.rows and any(not c.currentData() for c, _, _ in self.rows):
            return self.tr("Choose a fibre in every row.")
        try:
            validate_composition(self.composition())
        except ValidationError as exc:
            return reason_text(exc.code, exc.params)
        return None

    def _on_row_changed(self, *_args) -> None:
        self._update_total()
        self.changed.emit()

    def _update_total(self) -> None:
        total = self.total()
        ok = percent_total_ok(total)
        self.total_label.setText(self.tr("Total: {total} %").format(total=f"{total:g}"))
        self.total_label.setStyleSheet("" if ok else "color: #c62828; font-weight: 600;")
