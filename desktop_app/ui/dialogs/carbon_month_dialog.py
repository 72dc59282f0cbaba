"""A mill's month: its metered totals, allocated to products by output mass or machine hours.

The user enters the month's electricity, steam, gas, water... (a total of 0
means "not metered" and is left out) and each product's part of the basis
with the declared units it made; `other` stands for output the app does not
record. The core (`carbon_allocation`) checks that the shares add up and
does the arithmetic; `ws.carbon.allocate_month` stores it and re-estimates
each product, or writes nothing. The running sum is shown as the user types.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ...core import carbon_units as units
from ...core.carbon import DECLARED_UNITS, SOURCES
from ...core.carbon_allocation import BASES, SHARED_SOURCES, Month, MonthTotal, Share
from ...core.errors import ValidationError
from ..discard_guard import DiscardGuard
from ..errors import message_for
from ..messages import reason_text
from ..tasks import TaskRunner
from ..widgets.carbon_labels import source_label, unit_label

if TYPE_CHECKING:
    from ...workspace import Workspace

ERROR_STYLE = "color: #c62828;"
OTHER = "other"


def _spin(parent: QWidget, high: float, decimals: int = 3) -> QDoubleSpinBox:
    spin = QDoubleSpinBox(parent)
    spin.setRange(0, high)
    spin.setDecimals(decimals)
    return spin


class CarbonMonthDialog(QDialog):
    month_allocated = Signal(object)  # list[RecordedEstimate]

    def __init__(
        self,
        ws: Workspace,
        runner: TaskRunner,
        products: list[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("carbonMonthDialog")
        self.ws, self.runner, self.products = ws, runner, products
        self.month = QLineEdit(ws.today().strftime("%Y-%m"), self)
        self.basis = QComboBox(self)
        self.total_basis = _spin(self, 1e9, 2)
        self.declared_unit = QComboBox(self)
        for u in DECLARED_UNITS:
            self.declared_unit.addItem(unit_label(u), u)
        head = QFormLayout()
        self.head_labels = [QLabel(self) for _ in range(4)]
        for label, w in zip(self.head_labels, (self.month, self.basis, self.total_basis, self.declared_unit)):
            head.addRow(label, w)
        # the month's totals: one row per shared source
        self.totals: dict[str, tuple[QDoubleSpinBox, QComboBox, QDoubleSpinBox]] = {}
        grid = QGridLayout()
        self.total_headers = [QLabel(self) for _ in range(3)]
        for col, label in enumerate(self.total_headers, start=1):
            grid.addWidget(label, 0, col)
        self.source_labels: dict[str, QLabel] = {}
        for row, source in enumerate(SHARED_SOURCES, start=1):
            quantity, unit, energy = _spin(self, 1e10), QComboBox(self), _spin(self, 100.0)
            for u in units.UNITS:
                unit.addItem(u, u)
            unit.setCurrentIndex(unit.findData(SOURCES[source].default_unit))
            energy.setSpecialValueText("—")
            self.totals[source] = (quantity, unit, energy)
            self.source_labels[source] = QLabel(self)
            grid.addWidget(self.source_labels[source], row, 0)
            for col, w in enumerate((quantity, unit, energy), start=1):
                grid.addWidget(w, row, col)
        # the shares
        self.shares = QTableWidget(0, 3, self)
        self.shares.setObjectName("carbonShares")
        self.shares.verticalHeader().hide()
        self.shares.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.shares.setMinimumHeight(140)
        self.add_share_button = QPushButton(self)
        self.remove_share_button = QPushButton(self)
        self.sum_label = QLabel(self)
        self.sum_label.setObjectName("sharesSum")
        share_bar = QHBoxLayout()
        share_bar.addWidget(self.add_share_button)
        share_bar.addWidget(self.remove_share_button)
        share_bar.addStretch(1)
        share_bar.addWidget(self.sum_label)
        self.error = QLabel(self)
        self.error.setObjectName("monthError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.totals_title, self.shares_title = QLabel(self), QLabel(self)
        for t in (self.totals_title, self.shares_title):
            t.setStyleSheet("font-weight: bold;")
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.totals_title)
        layout.addLayout(grid)
        layout.addWidget(self.shares_title)
        layout.addWidget(self.shares, 1)
        layout.addLayout(share_bar)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.add_share_button.clicked.connect(lambda: self.add_share())
        self.remove_share_button.clicked.connect(self._on_remove_share_clicked)
        self.total_basis.valueChanged.connect(self._update_sum)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self.resize(620, 660)  # fits 1024×768; the shares table gets the room
        self.guard = DiscardGuard(self, self._snapshot)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("A mill's month"))
        for label, text in zip(
            self.head_labels,
            (
                self.tr("Month (YYYY-MM)"),
                self.tr("Allocate by"),
                self.tr("Month's total basis"),
                self.tr("Declared unit (new data)"),
            ),
        ):
            label.setText(text)
        current = self.basis.currentData()
        self.basis.clear()
        self.basis.addItem(self.tr("output mass (kg)"), BASES[0])
        self.basis.addItem(self.tr("machine hours"), BASES[1])
        self.basis.setCurrentIndex(max(0, self.basis.findData(current)))
        for label, text in zip(
            self.total_headers,
            (self.tr("Month's total (0: not metered)"), self.tr("Unit"), self.tr("MJ/kg, MJ/Nm³")),
        ):
            label.setText(text)
        for source, label in self.source_labels.items():
            label.setText(source_label(source))
        self.totals_title.setText(self.tr("Metered totals of the month"))
        self.shares_title.setText(self.tr("Shares: each product's part of the basis"))
        self.shares.setHorizontalHeaderLabels(
            [self.tr("Product"), self.tr("Basis (kg or hours)"), self.tr("Declared units made")]
        )
        self.add_share_button.setText(self.tr("Add product"))
        self.remove_share_button.setText(self.tr("Remove"))
        self._update_sum()

    # shares ------------------------------------------------------------------------

    def add_share(self, key: str | None = None, basis: float = 0.0, made: float = 0.0) -> int:
        row = self.shares.rowCount()
        self.shares.insertRow(row)
        product = QComboBox(self)
        for sku, name in self.products:
            product.addItem(f"{sku} — {name}", sku)
        product.addItem(self.tr("Other output (not in the app)"), OTHER)
        if key is not None:
            product.setCurrentIndex(product.findData(key))
        basis_spin, made_spin = _spin(self, 1e9, 2), _spin(self, 1e9, 2)
        basis_spin.setValue(basis)
        made_spin.setValue(made)
        for col, w in enumerate((product, basis_spin, made_spin)):
            self.shares.setCellWidget(row, col, w)
        basis_spin.valueChanged.connect(self._update_sum)
        self._update_sum()
        return row

    def _on_remove_share_clicked(self) -> None:
        if self.shares.currentRow() >= 0:
            self.shares.removeRow(self.shares.currentRow())
            self._update_sum()

    def _share(self, row: int) -> Share:
        product, basis, made = (self.shares.cellWidget(row, c) for c in range(3))
        assert isinstance(product, QComboBox)
        assert isinstance(basis, QDoubleSpinBox) and isinstance(made, QDoubleSpinBox)
        return Share(product.currentData(), basis.value(), made.value())

    def _update_sum(self, *_args: object) -> None:
        listed = sum(self._share(r).basis for r in range(self.shares.rowCount()))
        self.sum_label.setText(
            self.tr("Listed {listed:g} of {total:g}").format(listed=listed, total=self.total_basis.value())
        )

    # the month ----------------------------------------------------------------------

    def month_entered(self) -> Month:
        totals = tuple(
            MonthTotal(source, q.value(), u.currentData(), e.value() or None)
            for source, (q, u, e) in self.totals.items()
            if q.value()
        )
        return Month(
            month=self.month.text().strip(),
            basis=self.basis.currentData(),
            total_basis=self.total_basis.value(),
            totals=totals,
            shares=tuple(self._share(r) for r in range(self.shares.rowCount())),
        )

    def _snapshot(self) -> object:
        return self.month_entered()

    def save(self) -> None:
        month, unit = self.month_entered(), self.declared_unit.currentData()
        self.error.hide()
        self.buttons.setEnabled(False)
        self.runner.submit(
            lambda ctx: self.ws.carbon.allocate_month(month, declared_unit=unit),
            on_done=self._on_saved,
            on_error=self._on_failed,
            label="carbon month",
        )

    def _on_saved(self, recorded: list) -> None:
        self.buttons.setEnabled(True)
        self.month_allocated.emit(recorded)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, ValidationError):
            label, _, what = exc.field.partition(".")
            where = source_label(label) + (f" ({what})" if what else "")
            self.error.setText(f"{where}: {reason_text(exc.code, exc.params)}")
        else:
            self.error.setText(message_for(exc))
        self.error.show()

    def reject(self) -> None:
        if self.guard.allows_close():
            super().reject()
