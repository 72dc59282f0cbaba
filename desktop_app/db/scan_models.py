"""The scans' table (revision 0009), on the models' `Base`.

On a PostgreSQL host a certificate's scan (PDF or image) is kept here, so
every PC of the firm opens the same bytes; each PC's `scans/` folder is
only a cache of them, checked by `sha256`. A single PC's SQLite file keeps
its scans in the data folder's `scans/` as before and leaves this table
empty (its backups stay as they were). Rows are keyed by the stored file
name a certificate's `scan_file` holds (a renewal may share its
predecessor's scan, hence no foreign key). Kept in a module of its own to
keep `models.py` short; `models` imports it, so `Base.metadata` has it.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, DateTime, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow


class ScanFileRow(Base):
    __tablename__ = "scan_files"

    name: Mapped[str] = mapped_column(String(300), primary_key=True)  # a plain name, as in scan_file
    sha256: Mapped[str] = mapped_column(String(64))  # hex digest of `data`
    size: Mapped[int] = mapped_column(BigInteger)  # len(data), known without reading it
    data: Mapped[bytes] = mapped_column(LargeBinary)  # bytea on PostgreSQL, BLOB on SQLite
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
