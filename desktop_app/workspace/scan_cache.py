"""Scans on a PostgreSQL host: the bytes in `scan_files`, each PC's `scans/` a cache of them.

A single PC keeps its scans as files in the data folder (`certificates`);
PCs sharing a host cannot see each other's folders, so there a scan's bytes
are saved in the same transaction as its certificate (`ScansRepo`), and
opening one fetches it into this PC's `scans/` (`fetch`), checked by
SHA-256: a cached copy that differs from the host's (damaged, half written,
another file under the name) is fetched again; never a partial file, the
copy is written to a hidden name and renamed when complete.
"""

from __future__ import annotations

import errno
import hashlib
import io
import os
from pathlib import Path

from ..core.bounded import LimitExceeded, copy_bounded
from ..core.errors import ValidationError
from ..core.reasons import Reason
from ..db.scans_repo import StoredScan

# The most a host keeps for one scan whatever TEXTILE_ASSISTANT_MAX_SCAN_MB says: the bytes
# travel in one statement and sit in memory on both sides (PostgreSQL's own bytea limit is 1 GB).
HOST_SCAN_CEILING = 200 * 1024 * 1024


def read_bounded_file(scan: Path, *, limit: int) -> bytes:
    """The bytes of `scan`, refused (SCAN_TOO_LARGE) past `limit`, even if it grows while read."""
    out = io.BytesIO()
    try:
        with scan.open("rb") as src:
            copy_bounded(src, out, limit=limit)
    except LimitExceeded:
        raise ValidationError(
            "file", str(scan), Reason.SCAN_TOO_LARGE, size=f"> {limit}", limit=limit
        ) from None
    except OSError as exc:
        raise ValidationError("file", str(scan), Reason.IO_ERROR, detail=exc.strerror) from None
    return out.getvalue()


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def cached(path: Path, stored: StoredScan) -> bool:
    """Whether `path` holds exactly the host's bytes (size first: no read when it differs)."""
    try:
        return path.is_file() and path.stat().st_size == stored.size and file_sha256(path) == stored.sha256
    except OSError:
        return False


def write_cache(path: Path, stored: StoredScan, data: bytes) -> Path:
    """Put the host's bytes at `path`, whole or not at all; refused when they are not what the
    host recorded when the scan was saved (SCAN_DAMAGED: the row itself was damaged)."""
    if hashlib.sha256(data).hexdigest() != stored.sha256 or len(data) != stored.size:
        raise ValidationError("scan_file", stored.name, Reason.SCAN_DAMAGED)
    partial = path.with_name(f".{path.name}.partial")
    try:
        with partial.open("wb") as out:
            out.write(data)
        os.replace(partial, path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise write_failed(exc, path, size=stored.size, free="?") from None
    return path


def write_failed(exc: OSError, path: Path, *, size: object, free: object) -> ValidationError:
    """A scan that could not be written: a full disk said as such (SCAN_NO_SPACE), else IO_ERROR."""
    code = Reason.SCAN_NO_SPACE if exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT) else Reason.IO_ERROR
    return ValidationError("file", str(path), code, size=size, free=free, detail=exc.strerror)
