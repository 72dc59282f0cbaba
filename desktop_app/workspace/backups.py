"""Backups as one `.zip`: a consistent database copy, the scans, and a manifest.

The copy is taken with SQLite's online backup API, so a backup can run while
the app (or another process) is writing. `restore` checks everything it can
BEFORE it replaces anything: the zip's CRCs, the manifest, the sha256 of every
member, `PRAGMA integrity_check` of the database, and its schema revision
(one this version knows; an older one is upgraded on the side copy). The
database being replaced is kept in `backups/` as a backup archive of its own.

After `restore` the workspace's engine is disposed and its caches are stale:
the caller must call `Workspace.reopen()` or open a new `Workspace` (the CLI
simply exits; the GUI reopens its workspace in place).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import tempfile
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import __version__
from ..core.errors import AssistantError
from ..core.reasons import Reason, describe
from ..db import sqlite_files
from ..db.engine import make_engine
from ..db.migrate import migrate
from ..db.sqlite_files import SqliteFileError
from ..paths import DataPaths

if TYPE_CHECKING:
    from collections.abc import Callable

    from sqlalchemy import Engine

    from . import Workspace

FORMAT = "textile-assistant-backup"
FORMAT_VERSION = 1
DB_MEMBER = "assistant.sqlite3"
MANIFEST = "manifest.json"
KEEP_AUTO = 14


class BackupError(AssistantError):
    """A backup could not be written, or an archive was refused (nothing was replaced)."""

    def __init__(self, path: str, code: Reason, **params: Any) -> None:
        super().__init__(code, path=path, **params)
        self.path = path

    def __str__(self) -> str:
        return f"{self.path}: {describe(self.code, self.params)}"


@dataclass(frozen=True)
class RestoreResult:
    archive: Path
    manifest: dict[str, Any]
    kept_aside: Path  # the replaced database (and scans), as a backup archive or a raw copy
    upgraded_from: str | None  # schema revision of an older backup, upgraded while restoring


@dataclass(frozen=True)
class BackupInfo:
    """One archive in backups/, as the Settings page lists it."""

    path: Path
    written: dt.datetime  # local time the file was written
    automatic: bool
    size: int


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


class BackupService:
    """Backups of one data folder. Works without a workspace (`paths=`) so the CLI
    can back up or restore a database the app cannot open."""

    def __init__(
        self,
        ws: Workspace | None = None,
        *,
        paths: DataPaths | None = None,
        keep: int = KEEP_AUTO,
        clock: Callable[[], dt.datetime] | None = None,
    ) -> None:
        if ws is None and paths is None:
            raise ValueError("give a workspace or its paths")
        self.ws = ws
        self.paths: DataPaths = ws.paths if ws is not None else paths  # type: ignore[assignment]
        self.keep = keep
        self._clock = clock or dt.datetime.now

    def _engine(self) -> Engine | None:
        return self.ws.engine if self.ws is not None else None

    def _stamp(self) -> str:
        return self._clock().strftime("%Y%m%d-%H%M%S-%f")

    # writing -------------------------------------------------------------------

    def backup(self, path: Path | None = None, *, reason: str = "manual") -> Path:
        """Write a backup archive; to `path` (a file, or a folder) or into the data folder's backups/."""
        db = self.paths.database
        if not db.is_file():
            raise BackupError(str(db), Reason.NO_DATABASE)
        if path is None:
            dest = self.paths.backups / f"backup-{self._stamp()}.zip"
        else:
            dest = Path(path)
            if dest.is_dir():
                dest = dest / f"backup-{self._stamp()}.zip"
        try:
            dest.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryDirectory(dir=dest.parent, prefix=".backup-") as tmp:
                self._write_archive(dest, Path(tmp), reason)
        except SqliteFileError as exc:
            raise BackupError(str(db), Reason.DATABASE_UNREADABLE, detail=str(exc)) from None
        except OSError as exc:
            raise BackupError(
                str(dest), Reason.BACKUP_WRITE_FAILED, detail=str(exc.strerror or exc)
            ) from None
        return dest

    def _write_archive(self, dest: Path, tmp: Path, reason: str) -> None:
        copy = sqlite_files.copy_database(self.paths.database, tmp / DB_MEMBER)
        sqlite_files.make_self_contained(copy)
        members: dict[str, Path] = {DB_MEMBER: copy}
        if self.paths.scans.is_dir():
            for scan in sorted(self.paths.scans.rglob("*")):
                if scan.is_file():
                    members["scans/" + scan.relative_to(self.paths.scans).as_posix()] = scan
        manifest = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "app_version": __version__,
            "schema_revision": sqlite_files.schema_revision(copy),
            "created": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
            "reason": reason,
            "counts": {
                "products": sqlite_files.count_rows(copy, "products"),
                "certificates": sqlite_files.count_rows(copy, "certificates"),
                "scans": len(members) - 1,
            },
            "members": {
                name: {"sha256": _sha256(p), "size": p.stat().st_size} for name, p in members.items()
            },
        }
        partial = tmp / "archive.zip"
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for name, member in members.items():
                zf.write(member, name)
            zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2))
        with partial.open("rb") as fh:
            os.fsync(fh.fileno())
        os.replace(partial, dest)

    def auto_backup(self, reason: str) -> Path:
        """A backup named `auto-<time>-<reason>.zip`; only the newest `keep` automatic ones are kept."""
        safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in reason)[:40] or "auto"
        path = self.backup(self.paths.backups / f"auto-{self._stamp()}-{safe}.zip", reason=reason)
        self.prune()
        return path

    def automatic(self) -> list[Path]:
        return sorted(self.paths.backups.glob("auto-*.zip"))

    def prune(self) -> list[Path]:
        """Delete automatic backups beyond the newest `keep`; manual ones are never deleted."""
        autos = self.automatic()
        removed = autos[: max(0, len(autos) - self.keep)]
        for old in removed:
            old.unlink(missing_ok=True)
        return removed

    def daily_backup_if_due(self) -> Path | None:
        """The once-a-day backup, when no automatic backup was taken today yet."""
        today = self._clock().strftime("%Y%m%d")
        if any(p.name.startswith(f"auto-{today}-") for p in self.automatic()):
            return None
        return self.auto_backup("daily")

    def archives(self) -> list[Path]:
        """Every backup archive in backups/, newest first."""
        return sorted(self.paths.backups.glob("*.zip"), key=lambda p: p.stat().st_mtime, reverse=True)

    def listing(self) -> list[BackupInfo]:
        """The archives in backups/, newest first, with when they were written."""
        found = []
        for path in self.archives():
            try:
                st = path.stat()
            except OSError:  # pruned meanwhile
                continue
            written = dt.datetime.fromtimestamp(st.st_mtime)
            found.append(BackupInfo(path, written, path.name.startswith("auto-"), st.st_size))
        return found

    # checking and restoring -----------------------------------------------------------

    def verify(self, path: Path) -> dict[str, Any]:
        """Check an archive as `restore` would, without replacing anything; returns its manifest."""
        with tempfile.TemporaryDirectory(dir=self.paths.root, prefix=".verify-") as tmp:
            manifest, _upgraded = self._unpack(Path(path), Path(tmp))
        return manifest

    def _unpack(self, path: Path, staging: Path) -> tuple[dict[str, Any], str | None]:
        """Extract and check `path` into `staging` (db + scans/); raise BackupError on anything wrong."""
        if not path.is_file():
            raise BackupError(str(path), Reason.NO_SUCH_FILE)
        if not zipfile.is_zipfile(path):
            raise BackupError(str(path), Reason.ARCHIVE_NOT_ZIP)
        try:
            with zipfile.ZipFile(path) as zf:
                bad = zf.testzip()
                if bad is not None:
                    raise BackupError(str(path), Reason.ARCHIVE_CHECKSUM, member=bad)
                manifest = self._manifest(path, zf)
                for name, meta in manifest["members"].items():
                    target = staging / name
                    target.parent.mkdir(parents=True, exist_ok=True)
                    with zf.open(name) as src, target.open("wb") as out:
                        shutil.copyfileobj(src, out, 1 << 20)
                    if target.stat().st_size != meta.get("size") or _sha256(target) != meta.get("sha256"):
                        raise BackupError(str(path), Reason.ARCHIVE_ALTERED, member=name)
        except (zipfile.BadZipFile, EOFError, zlib.error) as exc:
            raise BackupError(str(path), Reason.ARCHIVE_DAMAGED, detail=str(exc)) from None
        db = staging / DB_MEMBER
        try:
            result = sqlite_files.integrity_check(db)
        except SqliteFileError as exc:
            raise BackupError(str(path), Reason.ARCHIVE_DATABASE_UNREADABLE, detail=str(exc)) from None
        if result != "ok":
            raise BackupError(str(path), Reason.ARCHIVE_DATABASE_DAMAGED, detail=str(result))
        found = sqlite_files.schema_revision(db)
        if found is None:
            raise BackupError(str(path), Reason.NOT_OUR_DATABASE)
        engine = make_engine(db)
        try:
            # refuses (DatabaseVersionError) a revision this version does not know, e.g. a newer one;
            # an older one is upgraded here, on the copy, before anything is replaced
            done = migrate(engine, db, backup_dir=staging / "pre-upgrade")
        finally:
            engine.dispose()
        sqlite_files.make_self_contained(db)
        return manifest, done.from_revision if done.from_revision != done.to_revision else None

    @staticmethod
    def _manifest(path: Path, zf: zipfile.ZipFile) -> dict[str, Any]:
        names = set(zf.namelist())
        if MANIFEST not in names:
            raise BackupError(str(path), Reason.NOT_A_BACKUP)
        try:
            manifest = json.loads(zf.read(MANIFEST).decode("utf-8"))
        except (ValueError, UnicodeDecodeError):
            raise BackupError(str(path), Reason.NOT_A_BACKUP) from None
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise BackupError(str(path), Reason.NOT_A_BACKUP)
        if manifest.get("format_version") != FORMAT_VERSION:
            raise BackupError(str(path), Reason.BACKUP_FORMAT_UNKNOWN, format=manifest.get("format_version"))
        members = manifest.get("members")
        if not isinstance(members, dict) or DB_MEMBER not in members:
            raise BackupError(str(path), Reason.ARCHIVE_NO_DATABASE)
        for name in members:
            parts = name.split("/")
            safe = name == DB_MEMBER or (
                len(parts) >= 2 and parts[0] == "scans" and all(p not in ("", ".", "..") for p in parts)
            )
            if not safe or "\\" in name or ":" in name:
                raise BackupError(str(path), Reason.ARCHIVE_UNEXPECTED_MEMBER, member=name)
        if set(members) | {MANIFEST} != names:
            extra = sorted(names ^ (set(members) | {MANIFEST}))
            raise BackupError(str(path), Reason.ARCHIVE_MANIFEST_DISAGREE, members=extra[:5])
        return manifest

    def restore(self, path: Path) -> RestoreResult:
        """Replace the database and scans with the archive's, after checking it.

        The current database and scans are first saved as `before-restore-<time>.zip`
        (or, when the database is too damaged for that, copied raw into
        `damaged-<time>/`). Disposes the workspace engine: reopen the workspace after.
        """
        path = Path(path)
        staging = Path(tempfile.mkdtemp(dir=self.paths.root, prefix=".restore-"))
        try:
            manifest, upgraded = self._unpack(path, staging)
            engine = self._engine()
            if engine is not None:
                engine.dispose()
            self._ensure_not_in_use()
            kept = self._keep_aside()
            self._swap(staging)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        return RestoreResult(path, manifest, kept, upgraded)

    def _ensure_not_in_use(self) -> None:
        """Refuse while another window or process has the database open.

        Replacing the file under an open connection would let that process go on
        writing to the old file, and those records would be lost. An idle WAL
        connection holds a shared lock, so an exclusive lock is only granted when
        no one else has the database open.
        """
        db = self.paths.database
        if sqlite_files.in_use_elsewhere(db):
            raise BackupError(str(db), Reason.DATABASE_IN_USE)

    def _keep_aside(self) -> Path:
        db = self.paths.database
        stamp = self._stamp()
        if not db.exists():
            return self.paths.backups
        try:
            if sqlite_files.quick_check(db) == "ok":
                return self.backup(
                    self.paths.backups / f"before-restore-{stamp}.zip", reason="before-restore"
                )
        except BackupError:
            pass
        # a damaged database: keep its files exactly as they are, for inspection
        raw = self.paths.backups / f"damaged-{stamp}"
        try:
            raw.mkdir(parents=True, exist_ok=True)
            for suffix in ("", "-wal", "-shm"):
                part = db.with_name(db.name + suffix)
                if part.exists():
                    shutil.copy2(part, raw / part.name)
            if self.paths.scans.is_dir():
                shutil.copytree(self.paths.scans, raw / "scans")
        except OSError as exc:
            raise BackupError(str(raw), Reason.KEEP_ASIDE_FAILED, detail=str(exc)) from None
        return raw

    def _swap(self, staging: Path) -> None:
        db = self.paths.database
        sqlite_files.checkpoint(db)  # a damaged database was kept aside raw
        # a WAL left beside the new file would be replayed into it
        for suffix in ("-wal", "-shm", "-journal"):
            db.with_name(db.name + suffix).unlink(missing_ok=True)
        os.replace(staging / DB_MEMBER, db)
        new_scans = staging / "scans"
        new_scans.mkdir(exist_ok=True)
        old_scans = staging / "old-scans"
        if self.paths.scans.exists():
            os.replace(self.paths.scans, old_scans)
        os.replace(new_scans, self.paths.scans)

    # recovery helpers (for the start-up check) ------------------------------------------

    def quick_check(self) -> str:
        """`PRAGMA quick_check` of the live database: "ok", or what SQLite found wrong."""
        return sqlite_files.quick_check(self.paths.database)

    def latest_good_backup(self) -> Path | None:
        """The newest archive in backups/ that passes every check `restore` makes."""
        for archive in self.archives():
            try:
                self.verify(archive)
            except (BackupError, AssistantError):
                continue
            return archive
        return None
