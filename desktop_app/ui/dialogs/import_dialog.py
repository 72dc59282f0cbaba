"""Import products or certificates from a spreadsheet: look first, then write.

Choosing a file runs a dry run on the database lane: nothing is written, and
the dialog shows what the import would do (counts; the first rows, each with
its outcome; how the columns were understood; every rejected row with its
reason). Import applies the same file with the same options in one
transaction, after an automatic backup, and emits `imported`; the task
runner tells the other views what the report says changed. A file that cannot be imported at all is
explained in the dialog. Tests call `load(path)` and `apply()` instead of
the file dialog and the button.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...imports.columns import field_label
from ...imports.errors import ImportFileError
from ..errors import message_for
from ..events import EventHub
from ..i18n import current_language
from ..import_texts import file_error_message, summary_lines
from ..tasks import Lane, TaskRunner
from ..widgets.import_report_view import ImportReportView

if TYPE_CHECKING:
    from ...workspace import Workspace

KINDS = ("products", "certificates")
ENCODINGS = (None, "utf-8", "gb18030")  # None: detected
SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm")
ERROR_STYLE = "color: #c62828;"


class ImportDialog(QDialog):
    imported = Signal(object)  # the applied ImportReport (the runner publishes its changes)

    def __init__(
        self,
        ws: Workspace,
        runner: TaskRunner,
        hub: EventHub,
        kind: str,
        path: Path | str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if kind not in KINDS:
            raise ValueError(f"kind must be one of {', '.join(KINDS)}")
        self.setObjectName("importDialog")
        self.ws, self.runner, self.hub, self.kind = ws, runner, hub, kind
        self.path: Path | None = None
        self.report = None  # the last ImportReport, dry run or applied
        self.busy = False
        self._applying = False  # the running task writes
        self._was_applying = False  # the report shown came from Import
        self._generation = 0  # results of superseded tasks are dropped
        self._task = None
        self._message = ("", False)  # text, is an error
        self.confirm_box: QMessageBox | None = None  # open while safety-relevant changes await a yes
        self._build()
        self.retranslate()
        if path is not None:
            self.load(path)

    def _build(self) -> None:
        self.file_caption = QLabel(self)
        self.path_label = QLabel(self)
        self.path_label.setObjectName("importPath")
        self.choose_button = QPushButton(self)
        self.encoding_caption = QLabel(self)
        self.encoding_combo = QComboBox(self)
        for _ in ENCODINGS:
            self.encoding_combo.addItem("")
        self.all_or_nothing = QCheckBox(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.message = QLabel(self)
        self.message.setObjectName("importMessage")
        self.message.setWordWrap(True)
        self.message.hide()

        self.view = ImportReportView(self)
        self.view.setObjectName("importReport")

        self.template_button = QPushButton(self)
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("importButton")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        for b in (self.choose_button, self.template_button, self.import_button, self.close_button):
            b.setAutoDefault(False)

        grid = QGridLayout()
        grid.addWidget(self.file_caption, 0, 0)
        grid.addWidget(self.path_label, 0, 1)
        grid.addWidget(self.choose_button, 0, 2)
        options = QHBoxLayout()
        options.addWidget(self.encoding_combo)
        options.addSpacing(16)
        options.addWidget(self.all_or_nothing)
        options.addStretch(1)
        grid.addWidget(self.encoding_caption, 1, 0)
        grid.addLayout(options, 1, 1)
        grid.setColumnStretch(1, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.template_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        self.resize(920, 600)

        self.choose_button.clicked.connect(self._on_choose_clicked)
        self.template_button.clicked.connect(self._on_template_clicked)
        self.import_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        self.encoding_combo.currentIndexChanged.connect(self._on_encoding_changed)
        self.all_or_nothing.toggled.connect(self._on_all_or_nothing_toggled)

    # texts --------------------------------------------------------------------

    def retranslate(self) -> None:
        products = self.kind == "products"
        self.setWindowTitle(self.tr("Import products") if products else self.tr("Import certificates"))
        self.file_caption.setText(self.tr("File:"))
        self.choose_button.setText(self.tr("Choose file…"))
        self.encoding_caption.setText(self.tr("Encoding:"))
        for index, text in enumerate((self.tr("Automatic"), "UTF-8", "GB18030")):
            self.encoding_combo.setItemText(index, text)
        self.encoding_combo.setToolTip(
            self.tr("How a CSV file's text is stored; .xlsx files need no choice.")
        )
        self.all_or_nothing.setText(self.tr("All or nothing"))
        self.all_or_nothing.setToolTip(self.tr("Import nothing if any row is rejected."))
        self.template_button.setText(self.tr("Save template…"))
        self.template_button.setToolTip(self.tr("A blank .xlsx with the columns the import knows"))
        self.import_button.setText(self.tr("Import"))
        self._show_report()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_report(self) -> None:
        """Every text that depends on the file, the report and the state."""
        self.path_label.setText(self.path.name if self.path else self.tr("No file chosen."))
        self.path_label.setToolTip(str(self.path) if self.path else "")
        first, _, rest = self.summary_text().partition("\n")
        self.summary.setText(
            f"<b>{escape(first)}</b>" + "".join(f"<br>{escape(x)}" for x in rest.split("\n") if x)
        )
        self.summary.setVisible(bool(first))
        text, is_error = self._message
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if is_error else "")
        self.message.setVisible(bool(text))
        self._update_buttons()

    def summary_text(self) -> str:
        """The summary as plain lines (the label shows the first one bold)."""
        if self.busy:
            return self.tr("Importing…") if self._applying else self.tr("Reading the file…")
        if self.report is None:
            return "" if self.path else self.tr("Choose a .xlsx or .csv file to see what it would import.")
        lines = summary_lines(
            self.report, all_or_nothing=self.all_or_nothing.isChecked(), after_apply=self._was_applying
        )
        return "\n".join(lines)

    # state ----------------------------------------------------------------------

    def encoding(self) -> str | None:
        """The encoding override, or None to detect it; always None for workbooks."""
        if self.path is not None and self.path.suffix.lower() in SPREADSHEET_SUFFIXES:
            return None
        return ENCODINGS[self.encoding_combo.currentIndex()]

    def can_import(self) -> bool:
        r = self.report
        return (
            not self.busy
            and r is not None
            and not r.applied
            and bool(r.added or r.updated)
            and not (self.all_or_nothing.isChecked() and r.rejected)
        )

    def _update_buttons(self) -> None:
        csv = self.path is None or self.path.suffix.lower() not in SPREADSHEET_SUFFIXES
        for widget in (self.choose_button, self.template_button, self.all_or_nothing, self.close_button):
            widget.setEnabled(not self.busy)
        self.encoding_combo.setEnabled(not self.busy and csv)
        self.import_button.setEnabled(self.can_import())

    # slots and tasks --------------------------------------------------------------

    def choose_file(self) -> str:
        """The native file dialog; a method of its own so tests can answer it."""
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a file to import"),
            str(self.path.parent) if self.path else "",
            self.tr("Spreadsheets (*.xlsx *.xlsm *.csv);;All files (*)"),
        )
        return path

    def choose_template_path(self) -> str:
        folder = self.path.parent if self.path else Path.home()
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save template"),
            str(folder / f"{self.kind}-template.xlsx"),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        return path

    def load(self, path: Path | str) -> None:
        """Check `path` with a dry run on the database lane; the results show when it is done."""
        self.path = Path(path)
        self.report = None
        self._run(apply=False)

    def apply(self) -> None:
        """Write the good rows of the loaded file (what Import does).

        Updates that change what applies to an existing product (its age group,
        markets...) are listed old → new and written only once the user says yes.
        """
        if not self.can_import():
            return
        if self.report.safety_changes:
            self._ask_to_confirm(self.report)
            return
        self._run(apply=True)

    def _ask_to_confirm(self, report) -> None:
        lang = current_language()
        lines = [
            f"{c.key}: {self._field_name(d.field)} {d.old.get(lang) or '—'} → {d.new.get(lang) or '—'}"
            for c in report.safety_changes
            for d in c.safety_diffs
        ]
        shown = lines[:12]
        if len(lines) > len(shown):
            shown.append(self.tr("… and {n} more").format(n=len(lines) - len(shown)))
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Change what applies?"),
            self.tr(
                "These changes decide which standards apply to existing products "
                "(and at which grade). Import them?"
            )
            + "\n\n"
            + "\n".join(shown),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("confirmSafetyChanges")
        yes = box.addButton(self.tr("Import these changes"), QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(self.tr("Go back"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)
        box.setEscapeButton(no)

        def answered() -> None:
            self.confirm_box = None
            if box.clickedButton() is yes and self.can_import():
                self._run(apply=True, confirm_safety=True)

        box.finished.connect(answered)
        self.confirm_box = box
        box.open()

    def _field_name(self, name: str) -> str:
        return field_label(name, current_language())

    def _run(self, *, apply: bool, confirm_safety: bool = False) -> None:
        transfer, path, encoding = self.ws.transfer, self.path, self.encoding()
        run = transfer.import_products if self.kind == "products" else transfer.import_certificates
        all_or_nothing = self.all_or_nothing.isChecked()
        self._generation += 1
        generation = self._generation
        self.busy, self._applying, self._message = True, apply, ("", False)
        self._show_report()
        label = self.tr("Importing {file}") if apply else self.tr("Checking {file}")
        kept: dict[str, object] = {}  # the result, even if the task was cancelled from the window

        options = {"confirm_safety": True} if confirm_safety else {}

        def work(ctx):
            try:
                kept["report"] = run(
                    path, apply=apply, all_or_nothing=all_or_nothing, encoding=encoding, **options
                )
            except ImportFileError as exc:  # the user's file, not a failure of the app: no traceback logged
                kept["report"] = exc
            return kept["report"]

        self._task = self.runner.submit(
            work,
            on_done=lambda report: self._on_task_done(generation, report),
            on_error=lambda exc: self._on_task_failed(generation, exc),
            label=label.format(file=path.name),
            lane=Lane.DB,
        )
        self._task.finished.connect(lambda: self._on_task_finished(generation, kept))

    def _on_task_done(self, generation: int, report) -> None:
        if generation != self._generation:
            return
        if isinstance(report, ImportFileError):
            self._on_task_failed(generation, report)
            return
        self.busy, self._was_applying, self.report = False, self._applying, report
        self.view.set_report(report)
        self._show_report()
        if report.applied:  # the runner published `report.changes`
            self.imported.emit(report)

    def _on_task_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.busy, self._was_applying, self.report = False, False, None
        self.view.set_report(None)
        text = file_error_message(exc) if isinstance(exc, ImportFileError) else message_for(exc)
        self._message = (text, True)
        self._show_report()

    def _on_task_finished(self, generation: int, kept: dict) -> None:
        """The runner skips `on_done` for a task cancelled from the window; an import cannot stop
        half-way (one transaction), so its result is shown all the same."""
        if generation != self._generation or not self.busy:
            return
        if "report" in kept:
            self._on_task_done(generation, kept["report"])
            return
        self.busy = False
        self._message = (self.tr("Stopped before the end."), True)
        self._show_report()

    def _on_choose_clicked(self) -> None:
        path = self.choose_file()
        if path:
            self.load(path)

    def _on_encoding_changed(self, _index: int) -> None:
        if self.path is not None and not self.busy:
            self.load(self.path)

    def _on_all_or_nothing_toggled(self, _on: bool) -> None:
        self._show_report()

    def _on_template_clicked(self) -> None:
        chosen = self.choose_template_path()
        if not chosen:
            return
        path = Path(chosen) if chosen.lower().endswith(".xlsx") else Path(chosen + ".xlsx")
        kind, transfer = self.kind, self.ws.transfer
        self.runner.submit(
            lambda ctx: transfer.write_template(kind, path),
            on_done=self._on_template_saved,
            on_error=lambda exc: self._on_template_failed(exc),
            label="import template",
            lane=Lane.DB,
        )

    def _on_template_saved(self, path: Path) -> None:
        self._message = (self.tr("Template saved: {path}").format(path=path), False)
        self._show_report()

    def _on_template_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ImportFileError):
            text = file_error_message(exc)
        else:
            text = message_for(exc)
        self._message = (text, True)
        self._show_report()

    def reject(self) -> None:
        """Close; not while an import writes. A dry run still reading is dropped."""
        if self.busy and self._applying:
            return
        if self.busy:
            self._generation += 1
            self.busy = False
            if self._task is not None:
                self._task.cancel()
        super().reject()
