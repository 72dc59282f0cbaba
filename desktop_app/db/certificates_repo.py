"""Certificates and test reports, with the products they cover."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased, selectinload

from ..core.certificates import Certificate
from ..core.errors import ConflictError, NotFoundError, ValidationError
from . import convert
from .models import CertificateRow, ProductRow


class CertificatesRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def _row(self, number: str) -> CertificateRow:
        rows = list(self.s.scalars(select(CertificateRow).where(CertificateRow.number == number)))
        if not rows:
            raise NotFoundError("certificate", number)
        return rows[0]

    def _products(self, skus: tuple[str, ...]) -> list[ProductRow]:
        rows = {r.sku: r for r in self.s.scalars(select(ProductRow).where(ProductRow.sku.in_(skus)))}
        for sku in skus:
            if sku not in rows:
                raise ValidationError("product", sku, "no product with this SKU")
        return [rows[s] for s in skus]

    def _to_core(self, row: CertificateRow) -> Certificate:
        replaces = None
        if row.replaces_id is not None:
            old = self.s.get(CertificateRow, row.replaces_id)
            replaces = old.number if old else None
        return convert.certificate_from_row(row, tuple(sorted(p.sku for p in row.products)), replaces)

    def add(self, cert: Certificate) -> Certificate:
        dup = self.s.scalar(
            select(CertificateRow.id).where(
                CertificateRow.scheme == cert.scheme,
                CertificateRow.number == cert.number,
            )
        )
        if dup is not None:
            raise ConflictError("number", cert.number)
        replaces_id = None
        if cert.replaces:
            replaces_id = self._row(cert.replaces).id
        row = CertificateRow(
            scheme=cert.scheme,
            number=cert.number,
            issuer=cert.issuer,
            holder=cert.holder,
            scope=cert.scope,
            product_class=cert.product_class,
            issued=cert.issued,
            expires=cert.expires,
            notes=cert.notes,
            scan_file=cert.scan_file,
            replaces_id=replaces_id,
        )
        row.products = self._products(cert.products)
        self.s.add(row)
        self.s.flush()
        return self._to_core(row)

    def update(self, number: str, cert: Certificate) -> Certificate:
        row = self._row(number)
        for name in (
            "scheme",
            "number",
            "issuer",
            "holder",
            "scope",
            "product_class",
            "issued",
            "expires",
            "notes",
        ):
            setattr(row, name, getattr(cert, name))
        if cert.scan_file is not None:
            row.scan_file = cert.scan_file
        row.products = self._products(cert.products)
        self.s.flush()
        return self._to_core(row)

    def get(self, number: str) -> Certificate:
        return self._to_core(self._row(number))

    def remove(self, number: str) -> None:
        self.s.delete(self._row(number))
        self.s.flush()

    def list(self) -> list[Certificate]:
        """Every certificate, with covered SKUs, in two queries whatever the count."""
        rows = list(
            self.s.scalars(
                select(CertificateRow)
                .options(selectinload(CertificateRow.products))
                .order_by(CertificateRow.expires, CertificateRow.number)
            )
        )
        numbers = {r.id: r.number for r in rows}
        return [
            convert.certificate_from_row(
                r,
                tuple(sorted(p.sku for p in r.products)),
                numbers.get(r.replaces_id) if r.replaces_id else None,
            )
            for r in rows
        ]

    def replaced_numbers(self) -> set[str]:
        """Numbers of certificates a renewal has replaced (history, not current)."""
        newer = aliased(CertificateRow)
        q = select(CertificateRow.number).join(newer, newer.replaces_id == CertificateRow.id)
        return set(self.s.scalars(q))
