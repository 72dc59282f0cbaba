"""Record one of the firm's own emission factors: its supplier's footprint or a licensed database's.

The source is required (the core refuses a factor nobody vouches for); the
app proposes no value. Saved through `ws.carbon.add_factor` on the database
lane; a refusal is shown by the field it names and the dialog stays open.
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
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core import carbon_units as units
from ...core.catalogue import FACTOR_KINDS, FACTOR_SCOPES, Factor, LocalText
from ...core.errors import ValidationError
from ..discard_guard import DiscardGuard
from ..errors import message_for
from ..messages import reason_text
from ..tasks import TaskRunner
from ..widgets.carbon_labels import kind_label, scope_label

if TYPE_CHECKING:
    from ...workspace import Workspace

ERROR_STYLE = "color: #c62828;"
FIELDS = ("id", "kind", "name", "value", "unit", "scope", "year", "region", "source", "url")


class CarbonFactorDialog(QDialog):
    factor_saved = Signal(object)  # Factor

    def __init__(self, ws: Workspace, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("carbonFactorDialog")
        self.ws, self.runner = ws, runner
        self.factor_id = QLineEdit(self)
        self.kind = QComboBox(self)
        for k in FACTOR_KINDS:
            self.kind.addItem(kind_label(k), k)
        self.kind.setCurrentIndex(self.kind.findData("fibre"))
        self.name = QLineEdit(self)
        self.value = QDoubleSpinBox(self)
        self.value.setRange(0, 100_000)
        self.value.setDecimals(5)
        self.unit = QComboBox(self)
        for u in units.UNITS:
            self.unit.addItem(units.FACTOR_UNIT_PREFIX + u, u)
        self.scope = QComboBox(self)
        for s in FACTOR_SCOPES:
            self.scope.addItem(scope_label(s), s)
        self.scope.setCurrentIndex(self.scope.findData("CO2e"))
        self.year = QSpinBox(self)
        self.year.setRange(1990, 2100)
        self.year.setValue(ws.today().year)
        self.region = QLineEdit("CN", self)
        self.source = QLineEdit(self)
        self.url = QLineEdit(self)
        self.widgets = dict(
            zip(
                FIELDS,
                (
                    self.factor_id,
                    self.kind,
                    self.name,
                    self.value,
                    self.unit,
                    self.scope,
                    self.year,
                    self.region,
                    self.source,
                    self.url,
                ),
            )
        )
        self.labels = {f: QLabel(self) for f in FIELDS}
        self.errors = {f: self._error_label() for f in FIELDS}
        form = QFormLayout()
        for f in FIELDS:
            box = QVBoxLayout()
            box.setSpacing(0)
            box.addWidget(self.widgets[f])
            box.addWidget(self.errors[f])
            form.addRow(self.labels[f], box)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.save_error = self._error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self.save_error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self.setMinimumWidth(480)
        self.guard = DiscardGuard(self, self._snapshot)

    def _error_label(self) -> QLabel:
        label = QLabel(self)
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        return label

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Firm emission factor"))
        self.note.setText(
            self.tr(
                "Enter a factor you can vouch for: your supplier's footprint or one from a database you "
                "license. The source is required; the app never proposes a value."
            )
        )
        for f, text in zip(
            FIELDS,
            (
                self.tr("Id"),
                self.tr("Kind"),
                self.tr("Name"),
                self.tr("Value"),
                self.tr("Unit"),
                self.tr("Gases counted"),
                self.tr("Year"),
                self.tr("Region"),
                self.tr("Source"),
                self.tr("Link"),
            ),
        ):
            self.labels[f].setText(text)
        for combo, label in ((self.kind, kind_label), (self.scope, scope_label)):
            for i in range(combo.count()):
                combo.setItemText(i, label(combo.itemData(i)))

    def _snapshot(self) -> object:
        return self.factor()

    def factor(self) -> Factor:
        name, source = self.name.text().strip(), self.source.text().strip()
        return Factor(
            id=self.factor_id.text().strip(),
            kind=self.kind.currentData(),
            name=LocalText(zh=name, en=name),
            region=self.region.text(),
            value=self.value.value(),
            unit=units.FACTOR_UNIT_PREFIX + self.unit.currentData(),
            scope=self.scope.currentData(),
            year=self.year.value(),
            source=LocalText(zh=source, en=source),
            url=self.url.text().strip() or None,
        )

    def save(self) -> None:
        factor = self.factor()
        for label in (*self.errors.values(), self.save_error):
            label.hide()
        self.buttons.setEnabled(False)
        self.runner.submit(
            lambda ctx: self.ws.carbon.add_factor(factor),
            on_done=self._on_saved,
            on_error=self._on_failed,
            label="carbon factor",
        )

    def _on_saved(self, factor: Factor) -> None:
        self.buttons.setEnabled(True)
        self.factor_saved.emit(factor)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        field = getattr(exc, "field", "")
        label = self.errors.get(field, self.save_error)
        if isinstance(exc, ValidationError):
            label.setText(reason_text(exc.code, exc.params))
        else:
            label.setText(message_for(exc))
        label.show()

    def reject(self) -> None:
        if self.guard.allows_close():
            super().reject()
