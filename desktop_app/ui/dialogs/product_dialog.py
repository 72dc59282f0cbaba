"""Add, edit or duplicate a product, with validation as you type.

Closed vocabularies are combo boxes and check lists, so unknown values cannot
be entered; the SKU, the name and the composition are checked on every
change, the problem shown next to its field and OK disabled until all is well.
The save itself runs on the database lane; the dialog closes when it succeeded.
"""

from __future__ import annotations

import enum
from collections.abc import Callable

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import ConflictError, ValidationError
from ...core.products import Product, validate_markets, validate_name, validate_sku
from ...core.vocabulary import AGE_GROUPS, CATEGORIES, CLAIMS, FINISHES, MARKETS, SKIN_CONTACTS, STAGES
from ..errors import message_for
from ..i18n import vocab
from ..messages import reason_text
from ..tasks import TaskRunner
from ..widgets.check_list import CheckList
from ..widgets.composition_editor import CompositionEditor

ERROR_STYLE = "color: #c62828;"


class Mode(enum.Enum):
    ADD = "add"
    EDIT = "edit"
    DUPLICATE = "duplicate"


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
    ) -> None:
        super().__init__(parent)
        self.setObjectName("productDialog")
        self.runner = runner
        self._save = save
        self.mode = mode
        self.original = product
        self.saved: Product | None = None
        taken = set(existing_skus)
        if mode is Mode.EDIT and product is not None:
            taken.discard(product.sku)
        self.taken_skus = {s.lower() for s in taken}
        self._build()
        self._fill(product)
        self._validate()

    # building -----------------------------------------------------------------

    def _combo(self, table: dict[str, tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        for key in table:
            combo.addItem(vocab(table, key), key)
        combo.currentIndexChanged.connect(self._validate)
        return combo

    def _error_label(self) -> QLabel:
        label = QLabel(self)
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        return label

    def _build(self) -> None:
        self.sku = QLineEdit(self)
        self.sku.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"[A-Za-z0-9][A-Za-z0-9._/\-]{0,63}"), self)
        )
        self.name = QLineEdit(self)
        self.name.setMaxLength(200)
        self.category = self._combo(CATEGORIES)
        self.age_group = self._combo(AGE_GROUPS)
        self.skin_contact = self._combo(SKIN_CONTACTS)
        self.stage = self._combo(STAGES)
        self.customer = QLineEdit(self)
        self.notes = QPlainTextEdit(self)
        self.notes.setMaximumHeight(60)
        self.sku_error = self._error_label()
        self.name_error = self._error_label()
        self.markets_error = self._error_label()
        self.composition_error = self._error_label()
        self.save_error = self._error_label()
        self.composition = CompositionEditor(self)
        self.markets = CheckList(parent=self)
        self.markets.set_items([(k, f"{vocab(MARKETS, k)} ({k})") for k in MARKETS])
        self.claims = CheckList(parent=self)
        self.claims.set_items([(k, vocab(CLAIMS, k)) for k in CLAIMS])
        self.finishes = CheckList(parent=self)
        self.finishes.set_items([(k, vocab(FINISHES, k)) for k in FINISHES])
        for lst in (self.markets, self.claims, self.finishes):
            lst.list.setMinimumHeight(190)

        form = QFormLayout()
        self.form_labels = {}
        for key, widget, error in (
            ("sku", self.sku, self.sku_error),
            ("name", self.name, self.name_error),
            ("category", self.category, None),
            ("age_group", self.age_group, None),
            ("skin_contact", self.skin_contact, None),
            ("stage", self.stage, None),
            ("customer", self.customer, None),
            ("notes", self.notes, None),
        ):
            label = QLabel(self)
            self.form_labels[key] = label
            if error is None:
                form.addRow(label, widget)
            else:
                box = QVBoxLayout()
                box.setSpacing(2)
                box.addWidget(widget)
                box.addWidget(error)
                form.addRow(label, box)

        self.composition_box = QGroupBox(self)
        comp_layout = QVBoxLayout(self.composition_box)
        comp_layout.addWidget(self.composition)
        comp_layout.addWidget(self.composition_error)
        comp_layout.addStretch(1)
        self.markets_box = QGroupBox(self)
        QVBoxLayout(self.markets_box).addWidget(self.markets)
        self.markets_box.layout().addWidget(self.markets_error)
        self.claims_box = QGroupBox(self)
        QVBoxLayout(self.claims_box).addWidget(self.claims)
        self.finishes_box = QGroupBox(self)
        QVBoxLayout(self.finishes_box).addWidget(self.finishes)

        grid = QGridLayout()
        grid.addLayout(form, 0, 0)
        grid.addWidget(self.composition_box, 0, 1)
        grid.addWidget(self.markets_box, 1, 0)
        lists = QGridLayout()
        lists.addWidget(self.claims_box, 0, 0)
        lists.addWidget(self.finishes_box, 0, 1)
        grid.addLayout(lists, 1, 1)
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
        layout.addWidget(self.buttons)

        for edit in (self.sku, self.name):
            edit.textChanged.connect(self._validate)
        self.composition.changed.connect(self._validate)
        self.markets.changed.connect(self._validate)
        self.retranslate()

    def retranslate(self) -> None:
        titles = {
            Mode.ADD: self.tr("New product"),
            Mode.EDIT: self.tr("Edit product"),
            Mode.DUPLICATE: self.tr("Duplicate product"),
        }
        self.setWindowTitle(titles[self.mode])
        for key, text in (
            ("sku", self.tr("SKU")),
            ("name", self.tr("Name")),
            ("category", self.tr("Category")),
            ("age_group", self.tr("Age group")),
            ("skin_contact", self.tr("Skin contact")),
            ("stage", self.tr("Stage")),
            ("customer", self.tr("Customer")),
            ("notes", self.tr("Notes")),
        ):
            self.form_labels[key].setText(text)
        self.sku.setPlaceholderText(self.tr("e.g. BB-001"))
        self.name.setPlaceholderText(self.tr("e.g. 婴儿连体衣 Baby bodysuit"))
        self.composition_box.setTitle(self.tr("Fibre composition"))
        self.markets_box.setTitle(self.tr("Markets sold to"))
        self.claims_box.setTitle(self.tr("Claims on the label"))
        self.finishes_box.setTitle(self.tr("Finishes and trims"))

    def _fill(self, p: Product | None) -> None:
        if p is None:
            self.category.setCurrentIndex(self.category.findData("garment"))
            self.age_group.setCurrentIndex(self.age_group.findData("adult"))
            self.skin_contact.setCurrentIndex(self.skin_contact.findData("indirect"))
            self.markets.set_checked("CN")
            self.composition.set_composition(())
            return
        sku = p.sku + "-COPY" if self.mode is Mode.DUPLICATE else p.sku
        self.sku.setText(sku)
        self.name.setText(p.name)
        for combo, value in (
            (self.category, p.category),
            (self.age_group, p.age_group),
            (self.skin_contact, p.skin_contact),
            (self.stage, p.stage),
        ):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.customer.setText(p.customer)
        self.notes.setPlainText(p.notes)
        for m in p.markets:
            self.markets.set_checked(m)
        for c in p.claims:
            self.claims.set_checked(c)
        for f in p.finishes:
            self.finishes.set_checked(f)
        self.composition.set_composition(p.composition)

    # validation ---------------------------------------------------------------

    def problems(self) -> dict[str, str]:
        """Field → what is wrong, by the core's own validators (one rule, worded by `messages`)."""
        found: dict[str, str] = {}
        checks = (
            ("sku", lambda: validate_sku(self.sku.text())),
            ("name", lambda: validate_name(self.name.text())),
            ("market", lambda: validate_markets(self.markets.checked())),
        )
        for key, check in checks:
            try:
                check()
            except ValidationError as exc:
                found[key] = reason_text(exc.code, exc.params)
        sku = self.sku.text().strip()
        if "sku" not in found and sku.lower() in self.taken_skus:
            found["sku"] = self.tr("Another product already has SKU \u201c{sku}\u201d.").format(sku=sku)
        comp = self.composition.problem()
        if comp:
            found["fibre"] = comp
        return found

    def _validate(self, *_args) -> bool:
        found = self.problems()
        for key, label in (
            ("sku", self.sku_error),
            ("name", self.name_error),
            ("market", self.markets_error),
            ("fibre", self.composition_error),
        ):
            label.setText(found.get(key, ""))
            label.setVisible(key in found)
        self.save_error.hide()
        self.ok_button.setEnabled(not found)
        return not found

    def product(self) -> Product:
        base = self.original if self.mode is Mode.EDIT and self.original else None
        return Product(
            sku=self.sku.text().strip(),
            name=self.name.text().strip(),
            category=self.category.currentData(),
            age_group=self.age_group.currentData(),
            skin_contact=self.skin_contact.currentData(),
            markets=self.markets.checked(),
            composition=self.composition.composition(),
            claims=self.claims.checked(),
            finishes=self.finishes.checked(),
            stage=self.stage.currentData(),
            customer=self.customer.text().strip(),
            notes=self.notes.toPlainText().strip(),
            id=base.id if base else None,
        )

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
        target = {"sku": self.sku_error, "name": self.name_error, "fibre": self.composition_error}
        label = self.save_error
        if isinstance(exc, (ConflictError, ValidationError)):
            label = target.get(exc.field, self.save_error)
            if isinstance(exc, ConflictError) and exc.field == "sku":
                self.taken_skus.add(str(exc.value).lower())
                text = self.tr("Another product already has SKU \u201c{sku}\u201d.").format(sku=exc.value)
                label.setText(text)
                label.show()
                self.ok_button.setEnabled(False)
                return
        label.setText(message_for(exc))
        label.show()
