"""What an import found, in three tabs: the first rows, the column mapping, the problems.

The preview's vertical header and the problems table both give the row as
the spreadsheet numbers it; double-clicking a problem shows its row in the
preview when the preview holds it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..models.import_errors_model import ROW_NUMBER_ROLE, ImportErrorsModel
from ..models.import_mapping_model import ImportMappingModel
from ..models.import_preview_model import ImportPreviewModel

MAX_COLUMN_WIDTH = 260
PREVIEW, COLUMNS, PROBLEMS = range(3)


def _table(parent: QWidget, name: str) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().setDefaultSectionSize(26)
    return view


class ImportReportView(QTabWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = None
        self.preview_model = ImportPreviewModel(self)
        self.mapping_model = ImportMappingModel(self)
        self.errors_model = ImportErrorsModel(self)
        self.preview = _table(self, "importPreview")
        self.preview.setModel(self.preview_model)
        self.preview.horizontalHeader().setStretchLastSection(False)
        self.preview_note = QLabel(self)
        self.mapping = _table(self, "importMapping")
        self.mapping.setModel(self.mapping_model)
        self.mapping.verticalHeader().hide()
        self.errors = _table(self, "importErrors")
        self.errors.setModel(self.errors_model)
        self.errors.verticalHeader().hide()
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.preview_note)
        self.addTab(page, "")
        self.addTab(self.mapping, "")
        self.addTab(self.errors, "")
        self.errors.doubleClicked.connect(self._on_errors_double_clicked)
        self.retranslate()

    def set_report(self, report) -> None:
        """Show an `ImportReport`; None empties every tab."""
        self.report = report
        self.preview_model.set_report(report)
        self.mapping_model.set_report(report)
        self.errors_model.set_errors(report.rejected if report is not None else [])
        self.preview.resizeColumnsToContents()
        for col in range(self.preview_model.columnCount()):
            self.preview.setColumnWidth(col, min(self.preview.columnWidth(col), MAX_COLUMN_WIDTH))
        self.mapping.resizeColumnToContents(0)
        self.errors.horizontalHeader().resizeSections(QHeaderView.ResizeMode.ResizeToContents)
        self._update_texts()

    def retranslate(self) -> None:
        self.setTabText(PREVIEW, self.tr("Preview"))
        self.setTabText(COLUMNS, self.tr("Columns"))
        self.preview_model.set_report(self.report)  # outcome and field names are in the UI's language
        self.mapping_model.set_report(self.report)
        self._update_texts()

    def _update_texts(self) -> None:
        r = self.report
        rejected = len(r.rejected_rows) if r is not None else 0
        self.setTabText(PROBLEMS, self.tr("Problems ({count})").format(count=rejected))
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.setTabIcon(PROBLEMS, warning if rejected else QIcon())
        total = len(r.added) + len(r.updated) + len(r.unchanged) + rejected if r is not None else 0
        shown = self.preview_model.rowCount()
        self.preview_note.setText(
            self.tr("Showing the first {shown} of {total} rows.").format(shown=shown, total=total)
        )
        self.preview_note.setVisible(0 < shown < total)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_errors_double_clicked(self, index: QModelIndex) -> None:
        row = self.preview_model.row_of(index.data(ROW_NUMBER_ROLE))
        if row >= 0:
            self.setCurrentIndex(PREVIEW)
            self.preview.selectRow(row)
