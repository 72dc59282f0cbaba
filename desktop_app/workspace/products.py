"""Products: add, edit, remove and list, always validated first."""

from __future__ import annotations

import builtins
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..core.applicability import Applicable
from ..core.audit import AuditEntry
from ..core.certificates import CertificateState, Gap
from ..core.products import Product, ProductFilter, validate_product
from ..db.products_repo import ProductsRepo
from .changes import Changed, ChangeSet

if TYPE_CHECKING:
    from . import Workspace


@dataclass(frozen=True)
class ProductOverview:
    """Everything the side panel or `product show` needs about one product."""

    product: Product
    applicable: list[Applicable]
    certificates: list[CertificateState]
    gaps: list[Gap]
    history: list[AuditEntry] = field(default_factory=list)  # who changed it, newest first


def _changed_by_update(sku: str, product: Product) -> ChangeSet:
    """A new SKU also shows in the certificates that cover the product (they link it by id)."""
    return ChangeSet.PRODUCTS | (ChangeSet.CERTIFICATES if product.sku != sku else ChangeSet.NONE)


class ProductService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    def add(self, product: Product) -> Changed[Product]:
        product = validate_product(product)
        with self.ws.session() as s:
            return Changed(ProductsRepo(s).add(product), ChangeSet.PRODUCTS)

    def edit(self, sku: str, /, version: int | None = None, **changes: object) -> Changed[Product]:
        """Change some fields of the product `sku`.

        `version` is the product's version the caller read (`product show`,
        a list): if another PC saved it since, EditConflictError says what
        changed and nothing is written. None applies `changes` to the product
        as it is now, read and written under one lock.
        """
        with self.ws.session() as s:
            repo = ProductsRepo(s)
            repo.claim(sku, version)  # held until the end: nobody saves it between read and write
            product = validate_product(repo.get(sku).with_changes(**changes))
            return Changed(repo.update(sku, product), _changed_by_update(sku, product))

    def replace(self, sku: str, product: Product) -> Changed[Product]:
        """Save `product` (as edited in a dialog) over `sku`; refused with EditConflictError when
        the stored one is no longer at `product.version`."""
        product = validate_product(product)
        with self.ws.session() as s:
            return Changed(ProductsRepo(s).update(sku, product), _changed_by_update(sku, product))

    def remove(self, sku: str, *, version: int | None = None) -> ChangeSet:
        """Delete a product; its certificates stay (they may cover others, and no
        longer list it) and its checklist log keeps the SKU. A product saved
        elsewhere since `version` was read is not deleted (EditConflictError)."""
        with self.ws.session() as s:
            ProductsRepo(s).remove(sku, seen_version=version)
        return ChangeSet.PRODUCTS | ChangeSet.CERTIFICATES

    def get(self, sku: str) -> Product:
        with self.ws.session() as s:
            return ProductsRepo(s).get(sku)

    def list(self, flt: ProductFilter | None = None) -> list[Product]:
        with self.ws.session() as s:
            return ProductsRepo(s).list(flt)

    def applicable(self, sku: str) -> builtins.list[Applicable]:  # `list` is the method above
        return self.ws.catalogue.applicable(self.get(sku))

    def overview(self, sku: str) -> ProductOverview:
        product = self.get(sku)
        states = self.ws.certificates.states(sku=sku)
        gaps = self.ws.certificates.gaps_for(product)
        history = self.ws.audit.product_history(sku)
        return ProductOverview(product, self.ws.catalogue.applicable(product), states, gaps, history)
