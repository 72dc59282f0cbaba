"""Scans on a PostgreSQL host (issue 15): one PC attaches, another opens the same bytes.

Run on both engines (`BOTH_ENGINES`): on the host a scan's bytes are saved
with its certificate (`scan_files`) and each PC's `scans/` is a cache,
checked by SHA-256; on a single PC's SQLite file scans stay files in the data
folder, exactly as before, and the table stays empty. "Another PC" is a
second data folder naming the same host (on SQLite: a second window on the
same folder, the only way two windows share records there).
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_app.core.errors import ConflictError, EditConflictError, NotFoundError, ValidationError
from desktop_app.core.reasons import Reason
from desktop_app.db.scan_models import ScanFileRow
from desktop_app.paths import DataPaths
from desktop_app.workspace import Workspace
from desktop_app.workspace.connection import parse_url, save_setting
from tests.helpers import TODAY
from tests.helpers.factories import make_certificate, make_product

PDF = b"%PDF-1.4\n" + "证书扫描件 scan ".encode() * 2000 + b"\n%%EOF\n"


@pytest.fixture
def other_pc(tmp_path: Path, data_dir: Path, database_url: str | None) -> Iterator[Workspace]:
    """A second PC on the same records, with a data folder (and scans/) of its own on a host."""
    folder = data_dir
    if database_url is not None:
        folder = tmp_path / "warehouse-pc"
        folder.mkdir()
        save_setting(DataPaths(folder), parse_url(database_url))
    ws = Workspace(folder, today=lambda: TODAY)
    try:
        yield ws
    finally:
        ws.close()


def stored(ws: Workspace) -> dict[str, tuple[str, int]]:
    """The rows of `scan_files`: name → (sha256, size)."""
    with ws.session() as s:
        rows = s.execute(select(ScanFileRow.name, ScanFileRow.sha256, ScanFileRow.size)).all()
    return {name: (sha, size) for name, sha, size in rows}


def source(tmp_path: Path, name: str = "扫描 scan.pdf", data: bytes = PDF) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def folder_files(ws: Workspace) -> set[str]:
    return {p.name for p in ws.paths.scans.iterdir()}


def test_one_pc_attaches_and_another_opens_the_same_bytes(ws, other_pc, tmp_path) -> None:
    ws.products.add(make_product())
    cert = ws.certificates.add(make_certificate(), scan=source(tmp_path)).value
    assert cert.scan_file

    opened = other_pc.certificates.fetch_scan(other_pc.certificates.get(cert.number))
    assert opened is not None and opened.read_bytes() == PDF
    assert opened.parent == other_pc.paths.scans and opened.name == cert.scan_file
    if ws.certificates.on_host:
        assert stored(ws) == {cert.scan_file: (hashlib.sha256(PDF).hexdigest(), len(PDF))}
        assert other_pc.paths.scans != ws.paths.scans  # fetched into the other PC's own folder
        assert (ws.paths.scans / cert.scan_file).read_bytes() == PDF  # the attaching PC keeps a copy
    else:
        assert stored(ws) == {}  # a single PC: the folder, as before
        assert (ws.paths.scans / cert.scan_file).read_bytes() == PDF


def test_a_damaged_cached_copy_is_fetched_again(ws, other_pc, tmp_path) -> None:
    ws.products.add(make_product())
    cert = ws.certificates.add(make_certificate(), scan=source(tmp_path)).value
    path = other_pc.certificates.fetch_scan(cert)
    assert path is not None
    damaged = bytearray(PDF)
    damaged[100] ^= 0xFF  # one byte changed: the same size, another checksum
    path.write_bytes(bytes(damaged))

    again = other_pc.certificates.fetch_scan(cert)
    if other_pc.certificates.on_host:
        assert again == path and path.read_bytes() == PDF
        path.write_bytes(PDF[:10])  # cut short (a copy interrupted by hand)
        assert other_pc.certificates.fetch_scan(cert).read_bytes() == PDF
        assert not any(n.endswith(".partial") for n in folder_files(other_pc))
    else:  # the file is the scan itself: nothing to fetch it from
        assert again == path and path.read_bytes() == bytes(damaged)


def test_a_refused_save_leaves_neither_record_nor_scan(ws, tmp_path) -> None:
    ws.products.add(make_product())
    ws.certificates.add(make_certificate())
    before = (folder_files(ws), stored(ws), ws.certificates.get("GOTS-1"))
    with pytest.raises(ConflictError):  # the same number again
        ws.certificates.add(make_certificate(), scan=source(tmp_path))
    assert (folder_files(ws), stored(ws), ws.certificates.get("GOTS-1")) == before

    seen = ws.certificates.get("GOTS-1")
    ws.certificates.update("GOTS-1", dataclasses.replace(seen, notes="另一台电脑先保存"))
    with pytest.raises(EditConflictError):  # saved elsewhere since it was read
        ws.certificates.update("GOTS-1", seen, scan=source(tmp_path))
    assert (folder_files(ws), stored(ws)) == before[:2]
    assert ws.certificates.get("GOTS-1").scan_file is None


def test_replacing_or_removing_a_scan_removes_its_row_once_no_certificate_names_it(ws, tmp_path) -> None:
    ws.products.add(make_product())
    first = ws.certificates.add(make_certificate(), scan=source(tmp_path, "a.pdf", b"%PDF first")).value
    # a renewal keeping the same scan (what the dialog does when no new scan is chosen)
    renewal = ws.certificates.renew(
        "GOTS-1", dataclasses.replace(make_certificate(number="GOTS-2"), scan_file=first.scan_file)
    ).value
    assert renewal.scan_file == first.scan_file
    on_host = ws.certificates.on_host
    assert set(stored(ws)) == ({first.scan_file} if on_host else set())

    replaced = ws.certificates.update(
        "GOTS-2", ws.certificates.get("GOTS-2"), scan=source(tmp_path, "b.pdf", b"%PDF second")
    ).value
    assert replaced.scan_file != first.scan_file
    # the first scan is still named by GOTS-1: kept
    assert set(stored(ws)) == ({first.scan_file, replaced.scan_file} if on_host else set())
    ws.certificates.remove("GOTS-1")
    assert set(stored(ws)) == ({replaced.scan_file} if on_host else set())
    ws.certificates.remove("GOTS-2")
    assert stored(ws) == {}
    if not on_host:  # a single PC keeps deleted certificates' scans in the folder, as it always did
        assert {first.scan_file, replaced.scan_file} <= folder_files(ws)


def test_a_scan_over_the_ceiling_is_refused_and_nothing_stored(ws, tmp_path) -> None:
    ws.products.add(make_product())
    ws.certificates.max_scan_bytes = 1000
    before = (folder_files(ws), stored(ws))
    with pytest.raises(ValidationError) as caught:
        ws.certificates.add(make_certificate(), scan=source(tmp_path, "big.pdf", b"%PDF" + b"x" * 5000))
    assert caught.value.code is Reason.SCAN_TOO_LARGE and caught.value.params["limit"] == 1000
    assert (folder_files(ws), stored(ws)) == before
    with pytest.raises(NotFoundError):
        ws.certificates.get("GOTS-1")


def test_a_scan_only_one_pc_has_is_shared_when_that_pc_opens_it(ws, other_pc) -> None:
    """A certificate attached before hosts kept scans names a file only the attaching PC has:
    another PC gets a clear error until that PC opens it, which puts it on the host."""
    ws.products.add(make_product())
    cert = ws.certificates.add(make_certificate(scan_file="old-scan-1234abcd.pdf")).value
    if other_pc.certificates.on_host:
        (ws.paths.scans / "old-scan-1234abcd.pdf").write_bytes(b"%PDF old")
        with pytest.raises(ValidationError) as caught:
            other_pc.certificates.fetch_scan(cert)
        assert caught.value.code is Reason.SCAN_MISSING and caught.value.params["value"] == cert.scan_file
    else:  # a single PC: the file that is not in scans/ is simply not there
        with pytest.raises(FileNotFoundError):
            ws.certificates.fetch_scan(cert).read_bytes()
        (ws.paths.scans / "old-scan-1234abcd.pdf").write_bytes(b"%PDF old")

    assert ws.certificates.fetch_scan(cert).read_bytes() == b"%PDF old"
    assert other_pc.certificates.fetch_scan(cert).read_bytes() == b"%PDF old"
    with ws.session() as s:
        rows = s.scalar(select(func.count()).select_from(ScanFileRow))
    assert rows == (1 if ws.certificates.on_host else 0)
