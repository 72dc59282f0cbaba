"""Shared fixtures: a temporary data folder, a workspace on a migrated
template database copied per test, and a fixed "today"."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("TEXTILE_ASSISTANT_TOKEN", None)

import pytest

TODAY = dt.date(2026, 11, 28)


@pytest.fixture(scope="session")
def template_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder migrated and loaded with the bundled catalogue, once."""
    from desktop_app.workspace import Workspace

    root = tmp_path_factory.mktemp("template")
    ws = Workspace(root, today=lambda: TODAY)
    ws.close()
    return root


@pytest.fixture
def data_dir(tmp_path: Path, template_data_dir: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(template_data_dir, target)
    return target


@pytest.fixture
def ws(data_dir: Path):
    from desktop_app.workspace import Workspace

    workspace = Workspace(data_dir, today=lambda: TODAY)
    yield workspace
    workspace.close()


@pytest.fixture
def demo_ws(ws):
    ws.demo.load()
    return ws
