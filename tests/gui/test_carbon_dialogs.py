"""The mill's-month and firm-factor dialogs on a real workspace."""

from __future__ import annotations

import pytest

from tests.gui.test_carbon_page import GRID_2024, choose, set_line, settled

pytestmark = pytest.mark.gui


@pytest.fixture
def page(window, qtbot):
    window.go(window.CARBON)
    page = window.carbon
    qtbot.waitUntil(lambda: page.product.count() > 0 and page.view is not None)
    return page


def fill_month(dialog, *, electricity=52_000.0, shares=(("BB-001", 6000.0, 6000.0), ("other", 4000.0, 0.0))):
    dialog.month.setText("2026-11")
    dialog.total_basis.setValue(10_000)
    dialog.totals["electricity"][0].setValue(electricity)
    for key, basis, made in shares:
        dialog.add_share(key, basis, made)


def test_a_month_is_allocated_by_output_mass(page, qtbot):
    dialog = page.open_month_dialog()
    fill_month(dialog)
    assert dialog.sum_label.text() == "Listed 10000 of 10000"
    with qtbot.waitSignal(dialog.month_allocated, timeout=30000):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert not dialog.isVisible()
    data = page.ws.carbon.data("BB-001")
    (line,) = data.activities
    assert line.source == "electricity" and line.quality == "allocated"
    assert line.quantity == pytest.approx(52_000 * 0.6 / 6000)  # 5.2 kWh per kg
    assert "2026-11 output_mass 6000/10000" in line.allocation
    qtbot.waitUntil(lambda: page.view.data is not None and page.history.rowCount() == 1)
    assert page.estimate_view.estimate.total_kgco2e == pytest.approx(5.2 * GRID_2024)
    assert page.history.item(0, 1).text() == "allocated from a month"


def test_shares_that_do_not_add_up_are_refused_and_nothing_written(page, qtbot):
    from desktop_app.core.errors import NotFoundError

    dialog = page.open_month_dialog()
    fill_month(dialog, shares=(("BB-001", 6000.0, 6000.0),))
    assert dialog.sum_label.text() == "Listed 6000 of 10000"
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog), timeout=30000)
    assert dialog.isVisible()
    assert dialog.error.text().startswith("Shares: ")
    with pytest.raises(NotFoundError):
        page.ws.carbon.data("BB-001")
    dialog.done(0)


def test_a_bad_month_is_named(page, qtbot):
    dialog = page.open_month_dialog()
    fill_month(dialog)
    dialog.month.setText("Nov 2026")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog), timeout=30000)
    assert dialog.error.text().startswith("Month: ")
    dialog.done(0)


def test_firm_factor_needs_its_source_then_serves_a_fibre_line(page, qtbot):
    dialog = page.open_factor_dialog()
    dialog.factor_id.setText("SUP-cotton-2025")
    dialog.name.setText("Cotton yarn (supplier declaration)")
    dialog.value.setValue(4.0)  # a test figure, not content
    dialog.unit.setCurrentIndex(dialog.unit.findData("kg"))
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: dialog.errors["source"].isVisibleTo(dialog), timeout=30000)
    assert dialog.isVisible()
    assert [e.factor.id for e in page.ws.carbon.factors() if e.origin == "firm"] == []
    dialog.source.setText("Supplier X declaration 2025-03")
    with qtbot.waitSignal(dialog.factor_saved, timeout=30000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: any(e.origin == "firm" for e in page.view.factors))
    choose(page, qtbot, "BB-001")
    page.add_line_button.click()
    set_line(page, 0, source="material", name="cotton", quantity=1.0, unit="kg", factor="SUP-cotton-2025")
    page.activities._spin(0, "yield_loss").setValue(20)
    settled(page, qtbot, page.save_button.click)
    assert page.ws.carbon.show("BB-001").estimate.total_kgco2e == pytest.approx(1.0 / 0.8 * 4.0)
    combo = page.activities._combo(0, "factor")
    assert "firm" in combo.currentText() and "Supplier X" in combo.itemData(combo.currentIndex(), 3)


def test_a_taken_factor_id_is_refused(page, qtbot):
    dialog = page.open_factor_dialog()
    dialog.factor_id.setText("CN-electricity-2024-pcf")
    dialog.kind.setCurrentIndex(dialog.kind.findData("electricity"))
    dialog.name.setText("x")
    dialog.value.setValue(0.1)
    dialog.source.setText("y")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: dialog.errors["id"].isVisibleTo(dialog), timeout=30000)
    assert "already exists" in dialog.errors["id"].text()
    dialog.done(0)


def test_an_edited_month_asks_before_closing(page, qtbot):
    from tests.gui.test_certificates_page import answer_discard_box

    dialog = page.open_month_dialog()
    dialog.totals["water"][0].setValue(120)
    answer_discard_box(dialog, "Keep editing")
    dialog.reject()
    assert dialog.isVisible()
    answer_discard_box(dialog, "Discard")
    dialog.reject()
    assert not dialog.isVisible()


def test_a_firm_factor_in_use_is_not_removed_and_an_unused_one_is(page, qtbot):
    from desktop_app.core.carbon import Activity, ActivityData
    from desktop_app.core.catalogue import Factor, LocalText

    def firm(fid: str) -> Factor:
        text = LocalText(zh="供应商声明", en="供应商声明")
        return Factor(fid, "fibre", text, "CN", 4.0, "kgCO2e/kg", "CO2e", 2025, text)

    page.ws.carbon.add_factor(firm("SUP-cotton-2025"))
    page.ws.carbon.add_factor(firm("SUP-old"))
    line = Activity("material", 1.0, "kg", name="cotton", factor_id="SUP-cotton-2025")
    page.ws.carbon.set(ActivityData("BB-001", "1 kg", (line,)))
    settled(page, qtbot, page.reload)
    assert [a.text() for a in page.factor_menu.actions()] == ["Add a factor…", "Remove a factor…"]
    dialog = page.open_factor_remove_dialog()
    assert dialog.factors.count() == 2  # the firm's only
    assert not dialog.remove_button.isEnabled()
    dialog.select("SUP-cotton-2025")
    settled(page, qtbot, dialog.remove_button.click)
    qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog), timeout=30000)
    assert "BB-001" in dialog.error.text() and "kept estimate" in dialog.error.text()
    assert dialog.factors.count() == 2
    dialog.select("SUP-old")
    with qtbot.waitSignal(dialog.factor_removed, timeout=30000):
        dialog.remove_button.click()
    assert dialog.factors.count() == 1 and not dialog.error.isVisibleTo(dialog)
    qtbot.waitUntil(lambda: "SUP-old" not in {e.factor.id for e in page.view.factors}, timeout=30000)
    assert "SUP-cotton-2025" in {e.factor.id for e in page.ws.carbon.factors()}
    dialog.done(0)
