"""Backups and restores on real data folders: nothing entered may be lost."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
import threading
import zipfile
from pathlib import Path

import pytest

from desktop_app.core.errors import DatabaseVersionError
from desktop_app.core.products import FibreShare, Product
from desktop_app.db.migrate import head_revision
from desktop_app.paths import DataPaths
from desktop_app.workspace import Workspace
from desktop_app.workspace.backups import BackupError, BackupService
from tests.helpers import TODAY


def skus(ws) -> list[str]:
    return [p.sku for p in ws.products.list()]


def add_scan(ws, number: str, content: bytes = b"%PDF-1.4 scan") -> str:
    source = ws.paths.root.parent / f"{number}.pdf"
    source.write_bytes(content)
    cert = ws.certificates.get(number)
    return ws.certificates.update(number, cert, scan=source).value.scan_file


def rezip(src: Path, dest: Path, change) -> Path:
    """Copy an archive, letting `change(name, data) -> data | None` alter or drop members."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w") as zout:
        for name in zin.namelist():
            data = change(name, zin.read(name))
            if data is not None:
                zout.writestr(name, data)
    return dest


def test_backup_has_db_scans_and_a_manifest_that_matches(demo_ws):
    scan = add_scan(demo_ws, "CU-GOTS-862311")
    path = demo_ws.backups.backup()
    assert path.parent == demo_ws.paths.backups and path.suffix == ".zip"
    with zipfile.ZipFile(path) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        assert set(zf.namelist()) == {"manifest.json", "assistant.sqlite3", f"scans/{scan}"}
        for name, meta in manifest["members"].items():
            assert hashlib.sha256(zf.read(name)).hexdigest() == meta["sha256"]
    assert manifest["schema_revision"] == head_revision()
    assert manifest["counts"] == {"products": 12, "certificates": 9, "scans": 1}
    assert manifest["app_version"] and manifest["created"]


def test_backup_modify_restore_brings_records_and_scans_back(demo_ws, tmp_path):
    ws = demo_ws
    scan = add_scan(ws, "CU-GOTS-862311")
    archive = ws.backups.backup(tmp_path / "mine.zip")
    ws.products.remove("BB-002")
    ws.products.add(
        Product("NEW-1", "新品", "fabric", "adult", "indirect", composition=(FibreShare("silk", 100),))
    )
    (ws.paths.scans / scan).unlink()

    result = ws.backups.restore(archive)
    assert result.kept_aside.name.startswith("before-restore-") and result.upgraded_from is None
    reopened = Workspace(ws.paths.root, today=lambda: TODAY)
    try:
        assert "BB-002" in skus(reopened) and "NEW-1" not in skus(reopened)
        assert (reopened.paths.scans / scan).read_bytes() == b"%PDF-1.4 scan"
        # the replaced data is itself a backup: restoring it undoes the restore
        reopened.backups.restore(result.kept_aside)
    finally:
        reopened.close()
    again = Workspace(ws.paths.root, today=lambda: TODAY)
    try:
        assert "NEW-1" in skus(again) and "BB-002" not in skus(again)
    finally:
        again.close()


def test_backup_while_another_connection_writes(ws):
    stop = threading.Event()
    written = []

    def writer():
        con = sqlite3.connect(ws.paths.database, timeout=30)
        i = 0
        while not stop.is_set() and i < 2000:
            con.execute(
                "insert into products (sku, name, category, age_group, skin_contact, markets, composition,"
                " claims, finishes, stage, customer, notes, created_at, updated_at) values"
                " (?, 'x', 'fabric', 'adult', 'direct', '[\"CN\"]', '[[\"cotton\", 100]]', '[]', '[]', 'final',"
                " '', '', '2026-01-01', '2026-01-01')",
                (f"W-{i}",),
            )
            con.commit()
            written.append(i)
            i += 1
        con.close()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        archives = [ws.backups.backup() for _ in range(3)]
    finally:
        stop.set()
        thread.join()
    assert written
    for archive in archives:
        manifest = ws.backups.verify(archive)  # sha256, integrity_check, revision
        assert 0 <= manifest["counts"]["products"] <= len(written)


@pytest.fixture
def good_archive(demo_ws, tmp_path) -> Path:
    return demo_ws.backups.backup(tmp_path / "good.zip")


def _refused(ws, archive: Path, match: str, error=BackupError):
    before = skus(ws)
    db_bytes = ws.paths.database.read_bytes()
    kept_before = sorted(ws.paths.backups.iterdir())
    with pytest.raises(error, match=match):
        ws.backups.restore(archive)
    assert skus(ws) == before and ws.paths.database.read_bytes() == db_bytes
    assert sorted(ws.paths.backups.iterdir()) == kept_before  # nothing kept aside: nothing was replaced
    assert not [p for p in ws.paths.root.iterdir() if p.name.startswith(".restore-")]


def test_truncated_archive_refused(demo_ws, good_archive, tmp_path):
    data = good_archive.read_bytes()
    (tmp_path / "cut.zip").write_bytes(data[: len(data) // 2])
    _refused(demo_ws, tmp_path / "cut.zip", "not a zip|damaged")


def test_foreign_zip_refused(demo_ws, tmp_path):
    with zipfile.ZipFile(tmp_path / "photos.zip", "w") as zf:
        zf.writestr("holiday.jpg", b"\xff\xd8")
    _refused(demo_ws, tmp_path / "photos.zip", "not a backup of this app")
    (tmp_path / "notes.zip").write_text("hello")
    _refused(demo_ws, tmp_path / "notes.zip", "not a zip")


def test_tampered_member_refused(demo_ws, good_archive, tmp_path):
    def change(name, data):
        flipped = bytes(b ^ 0xFF for b in data[5000:5016])
        return data[:5000] + flipped + data[5016:] if name == "assistant.sqlite3" else data

    _refused(demo_ws, rezip(good_archive, tmp_path / "t.zip", change), "does not match the manifest")


def test_extra_or_escaping_member_refused(demo_ws, good_archive, tmp_path):
    def add_evil(name, data):
        if name == "manifest.json":
            manifest = json.loads(data)
            manifest["members"]["../evil.txt"] = {"sha256": "0", "size": 1}
            return json.dumps(manifest).encode()
        return data

    _refused(demo_ws, rezip(good_archive, tmp_path / "e.zip", add_evil), "unexpected member")


def _with_db(good_archive: Path, dest: Path, mutate) -> Path:
    """An archive whose database was changed by `mutate(path)`, manifest recomputed to match."""
    work = dest.with_suffix(".d")
    work.mkdir()
    with zipfile.ZipFile(good_archive) as zf:
        zf.extractall(work)
    mutate(work / "assistant.sqlite3")
    manifest = json.loads((work / "manifest.json").read_text())
    data = (work / "assistant.sqlite3").read_bytes()
    manifest["members"]["assistant.sqlite3"] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
    (work / "manifest.json").write_text(json.dumps(manifest))
    with zipfile.ZipFile(dest, "w") as zf:
        for name in manifest["members"]:
            zf.write(work / name, name)
        zf.write(work / "manifest.json", "manifest.json")
    return dest


def test_corrupted_database_inside_a_consistent_archive_refused(demo_ws, good_archive, tmp_path):
    def smash(db: Path):
        data = bytearray(db.read_bytes())
        page = 4096
        data[page * 3 : page * 3 + 2000] = b"\xa5" * 2000
        db.write_bytes(bytes(data))

    _refused(demo_ws, _with_db(good_archive, tmp_path / "bad.zip", smash), "damaged|cannot be read")


def test_newer_schema_revision_refused(demo_ws, good_archive, tmp_path):
    def newer(db: Path):
        con = sqlite3.connect(db)
        con.execute("update alembic_version set version_num = '9999_from_the_future'")
        con.commit()
        con.close()

    _refused(demo_ws, _with_db(good_archive, tmp_path / "new.zip", newer), "9999", DatabaseVersionError)


def test_restore_over_a_damaged_database_keeps_the_damaged_file(tmp_path, data_dir):
    ws = Workspace(data_dir, today=lambda: TODAY)
    ws.demo.load()
    archive = ws.backups.backup(tmp_path / "good.zip")
    ws.close()
    db = DataPaths(data_dir).database
    raw = bytearray(db.read_bytes())
    middle = len(raw) // 2
    raw[middle : middle + 8192] = b"\x00\xff" * 4096
    db.write_bytes(bytes(raw))
    damaged = bytes(raw)

    service = BackupService(paths=DataPaths(data_dir))
    result = service.restore(archive)
    kept = result.kept_aside
    assert kept.is_dir() and kept.name.startswith("damaged-")
    assert (kept / db.name).read_bytes() == damaged  # kept byte for byte, for inspection
    reopened = Workspace(data_dir, today=lambda: TODAY)
    try:
        assert len(reopened.products.list()) == 12
        con = sqlite3.connect(db)
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        con.close()
    finally:
        reopened.close()


def test_auto_backups_keep_the_last_n_and_daily_once_a_day(ws):
    now = [dt.datetime(2026, 11, 28, 9, 0)]
    service = BackupService(ws, keep=3, clock=lambda: now[0])
    manual = service.backup()
    for minute in range(5):
        now[0] = dt.datetime(2026, 11, 28, 9, minute + 1)
        service.auto_backup("import-products")
    autos = service.automatic()
    assert [p.name[5:18] for p in autos] == ["20261128-0903", "20261128-0904", "20261128-0905"]
    assert manual.exists()  # manual backups are never pruned
    assert service.daily_backup_if_due() is None  # one was taken today already
    now[0] = dt.datetime(2026, 11, 29, 8, 0)
    daily = service.daily_backup_if_due()
    assert daily is not None and daily.name.endswith("-daily.zip")
    assert service.daily_backup_if_due() is None and len(service.automatic()) == 3


def test_backup_to_a_read_only_place_is_a_clear_error(ws, tmp_path):
    target = tmp_path / "ro"
    target.mkdir()
    target.chmod(0o500)
    try:
        if (target / "probe").exists() or _writable(target):
            pytest.skip("running as a user who can write anywhere")
        with pytest.raises(BackupError, match="cannot write"):
            ws.backups.backup(target / "b.zip")
    finally:
        target.chmod(0o700)


def _writable(folder: Path) -> bool:
    try:
        (folder / "probe").write_text("x")
    except OSError:
        return False
    (folder / "probe").unlink()
    return True


def test_start_up_helpers_find_damage_and_the_latest_good_backup(demo_ws, tmp_path):
    ws = demo_ws
    assert ws.backups.quick_check() == "ok"
    good = ws.backups.backup()
    (ws.paths.backups / "zzz-newer-but-broken.zip").write_bytes(good.read_bytes()[:1000])
    assert ws.backups.latest_good_backup() == good


def test_restore_refused_while_another_process_has_the_database_open(demo_ws, good_archive):
    other = sqlite3.connect(demo_ws.paths.database)
    try:
        other.execute("select count(*) from products").fetchone()
        _refused(demo_ws, good_archive, "open in another window")
    finally:
        other.close()
    demo_ws.backups.restore(good_archive)  # once it is closed, the restore goes ahead


def test_reopen_in_place_after_restore_sees_the_restored_records(demo_ws, good_archive):
    ws = demo_ws
    products, certificates = ws.products, ws.certificates
    ws.products.remove("BB-002")
    ws.backups.restore(good_archive)
    ws.reopen()
    assert "BB-002" in skus(ws)  # the same object, now over the restored file
    assert ws.products is not products and ws.certificates is not certificates
    ws.products.remove("BB-001")  # and it writes to the restored file
    assert "BB-001" not in skus(ws) and len(skus(ws)) == 11
    ws.backups.restore(good_archive)  # its connections are the only ones: a second restore is not refused
    ws.reopen()
    assert len(skus(ws)) == 12
