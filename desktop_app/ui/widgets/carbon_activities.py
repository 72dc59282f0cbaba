"""The activity data of one declared unit as an editable table: one row per line of `carbon set`.

Each row is a source (electricity, steam, a fibre...), its quantity and
unit, whether the figure was measured, allocated or estimated, the factor it
uses (only factors of a kind the source accepts; for electricity only the
product-footprint kind, never the inventory one) and, where the core needs
them, a stated energy content or a material's yield loss. The editor checks
nothing itself: the page hands `data()` to the workspace, and a refusal
comes back naming the line (`show_error`), which is marked red here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QWidget,
)

from ...core import carbon_units as units
from ...core.carbon import NAMED_SOURCES, QUALITIES, SOURCES, Activity
from ...core.carbon_estimate import PRODUCT_ELECTRICITY_SCOPE
from ...core.carbon_factors import FactorEntry, verified
from .carbon_labels import factor_label, factor_tooltip, quality_label, source_label

COLUMNS = ("source", "name", "quantity", "unit", "quality", "factor", "energy_content", "yield_loss")
ERROR_CELL = "background: #ffcdd2;"
# starting widths in px (the factor column takes the rest); fit 1024 px wide windows
WIDTHS = {
    "source": 130,
    "name": 85,
    "quantity": 95,
    "unit": 65,
    "quality": 95,
    "energy_content": 90,
    "yield_loss": 80,
}


def factors_for(source: str, entries: list[FactorEntry]) -> list[FactorEntry]:
    """The factors a line of `source` may use: verified ones of a kind it accepts;
    electricity only the product-footprint kind."""
    kinds = SOURCES[source].factor_kinds
    return [
        e
        for e in entries
        if e.factor.kind in kinds
        and verified(e.factor)
        and (source != "electricity" or e.factor.scope == PRODUCT_ELECTRICITY_SCOPE)
    ]


def fill_factor_combo(combo: QComboBox, source: str, entries: list[FactorEntry], chosen: str | None) -> None:
    """`combo` offering the source's default (data None) and then each fitting factor by id."""
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(QCoreApplication.translate("CarbonActivities", "Default factor"), None)
    for e in factors_for(source, entries):
        combo.addItem(factor_label(e), e.factor.id)
        combo.setItemData(combo.count() - 1, factor_tooltip(e), Qt.ItemDataRole.ToolTipRole)
    i = combo.findData(chosen) if chosen else 0
    if chosen and i < 0:  # a factor the catalogue no longer has: shown as its id, still chosen
        combo.addItem(chosen, chosen)
        i = combo.count() - 1
    combo.setCurrentIndex(max(0, i))
    combo.blockSignals(False)


class CarbonActivities(QTableWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.setObjectName("carbonActivities")
        self.factors: list[FactorEntry] = []
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.horizontalHeader()
        header.setMinimumSectionSize(40)
        for column, width in WIDTHS.items():  # cell widgets do not size their columns themselves
            self.setColumnWidth(COLUMNS.index(column), width)
        header.setSectionResizeMode(COLUMNS.index("factor"), QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels(
            [
                self.tr("Source"),
                self.tr("Name"),
                self.tr("Quantity"),
                self.tr("Unit"),
                self.tr("Data"),
                self.tr("Factor"),
                self.tr("MJ/kg, MJ/Nm³"),
                self.tr("Yield loss %"),
            ]
        )
        for row in range(self.rowCount()):
            src = self._combo(row, "source")
            for i in range(src.count()):
                src.setItemText(i, source_label(src.itemData(i)))
            q = self._combo(row, "quality")
            for i in range(q.count()):
                q.setItemText(i, quality_label(q.itemData(i)))

    # cells -----------------------------------------------------------------------

    def _cell(self, row: int, column: str) -> QWidget:
        return self.cellWidget(row, COLUMNS.index(column))

    def _combo(self, row: int, column: str) -> QComboBox:
        widget = self._cell(row, column)
        assert isinstance(widget, QComboBox)
        return widget

    def _spin(self, row: int, column: str) -> QDoubleSpinBox:
        widget = self._cell(row, column)
        assert isinstance(widget, QDoubleSpinBox)
        return widget

    def _name(self, row: int) -> QLineEdit:
        widget = self._cell(row, "name")
        assert isinstance(widget, QLineEdit)
        return widget

    def _row_of(self, widget: QWidget) -> int:
        for row in range(self.rowCount()):
            if any(self._cell(row, c) is widget for c in COLUMNS):
                return row
        return -1

    def add_line(self, a: Activity | None = None) -> int:
        """A new row (for `a`, or an empty electricity line); its index."""
        a = a or Activity("electricity", 0.0, "kWh")
        row = self.rowCount()
        self.insertRow(row)
        source = QComboBox(self)
        for code in SOURCES:
            source.addItem(source_label(code), code)
        source.setCurrentIndex(source.findData(a.source))
        name = QLineEdit(a.name, self)
        quantity = QDoubleSpinBox(self)
        quantity.setRange(0.0, 1e7)
        quantity.setDecimals(4)
        quantity.setValue(a.quantity)
        unit = QComboBox(self)
        for u in units.UNITS:
            unit.addItem(u, u)
        unit.setCurrentIndex(max(0, unit.findData(a.unit)))
        quality = QComboBox(self)
        for q in QUALITIES:
            quality.addItem(quality_label(q), q)
        quality.setCurrentIndex(quality.findData(a.quality))
        factor = QComboBox(self)
        factor.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        factor.setMinimumContentsLength(12)
        fill_factor_combo(factor, a.source, self.factors, a.factor_id)
        energy = QDoubleSpinBox(self)
        energy.setRange(0.0, 1000.0)
        energy.setDecimals(3)
        energy.setSpecialValueText("—")  # 0 shows as "not stated"
        energy.setValue(a.energy_content or 0.0)
        loss = QDoubleSpinBox(self)
        loss.setRange(0.0, 99.0)
        loss.setDecimals(1)
        loss.setValue(a.yield_loss * 100)
        for col, widget in zip(COLUMNS, (source, name, quantity, unit, quality, factor, energy, loss)):
            self.setCellWidget(row, COLUMNS.index(col), widget)
        source.currentIndexChanged.connect(lambda _i, w=source: self._on_source_changed(self._row_of(w)))
        for combo in (unit, quality, factor):
            combo.currentIndexChanged.connect(self._on_cell_edited)
        for spin in (quantity, energy, loss):
            spin.valueChanged.connect(self._on_cell_edited)
        name.textChanged.connect(self._on_cell_edited)
        self._enable(row)
        return row

    def _enable(self, row: int) -> None:
        source = self._combo(row, "source").currentData()
        self._name(row).setEnabled(source in NAMED_SOURCES)
        self._spin(row, "yield_loss").setEnabled(source == "material")

    def _on_source_changed(self, row: int) -> None:
        source = self._combo(row, "source").currentData()
        unit = self._combo(row, "unit")
        unit.setCurrentIndex(unit.findData(SOURCES[source].default_unit))
        fill_factor_combo(self._combo(row, "factor"), source, self.factors, None)
        self._enable(row)
        self._on_cell_edited()

    def _on_cell_edited(self, *_args: object) -> None:
        self.clear_error()
        self.edited.emit()

    def remove_current(self) -> None:
        row = self.currentRow()
        if row >= 0:
            self.removeRow(row)
            self.edited.emit()

    # data ------------------------------------------------------------------------

    def set_factors(self, entries: list[FactorEntry]) -> None:
        self.factors = entries
        for row in range(self.rowCount()):
            combo = self._combo(row, "factor")
            fill_factor_combo(combo, self._combo(row, "source").currentData(), entries, combo.currentData())

    def set_lines(self, lines: tuple[Activity, ...]) -> None:
        self.blockSignals(True)
        self.setRowCount(0)
        for a in lines:
            self.add_line(a)
        self.blockSignals(False)
        self.clear_error()

    def line(self, row: int) -> Activity:
        source = self._combo(row, "source").currentData()
        energy = self._spin(row, "energy_content").value()
        return Activity(
            source=source,
            quantity=self._spin(row, "quantity").value(),
            unit=self._combo(row, "unit").currentData(),
            quality=self._combo(row, "quality").currentData(),
            name=self._name(row).text() if source in NAMED_SOURCES else "",
            factor_id=self._combo(row, "factor").currentData(),
            energy_content=energy or None,
            yield_loss=self._spin(row, "yield_loss").value() / 100 if source == "material" else 0.0,
        )

    def lines(self) -> tuple[Activity, ...]:
        return tuple(self.line(row) for row in range(self.rowCount()))

    # errors ----------------------------------------------------------------------

    def row_for_field(self, field: str) -> tuple[int, str] | None:
        """The row and column a core error's field names: `material:cotton.factor` → (row, "factor")."""
        label, _, what = field.partition(".")
        for row in range(self.rowCount()):
            if self.line(row).label == label or (what == "name" and self.line(row).source == label):
                column = what if what in COLUMNS else "quantity"
                return row, column
        return None

    def show_error(self, field: str) -> bool:
        """Mark the cell `field` names; False when no row matches it."""
        self.clear_error()
        found = self.row_for_field(field)
        if found is None:
            return False
        row, column = found
        self._cell(row, column).setStyleSheet(ERROR_CELL)
        self.error_cell = (row, column)
        self.setCurrentCell(row, COLUMNS.index(column))
        return True

    def clear_error(self) -> None:
        cell = getattr(self, "error_cell", None)
        if cell is not None and cell[0] < self.rowCount():
            self._cell(*cell).setStyleSheet("")
        self.error_cell: tuple[int, str] | None = None
