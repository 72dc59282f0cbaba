"""SQLite's "cannot write" failures, told apart from programming errors.

A full disk, a read-only folder (a locked-down office PC, a USB stick with
its switch on) or a failing disk surface as `OperationalError`. The
workspace turns those into `StorageError`, which the GUI and the CLI explain
in words; everything else stays an error with a traceback in the log.
"""

from __future__ import annotations

import sqlite3

from sqlalchemy.exc import OperationalError

# primary result codes (https://www.sqlite.org/rescode.html); extended codes keep them in the low byte
_BY_CODE = {13: "disk_full", 8: "read_only", 10: "io_error", 14: "cannot_open"}
_BY_TEXT = (
    ("database or disk is full", "disk_full"),
    ("readonly database", "read_only"),
    ("disk i/o error", "io_error"),
    ("unable to open database file", "cannot_open"),
)


def storage_problem(exc: BaseException) -> str | None:
    """The kind of storage failure behind `exc` (a key of core.errors.STORAGE_PROBLEMS), or None."""
    orig = exc.orig if isinstance(exc, OperationalError) else exc
    if not isinstance(orig, sqlite3.Error):
        return None
    code = getattr(orig, "sqlite_errorcode", None)
    if isinstance(code, int) and (code & 0xFF) in _BY_CODE:
        return _BY_CODE[code & 0xFF]
    text = str(orig).lower()
    return next((kind for needle, kind in _BY_TEXT if needle in text), None)
