"""The window starts without loading what only printing, syncing or dialogs need."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("reportlab", "pypdf", "requests", "pydantic", "keyring", "cryptography", "openpyxl")

PROBE = """
import json, sys, tempfile
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from desktop_app.ui.bootstrap import build_main_window
from desktop_app.workspace import Workspace
app = QApplication([])
ws = Workspace(Path(sys.argv[1]))
settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
window = build_main_window(ws, app, settings, use_tray=False)
window.show()
from desktop_app.ui.sync_status import load_sync_info
load_sync_info(ws)  # the status bar's sync line, asked at start
for _ in range(20):
    app.processEvents()
print(json.dumps(sorted(m for m in sys.modules if "." not in m)))
window.close()
ws.close()
"""


def test_heavy_modules_are_not_imported_at_start(data_dir):
    env = {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
    out = subprocess.run(
        [sys.executable, "-c", PROBE, str(data_dir)],
        check=False,
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    loaded = set(json.loads(out.stdout.strip().splitlines()[-1]))
    assert "PySide6" in loaded and "sqlalchemy" in loaded  # the probe did start the window
    assert not loaded & set(HEAVY), sorted(loaded & set(HEAVY))


def test_sync_package_names_still_resolve():
    from desktop_app import sync

    for name in sync.__all__:
        assert getattr(sync, name) is not None
    with pytest.raises(AttributeError):
        sync.no_such_name  # noqa: B018
