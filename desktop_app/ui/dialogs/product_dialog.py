"""Add, edit or duplicate a product, with validation as you type.

Closed vocabularies are combo boxes and check lists, so unknown values cannot
be entered (a value an older record holds is shown, marked, never dropped
silently). Three tabs keep the dialog within a 1024×768 screen: the product
itself (what it is, for whom, its fibres), its components and finishes, and
where it is sold and where its materials come from.

Every change is checked by the core's own validators (`validate_sku`, …,
then `validate_product` on the whole record); the problem shows next to its
field, the tab holding it is marked and OK stays disabled until all is well.
The save itself runs on the database lane; the dialog closes when it succeeded.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Callable

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QStyle, QVBoxLayout, QWidget

from ...core.errors import ConflictError, EditConflictError, ValidationError
from ...core.products import Product, validate_markets, validate_name, validate_product, validate_sku
from ..discard_guard import DiscardGuard
from ..errors import message_for
from ..messages import reason_text
from ..tasks import TaskRunner
from ..widgets.conflict_box import ConflictBox
from ..widgets.product_form import ERROR_STYLE, ProductForm

# The tab holding each field the core may name in a ValidationError.
FIELD_TABS = {
    "sku": 0,
    "name": 0,
    "category": 0,
    "age_group": 0,
    "skin_contact": 0,
    "stage": 0,
    "product_type": 0,
    "construction": 0,
    "age_months": 0,
    "height_cm": 0,
    "fibre": 0,
    "component": 1,
    "finish": 1,
    "claim": 1,
    "market": 2,
    "origin": 2,
}


class Mode(enum.Enum):
    ADD = "add"
    EDIT = "edit"
    DUPLICATE = "duplicate"


def _core_verdict(product: Product) -> ValidationError | None:
    """What the core's `validate_product` refuses in `product`, or None."""
    try:
        validate_product(product)
    except ValidationError as exc:
        return exc
    return None


class ProductDialog(QDialog):
    def __init__(
        self,
        *,
        runner: TaskRunner,
        save: Callable[[Product], Product],
        existing_skus: set[str],
        product: Product | None = None,
        mode: Mode = Mode.ADD,
        parent: QWidget | None = None,
        load: Callable[[str], Product] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("productDialog")
        self.runner = runner
        self._save = save
        self._load = load  # the product as stored now, for "reload" after another PC saved it
        self.mode = mode
        self.original = product
        self.saved: Product | None = None
        taken = set(existing_skus)
        if mode is Mode.EDIT and product is not None:
            taken.discard(product.sku)
        self.taken_skus = {s.lower() for s in taken}
        self._build()
        self.form.fill(product, duplicate=mode is Mode.DUPLICATE)
        self._validate()
        # what the form shows now is "unedited": Esc then closes at once, an edit asks first
        self.guard = DiscardGuard(self, self.form.product)

    def reject(self) -> None:
        """Esc, Cancel or the close button: asks first when the form was edited."""
        if self.saved is not None or self.guard.allows_close():
            super().reject()

    # building -----------------------------------------------------------------

    def _build(self) -> None:
        self.form = ProductForm(self)
        for name in ProductForm.FIELDS:  # `dialog.sku`, `dialog.markets` …, as callers and tests know them
            setattr(self, name, getattr(self.form, name))
        self.core_error = QLabel(self)
        self.save_error = QLabel(self)
        for label in (self.core_error, self.save_error):
            label.setStyleSheet(ERROR_STYLE)
            label.setWordWrap(True)
            label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self._on_ok_clicked)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.core_error)
        layout.addWidget(self.save_error)
        self.conflict = ConflictBox(self)
        self.conflict.reload_requested.connect(self.reload_saved)
        self.conflict.cancel_requested.connect(self._cancel_edit)
        layout.addWidget(self.conflict)
        layout.addWidget(self.buttons)
        self.form.changed.connect(self._validate)
        self.retranslate()

    def retranslate(self) -> None:
        titles = {
            Mode.ADD: self.tr("New product"),
            Mode.EDIT: self.tr("Edit product"),
            Mode.DUPLICATE: self.tr("Duplicate product"),
        }
        self.setWindowTitle(titles[self.mode])
        self.form.retranslate()

    def showEvent(self, event) -> None:
        screen = self.screen()
        if screen is not None:
            self.fit_to(screen.availableGeometry())
        super().showEvent(event)

    def fit_to(self, area: QRect) -> None:
        """As large as the contents want, never larger than `area` (a 1024×768 office PC)."""
        frame = 40  # the title bar and borders the window manager adds
        wanted = self.sizeHint().expandedTo(QSize(900, 600))
        self.resize(min(wanted.width(), area.width()), min(wanted.height(), area.height() - frame))

    # validation ---------------------------------------------------------------

    def problems(self) -> dict[str, str]:
        """Field → what is wrong, by the core's own validators (one rule, worded by `messages`).

        The fields are checked one by one first, so each shows its own
        problem; then `validate_product` judges the whole record, so whatever
        the core refuses (today and as it learns new fields) is refused here.
        Range order and typed origin codes are also checked by the dialog,
        for a core that has no validator for them yet.
        """
        t = self.form
        found: dict[str, str] = {}
        checks = (
            ("sku", lambda: validate_sku(t.sku.text())),
            ("name", lambda: validate_name(t.name.text())),
            ("market", lambda: validate_markets(t.markets.checked())),
        )
        for key, check in checks:
            try:
                check()
            except ValidationError as exc:
                found[key] = reason_text(exc.code, exc.params)
        sku = t.sku.text().strip()
        if "sku" not in found and sku.lower() in self.taken_skus:
            found["sku"] = self.tr("Another product already has SKU \u201c{sku}\u201d.").format(sku=sku)
        comp = t.composition.problem()
        if comp:
            found["fibre"] = comp
        exc = _core_verdict(self.product())
        if exc is None:
            pass
        elif exc.field in t.error_labels:
            found.setdefault(exc.field, reason_text(exc.code, exc.params))
        else:  # a field without a place of its own: under the tabs, with its name
            found["core"] = message_for(exc)
        for key, edit in (("age_months", t.age_months), ("height_cm", t.height_cm)):
            if edit.inverted() and key not in found:
                found[key] = self.tr("The upper bound is below the lower bound.")
        origin = t.origins.problem()
        if origin and "origin" not in found:
            found["origin"] = origin
        return found

    def _validate(self, *_args) -> bool:
        found = self.problems()
        self.form.show_problems(found)
        self.core_error.setText(found.get("core", ""))
        self.core_error.setVisible("core" in found)
        warn = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        bad_tabs = {FIELD_TABS.get(k) for k in found}
        for index in range(self.form.count()):
            self.form.setTabIcon(index, warn if index in bad_tabs else QIcon())
        self.save_error.hide()
        self.ok_button.setEnabled(not found)
        return not found

    def product(self) -> Product:
        base = self.original if self.mode is Mode.EDIT and self.original else None
        product = self.form.product(base_id=base.id if base else None)
        # the version this edit started from: a save over a newer one is refused, never overwrites
        return dataclasses.replace(product, version=base.version) if base else product

    # saving -------------------------------------------------------------------

    def _on_ok_clicked(self) -> None:
        if not self._validate():
            return
        product = self.product()
        self.ok_button.setEnabled(False)
        self.runner.submit(
            lambda ctx: self._save(product),
            on_done=self._on_saved,
            on_error=self._on_save_failed,
            label="save product",
        )

    def _on_saved(self, product: Product) -> None:
        self.saved = product
        self.accept()

    def _on_save_failed(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        if isinstance(exc, EditConflictError):
            # everything typed stays; the box says what the other user changed and offers a way on
            self.conflict.reload_button.setVisible(self._load is not None and self.original is not None)
            self.conflict.show_conflict(exc)
            self.ok_button.setEnabled(False)
            return
        label = self.save_error
        if isinstance(exc, (ConflictError, ValidationError)):
            label = self.form.error_labels.get(exc.field, self.save_error)
            if exc.field in FIELD_TABS:
                self.form.setCurrentIndex(FIELD_TABS[exc.field])
            if isinstance(exc, ConflictError) and exc.field == "sku":
                self.taken_skus.add(str(exc.value).lower())
                text = self.tr("Another product already has SKU \u201c{sku}\u201d.").format(sku=exc.value)
                label.setText(text)
                label.show()
                self.ok_button.setEnabled(False)
                return
        label.setText(message_for(exc))
        label.show()

    # another PC saved the product meanwhile ----------------------------------------

    def reload_saved(self) -> None:
        """Show the product as stored now (the other user's version); the next save starts from it."""
        if self._load is None or self.original is None:
            return
        sku = self.original.sku
        load = self._load
        self.conflict.reload_button.setEnabled(False)
        self.runner.submit(
            lambda ctx: load(sku),
            on_done=self._on_reloaded,
            on_error=self._on_reload_failed,
            label="reload product",
        )

    def _on_reloaded(self, product: Product) -> None:
        self.original = product
        self.form.fill(product)
        self.guard = DiscardGuard(self, self.form.product)
        self.conflict.reload_button.setEnabled(True)
        self.conflict.hide()
        self._validate()

    def _on_reload_failed(self, exc: BaseException) -> None:
        self.conflict.reload_button.setEnabled(True)
        self.conflict.text.setText(message_for(exc))

    def _cancel_edit(self) -> None:
        """The user gives up this edit, knowing it was not saved: close without asking again."""
        self.conflict.hide()
        QDialog.reject(self)
