"""Forged backup archives: a valid archive's database or members altered, the manifest
rewritten to agree, as an attacker with a USB stick would make them."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path


def members_of(archive: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(archive) as zf:
        return {name: zf.read(name) for name in zf.namelist() if name != "manifest.json"}


def manifest_of(archive: Path) -> dict:
    with zipfile.ZipFile(archive) as zf:
        return json.loads(zf.read("manifest.json"))


FIXED_TIME = (2026, 1, 1, 0, 0, 0)


def write_members(dest: Path, members: dict[str, bytes], *, compression: int = zipfile.ZIP_DEFLATED) -> Path:
    """A zip of `members` stamped with one fixed time, so the same members give the same bytes
    (a seeded fuzz test then spoils the same bytes on every run)."""
    with zipfile.ZipFile(dest, "w") as zf:
        for name, data in members.items():
            zf.writestr(zipfile.ZipInfo(name, date_time=FIXED_TIME), data, compress_type=compression)
    return dest


def write_archive(dest: Path, members: dict[str, bytes], manifest: dict | None = None, **changes) -> Path:
    """An archive of `members` whose manifest lists each with its true size and sha256."""
    manifest = dict(manifest or {"format": "textile-assistant-backup", "format_version": 1})
    manifest["members"] = {
        name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
        for name, data in members.items()
    }
    manifest.update(changes)
    return write_members(dest, {**members, "manifest.json": json.dumps(manifest).encode()})


def with_database(
    archive: Path, dest: Path, sql: str | Callable[[sqlite3.Connection], None], *, base: Path | None = None
) -> Path:
    """A copy of `archive` whose database (or `base`, another database file) was changed by `sql`."""
    members = members_of(archive)
    work = dest.with_suffix(".sqlite3")
    if base is not None:
        shutil.copyfile(base, work)
    else:
        work.write_bytes(members["assistant.sqlite3"])
    con = sqlite3.connect(work)
    try:
        if callable(sql):
            sql(con)
        else:
            con.executescript(sql)
        con.commit()
        con.execute("PRAGMA journal_mode=DELETE")
    finally:
        con.close()
    members["assistant.sqlite3"] = work.read_bytes()
    work.unlink()
    return write_archive(dest, members, manifest_of(archive))
