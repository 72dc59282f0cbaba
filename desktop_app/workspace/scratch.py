"""Temporary folders beside the data (`.backup-*`, `.restore-*`, `.verify-*`) that never outlive
their owner for long.

A backup or a restore unpacks hundreds of MB into a hidden folder on the same
disk (so the final rename is atomic). A process killed meanwhile used to leave
the folder behind for ever. Each folder now holds a lock file that its owner
keeps locked while it works (an OS lock: released by the OS when the process
dies, however it dies); `remove_stale` deletes every folder whose lock can be
taken, i.e. whose owner is gone, and leaves folders that are in use by another
window or process alone.
"""

from __future__ import annotations

import contextlib
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

PREFIXES = (".backup-", ".restore-", ".verify-")
LOCK = ".owner"
# a folder without a lock file is only stale after this long: its owner may be about to make it
UNLOCKED_GRACE_SECONDS = 60.0


def _try_lock(fh: IO[bytes]) -> bool:
    try:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class Scratch:
    """A temporary folder held by this process until `release()`."""

    def __init__(self, parent: Path, prefix: str) -> None:
        parent.mkdir(parents=True, exist_ok=True)
        self.path = Path(tempfile.mkdtemp(dir=parent, prefix=prefix))
        self._lock: IO[bytes] | None = (self.path / LOCK).open("wb")
        _try_lock(self._lock)

    def release(self, *, remove: bool = True) -> None:
        """Unlock, and (unless `remove=False`: a journal still names it) delete the folder."""
        if self._lock is not None:
            self._lock.close()
            self._lock = None
        if remove:
            shutil.rmtree(self.path, ignore_errors=True)


@contextlib.contextmanager
def scratch(parent: Path, prefix: str) -> Iterator[Path]:
    held = Scratch(parent, prefix)
    try:
        yield held.path
    finally:
        held.release()


def remove_stale(*folders: Path, keep: Path | None = None) -> list[Path]:
    """Delete the temporary folders in `folders` whose owner is gone (never `keep`); returns them."""
    removed = []
    for folder in folders:
        try:
            candidates = [p for p in folder.iterdir() if p.name.startswith(PREFIXES) and p.is_dir()]
        except OSError:
            continue
        for path in candidates:
            if keep is not None and path.resolve() == keep.resolve():
                continue
            if _owner_gone(path):
                shutil.rmtree(path, ignore_errors=True)
                removed.append(path)
    return removed


def _owner_gone(path: Path) -> bool:
    lock = path / LOCK
    try:
        fh = lock.open("rb+")
    except FileNotFoundError:
        try:
            return time.time() - path.stat().st_mtime > UNLOCKED_GRACE_SECONDS
        except OSError:
            return False
    except OSError:
        return False
    with fh:
        return _try_lock(fh)
