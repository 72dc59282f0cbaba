"""The last step of a restore, the swap of database and scans, as one recoverable step.

The swap is four renames (old database out, new one in, old scans out, new
ones in). A process killed between two of them used to leave a restored
database naming scans that sat in a hidden folder. Now a journal,
`restore-journal.json` in the data folder, is written (and flushed to disk)
before the first rename, naming the staging folder that holds the new
database and scans; it is removed after the last one. `finish` does the
renames still to do: each is atomic and each leaves a distinct state, so
running it again after a kill at any point, at the next start
(`Workspace` open) or by the next restore, ends with the new firm complete.
Only when the new database has gone missing from the staging folder (a user
deleted it) are the old files put back instead: the old firm, complete.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from ..db import sqlite_files
from ..paths import DataPaths

JOURNAL = "restore-journal.json"
NEW_DB = "assistant.sqlite3"
OLD_DB = "old-assistant.sqlite3"
NEW_SCANS = "scans"
OLD_SCANS = "old-scans"
CRASH_ENV = "TEXTILE_ASSISTANT_CRASH_AT"  # tests: the step after which the process kills itself


def crash_point(step: str) -> None:
    """Tests kill a restore or a backup right after `step` (the process ends, no cleanup runs)."""
    if os.environ.get(CRASH_ENV) == step:
        os._exit(70)


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # WORKAROUND: Windows cannot open a directory to flush it; NTFS journals renames
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def journal_path(paths: DataPaths) -> Path:
    return paths.root / JOURNAL


def pending(paths: DataPaths) -> Path | None:
    """The staging folder of an interrupted swap, or None when none is pending."""
    journal = journal_path(paths)
    if not journal.is_file():
        return None
    try:
        name = json.loads(journal.read_text("utf-8"))["staging"]
    except (OSError, ValueError, KeyError, TypeError):
        name = None
    if not isinstance(name, str) or "/" in name or "\\" in name or not name.startswith(".restore-"):
        return paths.root / ".restore-unknown"  # a journal of ours always names one; nothing to finish
    return paths.root / name


def begin(paths: DataPaths, staging: Path) -> None:
    """Write the journal naming `staging`, durably, before anything is renamed."""
    (staging / NEW_SCANS).mkdir(exist_ok=True)
    journal = journal_path(paths)
    partial = journal.with_name(journal.name + ".partial")
    with partial.open("w", encoding="utf-8") as fh:
        json.dump({"staging": staging.name}, fh)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(partial, journal)
    _fsync_dir(paths.root)
    crash_point("journal-written")


def finish(paths: DataPaths, staging: Path) -> None:
    """Do the renames still to do for the swap `staging` holds; then drop the journal and staging."""
    db = paths.database
    new_db, old_db = staging / NEW_DB, staging / OLD_DB
    new_scans, old_scans = staging / NEW_SCANS, staging / OLD_SCANS
    if staging.is_dir() and not new_db.exists() and not db.exists() and old_db.exists():
        _roll_back(paths, staging)
    else:
        if new_db.exists():
            if db.exists() and not old_db.exists():
                sqlite_files.checkpoint(db)  # the old file goes out whole
                os.replace(db, old_db)
                crash_point("old-database-out")
            # a WAL left beside the new file would be replayed into it
            for suffix in ("-wal", "-shm", "-journal"):
                db.with_name(db.name + suffix).unlink(missing_ok=True)
            os.replace(new_db, db)
            crash_point("new-database-in")
        if new_scans.exists():
            if paths.scans.exists() and not old_scans.exists():
                os.replace(paths.scans, old_scans)
                crash_point("old-scans-out")
            elif paths.scans.exists():  # an empty scans/ made meanwhile
                _remove_empty(paths.scans)
            os.replace(new_scans, paths.scans)
            crash_point("new-scans-in")
        _fsync_dir(paths.root)
    journal_path(paths).unlink(missing_ok=True)
    crash_point("journal-removed")
    shutil.rmtree(staging, ignore_errors=True)


def _roll_back(paths: DataPaths, staging: Path) -> None:
    os.replace(staging / OLD_DB, paths.database)
    if (staging / OLD_SCANS).exists():
        if paths.scans.exists():
            _remove_empty(paths.scans)
        os.replace(staging / OLD_SCANS, paths.scans)


def _remove_empty(folder: Path) -> None:
    try:
        folder.rmdir()
    except OSError:  # not empty: keep its files beside, never delete a scan
        os.replace(folder, folder.with_name(folder.name + "-kept"))


def recover(paths: DataPaths) -> bool:
    """Finish a swap a killed restore left half done; True when there was one."""
    staging = pending(paths)
    if staging is None:
        return False
    finish(paths, staging)
    return True
