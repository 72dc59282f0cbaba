"""The `smoke` command a frozen build runs: every part of the app, end to end."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def test_smoke_command_passes_on_a_fresh_folder(tmp_path: Path):
    r = subprocess.run(  # noqa: PLW1510 - the exit status is asserted
        [sys.executable, "-m", "desktop_app", "--data-dir", str(tmp_path / "fresh"), "smoke"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert r.returncode == 0, r.stdout + r.stderr
    assert "bundled catalogue" in r.stdout and "smoke test passed" in r.stdout
