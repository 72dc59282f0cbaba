"""Certificates: status by colour, text and icon, sortable by days left."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QItemSelectionModel, QSortFilterProxyModel, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.certificates import CertificateKey, key_of
from ...core.errors import AssistantError
from ...workspace.carbon import VERIFIED_SCHEME
from ...workspace.changes import ChangeSet
from ..dialogs.certificate_dialog import CertificateDialog, Mode
from ..dialogs.report_import_dialog import ReportImportDialog
from ..dialogs.report_results_dialog import ReportResultsDialog
from ..models.certificate_table_model import SEARCH_ROLE, SORT_ROLE, CertificateTableModel, Column
from ..widgets.certificate_detail import CertificateDetail
from .page import Page

if TYPE_CHECKING:
    from pathlib import Path

    from ...workspace import Workspace

TEST_REPORT = "test-report"  # the scheme of a lab's test report: it gets results
NUMBER_MIN, NUMBER_MAX = 120, 180  # px: the Number column's width


class CertificatesPage(Page):
    # CARBON: a carbon-footprint certificate's detail names the estimate it was based on
    watches = ChangeSet.CERTIFICATES | ChangeSet.PRODUCTS | ChangeSet.FIRM | ChangeSet.CARBON

    def __init__(self, ws: Workspace, runner, hub, parent=None) -> None:
        super().__init__(ws, runner, hub, parent)
        self.model = CertificateTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterRole(SEARCH_ROLE)
        self.proxy.setFilterKeyColumn(0)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._products: list[tuple[str, str]] = []
        self._pending_select: str | None = None

        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.show_replaced = QCheckBox(self)
        self.add_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.renew_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.scan_button = QPushButton(self)
        self.enter_results_button = QPushButton(self)
        self.enter_results_button.setObjectName("enterResults")
        self.import_results_button = QPushButton(self)
        self.import_results_button.setObjectName("importResults")
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addWidget(self.show_replaced)
        bar.addSpacing(12)
        for b in (self.add_button, self.edit_button, self.renew_button, self.delete_button, self.scan_button):
            bar.addWidget(b)
        self.add_import_button(bar)
        self.table = QTableView(self)
        self.table.setObjectName("certificatesTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.DAYS_LEFT, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        # the spare width of a wide window goes to the long texts: scheme, issuer and products
        for col in (Column.SCHEME, Column.ISSUER, Column.PRODUCTS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        # what matters at 1024×768 comes first: status, number, scheme, expiry; long issuer and
        # product lists are elided (their tooltips have them whole)
        header.moveSection(header.visualIndex(Column.EXPIRES), header.visualIndex(Column.ISSUER))
        header.moveSection(header.visualIndex(Column.DAYS_LEFT), header.visualIndex(Column.ISSUER))
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        for col, width in {
            Column.STATUS: 180,  # "Expired 35 days ago" whole: statuses are never elided
            Column.NUMBER: NUMBER_MIN,  # then as wide as the numbers (`_fit_number_column`)
            Column.SCHEME: 120,
            Column.PRODUCTS: 100,
            Column.ISSUED: 86,
            Column.EXPIRES: 90,
            Column.DAYS_LEFT: 80,
        }.items():
            self.table.setColumnWidth(col, max(width, header.sectionSizeHint(col)))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.detail = CertificateDetail(self)
        # a test report's results: beside its detail, so the bar above keeps room for the search;
        # the two buttons as wide as the wider one, at the right even when no detail is shown
        self.results_box = QWidget(self)
        self.results_box.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        results = QVBoxLayout(self.results_box)
        results.setContentsMargins(0, 0, 0, 0)
        results.addWidget(self.enter_results_button)
        results.addWidget(self.import_results_button)
        results.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.detail, 1)
        bottom.addStretch(0)
        bottom.addWidget(self.results_box, 0, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(bottom)

        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.show_replaced.toggled.connect(lambda _on: self.reload())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._show_detail())
        self.table.doubleClicked.connect(lambda _i: self.edit_certificate())
        self.add_button.clicked.connect(self.add_certificate)
        self.edit_button.clicked.connect(self.edit_certificate)
        self.renew_button.clicked.connect(self.renew_certificate)
        self.delete_button.clicked.connect(self.delete_certificate)
        self.scan_button.clicked.connect(self.open_scan)
        self.enter_results_button.clicked.connect(self.enter_results)
        self.import_results_button.clicked.connect(self.import_results)
        self.retranslate()
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Certificates")

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Find by number, issuer or SKU…"))
        self.show_replaced.setText(self.tr("Show replaced"))
        self.add_button.setText(self.tr("New…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.renew_button.setText(self.tr("Renew…"))
        self.renew_button.setToolTip(self.tr("Record the new certificate; the old one stays in the history"))
        self.delete_button.setText(self.tr("Delete"))
        self.scan_button.setText(self.tr("Open scan"))
        self.enter_results_button.setText(self.tr("Enter results…"))
        self.enter_results_button.setToolTip(self.tr("Type the results of the selected test report"))
        self.import_results_button.setText(self.tr("Import results…"))
        self.import_results_button.setToolTip(
            self.tr("Read the selected test report's results from a spreadsheet (a dry run first)")
        )
        self.detail.retranslate()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self.model.rowCount():
            self.model.dataChanged.emit(
                self.model.index(0, 0), self.model.index(self.model.rowCount() - 1, len(Column) - 1)
            )

    def focus_search(self) -> bool:
        self.search.setFocus()
        self.search.selectAll()
        return True

    def reload(self) -> None:
        include = self.show_replaced.isChecked()

        def load(ctx):
            states = self.ws.certificates.states(include_replaced=include)
            products = [(p.sku, f"{p.sku}  {p.name}") for p in self.ws.products.list()]
            return states, products

        self.runner.submit(load, on_done=self._on_states_loaded, label="certificates")

    def _on_states_loaded(self, result) -> None:
        states, self._products = result
        keep = self._pending_select or self.current_number()
        self.model.set_states(states)
        self._fit_number_column()
        self._pending_select = None
        if keep:
            self.select(keep)
        self._update_buttons()
        self._show_detail()

    def _fit_number_column(self) -> None:
        """A certificate's number is what staff compare with the paper: shown whole (up to
        NUMBER_MAX px; the issuer's column, which stretches, gives the room)."""
        header = self.table.horizontalHeader()
        wanted = max(self.table.sizeHintForColumn(Column.NUMBER), header.sectionSizeHint(Column.NUMBER))
        self.table.setColumnWidth(Column.NUMBER, min(max(NUMBER_MIN, wanted), NUMBER_MAX))

    def select(self, number: str) -> None:
        row = self.model.row_of(number)
        if row < 0:
            self._pending_select = number
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.search.clear()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)

    def current_state(self):
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.state(self.proxy.mapToSource(rows[0]).row())

    def current_number(self) -> str | None:
        st = self.current_state()
        return st.certificate.number if st else None

    def _show_detail(self) -> None:
        """The selected certificate in words; a carbon-footprint one with the estimate it was based on."""
        st = self.current_state()
        if st is None or st.certificate.scheme != VERIFIED_SCHEME:
            self.detail.show_state(st)
            return
        cert = st.certificate

        def shown(verified) -> None:
            now = self.current_state()
            if now is not None and now.certificate == cert:  # still the one selected
                self.detail.show_state(now, verified)

        self.detail.show_state(st)
        self.runner.submit(lambda ctx: self.ws.carbon.verified_for(cert), on_done=shown, label="certificate")

    def _update_buttons(self) -> None:
        st = self.current_state()
        for b in (self.edit_button, self.renew_button, self.delete_button):
            b.setEnabled(st is not None)
        self.scan_button.setEnabled(st is not None and bool(st.certificate.scan_file))
        report = st is not None and st.certificate.scheme == TEST_REPORT
        self.enter_results_button.setEnabled(report)
        self.import_results_button.setEnabled(report)

    # actions ------------------------------------------------------------------

    def _keys(self) -> set[CertificateKey]:
        return {key_of(self.model.state(r).certificate) for r in range(self.model.rowCount())}

    def _open_dialog(self, mode: Mode, cert=None) -> CertificateDialog:
        certs = self.ws.certificates
        if mode is Mode.EDIT:
            old = key_of(cert)

            def save(c, scan):
                return certs.update(old, c, scan=scan)
        elif mode is Mode.RENEW:
            old = key_of(cert)

            def save(c, scan):
                return certs.renew(old, c, scan=scan)
        else:

            def save(c, scan):
                return certs.add(c, scan=scan)

        dialog = CertificateDialog(
            runner=self.runner,
            save=save,
            products=self._products,
            existing=self._keys(),
            today=self.ws.today(),
            certificate=cert,
            current_scan=certs.scan_path(cert) if cert is not None else None,
            fetch_scan=(lambda: certs.fetch_scan(cert)) if cert is not None else None,
            mode=mode,
            parent=self,
            load=certs.get,  # after another PC saved it: reload the stored version
            history=self.ws.audit.certificate_history,
        )
        dialog.accepted.connect(lambda: self._on_dialog_saved(dialog))
        dialog.setModal(True)
        dialog.open()
        return dialog

    def _on_dialog_saved(self, dialog: CertificateDialog) -> None:
        if dialog.saved is not None:
            self._pending_select = dialog.saved.number

    def add_certificate(self) -> CertificateDialog:
        return self._open_dialog(Mode.ADD)

    def edit_certificate(self) -> CertificateDialog | None:
        st = self.current_state()
        return self._open_dialog(Mode.EDIT, st.certificate) if st else None

    def renew_certificate(self) -> CertificateDialog | None:
        st = self.current_state()
        return self._open_dialog(Mode.RENEW, st.certificate) if st else None

    def delete_certificate(self) -> None:
        st = self.current_state()
        if st is None:
            return
        number, key, version = st.certificate.number, key_of(st.certificate), st.certificate.version
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete certificate"),
            self.tr("Delete certificate {number}?").format(number=number),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(
            self.tr(
                "Its record is removed; a scan file stays in the data folder. To keep it as history, renew it instead."
            )
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if self.confirm(box) != QMessageBox.StandardButton.Yes:
            return
        self.runner.submit(
            # changed on another PC since this list was read: refused, the message says what changed
            lambda ctx: self.ws.certificates.remove(key, version=version),
            on_error=self.show_error,
            label="delete certificate",
        )

    def _report(self):
        st = self.current_state()
        return st.certificate if st is not None and st.certificate.scheme == TEST_REPORT else None

    def enter_results(self) -> ReportResultsDialog | None:
        """Type the selected test report's results into the items of its products."""
        report = self._report()
        if report is None:
            return None
        dialog = ReportResultsDialog(self.ws, self.runner, report.number, self)
        dialog.setModal(True)
        dialog.open()
        return dialog

    def import_results(self) -> ReportImportDialog | None:
        """The selected test report's results from a spreadsheet: a dry run, then all or nothing."""
        report = self._report()
        if report is None:
            return None
        dialog = ReportImportDialog(self.ws, self.runner, report.number, self, version=report.version)
        dialog.setModal(True)
        dialog.open()
        return dialog

    def confirm(self, box: QMessageBox) -> int:
        return box.exec()

    def open_scan(self) -> None:
        """Open the selected certificate's scan; on a host it is fetched first, on the database
        lane (a large scan over the office network must not freeze the window)."""
        st = self.current_state()
        try:  # a restored database may name a path, not a file in scans/: refused, never opened
            path = self.ws.certificates.scan_path(st.certificate) if st else None
        except AssistantError as exc:
            self.show_error(exc)
            return
        if path is None or st is None:
            return
        cert = st.certificate
        self.runner.submit(
            lambda ctx: self.ws.certificates.fetch_scan(cert),
            on_done=_open_file,
            on_error=self.show_error,
            label="open scan",
        )

    def save_state(self, settings) -> None:
        settings.setValue("certificates/header", self.table.horizontalHeader().saveState())

    def restore_state(self, settings) -> None:
        header = settings.value("certificates/header")
        if isinstance(header, QByteArray):
            self.table.horizontalHeader().restoreState(header)


def _open_file(path: Path | None) -> None:
    if path is not None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
