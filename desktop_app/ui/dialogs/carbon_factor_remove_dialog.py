"""Remove one of the firm's own emission factors.

Only the firm's factors are listed (the platform's belong to the sync).
`ws.carbon.remove_factor` refuses a factor that a product's activity data
or a kept estimate names, and says which products: the refusal is shown
here, the dialog stays open and the factor stays in the list.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.carbon_factors import FactorEntry
from ...core.errors import AssistantError
from ..errors import message_for
from ..messages import reason_text
from ..tasks import TaskRunner
from ..widgets.carbon_labels import factor_label, factor_tooltip

if TYPE_CHECKING:
    from ...workspace import Workspace

ERROR_STYLE = "color: #c62828;"


class CarbonFactorRemoveDialog(QDialog):
    factor_removed = Signal(str)  # the factor id

    def __init__(
        self, ws: Workspace, runner: TaskRunner, entries: list[FactorEntry], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("carbonFactorRemoveDialog")
        self.ws, self.runner = ws, runner
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.factors = QListWidget(self)
        self.factors.setObjectName("firmFactors")
        for entry in entries:
            if entry.origin != "firm":
                continue
            item = QListWidgetItem(factor_label(entry), self.factors)
            item.setData(Qt.ItemDataRole.UserRole, entry.factor.id)
            item.setToolTip(factor_tooltip(entry))
        self.empty = QLabel(self)
        self.empty.setVisible(self.factors.count() == 0)
        self.error = QLabel(self)
        self.error.setObjectName("factorRemoveError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removeFactor")
        self.buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.factors, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.rejected.connect(self.reject)
        self.remove_button.clicked.connect(self.remove_selected)
        self.factors.currentItemChanged.connect(self._on_factor_changed)
        self._on_factor_changed()
        self.retranslate()
        self.setMinimumWidth(520)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Remove a firm factor"))
        self.note.setText(
            self.tr(
                "A factor that a product's activity data or a kept estimate uses stays: it is the "
                "source of those figures. The platform's factors change only with a sync."
            )
        )
        self.empty.setText(self.tr("The firm has entered no factors of its own."))
        self.remove_button.setText(self.tr("Remove"))

    def select(self, factor_id: str) -> None:
        for i in range(self.factors.count()):
            if self.factors.item(i).data(Qt.ItemDataRole.UserRole) == factor_id:
                self.factors.setCurrentRow(i)
                return

    def _on_factor_changed(self, *_args: object) -> None:
        self.remove_button.setEnabled(self.factors.currentItem() is not None)
        self.error.hide()

    def remove_selected(self) -> None:
        item = self.factors.currentItem()
        if item is None:
            return
        factor_id = item.data(Qt.ItemDataRole.UserRole)
        self.remove_button.setEnabled(False)
        self.error.hide()
        self.runner.submit(
            lambda ctx: self.ws.carbon.remove_factor(factor_id),
            on_done=lambda _changes: self._on_removed(factor_id),
            on_error=self._on_failed,
            label="carbon factor remove",
        )

    def _on_removed(self, factor_id: str) -> None:
        for i in range(self.factors.count()):
            if self.factors.item(i).data(Qt.ItemDataRole.UserRole) == factor_id:
                self.factors.takeItem(i)
                break
        self.empty.setVisible(self.factors.count() == 0)
        self._on_factor_changed()
        self.factor_removed.emit(factor_id)

    def _on_failed(self, exc: BaseException) -> None:
        self.remove_button.setEnabled(self.factors.currentItem() is not None)
        if isinstance(exc, AssistantError):
            self.error.setText(reason_text(exc.code, exc.params))
        else:
            self.error.setText(message_for(exc))
        self.error.show()
