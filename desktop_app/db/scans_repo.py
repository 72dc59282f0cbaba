"""The scans a PostgreSQL host keeps for every PC (`scan_files`): store, read, forget.

Used only when the records are on a host (see `scan_models`); the caller's
transaction is the certificate's own, so a certificate and its scan are
saved, replaced or removed together or not at all.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from .models import CertificateRow
from .scan_models import ScanFileRow


@dataclass(frozen=True)
class StoredScan:
    name: str
    sha256: str
    size: int


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class ScansRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def add(self, name: str, data: bytes) -> StoredScan:
        row = ScanFileRow(name=name, sha256=sha256_of(data), size=len(data), data=data)
        self.s.add(row)
        self.s.flush()
        return StoredScan(name, row.sha256, row.size)

    def hold(self, name: str) -> None:
        """Keep the scan `name` from being removed by another PC until this transaction ends
        (a renewal naming its predecessor's scan while another PC deletes that certificate)."""
        self.s.execute(select(ScanFileRow.name).where(ScanFileRow.name == name).with_for_update(read=True))

    def info(self, name: str) -> StoredScan | None:
        row = self.s.execute(
            select(ScanFileRow.sha256, ScanFileRow.size).where(ScanFileRow.name == name)
        ).first()
        return StoredScan(name, row.sha256, row.size) if row is not None else None

    def data(self, name: str) -> bytes | None:
        return self.s.scalar(select(ScanFileRow.data).where(ScanFileRow.name == name))

    def forget_unused(self, names: Iterable[str | None]) -> list[str]:
        """Remove the scans among `names` that no certificate names any more; the removed names.

        The row is locked first, so a certificate naming it that another PC
        commits meanwhile is counted (READ COMMITTED sees it once the lock is granted).
        """
        removed = []
        for name in sorted({n for n in names if n}):
            locked = self.s.scalar(select(ScanFileRow.name).where(ScanFileRow.name == name).with_for_update())
            if locked is None:
                continue
            users = self.s.scalar(
                select(func.count()).select_from(CertificateRow).where(CertificateRow.scan_file == name)
            )
            if not users:
                self.s.execute(delete(ScanFileRow).where(ScanFileRow.name == name))
                removed.append(name)
        return removed

    def listing(self) -> list[StoredScan]:
        rows = self.s.execute(
            select(ScanFileRow.name, ScanFileRow.sha256, ScanFileRow.size).order_by(ScanFileRow.name)
        )
        return [StoredScan(*r) for r in rows]

    def each(self) -> Iterator[tuple[StoredScan, bytes]]:
        """Every scan with its bytes, one row in memory at a time."""
        for info in self.listing():
            data = self.data(info.name)
            if data is not None:
                yield info, data
