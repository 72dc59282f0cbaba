"""What a backup archive must be before anything is restored from it: its manifest and database checked.

Split from `backups.py`: `BackupError`, the manifest's checks (`read_manifest`:
format, members, sizes and digests as declared), the room on the disk
(`check_room`) and the database's exact shape (`check_schema`). Nothing in an
archive is believed until these passed.
"""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path
from typing import Any

from ..core.bounded import loads_json, read_bounded
from ..core.errors import AssistantError
from ..core.filenames import is_plain_name
from ..core.reasons import Reason, describe
from ..db import sqlite_files
from ..db.sqlite_files import SqliteFileError
from . import backup_logical

FORMAT = "textile-assistant-backup"
FORMAT_VERSION = 1
DB_MEMBER = "assistant.sqlite3"
MANIFEST = "manifest.json"
MAX_MANIFEST_BYTES = 16 * 1024**2


class BackupError(AssistantError):
    """A backup could not be written, or an archive was refused (nothing was replaced)."""

    def __init__(self, path: str, code: Reason, **params: Any) -> None:
        # SQLite's and the OS's words can run over several lines: an error is one line
        params = {k: " ".join(v.split())[:300] if isinstance(v, str) else v for k, v in params.items()}
        super().__init__(code, path=path, **params)
        self.path = path

    def __str__(self) -> str:
        return f"{self.path}: {describe(self.code, self.params)}"


def _shown(name: str) -> str:
    """A member name as an error line may carry it: printable and at most 80 characters."""
    text = "".join(ch if ch.isprintable() else f"\\x{ord(ch):02x}" for ch in name)
    return text if len(text) <= 80 else text[:77] + "..."


def check_room(path: Path, staging: Path, members: dict[str, dict[str, Any]]) -> None:
    """Refuse before writing anything when the declared members cannot fit on the disk."""
    needed = sum(meta["size"] for meta in members.values())
    free = shutil.disk_usage(staging).free
    if needed > free:
        raise BackupError(
            str(path), Reason.RESTORE_WRITE_FAILED, detail=f"{needed} bytes needed, {free} free"
        )


def check_schema(path: Path, db: Path, revision: str, staging: Path) -> None:
    """The archive's database must be shaped exactly as the app's migrations shape `revision`.

    Triggers and views run whenever the app writes or reads: one the app did
    not create (deleting every certificate when a product is added, firing
    during the upgrade) would run code of the archive author's choosing. An
    unknown revision is left to `migrate`, which refuses it as too new.
    """
    try:
        reference = sqlite_files.reference_shape(revision, staging)
        if reference is None:
            return
        found = sqlite_files.schema_shape(db)
        names = sqlite_files.column_values(db, "certificates", "scan_file")
        if ("table", "scan_files") in found:  # from 0009 on: a host's scans, restored onto a host
            names += sqlite_files.column_values(db, "scan_files", "name")
    except SqliteFileError as exc:
        raise BackupError(str(path), Reason.ARCHIVE_DATABASE_UNREADABLE, detail=str(exc)) from None
    differences = sqlite_files.shape_differences(found, reference)
    if differences:
        raise BackupError(str(path), Reason.ARCHIVE_FOREIGN_SCHEMA, objects=differences[:5])
    for name in names:
        if name != "" and not is_plain_name(name):
            raise BackupError(str(path), Reason.ARCHIVE_SCAN_NAME, name=str(name)[:80])


def read_manifest(path: Path, zf: zipfile.ZipFile) -> dict[str, Any]:
    names = set(zf.namelist())
    if MANIFEST not in names:
        raise BackupError(str(path), Reason.NOT_A_BACKUP)
    try:
        with zf.open(MANIFEST) as fh:
            manifest = loads_json(read_bounded(fh, limit=MAX_MANIFEST_BYTES).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):  # LimitExceeded is a ValueError
        raise BackupError(str(path), Reason.NOT_A_BACKUP) from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError(str(path), Reason.NOT_A_BACKUP)
    version = manifest.get("format_version")
    logical = version == backup_logical.LOGICAL_FORMAT_VERSION
    if version != FORMAT_VERSION and not logical:
        raise BackupError(str(path), Reason.BACKUP_FORMAT_UNKNOWN, format=version)
    members = manifest.get("members")
    if not isinstance(members, dict) or (logical and not isinstance(manifest.get("rows"), dict)):
        raise BackupError(str(path), Reason.ARCHIVE_NO_DATABASE)
    if (DB_MEMBER in members) == logical or (logical and "tables/firm.jsonl" not in members):
        raise BackupError(str(path), Reason.ARCHIVE_NO_DATABASE)
    for name, meta in members.items():
        parts = name.split("/")
        # scans are stored flat: `scans/<plain name>`, never a folder
        safe = (name == DB_MEMBER and not logical) or (
            len(parts) == 2 and parts[0] == "scans" and is_plain_name(parts[1])
        )
        safe = safe or (logical and backup_logical.is_table_member(name))
        if not safe:
            raise BackupError(str(path), Reason.ARCHIVE_UNEXPECTED_MEMBER, member=_shown(name))
        if not (
            isinstance(meta, dict)
            and isinstance(meta.get("sha256"), str)
            and isinstance(meta.get("size"), int)
            and not isinstance(meta.get("size"), bool)
            and meta["size"] >= 0
        ):
            raise BackupError(str(path), Reason.ARCHIVE_ALTERED, member=_shown(name))
    if set(members) | {MANIFEST} != names or len(zf.infolist()) != len(names):
        extra = sorted(names ^ (set(members) | {MANIFEST})) or ["(a member twice)"]
        raise BackupError(str(path), Reason.ARCHIVE_MANIFEST_DISAGREE, members=[_shown(n) for n in extra[:5]])
    return manifest
