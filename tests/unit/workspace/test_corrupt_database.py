"""A database damaged on disk is detected at start and left untouched."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.errors import DatabaseCorruptError
from desktop_app.workspace import Workspace
from tests.helpers import TODAY
from tests.helpers.cli import run_cli
from tests.helpers.storage import damage


def test_damaged_file_is_refused_untouched_and_a_good_backup_is_named(data_dir: Path):
    ws = Workspace(data_dir, today=lambda: TODAY)
    ws.demo.load()
    backup = ws.backups.backup()
    ws.close()  # the last connection closing checkpoints the WAL into the file
    db = data_dir / "assistant.sqlite3"
    damage(db)
    before = db.read_bytes()
    with pytest.raises(DatabaseCorruptError) as err:
        Workspace(data_dir, today=lambda: TODAY)
    assert err.value.backup == str(backup)
    assert "restore" in str(err.value)
    assert db.read_bytes() == before  # nothing written, nothing lost


def test_cli_says_so_in_one_line(data_dir: Path):
    ws = Workspace(data_dir, today=lambda: TODAY)
    ws.demo.load()
    ws.close()  # the last connection closing checkpoints the WAL into the file
    damage(data_dir / "assistant.sqlite3")
    r = run_cli(data_dir, "product", "list")
    assert r.returncode == 1
    assert "已损坏" in r.stderr and r.stderr.count("\n") == 1  # the profile's default language: Chinese
