"""The `smoke` command a frozen build runs: every part of the app, end to end.

The one command-line test in a real process (`python -m desktop_app`); the
others call `cli.main(argv)` in-process.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.helpers.cli import subprocess_env


def test_smoke_command_passes_on_a_fresh_folder(tmp_path: Path):
    r = subprocess.run(  # noqa: PLW1510 - the exit status is asserted
        [sys.executable, "-m", "desktop_app", "--data-dir", str(tmp_path / "fresh"), "smoke"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        env=subprocess_env(),
        cwd=tmp_path,  # whatever the working directory, the child runs this checkout
    )
    assert r.returncode == 0, r.stdout + r.stderr
    assert "bundled catalogue" in r.stdout and "smoke test passed" in r.stdout
