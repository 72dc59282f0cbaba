"""The firm's products."""

from __future__ import annotations

import builtins
from collections.abc import Sequence

from sqlalchemy import String, Text, cast, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from ..core.errors import ConflictError, NotFoundError
from ..core.products import Product, ProductFilter
from . import convert
from .audit_repo import AuditRepo
from .like import contains
from .models import ProductRow
from .versioned import bump, claim

# the stored text of the JSON and DateTime columns, decoded by `convert.product_from_plain`
_PLAIN = tuple(
    type_coerce(c, String).label(c.name)
    if c.name in convert.PRODUCT_JSON_COLUMNS + convert.PRODUCT_TIME_COLUMNS
    else c
    for c in ProductRow.__table__.c
)


class ProductsRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def _row(self, sku: str) -> ProductRow:
        row = self.s.scalar(select(ProductRow).where(ProductRow.sku == sku))
        if row is None:
            raise NotFoundError("product", sku)
        return row

    def exists(self, sku: str) -> bool:
        return self.s.scalar(select(ProductRow.id).where(ProductRow.sku == sku)) is not None

    def get(self, sku: str) -> Product:
        return convert.product_from_row(self._row(sku))

    def claim(self, sku: str, seen_version: int | None) -> ProductRow:
        """The product's row, held to the end of the transaction; EditConflictError when it is
        no longer at `seen_version` (None: as it is now)."""
        return claim(self.s, ProductRow, self._row(sku).id, seen_version)

    def add(self, product: Product) -> Product:
        if self.exists(product.sku):
            raise ConflictError("sku", product.sku)
        values = convert.product_values(product)
        row = ProductRow(**values, version=1)
        self.s.add(row)
        self.s.flush()
        AuditRepo(self.s).record("product", row.sku, "created", record_id=row.id, version=1, new=values)
        return convert.product_from_row(row)

    def update(self, sku: str, product: Product) -> Product:
        """Save `product` over the one stored as `sku`, if it is still at `product.version`.

        An older version raises EditConflictError (what the other user
        changed, who, when) and nothing is written; the version goes up by
        one when anything changed, with an audit entry of the changed fields.
        """
        row = self.claim(sku, product.version)
        if product.sku != sku and self.exists(product.sku):
            raise ConflictError("sku", product.sku)
        old = convert.product_values(convert.product_from_row(row))
        new = convert.product_values(product)
        if old != new:
            for name, value in new.items():
                setattr(row, name, value)
            version = bump(row)
            self.s.flush()
            AuditRepo(self.s).record(
                "product", row.sku, "edited", record_id=row.id, version=version, old=old, new=new
            )
        return convert.product_from_row(row)

    def remove(self, sku: str, *, seen_version: int | None = None) -> None:
        """Delete the product; one changed since `seen_version` was read is refused (EditConflictError)."""
        row = self.claim(sku, seen_version)
        old = convert.product_values(convert.product_from_row(row))
        AuditRepo(self.s).record("product", row.sku, "deleted", record_id=row.id, version=0, old=old)
        self.s.delete(row)
        self.s.flush()

    def list(self, flt: ProductFilter | None = None) -> list[Product]:
        """Products by SKU, filtered; read as plain columns (no ORM instances), JSON decoded once
        per distinct text (`convert.product_from_plain`)."""
        query = select(*_PLAIN).order_by(ProductRow.sku)
        if flt is not None:
            if flt.text.strip():
                typed = flt.text.strip()
                query = query.where(
                    or_(
                        contains(ProductRow.sku, typed),
                        contains(ProductRow.name, typed),
                        contains(ProductRow.customer, typed),
                    )
                )
            if flt.category:
                query = query.where(ProductRow.category == flt.category)
            if flt.skus:
                query = query.where(ProductRow.sku.in_(flt.skus))
        products = list(map(convert.product_from_plain, self.s.execute(query)))
        if flt is not None and flt.market:
            products = [p for p in products if flt.market in p.markets]
        return products

    def claiming(self) -> builtins.list[Product]:  # `list` is the method above
        """The products that make a claim (organic, OEKO-TEX, ...): the only ones a gap can concern."""
        query = select(*_PLAIN).where(cast(ProductRow.claims, Text) != "[]").order_by(ProductRow.sku)
        return [p for p in map(convert.product_from_plain, self.s.execute(query)) if p.claims]

    def count(self) -> int:
        return self.s.scalar(select(func.count()).select_from(ProductRow)) or 0

    def ids_by_sku(self, skus: Sequence[str]) -> dict[str, int]:
        rows = self.s.execute(select(ProductRow.sku, ProductRow.id).where(ProductRow.sku.in_(skus)))
        return {sku: pid for sku, pid in rows}
