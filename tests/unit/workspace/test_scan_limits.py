"""Attached scans: a size limit, free space checked first, and never a partial file."""

from __future__ import annotations

import subprocess
import sys

import pytest

from desktop_app.core.errors import ValidationError
from desktop_app.core.reasons import Reason
from desktop_app.workspace import Workspace
from desktop_app.workspace import certificates as certificates_module
from tests.helpers import TODAY
from tests.helpers.cli import subprocess_env

NUMBER = "CU-GOTS-862311"


def scans(ws) -> list[str]:
    return sorted(p.name for p in ws.paths.scans.iterdir())


def attach(ws, source):
    return ws.certificates.update(NUMBER, ws.certificates.get(NUMBER), scan=source)


def test_a_scan_over_the_limit_is_refused_and_nothing_copied(demo_ws, tmp_path):
    demo_ws.certificates.max_scan_bytes = 1000  # the ceiling lowered, the file small
    source = tmp_path / "big.pdf"
    source.write_bytes(b"%PDF" + b"x" * 2000)
    before = (scans(demo_ws), demo_ws.certificates.get(NUMBER))
    with pytest.raises(ValidationError) as caught:
        attach(demo_ws, source)
    assert caught.value.code == Reason.SCAN_TOO_LARGE and caught.value.params["limit"] == 1000
    assert (scans(demo_ws), demo_ws.certificates.get(NUMBER)) == before


def test_the_default_limit_is_50_mb_and_a_setting_changes_it(data_dir, monkeypatch):
    ws = Workspace(data_dir, today=lambda: TODAY)
    try:
        assert ws.certificates.max_scan_bytes == 50 * 1024 * 1024
    finally:
        ws.close()
    monkeypatch.setenv("TEXTILE_ASSISTANT_MAX_SCAN_MB", "2")
    ws = Workspace(data_dir, today=lambda: TODAY)
    try:
        assert ws.certificates.max_scan_bytes == 2 * 1024 * 1024
    finally:
        ws.close()


def test_free_space_is_checked_before_copying(demo_ws, tmp_path, monkeypatch):
    source = tmp_path / "scan.pdf"
    source.write_bytes(b"%PDF" + b"x" * 5000)
    real = certificates_module.shutil.disk_usage

    def almost_full(path):
        usage = real(path)
        return usage._replace(free=1000)

    monkeypatch.setattr(certificates_module.shutil, "disk_usage", almost_full)
    before = scans(demo_ws)
    with pytest.raises(ValidationError) as caught:
        attach(demo_ws, source)
    assert caught.value.code == Reason.SCAN_NO_SPACE
    assert scans(demo_ws) == before


FULL_DISK = r"""
import resource, signal, sys
from pathlib import Path
from desktop_app.workspace import Workspace
from desktop_app.core.errors import AssistantError
ws = Workspace(Path(sys.argv[1]))
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
limit = int(sys.argv[3])
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))   # a write past `limit` bytes fails
cert = ws.certificates.get("CU-GOTS-862311")
try:
    ws.certificates.update("CU-GOTS-862311", cert, scan=Path(sys.argv[2]))
except AssistantError as exc:
    print(exc.code.value)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_disk_that_fills_while_copying_leaves_no_partial_file(demo_ws, tmp_path):
    root = demo_ws.paths.root
    before = (scans(demo_ws), demo_ws.certificates.get(NUMBER).scan_file)
    demo_ws.close()
    source = tmp_path / "scan.pdf"
    source.write_bytes(b"%PDF" + b"x" * (6 * 1024 * 1024))
    database = max((root / "assistant.sqlite3").stat().st_size, 1)
    proc = subprocess.run(
        [sys.executable, "-c", FULL_DISK, str(root), str(source), str(database + 2 * 1024 * 1024)],
        env=subprocess_env(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr
    assert proc.stdout.strip() == Reason.SCAN_NO_SPACE.value
    ws = Workspace(root, today=lambda: TODAY)
    try:
        assert (scans(ws), ws.certificates.get(NUMBER).scan_file) == before
    finally:
        ws.close()
