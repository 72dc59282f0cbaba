"""Settings → Backups: back up now, restore a backup with the window open, daily backup at start."""

from __future__ import annotations

import zipfile

import pytest
from PySide6.QtWidgets import QMessageBox

pytestmark = pytest.mark.gui


@pytest.fixture
def box(window, qtbot):
    window.go(window.SETTINGS)
    box = window.settings_page.backups
    qtbot.waitUntil(lambda: "Last backup" in box.last.text())  # the daily backup of the start
    return box


def _skus(ws) -> set[str]:
    return {p.sku for p in ws.products.list()}


def test_daily_backup_is_taken_once_when_the_window_starts(demo_ws, make_window, english, qtbot):
    make_window(demo_ws)
    qtbot.waitUntil(lambda: any("daily" in p.name for p in demo_ws.backups.automatic()), timeout=10000)
    daily = [p for p in demo_ws.backups.automatic() if "daily" in p.name]
    assert len(daily) == 1 and demo_ws.backups.verify(daily[0])["counts"]["products"] == 12
    second = make_window(demo_ws)  # the same day: no second daily backup
    second.go(second.SETTINGS)
    qtbot.waitUntil(lambda: "Last backup" in second.settings_page.backups.last.text())
    assert [p for p in demo_ws.backups.automatic() if "daily" in p.name] == daily


def test_back_up_now_writes_an_archive_and_says_where(box, demo_ws, qtbot):
    before = set(demo_ws.backups.archives())
    box.backup_button.click()
    qtbot.waitUntil(lambda: "Backup written" in box.message.text(), timeout=10000)
    # the window's own daily backup may be written meanwhile: it is not this one
    new = {p for p in set(demo_ws.backups.archives()) - before if "-daily" not in p.name}
    assert len(new) == 1
    (archive,) = new
    assert str(archive) in box.message.text() and box.backup_button.isEnabled()
    assert demo_ws.backups.verify(archive)["counts"] == {"products": 12, "certificates": 9, "scans": 0}


def test_back_up_to_a_chosen_file(box, demo_ws, qtbot, tmp_path):
    target = tmp_path / "usb" / "copy.zip"
    box.back_up(str(target))
    qtbot.waitUntil(lambda: "Backup written" in box.message.text(), timeout=10000)
    assert demo_ws.backups.verify(target)["counts"]["products"] == 12


def _confirm(box, qtbot, *, accept: bool) -> str:
    qtbot.waitUntil(lambda: box.confirm_box is not None and box.confirm_box.isVisible(), timeout=10000)
    dialog = box.confirm_box
    text = dialog.text()
    if accept:
        button = next(
            b for b in dialog.buttons() if dialog.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
        )
    else:
        button = dialog.button(QMessageBox.StandardButton.Cancel)
    button.click()
    return text


def test_restore_brings_the_records_back_into_the_open_window(window, box, demo_ws, qtbot, tmp_path):
    archive = demo_ws.backups.backup(tmp_path / "good.zip")
    window.go(window.PRODUCTS)
    window.runner.submit(lambda ctx: demo_ws.products.remove("BB-002"))  # the runner publishes it
    qtbot.waitUntil(lambda: window.products.model.rowCount() == 11)

    box.restore(str(archive))
    text = _confirm(box, qtbot, accept=True)
    assert "12 products" in text and "9 certificates" in text
    qtbot.waitUntil(lambda: "Restored" in box.message.text(), timeout=15000)
    assert "BB-002" in _skus(demo_ws)
    kept = [p for p in demo_ws.backups.archives() if p.name.startswith("before-restore-")]
    assert len(kept) == 1 and str(kept[0]) in box.message.text()
    assert demo_ws.backups.verify(kept[0])["counts"]["products"] == 11  # the replaced data, kept
    qtbot.waitUntil(lambda: window.products.model.rowCount() == 12)  # the page shows the restored data
    # the window keeps working on the restored database
    demo_ws.products.remove("BB-001")
    assert "BB-001" not in _skus(demo_ws) and len(_skus(demo_ws)) == 11


def test_cancelling_the_confirmation_replaces_nothing(box, demo_ws, qtbot, tmp_path):
    archive = demo_ws.backups.backup(tmp_path / "good.zip")
    demo_ws.products.remove("BB-002")
    box.restore(str(archive))
    _confirm(box, qtbot, accept=False)
    qtbot.waitUntil(lambda: box.confirm_box is None)
    assert "BB-002" not in _skus(demo_ws) and box.restore_button.isEnabled()
    assert not [p for p in demo_ws.backups.archives() if p.name.startswith("before-restore-")]


def test_a_foreign_zip_is_refused_with_a_clear_message(box, demo_ws, qtbot, tmp_path):
    foreign = tmp_path / "photos.zip"
    with zipfile.ZipFile(foreign, "w") as zf:
        zf.writestr("holiday.jpg", b"\xff\xd8")
    db_before = demo_ws.paths.database.read_bytes()
    box.restore(str(foreign))
    qtbot.waitUntil(lambda: "Backup stopped" in box.message.text(), timeout=10000)
    assert "not a backup of this app" in box.message.text() or "no manifest" in box.message.text()
    assert box.confirm_box is None and box.restore_button.isEnabled()
    assert demo_ws.paths.database.read_bytes() == db_before and len(_skus(demo_ws)) == 12


def test_restore_waits_while_the_catalogue_is_updated(window, box, demo_ws, qtbot, tmp_path):
    archive = demo_ws.backups.backup(tmp_path / "good.zip")
    window._sync_task = object()  # a catalogue update in progress
    try:
        box.restore(str(archive))
        assert "being updated" in box.message.text() and box.confirm_box is None
    finally:
        window._sync_task = None
