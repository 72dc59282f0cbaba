"""GUI fixtures: a main window on a temporary data folder, settings in a temp file."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def garbage_collected_on_the_gui_thread():
    """Python's cyclic collector runs in whichever thread happens to allocate; when that is
    a task worker and the garbage holds Qt objects of an earlier window, the process
    crashes (seen: a segfault in the checklist warm-up during the notices tests). In GUI
    tests the collector runs only here, on the GUI thread, as Anki's does in the app."""
    gc.disable()
    yield
    gc.enable()
    gc.collect()


@pytest.fixture
def settings(tmp_path: Path):
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def chinese(qapp, ws):
    """The UI in Chinese, whatever an earlier test left (a test that reads Chinese words
    must not depend on the order tests ran in)."""
    from desktop_app.app import apply_language

    apply_language(qapp, "zh_CN", ws.resources)


@pytest.fixture
def english(qapp, ws):
    """The UI in English (the source language), restored to Chinese afterwards."""
    from desktop_app.app import apply_language

    apply_language(qapp, "en", ws.resources)
    yield
    apply_language(qapp, "zh_CN", ws.resources)


@pytest.fixture
def make_window(qapp, qtbot, settings):
    from desktop_app.app import build_main_window

    windows = []

    def make(workspace, *, use_tray: bool = False):
        window = build_main_window(workspace, qapp, settings, use_tray=use_tray)
        qtbot.addWidget(window)
        window.show()
        window.start()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()


@pytest.fixture
def window(demo_ws, make_window, english):
    return make_window(demo_ws)


# The offscreen platform plugin says this for window-manager calls (propagateSizeHints, raise).
IGNORED_QT_MESSAGES = ("This plugin does not support",)


@pytest.fixture(autouse=True)
def no_qt_warnings(qtlog):
    """Qt warnings fail the test (as in qutebrowser), except the platform plugin's own."""
    from PySide6.QtCore import QtMsgType

    yield
    bad = [
        r.message
        for r in qtlog.records
        if r.type in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
        and not r.message.startswith(IGNORED_QT_MESSAGES)
        and not r.ignored
    ]
    assert not bad, bad


@pytest.fixture
def hub(qapp):
    """The event hub the task runner publishes change sets on."""
    from desktop_app.ui.events import EventHub

    return EventHub(qapp)


@pytest.fixture
def runner(qapp, hub):
    """A task runner of its own, shut down after the test."""
    from desktop_app.ui.tasks import TaskRunner

    runner = TaskRunner(qapp, hub=hub)
    yield runner
    runner.shutdown()
