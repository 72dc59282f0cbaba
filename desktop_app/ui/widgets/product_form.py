"""The fields of a product record in three tabs, sized for a 1024×768 screen.

1. *Product*: SKU, name, category, type, construction, age group, age and
   height ranges, skin contact, stage, customer, notes; the fibres beside.
2. *Components and finishes*: components, named finishes, label claims.
3. *Markets and origin*: markets with their subdivisions, origins.

Only the vocabularies' values can be chosen. The form knows nothing of
validation rules: the dialog judges `product()` with the core and hands the
problems back to `show_problems`, which puts each under its field.
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.products import Product
from ...core.vocabulary import (
    AGE_GROUPS,
    CATEGORIES,
    CLAIMS,
    COMPONENTS,
    CONSTRUCTIONS,
    EU_MEMBER_STATES,
    FINISHES,
    MARKET_SUBDIVISIONS,
    MARKETS,
    PRODUCT_TYPES,
    SKIN_CONTACTS,
    STAGES,
)
from ..i18n import vocab
from .check_list import CheckList
from .composition_editor import CompositionEditor
from .origins_edit import OriginsEdit
from .range_edit import RangeEdit
from .vocab_combo import VocabCombo

ERROR_STYLE = "color: #c62828;"
AGE_CEILING_MONTHS = 1200
HEIGHT_CEILING_CM = 250

# Product types by the category they belong to (the vocabulary lists them in this order).
TYPE_CATEGORIES: dict[str, tuple[str, ...]] = {
    "garment": (
        "tshirt",
        "shirt",
        "trousers",
        "skirt_dress",
        "suit",
        "outerwear",
        "knitwear",
        "underwear",
        "sleepwear",
        "swimwear",
        "sportswear",
        "socks",
        "bodysuit",
        "bib",
    ),
    "home_textile": ("bedding", "towel", "curtain", "upholstery", "blanket", "carpet", "table_linen"),
    "accessory": ("hat", "scarf", "gloves", "bag", "tie"),
}


def _items(table: dict[str, tuple[str, str]], keys=None) -> list[tuple[str, str]]:
    return [(k, vocab(table, k)) for k in (table if keys is None else keys) if k in table]


class ProductForm(QTabWidget):
    """`changed` on any edit; `product()` reads the record back, `fill()` shows one."""

    changed = Signal()

    # the widgets the dialog exposes under the same names
    FIELDS = (
        "sku",
        "name",
        "category",
        "product_type",
        "construction",
        "age_group",
        "age_months",
        "height_cm",
        "skin_contact",
        "stage",
        "customer",
        "notes",
        "composition",
        "components",
        "finishes",
        "claims",
        "markets",
        "origins",
        "sku_error",
        "name_error",
        "composition_error",
        "markets_error",
        "error_labels",
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("productForm")
        self.error_labels: dict[str, QLabel] = {}
        self._build_fields()
        self.addTab(self._product_tab(), "")
        self.addTab(self._parts_tab(), "")
        self.addTab(self._markets_tab(), "")
        self.sku_error = self.error_labels["sku"]
        self.name_error = self.error_labels["name"]
        self.composition_error = self.error_labels["fibre"]
        self.markets_error = self.error_labels["market"]
        for edit in (self.sku, self.name):
            edit.textChanged.connect(self.changed)
        for combo in (
            self.category,
            self.product_type,
            self.construction,
            self.age_group,
            self.skin_contact,
            self.stage,
        ):
            combo.currentIndexChanged.connect(self.changed)
        for widget in (
            self.age_months,
            self.height_cm,
            self.composition,
            self.components,
            self.finishes,
            self.claims,
            self.markets,
            self.origins,
        ):
            widget.changed.connect(self.changed)
        self.retranslate()

    # building -----------------------------------------------------------------

    def _error(self, key: str) -> QLabel:
        label = QLabel(self)
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        self.error_labels[key] = label
        return label

    def _build_fields(self) -> None:
        self.sku = QLineEdit(self)
        self.sku.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"[A-Za-z0-9][A-Za-z0-9._/\-]{0,63}"), self)
        )
        self.name = QLineEdit(self)
        self.name.setMaxLength(200)
        self.category = VocabCombo(parent=self)
        self.product_type = VocabCombo(parent=self)
        self.product_type.setObjectName("productType")
        self.construction = VocabCombo(parent=self)
        self.age_group = VocabCombo(parent=self)
        self.age_months = RangeEdit(ceiling=AGE_CEILING_MONTHS, unit="", parent=self)
        self.height_cm = RangeEdit(ceiling=HEIGHT_CEILING_CM, unit="cm", parent=self)
        self.skin_contact = VocabCombo(parent=self)
        self.stage = VocabCombo(parent=self)
        self.customer = QLineEdit(self)
        self.notes = QPlainTextEdit(self)
        self.notes.setMaximumHeight(56)
        self.composition = CompositionEditor(self)
        self.components = CheckList(parent=self)
        self.finishes = CheckList(parent=self)
        self.claims = CheckList(parent=self)
        self.markets = CheckList(searchable=True, parent=self)
        self.markets.setObjectName("markets")
        self.origins = OriginsEdit(self)

    def _with_error(self, widget: QWidget, key: str) -> QVBoxLayout:
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(self._error(key))
        return box

    def _product_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout()
        self.form_labels: dict[str, QLabel] = {}
        for key, widget, error in (
            ("sku", self.sku, "sku"),
            ("name", self.name, "name"),
            ("category", self.category, None),
            ("product_type", self.product_type, "product_type"),
            ("construction", self.construction, "construction"),
            ("age_group", self.age_group, None),
            ("age_months", self.age_months, "age_months"),
            ("height_cm", self.height_cm, "height_cm"),
            ("skin_contact", self.skin_contact, None),
            ("stage", self.stage, None),
            ("customer", self.customer, None),
            ("notes", self.notes, None),
        ):
            label = QLabel(page)
            self.form_labels[key] = label
            form.addRow(label, widget if error is None else self._with_error(widget, error))
        self.composition_box = QGroupBox(page)
        comp = QVBoxLayout(self.composition_box)
        comp.addWidget(self.composition)
        comp.addWidget(self._error("fibre"))
        comp.addStretch(1)
        self.ranges_hint = QLabel(page)
        self.ranges_hint.setWordWrap(True)
        self.ranges_hint.setStyleSheet("color: #555;")
        right = QVBoxLayout()
        right.addWidget(self.composition_box, 1)
        right.addWidget(self.ranges_hint)
        layout = QHBoxLayout(page)
        layout.addLayout(form, 3)
        layout.addLayout(right, 2)
        return page

    def _boxed(self, page: QWidget, widget: QWidget, key: str) -> QGroupBox:
        box = QGroupBox(page)
        layout = QVBoxLayout(box)
        layout.addWidget(widget, 1)
        layout.addWidget(self._error(key))
        return box

    def _parts_tab(self) -> QWidget:
        page = QWidget(self)
        self.components_box = self._boxed(page, self.components, "component")
        self.finishes_box = self._boxed(page, self.finishes, "finish")
        self.claims_box = self._boxed(page, self.claims, "claim")
        layout = QHBoxLayout(page)
        for box in (self.components_box, self.finishes_box, self.claims_box):
            layout.addWidget(box, 1)
        return page

    def _markets_tab(self) -> QWidget:
        page = QWidget(self)
        self.markets_box = self._boxed(page, self.markets, "market")
        self.markets_hint = QLabel(page)
        self.markets_hint.setWordWrap(True)
        self.markets_hint.setStyleSheet("color: #555;")
        self.markets_box.layout().addWidget(self.markets_hint)
        self.origins_box = self._boxed(page, self.origins, "origin")
        grid = QGridLayout(page)
        grid.addWidget(self.markets_box, 0, 0)
        grid.addWidget(self.origins_box, 0, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        return page

    def retranslate(self) -> None:
        self.setTabText(0, self.tr("Product"))
        self.setTabText(1, self.tr("Components and finishes"))
        self.setTabText(2, self.tr("Markets and origin"))
        for key, text in (
            ("sku", self.tr("SKU")),
            ("name", self.tr("Name")),
            ("category", self.tr("Category")),
            ("product_type", self.tr("Product type")),
            ("construction", self.tr("Construction")),
            ("age_group", self.tr("Age group")),
            ("age_months", self.tr("Age (months)")),
            ("height_cm", self.tr("Height (cm)")),
            ("skin_contact", self.tr("Skin contact")),
            ("stage", self.tr("Stage")),
            ("customer", self.tr("Customer")),
            ("notes", self.tr("Notes")),
        ):
            self.form_labels[key].setText(text)
        self.sku.setPlaceholderText(self.tr("e.g. BB-001"))
        self.name.setPlaceholderText(self.tr("e.g. 婴儿连体衣 Baby bodysuit"))
        not_recorded = self.tr("— not recorded")
        for combo, table in (
            (self.category, CATEGORIES),
            (self.age_group, AGE_GROUPS),
            (self.skin_contact, SKIN_CONTACTS),
            (self.stage, STAGES),
        ):
            combo.set_groups([("", _items(table))])
        grouped = [k for keys in TYPE_CATEGORIES.values() for k in keys]
        groups = [
            (vocab(CATEGORIES, cat), _items(PRODUCT_TYPES, keys)) for cat, keys in TYPE_CATEGORIES.items()
        ]
        others = [k for k in PRODUCT_TYPES if k not in grouped]
        if others:  # a type the vocabulary gained later still shows
            groups.append((self.tr("Other"), _items(PRODUCT_TYPES, others)))
        self.product_type.set_groups(groups, none_text=not_recorded)
        self.construction.set_groups([("", _items(CONSTRUCTIONS))], none_text=not_recorded)
        self.age_months.set_unit(self.tr("months"))
        self.ranges_hint.setText(
            self.tr(
                "Age and height ranges are optional, but rules on sleepwear, cords and infant "
                "limits depend on them: a standard that needs one shows as “possible” until "
                "it is recorded. Chinese children's sizes go by height."
            )
        )
        self.composition_box.setTitle(self.tr("Fibre composition"))
        self.components_box.setTitle(self.tr("Components and trims"))
        self.finishes_box.setTitle(self.tr("Finishes"))
        self.claims_box.setTitle(self.tr("Claims on the label"))
        self.markets_box.setTitle(self.tr("Markets sold to"))
        self.markets_hint.setText(
            self.tr(
                "A market contains its parts: US covers every state, EU every member state. "
                "Tick a state alone when the product is sold only there."
            )
        )
        self.origins_box.setTitle(self.tr("Origin of fibres and materials"))
        self.origins.retranslate()
        for lst, groups_ in (
            (self.components, [("", _items(COMPONENTS))]),
            (self.finishes, [("", _items(FINISHES))]),
            (self.claims, [("", _items(CLAIMS))]),
            (self.markets, self._market_groups()),
        ):
            unknown = lst.unknown()
            lst.set_groups(groups_, lst.checked())
            if unknown:
                lst.set_values(lst.checked() + unknown, unknown_text=self.unknown_text)
        if self.markets.search is not None:
            self.markets.search.setPlaceholderText(self.tr("Find a market or state…"))

    def _market_groups(self) -> list[tuple[str, list[tuple[str, str]]]]:
        def items(table):
            return [(k, f"{vocab(table, k)} ({k})") for k in table]

        return [
            (self.tr("Markets"), items(MARKETS)),
            (self.tr("States and provinces"), items(MARKET_SUBDIVISIONS)),
            (self.tr("EU member states"), items(EU_MEMBER_STATES)),
        ]

    def unknown_text(self, value: str) -> str:
        return self.tr("{value} (not a known value: uncheck it or keep it as recorded)").format(value=value)

    # reading and showing a record -----------------------------------------------

    def fill(self, p: Product | None, *, duplicate: bool = False) -> None:
        if p is None:
            self.category.set_value("garment")
            self.age_group.set_value("adult")
            self.skin_contact.set_value("indirect")
            self.markets.set_checked("CN")
            self.composition.set_composition(())
            return
        self.sku.setText(p.sku + "-COPY" if duplicate else p.sku)
        self.name.setText(p.name)
        for combo, value in (
            (self.category, p.category),
            (self.product_type, p.product_type),
            (self.construction, p.construction),
            (self.age_group, p.age_group),
            (self.skin_contact, p.skin_contact),
            (self.stage, p.stage),
        ):
            combo.set_value(value, unknown_text=self.unknown_text)
        self.age_months.set_value(p.age_months)
        self.height_cm.set_value(p.height_cm)
        self.customer.setText(p.customer)
        self.notes.setPlainText(p.notes)
        for lst, values in (
            (self.markets, p.markets),
            (self.components, p.components),
            (self.claims, p.claims),
            (self.finishes, p.finishes),
        ):
            lst.set_values(values, unknown_text=self.unknown_text)
        self.origins.set_origins(p.origins)
        self.composition.set_composition(p.composition)

    def product(self, *, base_id: int | None = None) -> Product:
        return Product(
            sku=self.sku.text().strip(),
            name=self.name.text().strip(),
            category=self.category.value(),
            age_group=self.age_group.value(),
            skin_contact=self.skin_contact.value(),
            markets=self.markets.checked(),
            composition=self.composition.composition(),
            claims=self.claims.checked(),
            finishes=self.finishes.checked(),
            stage=self.stage.value(),
            customer=self.customer.text().strip(),
            notes=self.notes.toPlainText().strip(),
            id=base_id,
            product_type=self.product_type.value(),
            construction=self.construction.value(),
            components=self.components.checked(),
            age_months=self.age_months.value(),
            height_cm=self.height_cm.value(),
            origins=self.origins.origins(),
        )

    def show_problems(self, found: dict[str, str]) -> set[str]:
        """Each problem under its field; returns the fields that had a place to show it."""
        shown: set[str] = set()
        for key, label in self.error_labels.items():
            label.setText(found.get(key, ""))
            label.setVisible(key in found)
            if key in found:
                shown.add(key)
        return shown
