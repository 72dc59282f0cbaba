"""Opening the data folder off the GUI thread, with a window saying so while migrations run."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from desktop_app.db.revision import HEAD_REVISION
from desktop_app.ui.opening import open_in_background
from desktop_app.workspace import Workspace
from tests.helpers import ROOT, TODAY

pytestmark = pytest.mark.gui


def _shown_boxes() -> list[str]:
    return [
        w.labelText()
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QProgressDialog) and w.objectName() == "openingProgress" and w.isVisible()
    ]


def test_an_upgrade_runs_off_the_gui_thread_and_says_so(qapp, tmp_path: Path, english):
    data = tmp_path / "older-pc"
    data.mkdir()
    shutil.copyfile(ROOT / "tests" / "data" / "schema-0009.sqlite3", data / "assistant.sqlite3")
    seen: list[str] = []
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: (ticks.append(1), seen.extend(_shown_boxes())))
    timer.start(5)  # the GUI thread keeps running its event loop meanwhile
    try:
        ws = open_in_background(qapp, lambda: Workspace(data, today=lambda: TODAY), show_after=0.0)
    finally:
        timer.stop()
    try:
        assert (ws.migration.from_revision, ws.migration.to_revision) == ("0009", HEAD_REVISION)
        assert ws.catalogue.search("甲醛")  # the search index rebuilt by the upgrade
    finally:
        ws.close()
    assert ticks and seen and "brought up to date" in seen[0]
    assert _shown_boxes() == []  # gone once the records are open


def test_what_the_opening_raises_is_raised_to_the_caller(qapp):
    def fails():
        raise ValueError("the folder cannot be read")

    with pytest.raises(ValueError, match="cannot be read"):
        open_in_background(qapp, fails, show_after=60.0)
    assert _shown_boxes() == []
