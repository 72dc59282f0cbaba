"""A damaged database when the app starts: explained, the newest good backup offered, nothing lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.workspace import Workspace
from tests.helpers import TODAY
from tests.helpers.storage import damage

pytestmark = pytest.mark.gui


@pytest.fixture
def damaged(data_dir: Path):
    """A demo firm with one backup, then its database file damaged in the middle."""
    ws = Workspace(data_dir, today=lambda: TODAY)
    ws.demo.load()
    backup = ws.backups.backup()
    ws.products.remove("BB-002")  # entered after the backup: only the damaged file has this
    ws.close()
    db = data_dir / "assistant.sqlite3"
    damage(db)
    return db, backup


def _answer(boxes, *, restore: bool):
    from desktop_app.ui.recovery import DamagedDatabaseBox

    def exec_box(box):
        boxes.append(box)
        if isinstance(box, DamagedDatabaseBox):
            (box.restore_button if restore and box.restore_button else box.quit_button).click()

    return exec_box


def test_restoring_the_offered_backup_opens_the_folder_and_keeps_the_damaged_file(qapp, data_dir, damaged):
    from desktop_app.app import open_workspace

    db, backup = damaged
    damaged_bytes = db.read_bytes()
    boxes = []
    ws = open_workspace(qapp, data_dir, exec_box=_answer(boxes, restore=True))
    try:
        assert ws is not None
        assert len(ws.products.list()) == 12  # the backup's records
        assert ws.backups.quick_check() == "ok"
    finally:
        ws.close()
    first, last = boxes[0], boxes[-1]
    # in the system's language, so checked by what it names
    assert str(backup) in first.informativeText() and first.restore_button is not None
    kept = next(p for p in (data_dir / "backups").iterdir() if p.name.startswith("damaged-"))
    assert (kept / db.name).read_bytes() == damaged_bytes  # kept byte for byte, for inspection
    assert str(kept) in last.text()


def test_quitting_leaves_the_damaged_file_untouched(qapp, data_dir, damaged):
    from desktop_app.app import open_workspace

    db, _backup = damaged
    before = db.read_bytes()
    boxes = []
    assert open_workspace(qapp, data_dir, exec_box=_answer(boxes, restore=False)) is None
    assert len(boxes) == 1 and db.read_bytes() == before
    assert not [p for p in (data_dir / "backups").iterdir() if p.name.startswith("damaged-")]


def test_without_a_good_backup_the_user_is_told_to_keep_the_file(qapp, data_dir):
    from desktop_app.app import open_workspace

    ws = Workspace(data_dir, today=lambda: TODAY)
    ws.demo.load()
    ws.close()
    db = data_dir / "assistant.sqlite3"
    damage(db)
    before = db.read_bytes()
    boxes = []
    assert open_workspace(qapp, data_dir, exec_box=_answer(boxes, restore=True)) is None
    (box,) = boxes
    assert box.restore_button is None and str(db) in box.informativeText()
    assert db.read_bytes() == before
