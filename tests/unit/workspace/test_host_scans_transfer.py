"""Scans moving with a firm's records (issue 15): `host move-data`, backups of a shared
database, and a host upgraded from revision 0008, on the session's real PostgreSQL server.

move-data puts the scans the file's certificates name into `scan_files`,
verified by count and checksum, leaving the SQLite file and `scans/` as they
were; a host's backup carries the table's scans as `scans/` members (where a
file backup keeps them), so the archive restores onto a host (into the table)
and onto a single PC (into the folder); a single PC's file backup restores its
scans onto a host.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop_app.core.errors import DatabaseHostError
from desktop_app.core.reasons import Reason
from desktop_app.db.engine import make_engine
from desktop_app.db.migrate import HEAD_REVISION, migrate
from desktop_app.paths import DataPaths
from desktop_app.workspace import Workspace, host_move
from desktop_app.workspace.connection import parse_url, save_setting
from desktop_app.workspace.host_move import move_data, read_only_engine
from tests.helpers import TODAY
from tests.helpers.factories import make_certificate, make_product

on_postgres = pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
FROZEN_0008 = Path(__file__).resolve().parents[2] / "data" / "schema-0008.sqlite3"
SCANS = {
    "GOTS-1": b"%PDF-1.4 GOTS " + "扫描".encode() * 500,
    "OEKO-1": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40,
}


def host_scans(engine) -> dict[str, bytes]:
    with engine.connect() as conn:
        return {n: bytes(d) for n, d in conn.execute(text("select name, data from scan_files"))}


def attach_two(ws: Workspace, folder: Path) -> dict[str, str]:
    """Two certificates with scans (a PDF and a PNG); number → stored name."""
    ws.products.add(make_product())
    names = {}
    for number, data in SCANS.items():
        scan = folder / f"{number}.{'pdf' if data.startswith(b'%PDF') else 'png'}"
        scan.write_bytes(data)
        names[number] = ws.certificates.add(make_certificate(number=number), scan=scan).value.scan_file
    return names


def folder_bytes(paths: DataPaths) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(paths.scans.iterdir())}


def test_move_data_puts_the_scans_in_the_host_verified(tmp_path: Path, empty_postgres: str) -> None:
    data = tmp_path / "office-pc"
    ws = Workspace(data, today=lambda: TODAY)
    try:
        names = attach_two(ws, tmp_path)
    finally:
        ws.close()
    (data / "scans" / "left-over-1234abcd.pdf").write_bytes(b"%PDF a deleted certificate's scan")
    paths = DataPaths(data)
    file_before, scans_before = paths.database.read_bytes(), folder_bytes(paths)

    moved = move_data(paths, empty_postgres)
    assert moved.tables["scan_files"].rows == 2
    assert paths.database.read_bytes() == file_before and folder_bytes(paths) == scans_before
    engine = make_engine(empty_postgres)
    try:  # only the scans a certificate names; the bytes as they were
        assert host_scans(engine) == {names[n]: SCANS[n] for n in SCANS}
    finally:
        engine.dispose()

    warehouse = tmp_path / "warehouse-pc"
    warehouse.mkdir()
    save_setting(DataPaths(warehouse), parse_url(empty_postgres))
    other = Workspace(warehouse, today=lambda: TODAY)
    try:
        for number, data_ in SCANS.items():
            assert other.certificates.fetch_scan(other.certificates.get(number)).read_bytes() == data_
    finally:
        other.close()


def test_move_data_rolls_back_when_a_scan_does_not_arrive_intact(
    tmp_path: Path, empty_postgres: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "office-pc"
    ws = Workspace(data, today=lambda: TODAY)
    try:
        attach_two(ws, tmp_path)
    finally:
        ws.close()
    real = host_move.scan_digest
    calls = []

    def altered(scans):  # the host's side of the comparison disagrees (a byte lost on the way)
        calls.append(1)
        digest = real(scans)
        return digest if len(calls) == 1 else host_move.TableDigest(digest.rows, "0" * 64)

    monkeypatch.setattr(host_move, "scan_digest", altered)
    with pytest.raises(DatabaseHostError) as caught:
        move_data(DataPaths(data), empty_postgres)
    assert caught.value.code is Reason.HOST_COPY_MISMATCH and caught.value.params["table"] == "scan_files"
    engine = make_engine(empty_postgres)
    try:
        with engine.connect() as conn:
            assert conn.scalar(text("select count(*) from products")) == 0  # nothing was moved
            assert conn.scalar(text("select count(*) from scan_files")) == 0
    finally:
        engine.dispose()


@on_postgres
def test_a_host_backup_carries_its_scans_to_a_host_and_to_a_single_pc(ws, tmp_path: Path) -> None:
    names = attach_two(ws, tmp_path)
    shutil.rmtree(ws.paths.scans)  # this PC never opened them: the backup reads the host's
    ws.paths.scans.mkdir()
    archive = ws.backups.backup()
    with zipfile.ZipFile(archive) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        for number, data in SCANS.items():
            member = f"scans/{names[number]}"
            assert zf.read(member) == data
            assert manifest["members"][member]["sha256"] == hashlib.sha256(data).hexdigest()
        assert "tables/scan_files.jsonl" not in zf.namelist() and manifest["counts"]["scans"] == 2

    ws.certificates.remove("GOTS-1")
    assert set(host_scans(ws.engine)) == {names["OEKO-1"]}
    ws.backups.restore(archive)
    ws.reopen()
    assert host_scans(ws.engine) == {names[n]: SCANS[n] for n in SCANS}
    assert ws.certificates.fetch_scan(ws.certificates.get("GOTS-1")).read_bytes() == SCANS["GOTS-1"]

    single = Workspace(tmp_path / "single-pc", today=lambda: TODAY)
    try:
        single.backups.restore(archive)
        single.reopen()
        assert single.engine.dialect.name == "sqlite"
        for number, data in SCANS.items():
            path = single.certificates.scan_path(single.certificates.get(number))
            assert path is not None and path.read_bytes() == data  # in the folder, as on any single PC
        with single.engine.connect() as conn:
            assert conn.scalar(text("select count(*) from scan_files")) == 0
    finally:
        single.close()


@on_postgres
def test_a_single_pc_backup_restores_its_scans_onto_a_host(ws, data_dir: Path, tmp_path: Path) -> None:
    single = Workspace(tmp_path / "single-pc", today=lambda: TODAY)
    try:
        names = attach_two(single, tmp_path)
        archive = single.backups.backup()
    finally:
        single.close()
    ws.backups.restore(archive)
    ws.reopen()
    assert host_scans(ws.engine) == {names[n]: SCANS[n] for n in SCANS}


def test_a_host_at_0008_upgrades_and_then_keeps_scans(tmp_path: Path, empty_postgres: str) -> None:
    """A host holding the frozen 0008 file's rows is opened by this version: 0009 adds the table,
    every record stays, and a scan attached after the upgrade is in it."""
    source = read_only_engine(FROZEN_0008)
    target = make_engine(empty_postgres)
    try:
        migrate(target, None, target="0008")
        with source.connect() as src, target.begin() as dst:
            # today's tables that 0008 has (0009's scans and 0010's search texts are newer; the
            # search texts are rebuilt from the standards by the upgrade)
            newer = {"scan_files", "search_texts", "standard_texts"}
            tables = [t for t in host_move._tables() if t.name not in newer]
            for table in reversed(tables):
                dst.execute(table.delete())
            for table in tables:
                rows = [dict(r._mapping) for r in src.execute(table.select())]
                host_move.insert_rows(dst, table, rows)
                host_move._reset_sequences(dst, table)
            before = {t.name: host_move.table_digest(dst, t) for t in tables}
    finally:
        source.dispose()
        target.dispose()

    ws = Workspace(tmp_path / "pc", today=lambda: TODAY, database_url=empty_postgres)
    try:
        assert (ws.migration.from_revision, ws.migration.to_revision) == ("0008", HEAD_REVISION)
        with ws.engine.connect() as conn:
            assert {t.name: host_move.table_digest(conn, t) for t in tables} == before
        cert = ws.certificates.get("CU-GOTS-862311")
        assert cert.scan_file == "CU-GOTS-862311_扫描件.pdf"  # named before 0009: only a PC's own file
        scan = tmp_path / "new.pdf"
        scan.write_bytes(b"%PDF after the upgrade")
        updated = ws.certificates.update(cert.number, cert, scan=scan).value
        assert host_scans(ws.engine) == {updated.scan_file: b"%PDF after the upgrade"}
    finally:
        ws.close()
