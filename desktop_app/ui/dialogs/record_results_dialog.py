"""Record results: a printed checklist's id typed or scanned, then its items filled in.

A USB barcode scanner types the QR code's content (`checklist=…;sku=…`) and
then Enter, so the id field takes either that payload or the bare id. The
checklist is looked up on the database lane; the form then shows the items
the paper printed (from the checklist log), in the printed order, whatever
the catalogue says since. Save writes them as an in-house inspection
(inspector, date) through `ws.results` on the database lane; the runner
publishes the change set.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.results import TestResult
from ...reports.checklist import parse_qr_payload
from ...workspace import Workspace
from ..discard_guard import DiscardGuard
from ..errors import message_for
from ..tasks import TaskRunner
from .results_form import ResultsForm, ResultsFormRow

ERROR_STYLE = "color: #c62828;"


def checklist_id_of(text: str) -> str:
    """The checklist id in what was typed or scanned (the QR payload or the bare id)."""
    text = text.strip()
    if "checklist=" in text:
        try:
            return parse_qr_payload(text)[0].strip()
        except KeyError:  # a payload without its sku: the id alone still names the sheet
            return text.split("checklist=", 1)[1].split(";", 1)[0].strip()
    return text


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _rows(printed: list[dict[str, Any]]) -> list[ResultsFormRow]:
    return [
        ResultsFormRow(
            standard=str(section.get("code", "")),
            grade=section.get("grade"),
            key=str(item.get("key", "")),
            item=str(item.get("item") or item.get("key", "")),
            limit=str(item.get("limit") or ""),
            method=str(item.get("method") or ""),
        )
        for section in printed
        for item in section.get("items", [])
    ]


class RecordResultsDialog(QDialog):
    """Two steps in one window: the checklist id, then its printed items."""

    def __init__(self, ws: Workspace, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordResultsDialog")
        self.ws = ws
        self.runner = runner
        self.entry: Any = None  # the ChecklistLogEntry found
        self.saved: list[TestResult] | None = None
        self._build()
        self.retranslate()
        self.resize(900, 600)
        self.guard = DiscardGuard(self, self._snapshot)

    # building ---------------------------------------------------------------------

    def _build(self) -> None:
        self.stack = QStackedWidget(self)
        # step 1: the id
        lookup = QWidget(self)
        self.id_label = QLabel(lookup)
        self.id_label.setWordWrap(True)
        self.id_field = QLineEdit(lookup)
        self.id_field.setObjectName("checklistId")
        self.id_field.returnPressed.connect(self.look_up)
        self.open_button = QPushButton(lookup)
        self.open_button.clicked.connect(self.look_up)
        self.id_error = QLabel(lookup)
        self.id_error.setObjectName("idError")
        self.id_error.setStyleSheet(ERROR_STYLE)
        self.id_error.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.id_field, 1)
        row.addWidget(self.open_button)
        box = QVBoxLayout(lookup)
        box.addWidget(self.id_label)
        box.addLayout(row)
        box.addWidget(self.id_error)
        box.addStretch(1)
        self.stack.addWidget(lookup)
        # step 2: the items
        page = QWidget(self)
        self.heading = QLabel(page)
        self.heading.setObjectName("checklistHeading")
        self.heading.setWordWrap(True)
        self.form = ResultsForm(page)
        self.inspector = QLineEdit(page)
        self.inspector.setObjectName("inspector")
        self.tested = QDateEdit(page)
        self.tested.setCalendarPopup(True)
        self.tested.setDate(_qdate(self.ws.today()))
        self.tested.setMaximumDate(_qdate(self.ws.today()))
        self.fields = QFormLayout()
        self.inspector_label, self.tested_label = QLabel(page), QLabel(page)
        self.fields.addRow(self.inspector_label, self.inspector)
        self.fields.addRow(self.tested_label, self.tested)
        self.save_error = QLabel(page)
        self.save_error.setObjectName("saveError")
        self.save_error.setStyleSheet(ERROR_STYLE)
        self.save_error.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.heading)
        layout.addWidget(self.form, 1)
        layout.addLayout(self.fields)
        layout.addWidget(self.save_error)
        self.stack.addWidget(page)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)
        self.save_button.setAutoDefault(False)  # Enter from the scanner opens, never saves
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(self.stack, 1)
        outer.addWidget(self.buttons)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Record results"))
        self.id_label.setText(
            self.tr(
                "Scan the QR code on the printed checklist, or type the checklist id printed "
                "on each page (CL-…), then press Enter."
            )
        )
        self.id_field.setPlaceholderText(self.tr("Checklist id or scanned code"))
        self.open_button.setText(self.tr("Open"))
        self.inspector_label.setText(self.tr("Inspector"))
        self.tested_label.setText(self.tr("Date inspected"))
        self.form.retranslate()

    # step 1 --------------------------------------------------------------------------

    def look_up(self) -> None:
        checklist = checklist_id_of(self.id_field.text())
        if not checklist:
            return
        self.id_error.clear()
        self.open_button.setEnabled(False)
        self.runner.submit(
            lambda ctx: self.ws.results.checklist_items(checklist),
            on_done=self._on_found,
            on_error=self._on_not_found,
            label="checklist items",
        )

    def _on_not_found(self, exc: BaseException) -> None:
        self.open_button.setEnabled(True)
        self.id_error.setText(message_for(exc))
        self.id_field.selectAll()  # the next scan replaces what was typed

    def _on_found(self, found: tuple[Any, list[dict[str, Any]]]) -> None:
        self.open_button.setEnabled(True)
        self.entry, printed = found
        self.heading.setText(
            self.tr("Checklist %1 for %2, printed %3")
            .replace("%1", self.entry.id)
            .replace("%2", self.entry.sku)
            .replace("%3", f"{self.entry.created_at:%Y-%m-%d}")
        )
        self.form.set_rows(_rows(printed))
        self.stack.setCurrentIndex(1)
        self.save_button.setEnabled(True)
        self.guard.mark_clean()

    # step 2 --------------------------------------------------------------------------

    def drafts(self) -> list[TestResult]:
        """What the inspector entered, one result per item with a value or a tick."""
        if self.entry is None:
            return []
        day = self.tested.date().toPython()
        inspector = self.inspector.text().strip()
        return [
            TestResult(
                sku=self.entry.sku,
                standard=row.standard,
                item=row.key,
                value=value,
                tested=day,
                entered_by=inspector,
            )
            for row, value in self.form.values()
        ]

    def save(self) -> None:
        drafts = self.drafts()
        if not drafts:
            self.save_error.setText(self.tr("Enter a value or tick pass or fail for at least one item."))
            return
        if not self.inspector.text().strip():
            self.save_error.setText(self.tr("Enter the inspector's name."))
            self.inspector.setFocus()
            return
        self.save_error.clear()
        self.save_button.setEnabled(False)
        source = self.ws.results.source  # resolved on the lane: the log may have changed
        checklist = self.entry.id
        self.runner.submit(
            lambda ctx: self.ws.results.add(drafts, source(checklist=checklist)),
            on_done=self._on_saved,
            on_error=self._on_save_failed,
            label="record results",
        )

    def _on_saved(self, stored: list[TestResult]) -> None:
        self.saved = stored
        self.accept()

    def _on_save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.save_error.setText(message_for(exc))

    # closing ---------------------------------------------------------------------------

    def _snapshot(self) -> object:
        return (self.form.values_snapshot(), self.inspector.text())

    def reject(self) -> None:
        """Esc, Cancel or the close button: asks first when values were entered."""
        if self.saved is not None or self.guard.allows_close():
            super().reject()
