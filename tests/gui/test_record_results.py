"""Record results: a printed checklist scanned (the scanner types its QR payload, then Enter),
its printed items filled in and saved as an in-house inspection through the workspace."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_app.reports.checklist import qr_payload
from desktop_app.ui.dialogs.record_results_dialog import checklist_id_of
from desktop_app.workspace.changes import ChangeSet
from tests.helpers.discard import answer_discard_box

pytestmark = pytest.mark.gui


@pytest.fixture
def printed(demo_ws, tmp_path):
    """BB-002's checklist, printed (and logged) as the window would: the baby sleeping bag has
    no lab results in the demo (BB-001 has its lab report's), so every result is this sheet's."""
    assert demo_ws.results.list(sku="BB-002") == []
    demo_ws.reports.write_checklists(["BB-002"], tmp_path / "checklist.pdf", lang="en")
    return demo_ws.reports.checklist_log()[0]


def _open(window, qtbot, payload: str):
    dialog = window.record_results()
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClicks(dialog.id_field, payload)
    qtbot.keyClick(dialog.id_field, Qt.Key.Key_Return)
    return dialog


def test_the_id_is_read_from_the_qr_payload_or_typed_bare():
    assert checklist_id_of(qr_payload("CL-20261128-3F9A2C7B", "BB-001")) == "CL-20261128-3F9A2C7B"
    assert checklist_id_of("  cl-20261128-3f9a2c7b \n") == "cl-20261128-3f9a2c7b"
    assert checklist_id_of("checklist=CL-1") == "CL-1"


def test_scanned_checklist_opens_its_printed_items_and_saves_an_inspection(window, demo_ws, printed, qtbot):
    published = []
    window.hub.data_changed.connect(published.append)
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)  # the shortcut
    dialog = window.record_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.id_field, qr_payload(printed.id, printed.sku))
    qtbot.keyClick(dialog.id_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1)
    assert dialog.isVisible()  # Enter from the scanner opened the sheet, it did not save
    expected = [(s["code"], i["key"]) for s in printed.printed for i in s["items"]]
    assert [(r.standard, r.key) for r in dialog.form.rows] == expected  # the paper's order
    assert printed.id in dialog.heading.text() and "BB-002" in dialog.heading.text()

    # a tick is for an item with a worded limit (a measured one wants its value): the first and
    # the last of those on the sheet
    worded = [i for i, r in enumerate(dialog.form.rows) if not any(ch.isdigit() for ch in r.limit)]
    assert len(worded) >= 2
    first = dialog.form.rows[worded[0]]
    dialog.form.set_tick(worded[0], True)
    last = worded[-1]
    dialog.form.set_tick(last, False)
    dialog.inspector.setText("王质检")  # QTest types ASCII only
    published.clear()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.saved is not None)
    qtbot.waitUntil(lambda: ChangeSet.RESULTS in published)
    stored = sorted(demo_ws.results.list(sku="BB-002"), key=lambda r: r.id)
    assert [(r.standard, r.item, r.value) for r in stored] == [
        (first.standard, first.key, "合格"),
        (dialog.form.rows[last].standard, dialog.form.rows[last].key, "不合格"),
    ]
    assert {r.checklist for r in stored} == {printed.id}
    assert {r.entered_by for r in stored} == {"王质检"}
    assert {r.tested for r in stored} == {demo_ws.today()}


def test_a_typed_value_is_judged_against_the_printed_limit(window, demo_ws, printed, qtbot):
    dialog = _open(window, qtbot, printed.id)
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1)
    numeric = next(
        i for i, r in enumerate(dialog.form.rows) if r.key == "formaldehyde" and "mg/kg" in r.limit
    )
    dialog.form.set_value(numeric, "abc")  # not a number: refused, nothing written
    dialog.inspector.setText("李")
    dialog.save()
    qtbot.waitUntil(lambda: bool(dialog.save_error.text()))
    assert dialog.save_error.text().startswith("formaldehyde.value")  # names the item and field
    assert demo_ws.results.list(sku="BB-002") == []
    dialog.form.set_value(numeric, "12")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.saved is not None)
    assert [(r.item, r.value) for r in demo_ws.results.list(sku="BB-002")] == [("formaldehyde", "12")]


def test_an_unknown_checklist_id_says_so_and_keeps_the_dialog(window, demo_ws, qtbot):
    dialog = _open(window, qtbot, "CL-20260101-DEADBEEF")
    qtbot.waitUntil(lambda: bool(dialog.id_error.text()))
    assert "CL-20260101-DEADBEEF" in dialog.id_error.text()
    assert dialog.stack.currentIndex() == 0 and dialog.isVisible()
    assert dialog.id_field.selectedText() == "CL-20260101-DEADBEEF"  # the next scan replaces it


def test_nothing_entered_is_not_saved(window, printed, qtbot):
    dialog = _open(window, qtbot, printed.id)
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1)
    dialog.inspector.setText("李")
    dialog.save()
    assert dialog.save_error.text() and dialog.saved is None


def test_cancel_after_entering_values_asks_first(window, demo_ws, printed, qtbot):
    dialog = _open(window, qtbot, printed.id)
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1)
    assert not dialog.guard.is_edited()  # the sheet as opened counts as unedited
    dialog.form.set_tick(0, True)
    answer_discard_box(dialog, "Keep editing")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    answer_discard_box(dialog, "Discard")
    dialog.reject()
    assert not dialog.isVisible()
    assert demo_ws.results.list(sku="BB-002") == []
