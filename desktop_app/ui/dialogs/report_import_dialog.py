"""Import results…: a lab report's results from a spreadsheet, a dry run first, then all or nothing.

The file (CSV in GB18030 or UTF-8, or .xlsx; Chinese or English headers) is
read by the same importer as `results import FILE --report NUMBER`, on the
database lane: the preview lists every result it found and every bad row
(its row number, the column as the file names it, and why). Import is
offered only for a file without a bad row; it checks the file again, makes
a backup and writes every result in one transaction (or none).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import EditConflictError
from ...imports.errors import ImportFileError
from ...workspace import Workspace
from ...workspace.results_import import ResultImport, import_results, write_results_template
from ..errors import message_for
from ..import_texts import file_error_message
from ..models.import_errors_model import ImportErrorsModel
from ..tasks import TaskRunner

ERROR_STYLE = "color: #c62828;"
SHEETS = "*.xlsx *.csv *.txt"


def _message(exc: BaseException) -> str:
    return file_error_message(exc) if isinstance(exc, ImportFileError) else message_for(exc)


class ReportImportDialog(QDialog):
    def __init__(
        self,
        ws: Workspace,
        runner: TaskRunner,
        report: str,
        parent: QWidget | None = None,
        *,
        version: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportImportDialog")
        self.ws, self.runner, self.report = ws, runner, report
        self.version = version  # of the report as the page listed it: a changed one is refused
        self.path: Path | None = None
        self.plan: ResultImport | None = None
        self._notice = ""  # why the file was checked again, shown above its preview
        self._build()
        self.retranslate()
        self.resize(900, 600)

    def _build(self) -> None:
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.choose_button = QPushButton(self)
        self.choose_button.clicked.connect(self.choose_file)
        self.template_button = QPushButton(self)
        self.template_button.clicked.connect(self.save_template)
        self.file_label = QLabel(self)
        self.file_label.setObjectName("importFile")
        bar = QHBoxLayout()
        bar.addWidget(self.choose_button)
        bar.addWidget(self.file_label, 1)
        bar.addWidget(self.template_button)
        self.summary = QLabel(self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.found = QTableWidget(0, 7, self)
        self.found.setObjectName("importFound")
        self.found.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.found.verticalHeader().hide()
        self.found.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.errors_model = ImportErrorsModel(self)
        self.errors = QTableView(self)
        self.errors.setObjectName("importErrors")
        self.errors.setModel(self.errors_model)
        self.errors.verticalHeader().hide()
        self.errors.horizontalHeader().setStretchLastSection(True)
        self.errors.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.errors.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.found, 2)
        layout.addWidget(self.errors, 1)
        layout.addWidget(self.buttons)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import results of report %1").replace("%1", self.report))
        self.intro.setText(
            self.tr(
                "Choose a spreadsheet of the lab's results (.xlsx, or CSV in GB18030 or UTF-8) with the "
                "columns Item and Result (项目, 结果), and optionally SKU, Standard, Unit, Method, Tested, "
                "Sample. A row without a SKU is for every product of the report. Nothing is written "
                "until you click Import."
            )
        )
        self.choose_button.setText(self.tr("Choose file…"))
        self.template_button.setText(self.tr("Save template…"))
        self.import_button.setText(self.tr("Import"))
        self.found.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("SKU"), self.tr("Standard"), self.tr("Item"), self.tr("Result"),
             self.tr("Unit"), self.tr("Tested")]
        )  # fmt: skip
        # the problems table's own headers, in the new language
        self.errors_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)

    # the dry run --------------------------------------------------------------------

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Results of report %1").replace("%1", self.report),
            "",
            self.tr("Spreadsheets") + f" ({SHEETS})",
        )
        if name:
            self.preview(Path(name))

    def preview(self, path: Path) -> None:
        """Read and check every row (nothing written), on the database lane."""
        self.path, self.plan = Path(path), None
        self.file_label.setText(str(path))
        self.import_button.setEnabled(False)
        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("Reading the file…"))
        ws, report = self.ws, self.report
        self.runner.submit(
            lambda ctx: import_results(ws, path, report=report),
            on_done=self._on_checked,
            on_error=self._on_failed,
            label="results dry run",
        )

    def _show(self, plan: ResultImport) -> None:
        self.plan = plan
        self.found.setRowCount(len(plan.rows))
        for r, row in enumerate(plan.rows):
            res = row.result
            cells = (
                str(row.row),
                res.sku,
                res.standard,
                res.item,
                res.value,
                res.unit or "",
                res.tested.isoformat(),
            )
            for c, text in enumerate(cells):
                self.found.setItem(r, c, QTableWidgetItem(text))
        self.found.resizeColumnsToContents()
        self.errors_model.set_errors(plan.rejected)
        self.errors.setVisible(bool(plan.rejected))

    def _on_checked(self, plan: ResultImport) -> None:
        self._show(plan)
        notice, self._notice = self._notice, ""
        if plan.rejected:
            self.summary.setStyleSheet(ERROR_STYLE)
            self.summary.setText(
                self.tr("%n row(s) with problems: nothing can be imported until they are fixed in the file.", "",
                        len({e.row for e in plan.rejected}))
            )  # fmt: skip
        elif not plan.rows:
            self.summary.setText(self.tr("The file holds no results."))
        else:
            self.summary.setText(
                self.tr("%n result(s) ready to import. Nothing has been written yet.", "", len(plan.rows))
            )
        self.import_button.setEnabled(bool(plan.rows) and not plan.rejected)
        if notice:
            self.summary.setText(notice + "\n" + self.summary.text())

    def _on_failed(self, exc: BaseException) -> None:
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setText(_message(exc))
        self.import_button.setEnabled(
            self.plan is not None and bool(self.plan.rows) and not self.plan.rejected
        )

    # applying -----------------------------------------------------------------------

    def apply(self) -> None:
        """Check the file again and write it all, after a backup, on the database lane."""
        if self.path is None:
            return
        self.import_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        ws, report, path, version = self.ws, self.report, self.path, self.version
        self.runner.submit(
            lambda ctx: import_results(ws, path, report=report, apply=True, report_version=version),
            on_done=self._on_applied,
            on_error=self._on_apply_failed,
            label="import results",
        )

    def _on_applied(self, plan: ResultImport) -> None:
        self.choose_button.setEnabled(True)
        if not plan.applied:  # the file changed since the dry run: nothing written, say why
            self._on_checked(plan)
            return
        self._show(plan)
        self.summary.setStyleSheet("")
        self.summary.setText(
            self.tr(
                "Imported %n result(s) in one step. A backup was made first: %1", "", len(plan.rows)
            ).replace("%1", str(plan.backup) if plan.backup else "—")
        )

    def _on_apply_failed(self, exc: BaseException) -> None:
        self.choose_button.setEnabled(True)
        self._on_failed(exc)
        if isinstance(exc, EditConflictError) and self.path is not None:
            # the report changed on another PC: the file is checked again against it
            self.version = exc.current_version
            self._notice = message_for(exc)
            self.preview(self.path)

    # the template -------------------------------------------------------------------

    def save_template(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save template"), "results-template.xlsx", self.tr("Excel workbook") + " (*.xlsx)"
        )
        if name:
            self.write_template(Path(name))

    def write_template(self, path: Path) -> None:
        def done(_path: Any) -> None:
            self.summary.setStyleSheet("")
            self.summary.setText(self.tr("Template saved: %1").replace("%1", str(path)))

        self.runner.submit(
            lambda ctx: write_results_template(path), on_done=done, on_error=self._on_failed, label="template"
        )
