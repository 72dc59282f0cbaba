"""Listings answered without opening a `Workspace`: what a prompt waits for, in a blink.

Opening a `Workspace` imports SQLAlchemy and checks the migrations; a listing
command (`catalogue stats`, `product list`, `cert list`) needs neither when
the data folder is in its everyday state. `read_quickly(folder, read)` calls
`read(view)` on a `QuickView` whose methods have the same names and answers
as the workspace's (`view.catalogue.stats()`, `view.products.list(flt)`,
`view.certificates.states(...)`, `view.firm()`), so a command can pass one
function for both paths; it returns None whenever the full path must answer
instead:

- the folder's records are on a PostgreSQL host (`connection.json`, or the
  `TEXTILE_ASSISTANT_DATABASE_URL` variable);
- a restore's swap is pending (`swap.JOURNAL`): only the full path finishes
  it, and the folder may hold a half-swapped firm until then;
- the database is missing, at another revision, locked, damaged or without
  its catalogue (`db.quick_read` says which; the full path migrates, loads
  or explains in one clear line).

Like a workspace opening, it first removes the temporary folders that killed
backups and restores left behind (`scratch.remove_stale`).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from ..core.catalogue import CatalogueStats
from ..core.certificates import CertificateState, certificate_state, key_of
from ..core.firm import FirmProfile
from ..core.products import Product, ProductFilter
from ..db.quick_read import QuickReader, QuickReadUnavailable
from ..paths import CONNECTION_FILE, DATABASE_URL_ENV, DataPaths
from .scratch import remove_stale

__all__ = ["QuickView", "read_quickly"]

_T = TypeVar("_T")

# workspace/swap.py's journal; not imported from there, as swap.py loads the migration code
SWAP_JOURNAL = "restore-journal.json"


class _Catalogue:
    def __init__(self, reader: QuickReader) -> None:
        self._reader = reader

    def stats(self) -> CatalogueStats:
        return self._reader.catalogue_stats()


class _Products:
    def __init__(self, reader: QuickReader) -> None:
        self._reader = reader

    def list(self, flt: ProductFilter | None = None) -> list[Product]:
        return self._reader.products(flt)


class _Certificates:
    def __init__(self, reader: QuickReader, today: Callable[[], dt.date]) -> None:
        self._reader = reader
        self._today = today

    def states(
        self,
        *,
        sku: str | None = None,
        expiring_within: int | None = None,
        include_replaced: bool = False,
    ) -> list[CertificateState]:
        """As `CertificateService.states`: soonest expiry first, renewed ones left out unless asked."""
        lead = self._reader.firm().lead_days
        replaced = set() if include_replaced else self._reader.replaced_keys()
        today = self._today()
        states = [
            certificate_state(c, today=today, lead_days=lead)
            for c in self._reader.certificates()
            if key_of(c) not in replaced
        ]
        if sku is not None:
            states = [st for st in states if sku in st.certificate.products]
        if expiring_within is not None:
            states = [st for st in states if st.days_left is not None and st.days_left <= expiring_within]
        return states


class QuickView:
    """The read-only part of a `Workspace` that listings use, over `db.quick_read`."""

    def __init__(self, reader: QuickReader, *, today: Callable[[], dt.date] = dt.date.today) -> None:
        self._reader = reader
        self.catalogue = _Catalogue(reader)
        self.products = _Products(reader)
        self.certificates = _Certificates(reader, today)

    def firm(self) -> FirmProfile:
        """The firm's profile as `Workspace.firm()` reads it."""
        return self._reader.firm()


def read_quickly(
    data_dir: Path,
    read: Callable[[QuickView], _T],
    *,
    today: Callable[[], dt.date] = dt.date.today,
) -> _T | None:
    """`read(view)` on the folder's database read directly, or None: then the full path must answer.

    `read` must not return None itself. It may be called and its answer
    dropped (a read that fails half way sends the caller to the full path),
    so it must not print or change anything.
    """
    paths = DataPaths(Path(data_dir))
    if not paths.root.is_dir() or (paths.root / SWAP_JOURNAL).exists():
        return None
    if os.environ.get(DATABASE_URL_ENV) or (paths.root / CONNECTION_FILE).exists():
        return None  # the records are on a PostgreSQL host; the local file may be an old copy
    remove_stale(paths.root, paths.backups)
    try:
        reader = QuickReader.open(paths.database)
    except QuickReadUnavailable:
        return None
    try:
        return read(QuickView(reader, today=today))
    except QuickReadUnavailable:
        return None
    finally:
        reader.close()
