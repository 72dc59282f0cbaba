"""The carbon-footprint page on a real workspace: entering, refusing, estimating, comparing, history."""

from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.gui

GRID_2024 = 0.5777  # CN-electricity-2024-pcf, kgCO2e/kWh (resources/catalogue/source/factors.toml)
SOLAR_2023 = 0.0545  # CN-electricity-solar-2023-pcf


@pytest.fixture
def page(window, qtbot):
    window.go(window.CARBON)
    page = window.carbon
    qtbot.waitUntil(lambda: page.product.count() > 0 and page.view is not None)
    return page


def choose(page, qtbot, sku):
    page.select(sku)
    qtbot.waitUntil(lambda: page.view.sku == sku)


def set_line(page, row, *, source=None, quantity=None, unit=None, quality=None, name=None, factor=None):
    a = page.activities
    if source is not None:
        a._combo(row, "source").setCurrentIndex(a._combo(row, "source").findData(source))
    if name is not None:
        a._name(row).setText(name)
    if quantity is not None:
        a._spin(row, "quantity").setValue(quantity)
    if unit is not None:
        a._combo(row, "unit").setCurrentIndex(a._combo(row, "unit").findData(unit))
    if quality is not None:
        a._combo(row, "quality").setCurrentIndex(a._combo(row, "quality").findData(quality))
    if factor is not None:
        combo = a._combo(row, "factor")
        assert combo.findData(factor) >= 0, [combo.itemData(i) for i in range(combo.count())]
        combo.setCurrentIndex(combo.findData(factor))


def settled(page, qtbot, action):
    """Run `action` and wait until its task and the reload it caused are done."""
    with qtbot.waitSignal(page.runner.task_finished, timeout=30000):
        action()
    qtbot.waitUntil(lambda: not page.runner.busy, timeout=30000)


def save(page, qtbot):
    settled(page, qtbot, page.save_button.click)


def test_the_page_is_in_the_window(window, page):
    assert window.nav.item(window.CARBON).text() == "Carbon"
    assert page.product.count() == len(window.ws.products.list())


def test_entered_electricity_gives_the_hand_computed_estimate(page, qtbot):
    choose(page, qtbot, "BB-001")
    page.add_line_button.click()
    set_line(page, 0, source="electricity", quantity=5.2, unit="kWh", quality="measured")
    save(page, qtbot)
    recorded = page.ws.carbon.show("BB-001")
    assert recorded.estimate.total_kgco2e == pytest.approx(5.2 * GRID_2024)
    assert page.estimate_view.estimate.total_kgco2e == pytest.approx(5.2 * GRID_2024)
    assert f"{5.2 * GRID_2024:.3f} kgCO2e per 1 kg" in page.estimate_view.total.text()
    assert "Measured data: 100 %" in page.estimate_view.share.text()
    low, high = 5.2 * GRID_2024 * 0.95, 5.2 * GRID_2024 * 1.05  # measured ±5 % (core.carbon_estimate)
    assert f"{low:.3f} – {high:.3f}" in page.estimate_view.band.text()
    assert "not third-party verified" in page.estimate_view.note.text()
    assert [r[1] for r in page.estimate_view.chart.rows()] == ["production", "electricity"]
    assert not page.guard.is_edited()


def test_a_garment_using_10_mwh_is_refused_by_its_line_and_nothing_is_written(page, qtbot):
    from desktop_app.core.errors import NotFoundError

    choose(page, qtbot, "BB-002")
    page.unit.setCurrentIndex(page.unit.findData("1 garment"))
    page.add_line_button.click()
    set_line(page, 0, source="electricity", quantity=10_000, unit="kWh")
    save(page, qtbot)
    assert page.error.isVisibleTo(page)
    assert page.error.text().startswith("Electricity: ")
    assert "1000 kWh" in page.error.text()
    assert page.activities.error_cell == (0, "quantity")
    with pytest.raises(NotFoundError):
        page.ws.carbon.data("BB-002")
    set_line(page, 0, quantity=3.0)  # editing clears the mark
    assert not page.error.isVisibleTo(page) and page.activities.error_cell is None


def test_a_named_source_without_a_name_is_refused_by_the_name_cell(page, qtbot):
    choose(page, qtbot, "BB-002")
    page.add_line_button.click()
    set_line(page, 0, source="material", quantity=1.08, unit="kg")
    save(page, qtbot)
    assert page.activities.error_cell == (0, "name")
    assert page.error.text().startswith("Fibre / material (name): ")


def test_a_fibre_without_a_factor_is_refused(page, qtbot):
    choose(page, qtbot, "BB-002")
    page.add_line_button.click()
    set_line(page, 0, source="material", name="cotton", quantity=1.08, unit="kg")
    save(page, qtbot)
    assert page.error.text().startswith("Fibre / material: cotton: ")
    assert page.activities.error_cell == (0, "quantity")


def test_electricity_offers_only_product_footprint_factors(page, qtbot):
    page.add_line_button.click()
    combo = page.activities._combo(0, "factor")
    offered = [combo.itemData(i) for i in range(combo.count())]
    assert offered[0] is None  # the default: the newest national product-footprint factor
    assert "CN-electricity-2024-pcf" in offered and "CN-electricity-solar-2023-pcf" in offered
    assert "CN-grid-2022-co2" not in offered  # the inventory kind is never mixed in
    assert all("2006" not in str(f) for f in offered)
    label = combo.itemText(offered.index("CN-electricity-2024-pcf"))
    assert "2024" in label and "CN" in label and "all GHG" in label
    set_line(page, 0, source="natural_gas")
    gas = [combo.itemData(i) for i in range(combo.count())]
    assert gas == [None, "IPCC2006-natural-gas-co2"]
    assert "CO2 only" in combo.itemText(1)


def test_what_if_solar_share_side_by_side(page, qtbot):
    choose(page, qtbot, "BB-001")
    page.add_line_button.click()
    set_line(page, 0, source="electricity", quantity=10.0, unit="kWh")
    save(page, qtbot)
    page.tabs.setCurrentIndex(2)
    wi = page.what_if
    assert wi.solar_factor.currentData() == "CN-electricity-solar-2023-pcf"
    wi.solar_share.setValue(40)
    settled(page, qtbot, wi.compare_button.click)
    assert wi.current.estimate.total_kgco2e == pytest.approx(10 * GRID_2024)
    assert wi.variant.estimate.total_kgco2e == pytest.approx(6 * GRID_2024 + 4 * SOLAR_2023)
    delta = 4 * SOLAR_2023 - 4 * GRID_2024
    assert f"{delta:+.3f} kgCO2e per 1 kg" in wi.difference.text()
    assert page.ws.carbon.history("BB-001")[-1].estimate.total_kgco2e == pytest.approx(10 * GRID_2024)


def test_history_keeps_every_estimate_newest_first(page, qtbot):
    choose(page, qtbot, "BB-001")
    page.add_line_button.click()
    set_line(page, 0, source="electricity", quantity=2.0, unit="kWh")
    save(page, qtbot)
    set_line(page, 0, quantity=3.0)
    save(page, qtbot)
    qtbot.waitUntil(lambda: page.history.rowCount() == 2)
    assert page.history.item(0, 2).text() == f"{3 * GRID_2024:.3f}"
    assert page.history.item(1, 2).text() == f"{2 * GRID_2024:.3f}"
    assert page.history.item(0, 1).text() == "entered"


def answer_guard(page, qtbot, button):
    from PySide6.QtCore import QTimer

    def click():
        box = page.guard.box
        if box is None:
            QTimer.singleShot(10, click)
            return
        next(b for b in box.buttons() if b.text() == button).click()

    QTimer.singleShot(0, click)


def test_switching_product_with_unsaved_edits_asks_first(page, qtbot):
    choose(page, qtbot, "BB-001")
    page.add_line_button.click()
    set_line(page, 0, quantity=1.5)
    assert page.guard.is_edited()
    answer_guard(page, qtbot, "Keep editing")
    page.select("BB-002")
    assert page.product.currentData() == "BB-001" and page.sku == "BB-001"
    assert page.activities.rowCount() == 1
    answer_guard(page, qtbot, "Discard")
    page.select("BB-002")
    qtbot.waitUntil(lambda: page.view.sku == "BB-002")
    assert page.activities.rowCount() == 0 and not page.guard.is_edited()


def test_a_change_from_elsewhere_reloads_without_losing_edits(page, qtbot):
    from desktop_app.core.carbon import Activity, ActivityData
    from desktop_app.workspace.changes import ChangeSet

    choose(page, qtbot, "BB-001")
    page.ws.carbon.set(ActivityData("BB-001", "1 kg", (Activity("electricity", 4.0, "kWh"),)))
    settled(page, qtbot, lambda: page.hub.publish(ChangeSet.CARBON))
    assert page.activities.lines()[0].quantity == 4.0 and page.history.rowCount() == 1
    set_line(page, 0, quantity=9.0)
    settled(page, qtbot, lambda: page.hub.publish(ChangeSet.CARBON))
    assert page.activities.lines()[0].quantity == 9.0 and page.guard.is_edited()


def test_report_and_export_are_written_off_the_gui_thread(page, qtbot, tmp_path):
    from pypdf import PdfReader

    choose(page, qtbot, "BB-001")
    page.add_line_button.click()
    set_line(page, 0, source="electricity", quantity=5.2, unit="kWh")
    save(page, qtbot)
    qtbot.waitUntil(lambda: page.report_button.isEnabled())
    pdf = tmp_path / "bb.pdf"
    settled(page, qtbot, lambda: page.write_report(pdf))
    text = "\n".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "Screening estimate" in text or "估算" in text
    assert "CN-electricity-2024-pcf" in text
    assert str(pdf) in page.status.text()
    out = tmp_path / "bb.json"
    settled(page, qtbot, lambda: page.write_export(out))
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert json.dumps(exported).count("CN-electricity-2024-pcf") >= 1
    xlsx = tmp_path / "bb.xlsx"
    settled(page, qtbot, lambda: page.write_export(xlsx))
    assert xlsx.read_bytes()[:2] == b"PK"


def test_the_page_changes_language(page, qtbot, qapp):
    from desktop_app.app import apply_language

    apply_language(qapp, "zh_CN", page.ws.resources)
    try:
        assert page.title() == "碳足迹"
        qtbot.waitUntil(lambda: page.tabs.tabText(1) == "估算")
        assert page.save_button.text() == "保存并估算"
    finally:
        apply_language(qapp, "en", page.ws.resources)


@pytest.mark.parametrize("size", [(1366, 768), (1024, 768)], ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_every_tab_fits_small_screens_with_data(demo_ws, make_window, qapp, qtbot, size, lang):
    from desktop_app.app import apply_language
    from desktop_app.core.carbon import Activity, ActivityData
    from tests.gui.test_window_fits import outside

    demo_ws.carbon.set(
        ActivityData(
            "BB-001",
            "1 kg",
            (
                Activity("electricity", 5.2, "kWh"),
                Activity("natural_gas", 0.015, "GJ", quality="estimated"),
            ),
        )
    )
    apply_language(qapp, lang, demo_ws.resources)
    try:
        window = make_window(demo_ws)
        window.resize(*size)
        window.go(window.CARBON)
        page = window.carbon
        qtbot.waitUntil(lambda: page.view is not None and bool(page.view.history))
        problems = []
        for tab in range(page.tabs.count()):
            page.tabs.setCurrentIndex(tab)
            qtbot.wait(20)
            problems += [f"tab {tab}: {p}" for p in outside(window)]
        for open_dialog in (page.open_month_dialog, page.open_factor_dialog, page.open_factor_remove_dialog):
            dialog = open_dialog()
            qtbot.wait(20)
            for want in (dialog.sizeHint(), dialog.size()):
                if want.width() > size[0] or want.height() > size[1] - 40:
                    problems.append(f"{dialog.objectName()} wants {want.width()}×{want.height()}")
            dialog.done(0)
        assert not problems, "\n".join(problems)
    finally:
        apply_language(qapp, "zh_CN", demo_ws.resources)


def test_a_verified_certificate_shows_the_estimate_it_was_based_on(page, qtbot):
    from desktop_app.core.carbon import Activity, ActivityData
    from desktop_app.workspace.changes import ChangeSet
    from tests.helpers.factories import make_certificate

    ws = page.ws
    first = ws.carbon.set(ActivityData("BB-001", "1 kg", (Activity("electricity", 5.0, "kWh"),))).value
    ws.certificates.add(
        make_certificate(
            scheme="carbon-footprint", number="CFP-7", issued=first.computed_at.date(), expires=None
        )
    )
    choose(page, qtbot, "BB-001")
    settled(page, qtbot, lambda: page.hub.publish(ChangeSet.CERTIFICATES))
    assert page.verified.isVisibleTo(page)
    text = page.verified.text()
    assert "CFP-7" in text and f"{5 * GRID_2024:.3f} kgCO2e per 1 kg" in text
    assert "verified by CFP-7" in page.history.item(0, 1).text()
    choose(page, qtbot, "BB-002")
    assert not page.verified.isVisibleTo(page)


def _texts(widget, skip=("carbonProduct",)):
    """Every text a user reads in `widget`'s tree: labels, buttons, tabs, combo items, table cells
    and headers (the product chooser holds the firm's own names: left out)."""
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QTableWidget, QTabWidget, QWidget

    out = [widget.windowTitle()]
    for w in [widget, *widget.findChildren(QWidget)]:
        if w.objectName() in skip or (w is not widget and not w.isVisibleTo(widget)):
            continue
        if isinstance(w, (QLabel, QAbstractButton)):
            out.append(w.text())
        elif isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QTabWidget):
            out += [w.tabText(i) for i in range(w.count())]
        if isinstance(w, QTableWidget):
            for c in range(w.columnCount()):
                h = w.horizontalHeaderItem(c)
                out.append(h.text() if h else "")
                out += [w.item(r, c).text() for r in range(w.rowCount()) if w.item(r, c)]
    return [t for t in out if t]


# what may stay in Latin letters in Chinese: units, gas formulas, the catalogue's region code, PDF
LATIN_OK = {"kgCO2e", "kWh", "CO2e", "CO2", "GJ", "MJ", "Nm", "kg", "t", "m", "km", "tkm", "CN", "PDF"}
LATIN_OK |= {"YYYY", "MM", "BB", "IPCC"}  # the month's format; the demo SKUs; IPCC in a factor's name


def english_words(texts):
    import re

    words = {w for t in texts for w in re.findall(r"[A-Za-z][A-Za-z0-9]*", t)}
    return sorted(w for w in words if w not in LATIN_OK and not re.fullmatch(r"[A-Z]{1,3}\d*", w))


def test_no_english_leaks_into_the_chinese_carbon_page_and_its_dialogs(demo_ws, make_window, qapp, qtbot):
    from desktop_app.app import apply_language
    from desktop_app.core.carbon import Activity, ActivityData
    from desktop_app.core.catalogue import Factor, LocalText

    text = LocalText(zh="供应商声明", en="供应商声明")
    demo_ws.carbon.add_factor(Factor("SUP-1", "fibre", text, "CN", 4.0, "kgCO2e/kg", "CO2e", 2025, text))
    demo_ws.carbon.set(
        ActivityData(
            "BB-001",
            "1 garment",
            (
                Activity("electricity", 5.2, "kWh"),
                Activity("natural_gas", 0.015, "GJ", quality="estimated"),
                Activity("material", 0.3, "kg", name="棉", factor_id="SUP-1"),
            ),
        )
    )
    apply_language(qapp, "zh_CN", demo_ws.resources)
    window = make_window(demo_ws)
    window.go(window.CARBON)
    page = window.carbon
    qtbot.waitUntil(lambda: page.view is not None and bool(page.view.history))
    page.what_if.solar_share.setValue(40)
    with qtbot.waitSignal(page.runner.task_finished, timeout=30000):
        page.what_if.compare_button.click()
    qtbot.waitUntil(lambda: page.what_if.variant.estimate is not None)
    leaks = {}
    for tab in range(page.tabs.count()):
        page.tabs.setCurrentIndex(tab)
        leaks[f"tab {tab}"] = english_words(_texts(page))
    for open_dialog in (page.open_factor_dialog, page.open_month_dialog, page.open_factor_remove_dialog):
        dialog = open_dialog()
        leaks[dialog.objectName()] = english_words(_texts(dialog))
        dialog.done(0)
    leaks["menu"] = english_words(a.text() for a in page.factor_menu.actions())
    assert {k: v for k, v in leaks.items() if v} == {}
    from desktop_app.ui.widgets.carbon_labels import source_label

    assert ("line", "electricity:solar") in [r[:2] for r in page.what_if.variant.chart.rows()]
    assert source_label("electricity:solar") == "电力: 自有光伏"  # as the chart paints it
    assert "每1 件服装" in page.estimate_view.total.text()


@pytest.mark.parametrize(
    ("lang", "fibre", "co2e"),
    [
        ("en", "Fibre / material", "All greenhouse gases (CO2e)"),
        ("zh_CN", "纤维/原料", "全部温室气体（CO2e）"),
    ],
)
def test_the_factor_dialog_names_kinds_and_gases_in_words(page, qapp, lang, fibre, co2e):
    from desktop_app.app import apply_language

    apply_language(qapp, lang, page.ws.resources)
    try:
        dialog = page.open_factor_dialog()
        assert dialog.kind.currentText() == fibre and dialog.kind.currentData() == "fibre"
        assert dialog.scope.currentText() == co2e and dialog.scope.currentData() == "CO2e"
        assert "natural_gas" not in [dialog.kind.itemText(i) for i in range(dialog.kind.count())]
        dialog.done(0)
    finally:
        apply_language(qapp, "en", page.ws.resources)


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", "this factor is for steam; this line takes a factor for water"),
        ("zh_CN", "该排放因子用于蒸汽；这一项需要用于用水的排放因子"),
    ],
)
def test_a_factor_of_the_wrong_kind_is_refused_in_words(page, qapp, lang, words):
    from desktop_app.app import apply_language
    from desktop_app.core.errors import Reason
    from desktop_app.ui.messages import reason_text

    apply_language(qapp, lang, page.ws.resources)
    try:
        assert reason_text(Reason.CARBON_FACTOR_KIND, {"kind": "steam", "allowed": ["water"]}) == words
        both = reason_text(Reason.CARBON_FACTOR_KIND, {"kind": "natural_gas", "allowed": ["steam", "heat"]})
        assert (
            both
            == {
                "en": "this factor is for natural gas; this line takes a factor for steam, purchased heat",
                "zh_CN": "该排放因子用于天然气；这一项需要用于蒸汽、外购热力的排放因子",
            }[lang]
        )
    finally:
        apply_language(qapp, "en", page.ws.resources)


LONG_NAME = "全棉精梳针织汗布 180 g/m² 40 支 活性染料染色 柔软整理 出口欧盟款 深藏青色 批次 2026-11"


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_a_long_product_name_is_elided_with_a_tooltip_and_a_wide_list_at_1024(window, qapp, qtbot, lang):
    from PySide6.QtCore import Qt

    from desktop_app.app import apply_language
    from tests.helpers.factories import make_product

    window.ws.products.add(make_product(sku="LONG-001", name=LONG_NAME))
    apply_language(qapp, lang, window.ws.resources)
    try:
        window.resize(1024, 768)
        window.show()
        window.go(window.CARBON)
        page = window.carbon
        page.reload()  # the product was added behind the window's back
        qtbot.waitUntil(lambda: page.product.findData("LONG-001") >= 0 and not page.runner.busy)
        page.select("LONG-001")
        qtbot.waitUntil(lambda: page.view.sku == "LONG-001")
        combo, full = page.product, f"LONG-001 — {LONG_NAME}"
        assert combo.currentText() == full
        assert combo.fontMetrics().horizontalAdvance(full) > combo.width()  # it cannot fit ...
        shown = combo.shown_text()
        assert shown != full and shown.endswith("…")  # ... so it is elided,
        assert shown.startswith("LONG-001 — 全棉")  # keeping the SKU and the name's start,
        assert combo.toolTip() == full  # the whole name is one hover away
        i = combo.findData("LONG-001")
        assert combo.itemData(i, Qt.ItemDataRole.ToolTipRole) == full
        # and the list is wide enough to read it, within the screen
        wanted = combo.view().fontMetrics().horizontalAdvance(full)
        assert combo.popup_width() >= min(wanted, combo.screen().availableGeometry().width() - 48)
        combo.showPopup()
        assert combo.view().minimumWidth() == combo.popup_width()
        combo.hidePopup()
    finally:
        apply_language(qapp, "en", window.ws.resources)


def test_an_unverified_factor_is_not_offered(page, qtbot):
    """A factor row without a source (come in past the platform's schema) is listed nowhere a
    line could choose it; one with its source is."""
    from desktop_app.db.models import FactorRow

    with page.ws.session() as s:
        for fid, source in (("X-water-nosource", ""), ("X-water-sourced", "水务公司声明")):
            s.add(
                FactorRow(
                    id=fid,
                    kind="water",
                    name_zh=fid,
                    region="CN",
                    value=0.3,
                    unit="kgCO2e/m³",
                    scope="CO2e",
                    year=2025,
                    source_zh=source,
                )
            )
    settled(page, qtbot, page.reload)
    page.add_line_button.click()
    set_line(page, 0, source="water")
    combo = page.activities._combo(0, "factor")
    offered = [combo.itemData(i) for i in range(combo.count())]
    assert "X-water-sourced" in offered and "X-water-nosource" not in offered
