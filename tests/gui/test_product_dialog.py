"""The product dialog with the protocol-2 attributes: filled, read back, refused, fitted."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt
from PySide6.QtWidgets import QWidget

from desktop_app.core.errors import ValidationError
from desktop_app.core.products import FibreShare, Product, validate_product
from desktop_app.core.ranges import Range
from desktop_app.core.vocabulary import (
    ALL_MARKETS,
    CLAIMS,
    COMPONENTS,
    CONSTRUCTIONS,
    FINISHES,
    ORIGINS,
    PRODUCT_TYPES,
)
from desktop_app.ui.messages import reason_text

pytestmark = pytest.mark.gui


@pytest.fixture
def runner(qapp):
    from desktop_app.ui.events import EventHub
    from desktop_app.ui.tasks import TaskRunner

    runner = TaskRunner(qapp, hub=EventHub())
    yield runner
    runner.shutdown()


@pytest.fixture
def make_dialog(qtbot, runner):
    from desktop_app.ui.dialogs.product_dialog import Mode, ProductDialog

    saved: list[Product] = []

    def make(product: Product | None = None, mode: Mode = Mode.ADD) -> ProductDialog:
        def save(p: Product) -> Product:
            saved.append(p)
            return p

        dialog = ProductDialog(runner=runner, save=save, existing_skus={"BB-001"}, product=product, mode=mode)
        qtbot.addWidget(dialog)
        dialog.saved_products = saved
        return dialog

    return make


PYJAMAS = Product(
    sku="SL-900",
    name="儿童睡衣 Children's pyjamas",
    category="garment",
    age_group="child",
    skin_contact="direct",
    markets=("US-NY", "FR"),
    composition=(FibreShare("cotton", 100.0),),
    finishes=("pigment_printed",),
    product_type="sleepwear",
    construction="knitted",
    components=("buttons", "hood_neck_cords"),
    age_months=Range(24, 60),
    height_cm=Range(90, 110),
    origins=("CN-XJ", "VN"),
)


def _fill(dialog) -> None:
    """What a user does: type the text fields, pick from the lists."""
    dialog.sku.setText("SL-900")
    dialog.name.setText("儿童睡衣 Children's pyjamas")
    dialog.category.set_value("garment")
    dialog.age_group.set_value("child")
    dialog.skin_contact.set_value("direct")
    dialog.product_type.setCurrentIndex(dialog.product_type.findData("sleepwear"))
    dialog.construction.setCurrentIndex(dialog.construction.findData("knitted"))
    dialog.age_months.low.setValue(24)
    dialog.age_months.high.setValue(60)
    dialog.height_cm.low.setValue(90)
    dialog.height_cm.high.setValue(110)
    for key in ("buttons", "hood_neck_cords"):
        dialog.components.set_checked(key)
    dialog.finishes.set_checked("pigment_printed")
    dialog.markets.set_checked("CN", False)
    dialog.markets.set_checked("US-NY")
    dialog.markets.set_checked("FR")
    dialog.origins.known.set_checked("CN-XJ")
    dialog.origins.other.setText("vn")
    combo, spin, _ = dialog.composition.rows[0]
    combo.setCurrentIndex(combo.findData("cotton"))
    spin.setValue(100)


def test_the_dialog_gives_back_every_new_attribute(make_dialog, qtbot):
    dialog = make_dialog()
    _fill(dialog)
    assert dialog.ok_button.isEnabled(), dialog.problems()
    got = dialog.product()
    assert got.product_type == "sleepwear"
    assert got.construction == "knitted"
    assert got.components == ("buttons", "hood_neck_cords")
    assert got.finishes == ("pigment_printed",)
    assert got.age_months == Range(24, 60)
    assert got.height_cm == Range(90, 110)
    assert set(got.markets) == {"US-NY", "FR"}
    assert got.origins == ("CN-XJ", "VN")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.saved is not None)
    assert dialog.saved_products == [got]


def test_a_record_opens_as_it_was_and_reads_back_unchanged(make_dialog):
    from desktop_app.ui.dialogs.product_dialog import Mode

    dialog = make_dialog(PYJAMAS, Mode.EDIT)
    assert dialog.product() == PYJAMAS
    assert dialog.age_months.low.text() == "24"
    assert dialog.origins.other.text() == "VN"  # not among the known origins: typed
    assert dialog.ok_button.isEnabled(), dialog.problems()


def test_an_unrecorded_range_shows_a_dash_and_reads_back_as_none(make_dialog):
    dialog = make_dialog()
    assert dialog.age_months.low.text() == "—" and dialog.height_cm.high.text() == "—"
    assert dialog.product().age_months is None and dialog.product().height_cm is None
    dialog.height_cm.low.setValue(110)  # "110 cm and taller"
    assert dialog.product().height_cm == Range(110, None)
    assert dialog.product().product_type is None and dialog.product().construction is None


def test_only_known_values_are_offered(make_dialog):
    dialog = make_dialog()
    assert set(dialog.product_type.offered()) == set(PRODUCT_TYPES)
    assert set(dialog.construction.offered()) == set(CONSTRUCTIONS)
    assert set(dialog.components.offered()) == set(COMPONENTS)
    assert set(dialog.finishes.offered()) == set(FINISHES)
    assert set(dialog.claims.offered()) == set(CLAIMS)
    assert set(dialog.markets.offered()) == set(ALL_MARKETS)
    assert {"US-CA", "US-NY", "US-WA", "FR", "DE", "EU", "US"} <= set(dialog.markets.offered())
    assert set(dialog.origins.known.offered()) == set(ORIGINS)
    for combo in (dialog.product_type, dialog.construction, dialog.category, dialog.age_group):
        assert not combo.isEditable()
    # the category headings of the type list cannot be chosen
    headings = [i for i in range(dialog.product_type.count()) if dialog.product_type.itemData(i) == ""][1:]
    assert len(headings) == 3
    model = dialog.product_type.model()
    assert not any(model.item(i).isEnabled() for i in headings)


def test_a_typed_origin_that_is_not_an_iso_code_is_refused(make_dialog):
    dialog = make_dialog()
    _fill(dialog)
    dialog.origins.other.setText("VN, Atlantis")  # neither an ISO code nor a known place name
    assert not dialog.ok_button.isEnabled()
    label = dialog.error_labels["origin"]
    assert not label.isHidden() and label.text()  # the core's "not known", with the known origins
    dialog.origins.other.setText("VN, CN-GD")
    assert dialog.ok_button.isEnabled()


def test_an_inverted_age_range_is_refused_with_the_cores_message(make_dialog):
    dialog = make_dialog()
    _fill(dialog)
    dialog.markets.set_checked("US-NY", False)  # what every version of the core accepts, so
    dialog.markets.set_checked("US")  # its verdict is on the range
    dialog.age_months.low.setValue(60)
    dialog.age_months.high.setValue(24)
    assert not dialog.ok_button.isEnabled()
    label = dialog.error_labels["age_months"]
    assert not label.isHidden()
    try:  # the core's words when it judges ranges; the dialog's own until it does
        validate_product(dialog.product())
    except ValidationError as exc:
        assert exc.field == "age_months"
        expected = reason_text(exc.code, exc.params)
    else:
        expected = QCoreApplication.translate("ProductDialog", "The upper bound is below the lower bound.")
    assert label.text() == expected
    assert dialog.form.tabIcon(0).isNull() is False  # the tab holding the problem is marked
    dialog.age_months.high.setValue(72)
    assert dialog.ok_button.isEnabled()
    assert label.isHidden()


def test_a_value_the_vocabulary_lacks_is_kept_visibly_not_dropped(make_dialog):
    from desktop_app.ui.dialogs.product_dialog import Mode

    old = PYJAMAS.with_changes(finishes=("glitter",))
    dialog = make_dialog(old, Mode.EDIT)
    assert "glitter" in dialog.finishes.offered()
    assert dialog.product().finishes == ("glitter",)
    dialog.finishes.set_checked("glitter", False)
    assert dialog.product().finishes == ()


def _outside(dialog: QWidget) -> list[str]:
    """Visible widgets that lie (partly) outside the dialog."""
    inside = dialog.rect()
    bad = []
    for child in dialog.findChildren(QWidget):
        if not child.isVisible() or child.isWindow():
            continue
        rect = QRect(child.mapTo(dialog, QPoint(0, 0)), child.size())
        if not inside.contains(rect):
            bad.append(f"{type(child).__name__} {child.objectName()} {rect}")
    return bad


@pytest.mark.parametrize("language", ["zh_CN", "en"])
@pytest.mark.parametrize("screen", [(1024, 768), (1366, 768)])
def test_the_dialog_fits_an_office_screen(make_dialog, qapp, ws, qtbot, language, screen):
    from desktop_app.app import apply_language
    from desktop_app.ui.dialogs.product_dialog import Mode

    apply_language(qapp, language, ws.resources)
    try:
        dialog = make_dialog(PYJAMAS, Mode.EDIT)
        dialog.show()
        qtbot.waitExposed(dialog)
        taskbar = 40
        area = QRect(0, 0, screen[0], screen[1] - taskbar)
        dialog.fit_to(area)
        qtbot.waitUntil(lambda: dialog.width() <= area.width())
        assert dialog.minimumSizeHint().width() <= area.width()
        assert dialog.minimumSizeHint().height() <= area.height() - 40
        assert dialog.width() <= area.width() and dialog.height() <= area.height() - 40
        for tab in range(dialog.form.count()):
            dialog.form.setCurrentIndex(tab)
            qapp.processEvents()
            assert _outside(dialog) == [], (tab, _outside(dialog))
        dialog.reject()
    finally:
        apply_language(qapp, "zh_CN", ws.resources)


def test_what_the_core_refuses_beyond_the_markets_shows_under_its_field(make_dialog):
    """A state as the only market must not hide the core's verdict on the fields after it."""
    from desktop_app.core.errors import ValidationError
    from desktop_app.core.products import validate_product
    from desktop_app.core.reasons import Reason
    from desktop_app.ui.dialogs.product_dialog import Mode

    old = PYJAMAS.with_changes(markets=("US-NY",), finishes=("Glitter Finish",))
    with pytest.raises(ValidationError) as verdict:
        validate_product(old)
    assert verdict.value.field == "finish" and verdict.value.code is not Reason.MARKET_CODE
    dialog = make_dialog(old, Mode.EDIT)
    assert not dialog.ok_button.isEnabled()
    assert dialog.error_labels["finish"].text() == reason_text(verdict.value.code, verdict.value.params)
    assert dialog.markets_error.isHidden()
    dialog.finishes.set_checked("Glitter Finish", False)
    assert dialog.ok_button.isEnabled(), dialog.problems()


def test_switching_language_keeps_what_was_entered(make_dialog, qapp, ws):
    from desktop_app.app import apply_language
    from desktop_app.ui.dialogs.product_dialog import Mode

    old = PYJAMAS.with_changes(product_type="kimono", finishes=("glitter",))  # values of an older record
    dialog = make_dialog(old, Mode.EDIT)
    apply_language(qapp, "en", ws.resources)
    try:
        dialog.retranslate()
        assert dialog.product() == old
        assert dialog.construction.currentText() == "Knitted"
    finally:
        apply_language(qapp, "zh_CN", ws.resources)
