"""resources_dir(): one answer for a checkout, an installed wheel and a frozen build.

The wheel's layout is checked for real by tests/packaging/test_wheel.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

from desktop_app import paths

ROOT = Path(__file__).resolve().parents[2]


def test_a_checkout_uses_the_top_level_folder():
    assert paths.resources_dir() == ROOT / "resources"
    assert (paths.resources_dir() / "catalogue" / "catalogue.json").is_file()


def test_a_frozen_build_uses_the_bundle(monkeypatch, tmp_path: Path):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resources_dir() == tmp_path / "resources"


def test_the_data_folder_follows_the_environment(monkeypatch, tmp_path: Path):
    monkeypatch.setenv(paths.ENV_HOME, str(tmp_path / "home"))
    assert paths.default_data_dir() == tmp_path / "home"
