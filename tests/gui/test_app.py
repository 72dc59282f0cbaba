"""`run_gui` as the CLI calls it, and the settings page's language switch."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui


@pytest.fixture
def temp_qsettings(tmp_path):
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    yield tmp_path / "qsettings"
    QSettings.setDefaultFormat(QSettings.Format.NativeFormat)


def test_run_gui_opens_the_main_window_and_remembers_it(demo_ws, data_dir, qapp, temp_qsettings, qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop_app.app import run_gui
    from desktop_app.ui.main_window import MainWindow

    demo_ws.close()
    seen = []

    def close_when_shown():
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not windows:
            QTimer.singleShot(50, close_when_shown)
            return
        seen.append(windows[0].windowTitle())
        windows[0].close()

    QTimer.singleShot(50, close_when_shown)
    assert run_gui(data_dir) == 0
    assert seen and seen[0] in (
        "纺织合规助手 — 演示数据",
        "Textile Compliance Assistant — Demo data",
    )  # a demo folder
    assert list(temp_qsettings.rglob("*.ini"))
    assert (data_dir / "logs" / "assistant.log").is_file()


def test_settings_page_switches_the_language(window, demo_ws, qtbot):
    window.go(window.SETTINGS)
    page = window.settings_page
    qtbot.waitUntil(lambda: page.name.text() != "")
    page.language.setCurrentIndex(page.language.findData("zh_CN"))
    page.save_button.click()
    qtbot.waitUntil(lambda: window.nav.item(window.SETTINGS).text() == "设置")
    assert demo_ws.firm().language == "zh_CN"
