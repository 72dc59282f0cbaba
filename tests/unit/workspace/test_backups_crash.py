"""A restore or a backup killed at any step leaves the old firm or the new one, complete,
and no temporary folder once the workspace is opened again.

Each test runs the restore in a child process that ends itself with `os._exit`
right after one step (TEXTILE_ASSISTANT_CRASH_AT: no `finally`, no clean-up, as
a kill), then opens the workspace in this process as the next start would.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.workspace import Workspace
from desktop_app.workspace.swap import CRASH_ENV, JOURNAL
from tests.helpers import TODAY
from tests.helpers.cli import subprocess_env

RESTORE = r"""
import sys
from pathlib import Path
from desktop_app.paths import DataPaths
from desktop_app.workspace.backups import BackupService
BackupService(paths=DataPaths(Path(sys.argv[1]))).restore(Path(sys.argv[2]))
"""

BACKUP = r"""
import sys
from pathlib import Path
from desktop_app.paths import DataPaths
from desktop_app.workspace.backups import BackupService
BackupService(paths=DataPaths(Path(sys.argv[1]))).backup()
"""

RESTORE_STEPS = [
    "unpacked",
    "kept-aside",
    "journal-written",
    "old-database-out",
    "new-database-in",
    "old-scans-out",
    "new-scans-in",
    "journal-removed",
]


def add_scan(ws, number: str, content: bytes) -> str:
    source = ws.paths.root.parent / f"{number}.pdf"
    source.write_bytes(content)
    cert = ws.certificates.get(number)
    return ws.certificates.update(number, cert, scan=source).value.scan_file


def firm(root: Path) -> tuple[list[str], dict[str, bytes]]:
    ws = Workspace(root, today=lambda: TODAY)
    try:
        skus = sorted(p.sku for p in ws.products.list())
        scans = {p.name: p.read_bytes() for p in ws.paths.scans.iterdir()}
        for st in ws.certificates.states(include_replaced=True):
            path = ws.certificates.scan_path(st.certificate)
            assert path is None or path.is_file(), f"{path} is named but missing"
    finally:
        ws.close()
    return skus, scans


def leftovers(root: Path) -> list[str]:
    return sorted(
        p.name
        for folder in (root, root / "backups")
        for p in folder.iterdir()
        if p.name.startswith((".restore-", ".backup-", ".verify-")) or p.name.startswith(JOURNAL)
    )


def run(script: str, *args: str, step: str) -> int:
    proc = subprocess.run(
        [sys.executable, "-c", script, *args],
        env=subprocess_env({CRASH_ENV: step}),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc.returncode


@pytest.fixture
def two_firms(demo_ws, tmp_path):
    """An archive of the "new" firm (with scan A), then the folder changed into the "old" one."""
    ws = demo_ws
    add_scan(ws, "CU-GOTS-862311", b"%PDF scan A")
    archive = ws.backups.backup(tmp_path / "new.zip")
    root = ws.paths.root
    ws.close()
    new = firm(root)
    ws = Workspace(root, today=lambda: TODAY)
    ws.products.remove("BB-002")
    number = next(
        st.certificate.number for st in ws.certificates.states() if st.certificate.number != "CU-GOTS-862311"
    )
    add_scan(ws, number, b"%PDF scan B")
    ws.close()
    old = firm(root)
    assert old != new
    return root, archive, old, new


@pytest.mark.parametrize("step", RESTORE_STEPS)
def test_a_restore_killed_at_each_step_leaves_one_firm_complete(two_firms, step):
    root, archive, old, new = two_firms
    assert run(RESTORE, str(root), str(archive), step=step) == 70  # it did die at that step
    found = firm(root)  # the next start
    before_swap = step in ("unpacked", "kept-aside")
    assert found == (old if before_swap else new)
    assert leftovers(root) == []


def test_a_restore_not_killed_ends_with_the_new_firm(two_firms):
    root, archive, _old, new = two_firms
    assert run(RESTORE, str(root), str(archive), step="never") == 0
    assert firm(root) == new and leftovers(root) == []


def test_a_journal_whose_new_database_is_gone_rolls_back_to_the_old_firm(two_firms):
    root, archive, old, _new = two_firms
    assert run(RESTORE, str(root), str(archive), step="old-database-out") == 70
    staging = next(p for p in root.iterdir() if p.name.startswith(".restore-"))
    (staging / "assistant.sqlite3").unlink()  # say, a user "cleaning up" hidden files
    assert firm(root) == old
    assert leftovers(root) == []


@pytest.mark.parametrize("step", ["backup-written"])
def test_a_backup_killed_leaves_no_partial_archive_and_its_folder_is_removed(demo_ws, step):
    root = demo_ws.paths.root
    archives = sorted(p.name for p in demo_ws.paths.backups.glob("*.zip"))
    demo_ws.close()
    assert run(BACKUP, str(root), step=step) == 70
    assert [p.name for p in (root / "backups").iterdir() if p.name.startswith(".backup-")]
    assert sorted(p.name for p in (root / "backups").glob("*.zip")) == archives
    firm(root)  # the next start removes it
    assert leftovers(root) == []


def test_a_stale_folder_is_removed_after_a_backup_but_one_in_use_is_kept(demo_ws):
    from desktop_app.workspace.scratch import Scratch

    in_use = Scratch(demo_ws.paths.backups, ".backup-")  # another backup, running now
    stale = demo_ws.paths.root / ".restore-killed"
    (stale / "scans").mkdir(parents=True)
    (stale / ".owner").write_bytes(b"")  # its owner died: nobody holds the lock
    try:
        demo_ws.backups.backup()
        assert not stale.exists() and in_use.path.is_dir()
    finally:
        in_use.release()
