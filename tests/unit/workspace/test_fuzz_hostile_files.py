"""Seeded, bounded fuzzing of restore and of offline packages.

Random mutations of a valid archive (bytes of the zip, bytes of the database
with the manifest made to agree, values of the manifest) and of a valid
package: each run must end in the archive's one clear error or a valid
restore/import, never a traceback, never a firm's record changed by a refused
file, never a file written outside the data folder.

The packages are the same bytes on every run (a fixed signing key, zips
stamped with a fixed time), so a failure here is reproduced by running the
test again. The backup's database carries the clock (audit times, scan
names), so the restore runs spoil different bytes each time; a failure there
prints its run number and error.
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import zipfile
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop_app.core.errors import AssistantError
from desktop_app.db import sqlite_files
from desktop_app.db.migrate import HEAD_REVISION
from tests.helpers.archives import manifest_of, members_of, write_archive, write_members
from tests.helpers.sync_platform import dump, fill
from tests.platform_server import PlatformServer

RUNS = 200
SEED = 12


def files_outside(top: Path, inside: Path) -> dict[str, int]:
    found = {}
    for folder, _dirs, names in os.walk(top):
        if Path(folder).is_relative_to(inside):
            continue
        for name in names:
            path = Path(folder) / name
            if not name.startswith("fuzz-"):
                found[str(path)] = path.stat().st_size
    return found


def firm_records(db: Path) -> list[tuple[Any, ...]]:
    con = sqlite3.connect(db)
    try:
        rows = []
        for table in ("firm", "products", "certificates", "certificate_products", "trusted_keys"):
            try:
                rows += [(table, *r) for r in con.execute(f"select * from {table} order by 1")]
            except sqlite3.OperationalError:
                rows.append((table, "missing"))
        return rows
    finally:
        con.close()


def flip_bytes(rng: random.Random, data: bytes, count: int) -> bytes:
    out = bytearray(data)
    for _ in range(count):
        i = rng.randrange(len(out))
        out[i] = rng.randrange(256)
    return bytes(out)


ODD_VALUES: list[Any] = [
    None,
    True,
    -1,
    2**70,
    1.5,
    "",
    "x" * 300,
    [],
    {},
    [[[[[]]]]],
    "../x",
    "scans/../..",
    {"a": 1},
]


def mutate_manifest(rng: random.Random, manifest: dict[str, Any]) -> dict[str, Any]:
    m = json.loads(json.dumps(manifest))
    choice = rng.randrange(5)
    if choice == 0:
        m[rng.choice(list(m))] = rng.choice(ODD_VALUES)
    elif choice == 1:
        name = rng.choice(list(m["members"]))
        m["members"][name] = rng.choice(ODD_VALUES)
    elif choice == 2:
        name = rng.choice(list(m["members"]))
        meta = m["members"][name]
        meta[rng.choice(["size", "sha256"])] = rng.choice(ODD_VALUES)
    elif choice == 3:
        m["members"][
            rng.choice(["scans/a.pdf/b.pdf", "scans/", "/etc/passwd", "scans/" + "y" * 300, "x"])
        ] = {
            "sha256": "0" * 64,
            "size": 1,
        }
    else:
        m.pop(rng.choice(list(m)))
    return m


def forged_archive(rng: random.Random, good: Path, dest: Path) -> Path:
    kind = rng.randrange(3)
    if kind == 0:  # bytes of the zip itself
        data = good.read_bytes()
        dest.write_bytes(
            flip_bytes(rng, data, rng.randint(1, 8))
            if rng.random() < 0.8
            else data[: rng.randrange(len(data))]
        )
        return dest
    members = members_of(good)
    manifest = manifest_of(good)
    if kind == 1:  # the database's bytes, with a manifest that agrees
        db = members["assistant.sqlite3"]
        members["assistant.sqlite3"] = flip_bytes(rng, db, rng.randint(1, 4))
        return write_archive(dest, members, manifest)
    bad = mutate_manifest(rng, manifest)  # the manifest's values
    return write_members(
        dest, {**members, "manifest.json": json.dumps(bad).encode()}, compression=zipfile.ZIP_STORED
    )


def test_fuzz_restore(demo_ws, tmp_path):
    ws = demo_ws
    scan_source = tmp_path / "fuzz-scan.pdf"
    scan_source.write_bytes(b"%PDF-1.4 fuzz")
    ws.certificates.update("CU-GOTS-862311", ws.certificates.get("CU-GOTS-862311"), scan=scan_source)
    good = ws.backups.backup(tmp_path / "fuzz-good.zip")
    write_archive(good, members_of(good), manifest_of(good))  # zip times fixed, the manifest as it was
    records = firm_records(ws.paths.database)
    outside = files_outside(tmp_path, ws.paths.root)
    rng = random.Random(SEED)
    outcomes = {"refused": 0, "restored": 0}
    for run in range(RUNS):
        archive = forged_archive(rng, good, tmp_path / "fuzz-archive.zip")
        try:
            ws.backups.restore(archive)
        except AssistantError as exc:
            assert "\n" not in str(exc), (run, str(exc))
            outcomes["refused"] += 1
            assert firm_records(ws.paths.database) == records, run
        else:  # a valid restore: a database in the app's own form, then back to the firm
            outcomes["restored"] += 1
            db = ws.paths.database
            assert (
                sqlite_files.integrity_check(db) == "ok" and sqlite_files.schema_revision(db) == HEAD_REVISION
            )
            ws.backups.restore(good)
            assert firm_records(db) == records
        ws.reopen()
        assert files_outside(tmp_path, ws.paths.root) == outside, run
        assert not [p for p in ws.paths.root.iterdir() if p.name.startswith((".restore-", ".verify-"))]
    assert outcomes["refused"] > RUNS / 2, outcomes


@pytest.fixture
def platform() -> PlatformServer:
    server = PlatformServer()
    server.private_key = Ed25519PrivateKey.from_private_bytes(
        bytes(range(32))
    )  # the same signatures each run
    fill(server)
    return server


def forged_package(rng: random.Random, good: Path, dest: Path) -> Path:
    members = members_of_zip(good)
    kind = rng.randrange(4)
    if kind == 0:
        data = good.read_bytes()
        dest.write_bytes(flip_bytes(rng, data, rng.randint(1, 8)))
        return dest
    if kind == 1:  # the unsigned manifest
        manifest = json.loads(members["manifest.json"])
        key = rng.choice(["protocol", "from", "to", "pages", "extra"])
        manifest[key] = rng.choice([*ODD_VALUES, ["manifest.json"], ["page-00001.json"] * 2, 2**63 - 1])
        members["manifest.json"] = json.dumps(manifest).encode()
    elif kind == 2:  # a page's bytes (its signature no longer agrees)
        name = rng.choice([n for n in members if n.startswith("page-") and n.endswith(".json")])
        members[name] = flip_bytes(rng, members[name], rng.randint(1, 3))
    else:  # members swapped, dropped or nested
        names = [n for n in members if n != "manifest.json"]
        a, b = rng.sample(names, 2)
        if rng.random() < 0.5:
            members[a], members[b] = members[b], members[a]
        else:
            members.pop(a)
            members["x/" + b] = b"[" * 10_000
    return write_members(dest, members)


def catalogue(ws) -> tuple[Any, ...]:
    """The catalogue's rows and version; sync_state's other columns record the last error, as they should."""
    rows = dump(ws, catalogue=True)
    rows.pop("sync_state")
    return rows, ws.catalogue.version()


def members_of_zip(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def test_fuzz_offline_packages(ws, platform, tmp_path):
    ws.sync.add_trusted_key(platform.key_id, platform.public_key_b64)
    good = tmp_path / "fuzz-good.zip"
    platform.make_offline_package(good, 0, limit=4)
    write_members(good, members_of_zip(good))  # stamped with a fixed time: the same bytes every run
    ws.sync.import_package(good)  # the firm is at the package's version: a valid one changes nothing
    before = (catalogue(ws), firm_records(ws.paths.database))
    outside = files_outside(tmp_path, ws.paths.root)
    rng = random.Random(SEED)
    refused = 0
    for run in range(RUNS):
        package = forged_package(rng, good, tmp_path / "fuzz-package.zip")
        try:
            result = ws.sync.import_package(package)
        except AssistantError as exc:
            assert "\n" not in str(exc), (run, str(exc))
            refused += 1
        else:
            assert result.package_not_newer, run
        assert (catalogue(ws), firm_records(ws.paths.database)) == before, run
        assert files_outside(tmp_path, ws.paths.root) == outside, run
    assert refused > RUNS / 2
