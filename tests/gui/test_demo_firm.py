"""The demo firm from the window: its own folder, its own window, marked in the title bar."""

from __future__ import annotations

import subprocess

import pytest

from desktop_app.core.products import FibreShare, Product
from desktop_app.ui.main_window import gui_command
from tests.helpers.cli import subprocess_env

pytestmark = pytest.mark.gui


def test_a_demo_folder_says_so_in_the_title_bar(demo_ws, make_window, english):
    window = make_window(demo_ws)
    assert "Demo data" in window.windowTitle()
    assert window.demo_label.isVisibleTo(window) and "not your firm" in window.demo_label.text()
    assert not window.demo_action.isEnabled()


def test_the_firms_window_is_not_marked(ws, make_window, english):
    window = make_window(ws)
    assert "Demo" not in window.windowTitle()
    assert not window.demo_label.isVisibleTo(window)
    assert "separate data" in window.demo_action.text()


def test_the_menu_opens_the_demo_firm_without_touching_the_firms_records(
    ws, make_window, english, qtbot, monkeypatch
):
    monkeypatch.setenv("TEXTILE_ASSISTANT_EXIT_WHEN_READY", "1")  # the second window closes when up
    ws.products.add(
        Product(
            sku="OWN-1",
            name="本厂衬衫",
            category="garment",
            age_group="adult",
            skin_contact="direct",
            markets=("CN",),
            composition=(FibreShare("cotton", 100.0),),
        )
    )
    window = make_window(ws)
    with qtbot.waitSignal(window.demo_opened, timeout=30000) as opened:
        window.demo_action.trigger()
    assert opened.args == [str(ws.paths.root / "demo")]
    assert [p.sku for p in ws.products.list()] == ["OWN-1"]


def test_the_second_window_command_opens_the_demo_folder(ws, tmp_path):
    folder = ws.demo.prepare().value[0]
    assert not any((folder / "logs").iterdir())
    program, arguments = gui_command(folder)
    done = subprocess.run(
        [program, *arguments],
        env=subprocess_env({"TEXTILE_ASSISTANT_EXIT_WHEN_READY": "1"}),
        capture_output=True,
        check=False,
        timeout=120,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr.decode()
    assert any((folder / "logs").iterdir())  # the window ran on the demo folder and logged there
