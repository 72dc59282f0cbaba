"""The product and certificate dialogs when another PC saved the record meanwhile; the history boxes;
this computer's display name in the settings.

The dialogs are shown with `show()`, never `exec()`, and the conflict is an
in-dialog box rather than a message box, so nothing modal waits at teardown.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from desktop_app.core.reasons import Reason
from desktop_app.workspace import Workspace
from desktop_app.workspace.audit import DISPLAY_NAME_ENV, THIS_PC_FILE
from tests.helpers import TODAY
from tests.helpers.factories import make_certificate, make_product

pytestmark = pytest.mark.gui


@pytest.fixture
def office(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> Workspace:
    monkeypatch.delenv(DISPLAY_NAME_ENV, raising=False)
    ws.audit.set_display_name("王芳")
    ws.products.add(make_product(customer="Brand X"))
    ws.certificates.add(make_certificate())
    return ws


@pytest.fixture
def warehouse(data_dir: Path, office: Workspace):
    other = Workspace(data_dir, today=lambda: TODAY)
    other.audit._saved = "Li Jian"  # the other PC's own this_pc.json
    yield other
    other.close()


def _product_dialog(qtbot, runner, ws: Workspace):
    from desktop_app.ui.dialogs.product_dialog import Mode, ProductDialog

    product = ws.products.get("BB-001")
    dialog = ProductDialog(
        runner=runner,
        save=lambda p: ws.products.replace("BB-001", p).value,
        existing_skus={"BB-001"},
        product=product,
        mode=Mode.EDIT,
        load=ws.products.get,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_stale_product_save_keeps_the_input_says_what_changed_and_reloads(
    qtbot, runner, chinese, office: Workspace, warehouse: Workspace
) -> None:
    dialog = _product_dialog(qtbot, runner, office)
    dialog.name.setText("Office name")
    warehouse.products.edit("BB-001", notes="moved to shelf 4")

    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.conflict.isVisible(), timeout=10000)
    text = dialog.conflict.text.text()
    assert "Li Jian" in text and "备注: moved to shelf 4" in text and "产品“BB-001”" in text
    assert dialog.isVisible() and dialog.saved is None
    assert dialog.name.text() == "Office name"  # what the user typed is kept
    assert not dialog.ok_button.isEnabled()
    assert office.products.get("BB-001").name != "Office name"  # nothing overwritten

    dialog.conflict.reload_button.click()
    qtbot.waitUntil(lambda: not dialog.conflict.isVisible(), timeout=10000)
    assert dialog.notes.toPlainText() == "moved to shelf 4"
    dialog.name.setText("Office name")
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=10000)
    stored = warehouse.products.get("BB-001")
    assert (stored.name, stored.notes, stored.version) == ("Office name", "moved to shelf 4", 3)


def test_cancel_after_a_conflict_closes_without_asking(
    qtbot, runner, office: Workspace, warehouse: Workspace
) -> None:
    dialog = _product_dialog(qtbot, runner, office)
    dialog.name.setText("Office name")
    warehouse.products.edit("BB-001", customer="Brand Y")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.conflict.isVisible(), timeout=10000)
    dialog.conflict.cancel_button.click()  # no "discard your changes?" question: the user chose
    assert not dialog.isVisible() and dialog.saved is None
    assert office.products.get("BB-001").customer == "Brand Y"


def test_a_stale_certificate_save_is_explained_and_its_history_shows(
    qtbot, runner, chinese, office: Workspace, warehouse: Workspace
) -> None:
    from desktop_app.ui.dialogs.certificate_dialog import CertificateDialog, Mode

    cert = office.certificates.get("GOTS-1")
    dialog = CertificateDialog(
        runner=runner,
        save=lambda c, scan: office.certificates.update("GOTS-1", c, scan=scan).value,
        products=[("BB-001", "婴儿连体衣")],
        existing=set(),
        today=TODAY,
        certificate=cert,
        mode=Mode.EDIT,
        load=office.certificates.get,
        history=office.audit.certificate_history,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.history_box.list.count() == 1, timeout=10000)
    assert "王芳" in dialog.history_box.list.item(0).text()

    warehouse.certificates.update(
        "GOTS-1", dataclasses.replace(warehouse.certificates.get("GOTS-1"), holder="Shaoxing Mill")
    )
    dialog.notes.setText("office note")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.conflict.isVisible(), timeout=10000)
    assert "持证人: Shaoxing Mill" in dialog.conflict.text.text()
    assert dialog.notes.text() == "office note"
    dialog.conflict.reload_button.click()
    qtbot.waitUntil(lambda: dialog.holder.text() == "Shaoxing Mill", timeout=10000)
    qtbot.waitUntil(lambda: dialog.history_box.list.count() == 2, timeout=10000)
    assert "Li Jian" in dialog.history_box.list.item(0).text()
    assert "持证人" in dialog.history_box.list.item(0).toolTip()
    dialog.close()


def test_the_product_panel_shows_the_history(qtbot, chinese, office: Workspace, warehouse: Workspace) -> None:
    from desktop_app.ui.widgets.product_panel import ProductPanel

    warehouse.products.edit("BB-001", notes="checked")
    panel = ProductPanel()
    qtbot.addWidget(panel)
    panel.show_overview(office.products.overview("BB-001"))
    lines = [panel.history_box.list.item(i).text() for i in range(panel.history_box.list.count())]
    assert len(lines) == 2 and "Li Jian" in lines[0] and "备注" in lines[0] and "王芳" in lines[1]
    assert panel.history_box.list.item(0).toolTip() == "备注: - → checked"
    panel.show_overview(None)
    assert panel.history_box.list.count() == 0


def test_the_edited_elsewhere_message_names_who_what_and_when(qapp, english) -> None:
    from desktop_app.core.errors import EditConflictError
    from desktop_app.ui.messages import reason_text

    exc = EditConflictError(
        "product", "BB-001", changed={"notes": "x"}, who="Li Jian", when="2026-12-02 09:40 UTC"
    )
    text = reason_text(exc.code, exc.params)
    assert exc.code is Reason.EDITED_ELSEWHERE
    assert "Li Jian" in text and "product “BB-001”" in text and "2026-12-02 09:40 UTC" in text
    assert "Notes: x" in text and "notes" not in text  # the field as the form names it
    firm = EditConflictError("firm", "firm", changed={"lead_days": 90, "checklist_lang": "both"})
    text = reason_text(firm.code, firm.params)
    assert text.startswith("someone on another PC changed the firm settings at -")
    assert "Reminder days before expiry: 90; Checklist language: Chinese and English" in text
    assert "“firm”" not in text and "both" not in text


def test_the_window_and_the_cli_give_the_other_users_values_in_the_same_words(chinese) -> None:
    """One vocabulary (`core.field_names`): an age group, markets and a scheme by their names, a
    date as a date, in the window's language (Chinese here) and in the firm's on the command line."""
    import datetime as dt

    from desktop_app.cli.messages import reason_line
    from desktop_app.core.errors import EditConflictError
    from desktop_app.ui.i18n import format_date
    from desktop_app.ui.messages import reason_text

    product = EditConflictError("product", "BB-001", changed={"age_group": "infant", "markets": ["CN", "EU"]})
    window = reason_text(product.code, product.params)
    assert "产品“BB-001”" in window and "年龄段: 婴幼儿；市场: 中国, 欧盟" in window
    assert "infant" not in window and "age_group" not in window
    assert "年龄段: 婴幼儿；市场: 中国, 欧盟" in reason_line(product.code, product.params, language="zh_CN")
    english = reason_line(product.code, product.params, language="en")
    assert "product BB-001 was changed by someone on another PC" in english
    assert "Age group: Infant (≤36 months); Markets: China, European Union" in english

    cert = EditConflictError("certificate", "gots:C-1", changed={"expires": "2027-03-01", "scheme": "gots"})
    window = reason_text(cert.code, cert.params)
    shown = format_date(dt.date(2027, 3, 1))
    assert "证书“GOTS 全球有机纺织品标准 C-1”" in window and f"到期日期: {shown}" in window
    assert "证书类型: GOTS 全球有机纺织品标准" in window and "gots" not in window
    assert "到期日期: 2027-03-01" in reason_line(cert.code, cert.params, language="zh_CN")


def test_the_conflict_box_speaks_the_language_the_window_switches_to(chinese, qapp, qtbot, ws) -> None:
    from desktop_app.app import apply_language
    from desktop_app.core.errors import EditConflictError
    from desktop_app.ui.widgets.conflict_box import ConflictBox

    box = ConflictBox()
    qtbot.addWidget(box)
    box.show_conflict(EditConflictError("product", "BB-001", changed={"age_group": "child"}, who="Li Jian"))
    assert "修改了产品“BB-001”：年龄段: 儿童。" in box.text.text()
    apply_language(qapp, "en", ws.resources)
    try:
        qtbot.waitUntil(lambda: "Age group: Child (3–14 years)" in box.text.text(), timeout=5000)
        assert "Li Jian changed product “BB-001”" in box.text.text()
    finally:
        apply_language(qapp, "zh_CN", ws.resources)
    qtbot.waitUntil(lambda: "年龄段: 儿童" in box.text.text(), timeout=5000)


def test_the_display_name_is_saved_on_this_computer(window, demo_ws, qtbot, monkeypatch) -> None:
    monkeypatch.delenv(DISPLAY_NAME_ENV, raising=False)
    window.go(window.SETTINGS)
    page = window.settings_page
    qtbot.waitUntil(lambda: page.name.text() != "")
    page.display_name.setText("Wang Fang")
    page.save_button.click()
    qtbot.waitUntil(lambda: (demo_ws.paths.root / THIS_PC_FILE).exists(), timeout=10000)
    qtbot.waitUntil(lambda: demo_ws.audit.display_name() == "Wang Fang", timeout=10000)


def test_settings_saved_on_another_pc_meanwhile_keep_the_fields_and_save_on_the_second_click(
    window, demo_ws, data_dir, qtbot
) -> None:
    window.go(window.SETTINGS)
    page = window.settings_page
    qtbot.waitUntil(lambda: page.name.text() != "")
    other = Workspace(data_dir, today=lambda: TODAY)
    try:
        other.save_firm(dataclasses.replace(other.firm(), lead_days=90))
    finally:
        other.close()
    page.contact.setText("0575-1234")
    page.save_button.click()
    qtbot.waitUntil(lambda: "Reminder days before expiry: 90" in page.status.text(), timeout=10000)
    assert page.contact.text() == "0575-1234" and demo_ws.firm().contact != "0575-1234"
    qtbot.waitUntil(page.save_button.isEnabled, timeout=10000)
    page.save_button.click()  # after reading the message
    qtbot.waitUntil(lambda: demo_ws.firm().contact == "0575-1234", timeout=10000)
