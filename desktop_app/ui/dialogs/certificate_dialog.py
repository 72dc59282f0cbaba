"""Add, edit or renew a certificate: scheme, dates, covered products, scan.

Renewing records a new certificate that replaces the old one; the old one
stays in the history. A scan (PDF or image) is copied into the data folder
by the workspace when the certificate is saved.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.audit import AuditEntry
from ...core.certificates import (
    Certificate,
    CertificateKey,
    key_of,
    scheme_validity,
    usual_expiry,
    validate_dates,
    validate_issuer,
    validate_number,
)
from ...core.errors import EditConflictError, ValidationError
from ...core.vocabulary import CERT_SCHEMES
from ..discard_guard import DiscardGuard
from ..errors import message_for
from ..i18n import vocab
from ..messages import reason_text
from ..tasks import TaskRunner
from ..widgets.check_list import CheckList
from ..widgets.conflict_box import ConflictBox
from ..widgets.history_box import HistoryBox

ERROR_STYLE = "color: #c62828;"


class Mode(enum.Enum):
    ADD = "add"
    EDIT = "edit"
    RENEW = "renew"


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


class CertificateDialog(QDialog):
    def __init__(
        self,
        *,
        runner: TaskRunner,
        save: Callable[[Certificate, Path | None], Certificate],
        products: list[tuple[str, str]],
        existing: set[CertificateKey],
        today: dt.date,
        certificate: Certificate | None = None,
        current_scan: Path | None = None,
        fetch_scan: Callable[[], Path | None] | None = None,
        mode: Mode = Mode.ADD,
        parent: QWidget | None = None,
        load: Callable[[CertificateKey], Certificate] | None = None,
        history: Callable[[CertificateKey], list[AuditEntry]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("certificateDialog")
        self.runner = runner
        self._save = save
        self._load = load  # the certificate as stored now, for "reload" after another PC saved it
        self.mode = mode
        self.original = certificate
        self.today = today
        self.current_scan = current_scan
        self._fetch_scan = fetch_scan  # the stored scan as a local file (fetched from a host)
        self.scan: Path | None = None
        self.saved: Certificate | None = None
        taken = set(existing)
        if mode is Mode.EDIT and certificate is not None:
            taken.discard(key_of(certificate))
        # (scheme, number) is what must be unique; the same number in another scheme is allowed
        self.taken = {(k.scheme, k.number.lower()) for k in taken}
        self._build(products)
        self.setMinimumWidth(820)
        self._fill(certificate)
        self._validate()
        self.guard = DiscardGuard(self, lambda: (self.certificate(), self.scan))
        self._history = history
        self.load_history()

    def load_history(self) -> None:
        """The certificate's history from the audit log (an existing certificate only), off the GUI thread."""
        if self._history is None or self.original is None or self.mode is not Mode.EDIT:
            self.history_box.hide()
            return
        key, history = key_of(self.original), self._history
        self.runner.submit(
            lambda ctx: history(key),
            on_done=self.history_box.show_entries,
            on_error=lambda exc: self.history_box.hide(),
            label="certificate history",
        )

    def reject(self) -> None:
        """Esc, Cancel or the close button: asks first when the form was edited."""
        if self.saved is not None or self.guard.allows_close():
            super().reject()

    def _build(self, products: list[tuple[str, str]]) -> None:
        self.scheme = QComboBox(self)
        for key in CERT_SCHEMES:
            self.scheme.addItem(vocab(CERT_SCHEMES, key), key)
        self.number = QLineEdit(self)
        self.issuer = QLineEdit(self)
        self.holder = QLineEdit(self)
        self.product_class = QComboBox(self)
        self.product_class.addItem("—", "")
        for cls in ("I", "II", "III", "IV"):
            self.product_class.addItem(cls, cls)
        self.scope = QLineEdit(self)
        self.notes = QLineEdit(self)
        self.issued = QDateEdit(self)
        self.issued.setCalendarPopup(True)
        self.expires = QDateEdit(self)
        self.expires.setCalendarPopup(True)
        self.no_expiry = QCheckBox(self)
        # with no expiry the date field says so in words, never a greyed 2000/1/1
        self.expires.setMinimumDate(QDate(1990, 1, 1))
        self.term_hint = QLabel(self)
        self.term_hint.setObjectName("termHint")
        self.term_hint.setWordWrap(True)
        self._proposed: dt.date | None = None  # the expiry last proposed (issued + the usual term)
        self.number_error = self._error_label()
        self.issuer_error = self._error_label()
        self.expires_error = self._error_label()
        self.save_error = self._error_label()
        self.scan_label = QLabel(self)
        self.scan_label.setWordWrap(True)
        self.attach_button = QPushButton(self)
        self.open_scan_button = QPushButton(self)
        self.products = CheckList(searchable=True, parent=self)
        self.products.set_items(products)
        # one line per product, the name elided (never a sideways scrollbar); the tooltip has it whole
        self.products.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.products.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        for i in range(self.products.list.count()):
            item = self.products.list.item(i)
            item.setToolTip(item.text())

        form = QFormLayout()
        self.labels: dict[str, QLabel] = {}

        def row(key: str, *widgets: QWidget) -> None:
            label = QLabel(self)
            self.labels[key] = label
            if len(widgets) == 1:
                form.addRow(label, widgets[0])
                return
            box = QVBoxLayout()
            box.setSpacing(2)
            for w in widgets:
                box.addWidget(w)
            form.addRow(label, box)

        row("scheme", self.scheme)
        row("number", self.number, self.number_error)
        row("issuer", self.issuer, self.issuer_error)
        row("holder", self.holder)
        row("class", self.product_class)
        row("issued", self.issued)
        expiry = QWidget(self)
        ex = QHBoxLayout(expiry)
        ex.setContentsMargins(0, 0, 0, 0)
        ex.addWidget(self.expires, 1)
        ex.addWidget(self.no_expiry)
        row("expires", expiry, self.term_hint, self.expires_error)
        row("scope", self.scope)
        row("notes", self.notes)
        scan = QWidget(self)
        sc = QHBoxLayout(scan)
        sc.setContentsMargins(0, 0, 0, 0)
        sc.addWidget(self.attach_button)
        sc.addWidget(self.open_scan_button)
        row("scan", scan, self.scan_label)

        self.products_box = QGroupBox(self)
        QVBoxLayout(self.products_box).addWidget(self.products)
        grid = QGridLayout()
        grid.addLayout(form, 0, 0)
        grid.addWidget(self.products_box, 0, 1)
        # the product names (Chinese and English) need the room more than the form's fields
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self._on_ok_clicked)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.save_error)
        self.conflict = ConflictBox(self)
        self.conflict.reload_requested.connect(self.reload_saved)
        self.conflict.cancel_requested.connect(self._cancel_edit)
        layout.addWidget(self.conflict)
        self.history_box = HistoryBox(self)
        self.history_box.setMaximumHeight(150)
        layout.addWidget(self.history_box)
        layout.addWidget(self.buttons)

        for edit in (self.number, self.issuer):
            edit.textChanged.connect(self._validate)
        self.issued.dateChanged.connect(self._propose_expiry)
        self.issued.dateChanged.connect(self._validate)
        self.expires.dateChanged.connect(self._validate)
        self.no_expiry.toggled.connect(self._on_no_expiry_toggled)
        self.scheme.currentIndexChanged.connect(self._on_scheme_changed)
        self.scheme.currentIndexChanged.connect(self._propose_expiry)
        self.scheme.currentIndexChanged.connect(self._validate)
        self.attach_button.clicked.connect(self._on_attach_clicked)
        self.open_scan_button.clicked.connect(self._on_open_scan_clicked)
        self.retranslate()

    def _error_label(self) -> QLabel:
        label = QLabel(self)
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        return label

    def retranslate(self) -> None:
        self.setWindowTitle(
            {
                Mode.ADD: self.tr("New certificate"),
                Mode.EDIT: self.tr("Edit certificate"),
                Mode.RENEW: self.tr("Renew certificate"),
            }[self.mode]
        )
        for key, text in (
            ("scheme", self.tr("Scheme")),
            ("number", self.tr("Number")),
            ("issuer", self.tr("Issued by")),
            ("holder", self.tr("Holder")),
            ("class", self.tr("Product class")),
            ("issued", self.tr("Issued on")),
            ("expires", self.tr("Expires on")),
            ("scope", self.tr("Scope")),
            ("notes", self.tr("Notes")),
            ("scan", self.tr("Scan")),
        ):
            self.labels[key].setText(text)
        self.no_expiry.setText(self.tr("Does not expire"))
        self.expires.setSpecialValueText(self.tr("no expiry"))
        self._update_term_hint()
        self.attach_button.setText(self.tr("Attach scan…"))
        self.open_scan_button.setText(self.tr("Open scan"))
        self.products_box.setTitle(self.tr("Products it covers"))
        if self.products.search is not None:
            self.products.search.setPlaceholderText(self.tr("Find a product…"))
        self.issuer.setPlaceholderText(self.tr("e.g. SGS, TESTEX, CQC"))
        self._update_scan_label()

    def _fill(self, c: Certificate | None) -> None:
        if c is None:
            self.issued.setDate(_qdate(self.today))
            self.expires.setDate(_qdate(self._one_year_on(self.today)))
            self._on_scheme_changed()
            self._propose_expiry()
            return
        self.scheme.setCurrentIndex(max(0, self.scheme.findData(c.scheme)))
        self.issuer.setText(c.issuer)
        self.holder.setText(c.holder)
        self.product_class.setCurrentIndex(max(0, self.product_class.findData(c.product_class)))
        self.scope.setText(c.scope)
        self.notes.setText(c.notes)
        for sku in c.products:
            self.products.set_checked(sku)
        if self.mode is Mode.RENEW:
            self.issued.setDate(_qdate(self.today))
            usual = usual_expiry(c.scheme, self.today)
            if usual is not None:
                self.expires.setDate(_qdate(usual))
                self._proposed = usual
            else:
                length = (c.expires - c.issued) if c.expires else dt.timedelta(days=365)
                self.expires.setDate(_qdate(self.today + length))
            self.current_scan = None
        else:
            self.number.setText(c.number)
            self.issued.setDate(_qdate(c.issued))
            if c.expires is None:
                self.no_expiry.setChecked(True)
            else:
                self.expires.setDate(_qdate(c.expires))
        self._on_scheme_changed()

    @staticmethod
    def _one_year_on(day: dt.date) -> dt.date:
        return (
            day.replace(year=day.year + 1)
            if (day.month, day.day) != (2, 29)
            else day + dt.timedelta(days=365)
        )

    def _on_scheme_changed(self, *_args) -> None:
        scheme = self.scheme.currentData()
        self.product_class.setEnabled(scheme == "oeko-tex-100")
        always = scheme_validity(scheme).always_expires
        if always and self.no_expiry.isChecked():
            self.no_expiry.setChecked(False)
        self.no_expiry.setEnabled(not always)
        self._update_term_hint()

    def _propose_expiry(self, *_args) -> None:
        """Issued + the scheme's usual term, unless the user set the expiry date by hand
        (a date other than the one proposed last) or is editing a saved certificate."""
        if self.mode is Mode.EDIT:
            return
        usual = usual_expiry(self.scheme.currentData(), _pydate(self.issued.date()))
        if usual is None:
            return
        current = _pydate(self.expires.date())
        if self._proposed is None or current == self._proposed or self.no_expiry.isChecked():
            self.no_expiry.setChecked(False)
            self.expires.setDate(_qdate(usual))
            self._proposed = usual

    def _update_term_hint(self) -> None:
        scheme = self.scheme.currentData()
        if scheme is None:
            return
        validity = scheme_validity(scheme)
        name = vocab(CERT_SCHEMES, scheme)
        if validity.months is not None:
            text = self.tr("{scheme} certificates usually run %n month(s).", "", validity.months)
        elif validity.always_expires:
            text = self.tr("{scheme} certificates always expire: copy the date from the certificate.")
        else:
            text = ""
        self.term_hint.setText(text.format(scheme=name))
        self.term_hint.setVisible(bool(text))

    def _on_no_expiry_toggled(self, on: bool) -> None:
        self.expires.setEnabled(not on)
        if on:
            self.expires.setDate(self.expires.minimumDate())  # shows "no expiry" in words
        elif self.expires.date() == self.expires.minimumDate():
            proposal = usual_expiry(self.scheme.currentData(), _pydate(self.issued.date()))
            self.expires.setDate(_qdate(proposal or self._one_year_on(_pydate(self.issued.date()))))
        self._validate()

    # scans --------------------------------------------------------------------

    def choose_scan_file(self) -> str:
        """The file dialog; a separate method so tests can pick the file."""
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Attach a scan"),
            "",
            self.tr("Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp)"),
        )
        return path

    def _on_attach_clicked(self) -> None:
        path = self.choose_scan_file()
        if path:
            self.scan = Path(path)
            self._update_scan_label()

    def _on_open_scan_clicked(self) -> None:
        if self.scan is None and self.current_scan is not None and self._fetch_scan is not None:
            fetch = self._fetch_scan  # on a host: read from the database, off the GUI thread
            self.runner.submit(lambda ctx: fetch(), on_done=self._open_file, label="open scan")
            return
        self._open_file(self.scan or self.current_scan)

    @staticmethod
    def _open_file(target: Path | None) -> None:
        if target is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def _update_scan_label(self) -> None:
        if self.scan is not None:
            self.scan_label.setText(self.tr("Will attach: {name}").format(name=self.scan.name))
        elif self.current_scan is not None:
            self.scan_label.setText(self.tr("Attached: {name}").format(name=self.current_scan.name))
        else:
            self.scan_label.setText(self.tr("No scan attached."))
        self.open_scan_button.setEnabled(self.scan is not None or self.current_scan is not None)

    # validation and saving ----------------------------------------------------

    def problems(self) -> dict[str, str]:
        """Field → what is wrong, by the core's own validators (one rule, worded by `messages`)."""
        found: dict[str, str] = {}
        checks = (
            ("number", lambda: validate_number(self.number.text())),
            ("issuer", lambda: validate_issuer(self.issuer.text())),
            (
                "expires",
                lambda: validate_dates(
                    _pydate(self.issued.date()), self._expires(), scheme=self.scheme.currentData()
                ),
            ),
        )
        for key, check in checks:
            try:
                check()
            except ValidationError as exc:
                found[key] = reason_text(exc.code, exc.params)
        number = self.number.text().strip()
        if "number" not in found and (self.scheme.currentData(), number.lower()) in self.taken:
            found["number"] = self.tr(
                "A certificate numbered \u201c{number}\u201d is already recorded."
            ).format(number=number)
        return found

    def _expires(self) -> dt.date | None:
        return None if self.no_expiry.isChecked() else _pydate(self.expires.date())

    def _validate(self, *_args) -> bool:
        found = self.problems()
        for key, label in (
            ("number", self.number_error),
            ("issuer", self.issuer_error),
            ("expires", self.expires_error),
        ):
            label.setText(found.get(key, ""))
            label.setVisible(key in found)
        self.save_error.hide()
        self.ok_button.setEnabled(not found)
        return not found

    def certificate(self) -> Certificate:
        base = self.original if self.mode is Mode.EDIT else None
        return Certificate(
            scheme=self.scheme.currentData(),
            number=self.number.text().strip(),
            issuer=self.issuer.text().strip(),
            issued=_pydate(self.issued.date()),
            expires=self._expires(),
            holder=self.holder.text().strip(),
            scope=self.scope.text().strip(),
            product_class=self.product_class.currentData() if self.product_class.isEnabled() else "",
            notes=self.notes.text().strip(),
            products=self.products.checked(),
            scan_file=base.scan_file if base else None,
            replaces=base.replaces if base else None,
            id=base.id if base else None,
            version=base.version if base else None,  # a save over a newer version is refused
        )

    def _on_ok_clicked(self) -> None:
        if not self._validate():
            return
        cert, scan = self.certificate(), self.scan
        self.ok_button.setEnabled(False)
        self.runner.submit(
            lambda ctx: self._save(cert, scan),
            on_done=self._on_saved,
            on_error=self._on_save_failed,
            label="save certificate",
        )

    def _on_saved(self, cert: Certificate) -> None:
        self.saved = cert
        self.accept()

    def _on_save_failed(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        if isinstance(exc, EditConflictError):
            # everything typed stays; the box says what the other user changed and offers a way on
            self.conflict.reload_button.setVisible(self._load is not None and self.original is not None)
            self.conflict.show_conflict(exc)
            self.ok_button.setEnabled(False)
            return
        self.save_error.setText(message_for(exc))
        self.save_error.show()

    # another PC saved the certificate meanwhile --------------------------------------

    def reload_saved(self) -> None:
        """Show the certificate as stored now; the next save starts from it (the scan chosen stays)."""
        if self._load is None or self.original is None:
            return
        key, load = key_of(self.original), self._load
        self.conflict.reload_button.setEnabled(False)
        self.runner.submit(
            lambda ctx: load(key),
            on_done=self._on_reloaded,
            on_error=self._on_reload_failed,
            label="reload certificate",
        )

    def _on_reloaded(self, cert: Certificate) -> None:
        self.original = cert
        self._fill(cert)
        self.guard = DiscardGuard(self, lambda: (self.certificate(), self.scan))
        self.conflict.reload_button.setEnabled(True)
        self.conflict.hide()
        self._validate()
        self.load_history()

    def _on_reload_failed(self, exc: BaseException) -> None:
        self.conflict.reload_button.setEnabled(True)
        self.conflict.text.setText(message_for(exc))

    def _cancel_edit(self) -> None:
        """The user gives up this edit, knowing it was not saved: close without asking again."""
        self.conflict.hide()
        QDialog.reject(self)
