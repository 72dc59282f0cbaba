"""The firm's products."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ..core.errors import ConflictError, NotFoundError
from ..core.products import Product, ProductFilter
from . import convert
from .like import contains
from .models import ProductRow


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

    def add(self, product: Product) -> Product:
        if self.exists(product.sku):
            raise ConflictError("sku", product.sku)
        row = ProductRow(**convert.product_values(product))
        self.s.add(row)
        self.s.flush()
        return convert.product_from_row(row)

    def update(self, sku: str, product: Product) -> Product:
        row = self._row(sku)
        if product.sku != sku and self.exists(product.sku):
            raise ConflictError("sku", product.sku)
        for name, value in convert.product_values(product).items():
            setattr(row, name, value)
        self.s.flush()
        return convert.product_from_row(row)

    def remove(self, sku: str) -> None:
        self.s.delete(self._row(sku))
        self.s.flush()

    def list(self, flt: ProductFilter | None = None) -> list[Product]:
        query = select(ProductRow).order_by(ProductRow.sku)
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
        products = [convert.product_from_row(r) for r in self.s.scalars(query)]
        if flt is not None and flt.market:
            products = [p for p in products if flt.market in p.markets]
        return products

    def count(self) -> int:
        return self.s.scalar(select(func.count()).select_from(ProductRow)) or 0

    def ids_by_sku(self, skus: Sequence[str]) -> dict[str, int]:
        rows = self.s.execute(select(ProductRow.sku, ProductRow.id).where(ProductRow.sku.in_(skus)))
        return {sku: pid for sku, pid in rows}
