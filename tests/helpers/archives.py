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


def write_archive(dest: Path, members: dict[str, bytes], manifest: dict | None = None, **changes) -> Path:
    """An archive of `members` whose manifest lists each with its true size and sha256."""
    manifest = dict(manifest or {"format": "textile-assistant-backup", "format_version": 1})
    manifest["members"] = {
        name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
        for name, data in members.items()
    }
    manifest.update(changes)
    with zipfile.ZipFile(dest, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
        zf.writestr("manifest.json", json.dumps(manifest))
    return dest


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
