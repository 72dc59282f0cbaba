"""Esc or Cancel on an edited dialog asks before throwing the edits away; unedited, it closes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.helpers.discard import answer_discard_box

pytestmark = pytest.mark.gui


@pytest.fixture
def page(window, qtbot):
    window.go(window.PRODUCTS)
    qtbot.waitUntil(lambda: window.products.model.rowCount() > 0)
    return window.products


def test_an_unedited_product_dialog_closes_at_once(page):
    page.select("BB-001")
    for open_dialog in (page.add_product, page.edit_product, page.duplicate_product):
        dialog = open_dialog()
        assert dialog.isVisible() and not dialog.guard.is_edited()
        dialog.reject()
        assert not dialog.isVisible() and dialog.guard.box is None


def test_esc_on_an_edited_product_asks_and_keeps_the_edits(page, demo_ws, qtbot):
    page.select("BB-001")
    dialog = page.edit_product()
    dialog.customer.setText("新客户")
    answer_discard_box(dialog, "Keep editing")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.customer.text() == "新客户"
    answer_discard_box(dialog, "Discard")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert demo_ws.products.get("BB-001").customer != "新客户"


def test_an_edit_undone_by_hand_counts_as_unedited(page):
    page.select("BB-001")
    dialog = page.edit_product()
    before = dialog.notes.toPlainText()
    dialog.notes.setPlainText("备注")
    assert dialog.guard.is_edited()
    dialog.notes.setPlainText(before)
    assert not dialog.guard.is_edited()
    dialog.reject()
    assert not dialog.isVisible()


def test_a_saved_product_dialog_never_asks(page, demo_ws, qtbot):
    page.select("BB-001")
    dialog = page.edit_product()
    dialog.customer.setText("新客户")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.guard.box is None and demo_ws.products.get("BB-001").customer == "新客户"


def test_the_welcome_dialog_asks_before_dropping_a_typed_firm_name(qtbot, english):
    from desktop_app.ui.dialogs.welcome_dialog import WelcomeDialog

    dialog = WelcomeDialog(language="en")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reject()  # nothing typed: closes (the app then quits, as before)
    assert not dialog.isVisible()

    dialog = WelcomeDialog(language="en")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("绍兴某某纺织有限公司")
    answer_discard_box(dialog, "Keep editing")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.firm_name() == "绍兴某某纺织有限公司"
    answer_discard_box(dialog, "Discard")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
