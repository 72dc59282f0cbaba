"""The dashboard, reminders, the welcome dialog and the language switch."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui


def test_dashboard_lists_the_expired_certificate(window, qtbot):
    dash = window.dashboard
    qtbot.waitUntil(lambda: dash.data is not None)
    texts = [dash.expired_list.item(i).text() for i in range(dash.expired_list.count())]
    # the demo's two expired ones: the bedding set's OEKO-TEX certificate and its old lab report
    assert [n for n in ("OT-19.CN.30077", "SGS-NB-2025-076540") if any(n in t for t in texts)] == [
        "OT-19.CN.30077",
        "SGS-NB-2025-076540",
    ]
    assert dash.expiring_list.count() >= 1
    assert dash.gaps_list.count() >= 1
    row = next(i for i, t in enumerate(texts) if "OT-19.CN.30077" in t)
    dash.expired_list.itemClicked.emit(dash.expired_list.item(row))
    assert window.stack.currentWidget() is window.certificates
    qtbot.waitUntil(lambda: window.certificates.current_number() == "OT-19.CN.30077")


def test_reminder_banner_when_there_is_no_tray(window, qtbot):
    banner = window.dashboard.banner
    qtbot.waitUntil(banner.isVisible)
    assert "expired" in banner.label.text()
    banner.open_button.click()
    assert window.stack.currentWidget() is window.certificates


def test_no_banner_without_reminders(ws, make_window, english, qtbot):
    window = make_window(ws)
    qtbot.waitUntil(lambda: not window.runner.busy)  # the reminders check has answered
    assert not window.dashboard.banner.isVisible()


def test_welcome_dialog_on_first_start_creates_the_firm(ws, qapp):
    from desktop_app.app import welcome

    assert not ws.firm().is_set_up

    def fill(dialog):
        dialog.name.setText("杭州新纺织有限公司")
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        assert dialog.ok_button.isEnabled()
        return 1

    accepted, demo = welcome(ws, qapp, exec_dialog=fill)
    assert accepted and not demo
    firm = ws.firm()
    assert firm.is_set_up and firm.name == "杭州新纺织有限公司" and firm.language == "en"


def test_switching_language_retranslates_the_window(window, qapp, demo_ws, qtbot):
    from desktop_app.app import apply_language

    assert window.nav.item(window.PRODUCTS).text() == "Products"
    apply_language(qapp, "zh_CN", demo_ws.resources)
    qtbot.waitUntil(lambda: window.nav.item(window.PRODUCTS).text() == "产品")
    qtbot.waitUntil(lambda: window.products.add_button.text() == "新建…")
    assert window.menuBar().actions()[0].text() == "文件(&F)"
    apply_language(qapp, "en", demo_ws.resources)
    qtbot.waitUntil(lambda: window.nav.item(window.CERTIFICATES).text() == "Certificates")


def test_geometry_and_splitters_are_remembered(window, settings):
    window.resize(1111, 777)
    window.close()
    assert window._geometry_key().startswith("window/geometry/")  # one per screen
    assert settings.value(window._geometry_key()) is not None
    assert settings.value("products/splitter") is not None


def test_status_bar_shows_catalogue_version_and_last_sync(window, qtbot, demo_ws):
    version = demo_ws.catalogue.version()
    qtbot.waitUntil(lambda: f"Catalogue version {version}" in window.catalogue_label.text())
    assert "Last sync: never" in window.sync_label.text()
    assert window.sync_action.shortcut().toString() == "F5"
    assert window.new_action.shortcut().toString() == "Ctrl+N"


# the offscreen platform has no tray; forcing one makes Qt complain about its native interface
@pytest.mark.qt_log_ignore("systemTrayWindowChanged")
def test_reminder_goes_to_the_tray_when_there_is_one(demo_ws, make_window, english, qtbot):
    window = make_window(demo_ws, use_tray=True)
    with qtbot.waitSignal(window.reminders.announced, timeout=3000) as blocker:
        pass
    assert "expired" in blocker.args[0]
    assert window.reminders.tray is not None
    assert not window.dashboard.banner.isVisible()


def test_rows_with_chinese_are_as_tall_as_their_laid_out_text(window, qtbot):
    """A gap's row holds a product's Chinese name and the gap on a second line: the row is as
    tall as the text laid out in the fonts it is painted with (a fallback font's Chinese is
    taller than the UI font's line), so the second line is not cut to "…"."""
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    from desktop_app.ui.pages.dashboard_page import KEY_ROLE
    from desktop_app.ui.widgets.wrapped_rows import laid_out_height

    window.resize(1024, 768)
    page = window.dashboard
    qtbot.waitUntil(lambda: page.gaps_list.count() > 0 and bool(page.gaps_list.item(0).data(KEY_ROLE)))
    lst = page.gaps_list
    item = lst.item(0)
    assert "\n" in item.text() and any("\u4e00" <= c <= "\u9fff" for c in item.text())
    option = QStyleOptionViewItem()
    option.font = lst.font()
    margin = lst.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, lst) + 1
    needed = laid_out_height(item.text(), option, lst.viewport().width() - 2 * margin) + 2 * margin
    assert lst.visualItemRect(item).height() >= needed
