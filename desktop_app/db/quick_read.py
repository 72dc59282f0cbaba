"""Read-only listings on the standard library's `sqlite3`, for commands that must answer at once.

`catalogue stats` or `product list` at a prompt should not pay for importing
SQLAlchemy (about 0.4 s here), so they read the file directly, through
`QuickReader`. It is only a faster way to the same answer, never a second
one: the rows go through `convert` like the repositories' do, and anything
unusual makes `QuickReader.open` say no (`QuickReadUnavailable`) so the
caller takes the full path, which migrates, repairs or explains:

- the file is missing or empty (the first start creates it);
- it is not at `HEAD_REVISION` (older: a migration is due; newer or unknown:
  the full path refuses it with its own clear error);
- SQLite cannot open or read it, it is locked, or `PRAGMA quick_check`
  finds damage (the full path names the newest good backup);
- the catalogue was never loaded (the full path loads the bundled one).

The connection is opened with `mode=ro`, so nothing here can write to the
firm's file, whatever the query.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable
from dataclasses import fields
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any, cast

from ..core.catalogue import CatalogueStats
from ..core.certificates import Certificate, CertificateKey
from ..core.firm import FirmProfile
from ..core.products import Product, ProductFilter
from . import convert
from .like import like_pattern
from .revision import HEAD_REVISION

if TYPE_CHECKING:
    from .models import CertificateRow, ProductRow

__all__ = ["QuickReadUnavailable", "QuickReader"]

BUSY_TIMEOUT_S = 0.2  # a writer holding the file: the full path waits its turn, not this one

# The columns the ORM does not hand over as stored (models.py: JSON, Date, DateTime, Boolean),
# by table; tests/unit/db/test_quick_read.py checks this against the ORM's own tables.
TYPED_COLUMNS: dict[str, dict[str, tuple[str, ...]]] = {
    "products": {
        "json": ("markets", "composition", "claims", "finishes", "components", "origins"),
        "datetime": ("created_at", "updated_at"),
    },
    "certificates": {"date": ("issued", "expires"), "datetime": ("created_at", "updated_at")},
}


class QuickReadUnavailable(Exception):
    """The file is not one this module may read as it is; take the full path."""


_READERS: dict[str, Callable[[Any], Any]] = {
    "json": json.loads,
    "date": dt.date.fromisoformat,
    "datetime": dt.datetime.fromisoformat,
    "bool": bool,
}


class QuickReader:
    """One read-only connection on a database already at the current schema."""

    def __init__(self, con: sqlite3.Connection) -> None:
        self._con = con

    @classmethod
    def open(cls, db_path: Path) -> QuickReader:
        """A reader on `db_path`, or `QuickReadUnavailable` when the full path must open it."""
        if not db_path.is_file() or db_path.stat().st_size == 0:
            raise QuickReadUnavailable("no database yet")
        try:
            con = sqlite3.connect(
                f"{db_path.resolve().as_uri()}?mode=ro",
                uri=True,
                timeout=BUSY_TIMEOUT_S,
                isolation_level=None,
            )
        except sqlite3.Error as exc:
            raise QuickReadUnavailable(str(exc)) from exc
        con.row_factory = sqlite3.Row
        reader = cls(con)
        try:
            # one read transaction: every query sees the same snapshot, whoever writes meanwhile
            reader._rows("BEGIN")
            reader._check()
        except QuickReadUnavailable:
            con.close()
            raise
        return reader

    def _check(self) -> None:
        revision = self._scalar("select version_num from alembic_version")
        if revision != HEAD_REVISION:
            raise QuickReadUnavailable(f"revision {revision!r}, not {HEAD_REVISION}")
        if self._scalar("PRAGMA quick_check") != "ok":
            raise QuickReadUnavailable("quick_check failed")
        synced = self._scalar("select platform_synced from sync_state where id = 1")
        if not synced and not self._count("standards"):
            raise QuickReadUnavailable("catalogue never loaded")

    def close(self) -> None:
        self._con.close()  # the read transaction ends with it; nothing was written

    def _scalar(self, sql: str, params: tuple[Any, ...] = ()) -> Any:
        rows = self._rows(sql, params)
        return rows[0][0] if rows else None

    def _count(self, table: str) -> int:
        """Rows in `table`: one of ours, never user input."""
        return int(self._scalar(f"select count(*) from {table}"))

    def _rows(self, sql: str, params: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        try:
            return self._con.execute(sql, params).fetchall()
        except sqlite3.Error as exc:  # damage past quick_check, a lock taken meanwhile
            raise QuickReadUnavailable(str(exc)) from exc

    # the firm -----------------------------------------------------------------

    def firm(self) -> FirmProfile:
        """As `FirmRepo.get()`: the one row's columns of the profile's names, or the defaults."""
        names = [f.name for f in fields(FirmProfile)]
        columns = ", ".join(f'"{name}"' for name in names)
        rows = self._rows(f"select {columns} from firm where id = 1")
        return FirmProfile(**dict(zip(names, rows[0], strict=True))) if rows else FirmProfile(version=0)

    # listings -------------------------------------------------------------------

    def catalogue_stats(self) -> CatalogueStats:
        """As `CatalogueRepo.stats()`: the cursor's version and three counts."""
        version = self._scalar("select version from sync_state where id = 1")
        return CatalogueStats(
            int(version or 0), self._count("standards"), self._count("rules"), self._count("notices")
        )

    def products(self, flt: ProductFilter | None = None) -> list[Product]:
        """As `ProductsRepo.list(flt)`: the same SQL conditions, the same order, the same conversion."""
        where: list[str] = []
        params: list[Any] = []
        if flt is not None:
            if flt.text.strip():
                like = "LIKE lower(?) ESCAPE '\\'"
                where.append(f"(lower(sku) {like} OR lower(name) {like} OR lower(customer) {like})")
                params += [like_pattern(flt.text.strip())] * 3
            if flt.category:
                where.append("category = ?")
                params.append(flt.category)
            if flt.skus:
                where.append(f"sku IN ({', '.join('?' * len(flt.skus))})")
                params += flt.skus
        sql = "select * from products" + (f" where {' and '.join(where)}" if where else "") + " order by sku"
        products = [convert.product_from_row(_product_row(r)) for r in self._rows(sql, tuple(params))]
        if flt is not None and flt.market:
            products = [p for p in products if flt.market in p.markets]
        return products

    def certificates(self) -> list[Certificate]:
        """As `CertificatesRepo.list()`: soonest expiry first, covered SKUs sorted."""
        skus: dict[int, list[str]] = {}
        for link in self._rows(
            "select cp.certificate_id, p.sku from certificate_products cp "
            "join products p on p.id = cp.product_id"
        ):
            skus.setdefault(link[0], []).append(link[1])
        rows = list(self._rows("select * from certificates order by expires, number"))
        numbers = {r["id"]: r["number"] for r in rows}
        return [
            convert.certificate_from_row(
                _certificate_row(r),
                tuple(sorted(skus.get(r["id"], ()))),
                numbers.get(r["replaces_id"]) if r["replaces_id"] else None,
            )
            for r in rows
        ]

    def replaced_keys(self) -> set[CertificateKey]:
        """As `CertificatesRepo.replaced_keys()`: certificates a renewal has replaced."""
        rows = self._rows(
            "select old.number, old.scheme from certificates old "
            "join certificates newer on newer.replaces_id = old.id"
        )
        return {CertificateKey(number, scheme) for number, scheme in rows}


def _record(table: str, row: sqlite3.Row) -> SimpleNamespace:
    """The row as `convert` reads an ORM row: by attribute, each value typed as the ORM types it."""
    values = dict(zip(row.keys(), row, strict=True))
    for kind, names in TYPED_COLUMNS[table].items():
        read = _READERS[kind]
        for name in names:
            if values[name] is not None:
                try:
                    values[name] = read(values[name])
                except (TypeError, ValueError) as exc:  # not what the app writes: let the full path say
                    raise QuickReadUnavailable(f"{table}.{name}: {exc}") from exc
    return SimpleNamespace(**values)


def _product_row(row: sqlite3.Row) -> ProductRow:
    return cast("ProductRow", _record("products", row))


def _certificate_row(row: sqlite3.Row) -> CertificateRow:
    return cast("CertificateRow", _record("certificates", row))
