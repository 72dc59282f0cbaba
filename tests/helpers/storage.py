"""Storage going wrong for real: a full disk, a damaged database file.

A full disk as far as SQLite can tell: `PRAGMA max_page_count` caps the file
at its present size on every new connection, so the next write that needs a
page fails with SQLITE_FULL exactly as on a full drive.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import event


def fill_the_disk(ws: Any) -> None:
    """Every new connection of `ws` may not grow the database beyond its present size."""

    @event.listens_for(ws.engine, "connect")
    def _cap(dbapi_conn, _record):
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count={pages}")

    ws.engine.dispose()


def damage(path: Path) -> None:
    """Overwrite 4 KiB in the middle of a (checkpointed, closed) database file."""
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 4096] = b"\xde\xad\xbe\xef" * 1024
    path.write_bytes(bytes(data))
