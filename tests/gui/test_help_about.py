"""Help → User guide (offline, both languages) and Help → About."""

from __future__ import annotations

import re

import pytest

from desktop_app.ui.dialogs.about_dialog import font_licences, library_licence
from desktop_app.ui.dialogs.help_dialog import guide_path

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(("language", "heading"), [("zh_CN", "纺织合规助手使用指南"), ("en", "user guide")])
def test_a_guide_ships_in_each_language(ws, language, heading):
    path = guide_path(ws.resources, language)
    assert path.name == f"guide.{language}.html"
    text = path.read_text(encoding="utf-8")
    assert heading in text and "http" not in text  # offline: nothing to fetch


def test_the_guide_opens_in_the_windows_language(window, qtbot):
    dialog = window.show_guide()
    assert dialog.isVisible() and dialog.path.name == "guide.en.html"
    assert "Certificates" in dialog.browser.toPlainText()
    assert dialog.windowTitle() == "Textile Compliance Assistant: user guide"


def test_the_guide_in_chinese(demo_ws, make_window, qapp):
    window = make_window(demo_ws)  # the tests' default language is Chinese
    dialog = window.show_guide()
    assert "证书" in dialog.browser.toPlainText() and dialog.path.name == "guide.zh_CN.html"


def test_about_names_versions_data_folder_and_licences(window, demo_ws, qtbot):
    from desktop_app import __version__

    window.about_action.trigger()
    qtbot.waitUntil(lambda: window.about_dialog is not None and window.about_dialog.isVisible())
    text = window.about_dialog.text.toPlainText()
    assert __version__ in text and str(demo_ws.paths.root) in text
    assert re.search(rf"Catalogue version\s+{demo_ws.catalogue.version()}\n", text)
    assert "WenQuanYi Micro Hei" in text and "Apache-2.0 or GPL-3+ with Font exception" in text
    assert "SQLAlchemy" in text and "MIT" in text and "reportlab" in text


def test_licences_come_from_the_packages_and_the_font_file(ws):
    assert library_licence("SQLAlchemy")[1] == "MIT"
    assert library_licence("no-such-package-here") == ("—", "—")
    assert font_licences(ws.resources / "fonts") == [
        ("WenQuanYi Micro Hei 文泉驿微米黑", "Apache-2.0 or GPL-3+ with Font exception")
    ]
