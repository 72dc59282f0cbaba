"""Enter results…: a test report's results typed into the items its products may be tested for.

The items (of every standard that applies to the report's products, at
their grade, as of the report's date) are read on the database lane and
shown in the shared `ResultsForm`. "Applies to" chooses the products the
values are for: all the report covers (one sample for several SKUs) or one.
Save writes them through `ws.results` with the report as their source, all
or nothing, and the dialog then shows how each was judged.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import EditConflictError
from ...core.results import TestResult
from ...workspace import Workspace
from ...workspace.changes import Changed
from ...workspace.results import ReportItem
from ..discard_guard import DiscardGuard
from ..errors import message_for
from ..i18n import vocab_lang
from ..tasks import TaskRunner
from .results_form import ResultsForm, ResultsFormRow

ERROR_STYLE = "color: #c62828;"
ALL = ""  # the "Applies to" choice for every product of the report


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _limit(item: ReportItem) -> str:
    r = item.requirement
    figure = any(c.isdigit() for c in r.limit)
    return f"{r.limit} {r.unit}" if r.unit and figure and r.unit not in r.limit else r.limit


def form_rows(items: list[ReportItem], skus: set[str], lang: str) -> list[ResultsFormRow]:
    """One row per (standard, item) of the chosen products, in the order read; a grade or
    limit that differs between them is shown joined ("A / B")."""
    merged: dict[tuple[str, str], list[ReportItem]] = {}
    for item in items:
        if item.sku in skus:
            merged.setdefault((item.standard, item.requirement.key), []).append(item)
    rows = []
    for (code, key), found in merged.items():
        grades = list(dict.fromkeys(i.grade for i in found if i.grade))
        limits = list(dict.fromkeys(_limit(i) for i in found))
        r = found[0].requirement
        rows.append(
            ResultsFormRow(
                standard=code,
                grade=" / ".join(grades) or None,
                key=key,
                item=r.item.get(lang) or key,
                limit=" / ".join(limits),
                method=r.method or "",
            )
        )
    return rows


def _judged(ws: Workspace, stored: list[TestResult]) -> list[tuple[TestResult, Any]]:
    """Each stored result with its item's status now (None: a newer result of the item counts)."""
    out = []
    for sku in dict.fromkeys(r.sku for r in stored):
        items = {(st.code, i.key): i for st in ws.compliance.for_product(sku) for i in st.items}
        for r in stored:
            if r.sku == sku:
                found = items.get((r.standard, r.item))
                out.append(
                    (r, found if found is not None and found.result and found.result.id == r.id else None)
                )
    return out


class ReportResultsDialog(QDialog):
    """The items of a test report's products, to type the lab's values into."""

    def __init__(self, ws: Workspace, runner: TaskRunner, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportResultsDialog")
        self.ws, self.runner, self.report = ws, runner, report
        self.certificate: Any = None
        self.items: list[ReportItem] = []
        self.saved: list[TestResult] | None = None
        self.judged: list[tuple[TestResult, Any]] = []
        self._build()
        self.retranslate()
        self.resize(920, 620)
        self.guard = DiscardGuard(self, self._snapshot)
        self.runner.submit(
            lambda ctx: self.ws.results.report_items(report),
            on_done=self._on_loaded,
            on_error=self._on_load_failed,
            label="report items",
        )

    def _build(self) -> None:
        self.heading = QLabel(self)
        self.heading.setObjectName("reportHeading")
        self.heading.setWordWrap(True)
        self.applies_to = QComboBox(self)
        self.applies_to.setObjectName("appliesTo")
        self.applies_to.currentIndexChanged.connect(lambda _i: self._show_rows())
        self.form = ResultsForm(self)
        # room to type a lab's value ("< 5", "未检出") whatever the items' texts
        value = self.form.table.horizontalHeader()
        value.setSectionResizeMode(ResultsForm.VALUE, QHeaderView.ResizeMode.Interactive)
        self.form.table.setColumnWidth(ResultsForm.VALUE, 110)
        self.tested = QDateEdit(self)
        self.tested.setCalendarPopup(True)
        self.tested.setMaximumDate(_qdate(self.ws.today()))
        self.tested.setDate(_qdate(self.ws.today()))
        self.sample = QLineEdit(self)
        self.entered_by = QLineEdit(self)
        self.entered_by.setObjectName("enteredBy")
        self.fields = QFormLayout()
        self.applies_label, self.tested_label = QLabel(self), QLabel(self)
        self.sample_label, self.entered_label = QLabel(self), QLabel(self)
        self.fields.addRow(self.applies_label, self.applies_to)
        self.fields.addRow(self.tested_label, self.tested)
        self.fields.addRow(self.sample_label, self.sample)
        self.fields.addRow(self.entered_label, self.entered_by)
        self.error = QLabel(self)
        self.error.setObjectName("saveError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        entry = QWidget(self)
        box = QVBoxLayout(entry)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(self.fields)
        box.addWidget(self.form, 1)
        self.summary = QLabel(self)
        self.summary.setObjectName("judgedSummary")
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(entry)
        self.stack.addWidget(self.summary)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Enter results"))
        self.applies_label.setText(self.tr("Applies to"))
        self.tested_label.setText(self.tr("Date tested"))
        self.sample_label.setText(self.tr("Sample"))
        self.entered_label.setText(self.tr("Entered by"))
        self.sample.setPlaceholderText(self.tr("The sample's name or number, as on the report"))
        self.form.retranslate()
        if self.certificate is not None:
            self._show_heading()
            self.applies_to.setItemText(0, self.tr("All products of the report (%n)", "", len(self._skus())))

    # loading ------------------------------------------------------------------------

    def _skus(self) -> list[str]:
        return list(dict.fromkeys(i.sku for i in self.items))

    def _show_heading(self) -> None:
        cert = self.certificate
        self.heading.setText(
            self.tr("Test report %1 by %2, issued %3")
            .replace("%1", cert.number)
            .replace("%2", cert.issuer or "—")
            .replace("%3", cert.issued.isoformat())
        )

    def _on_loaded(self, found: tuple[Any, list[ReportItem]]) -> None:
        self.certificate, self.items = found
        self._show_heading()
        self.tested.setDate(_qdate(min(self.certificate.issued, self.ws.today())))
        self._fill_applies_to()
        self._show_rows()
        if not self.items:
            self.error.setText(
                self.tr("The report names no product in this database: add its products to the report first.")
            )
        self.save_button.setEnabled(bool(self.items))
        self.guard.mark_clean()

    def _fill_applies_to(self) -> None:
        """All the report's products, then each one; the choice made stays when it still exists."""
        chosen = self.applies_to.currentData()
        self.applies_to.blockSignals(True)
        self.applies_to.clear()
        self.applies_to.addItem(self.tr("All products of the report (%n)", "", len(self._skus())), ALL)
        for sku in self._skus():
            self.applies_to.addItem(sku, sku)
        self.applies_to.setCurrentIndex(max(self.applies_to.findData(chosen), 0))
        self.applies_to.blockSignals(False)

    def _on_load_failed(self, exc: BaseException) -> None:
        self.error.setText(message_for(exc))

    def chosen(self) -> set[str]:
        sku = self.applies_to.currentData()
        return set(self._skus()) if not sku else {sku}

    def _show_rows(self) -> None:
        """The chosen products' items; values already typed stay with their items."""
        kept = {(row.standard, row.key): (value, tick) for row, value, tick in self._typed()}
        self.form.set_rows(form_rows(self.items, self.chosen(), vocab_lang()))
        for r, row in enumerate(self.form.rows):
            value, tick = kept.get((row.standard, row.key), ("", 0))
            self.form.set_value(r, value)
            self.form.tick(r).setCurrentIndex(tick)

    def _typed(self) -> list[tuple[ResultsFormRow, str, int]]:
        snapshot = self.form.values_snapshot()
        return [(row, value, tick) for row, (value, tick) in zip(self.form.rows, snapshot, strict=True)]

    # saving -------------------------------------------------------------------------

    def drafts(self) -> list[TestResult]:
        """One result per value (or tick) and chosen product the item applies to."""
        if self.certificate is None:
            return []
        day = self.tested.date().toPython()
        applies = {(i.sku, i.standard, i.requirement.key) for i in self.items}
        skus = [s for s in self._skus() if s in self.chosen()]
        return [
            TestResult(
                sku=sku,
                standard=row.standard,
                item=row.key,
                value=value,
                tested=day,
                sample=self.sample.text().strip(),
                entered_by=self.entered_by.text().strip(),
            )
            for row, value in self.form.values()
            for sku in skus
            if (sku, row.standard, row.key) in applies
        ]

    def save(self) -> None:
        if self.saved is not None:  # the judged summary is showing: Save reads Close
            self.accept()
            return
        drafts = self.drafts()
        if not drafts:
            self.error.setText(self.tr("Enter a value or tick pass or fail for at least one item."))
            return
        self.error.clear()
        self.save_button.setEnabled(False)
        ws, report, version = self.ws, self.report, self.certificate.version

        def store(ctx) -> Changed[tuple[list[TestResult], list[tuple[TestResult, Any]]]]:
            # the version read when the items were listed: a report changed since is refused
            changed = ws.results.add(drafts, ws.results.source(report=report), report_version=version)
            return Changed((changed.value, _judged(ws, changed.value)), changed.changes)

        self.runner.submit(
            store, on_done=self._on_saved, on_error=self._on_save_failed, label="enter results"
        )

    def _on_save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, EditConflictError):  # the report changed: its items are read again
            self.error.setText(
                message_for(exc) + " " + self.tr("Its items were read again; check them, then save.")
            )
            self.save_button.setEnabled(False)
            self.runner.submit(
                lambda ctx: self.ws.results.report_items(self.report),
                on_done=self._on_reloaded,
                on_error=self._on_load_failed,
                label="report items",
            )
            return
        self.error.setText(message_for(exc))

    def _on_reloaded(self, found: tuple[Any, list[ReportItem]]) -> None:
        """The report as saved elsewhere; the values typed stay with their items."""
        self.certificate, self.items = found
        self._show_heading()
        self._fill_applies_to()
        self._show_rows()
        self.save_button.setEnabled(bool(self.items))

    def _on_saved(self, found: tuple[list[TestResult], list[tuple[TestResult, Any]]]) -> None:
        self.saved, self.judged = found
        self.summary.setText("\n".join(self.judged_lines()))
        self.stack.setCurrentIndex(1)
        self.applies_to.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()
        self.save_button.setText(self.tr("Close"))
        self.save_button.setEnabled(True)

    def verdict_text(self, status: Any) -> str:
        if status is None:
            return self.tr("kept as history: a newer result of this item counts")
        words = {
            "pass": self.tr("pass"),
            "fail": self.tr("fail"),
            "judged": self.tr("as judged by the tester"),
            "undecidable": self.tr("cannot be decided against the limit"),
            "untested": self.tr("untested"),
        }
        text = words.get(status.verdict, status.verdict)
        j = status.judgement
        if status.verdict == "fail" and j is not None and j.margin is not None:
            text += self.tr(" (over the limit by %1)").replace("%1", f"{j.margin:g} {j.unit or ''}".strip())
        return text

    def judged_lines(self) -> list[str]:
        lines = [
            self.tr("Saved %n result(s) of report %1:", "", len(self.saved or [])).replace("%1", self.report)
        ]
        for r, status in self.judged:
            unit = r.unit or (status.requirement.unit if status is not None else None)
            value = f"{r.value} {unit or ''}".strip()
            name = status.requirement.item.get(vocab_lang()) if status is not None else r.item
            lines.append(f"{r.sku} · {r.standard} · {name} {value}: {self.verdict_text(status)}")
        return lines

    # closing ------------------------------------------------------------------------

    def _snapshot(self) -> object:
        return (self.form.values_snapshot(), self.sample.text(), self.entered_by.text())

    def reject(self) -> None:
        """Esc, Cancel or the close button: asks first when values were entered."""
        if self.saved is not None or self.guard.allows_close():
            super().reject()
