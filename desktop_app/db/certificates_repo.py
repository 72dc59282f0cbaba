"""Certificates and test reports, with the products they cover."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased, selectinload

from ..core.certificates import Certificate, CertificateKey, resolve_certificate
from ..core.errors import ConflictError, ValidationError
from ..core.reasons import Reason
from . import convert
from .audit_repo import AuditRepo
from .models import CertificateRow, ProductRow
from .versioned import bump, claim

AUDITED = ("scheme", "number", "issuer", "holder", "scope", "product_class", "issued", "expires", "notes")


def _values(cert: Certificate) -> dict[str, object]:
    """What the audit log compares: the fields, the scan, the products covered, the renewed number."""
    values: dict[str, object] = {name: getattr(cert, name) for name in AUDITED}
    values.update(scan_file=cert.scan_file, products=sorted(cert.products), replaces=cert.replaces)
    return values


class CertificatesRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def _row(self, key: CertificateKey | str) -> CertificateRow:
        """The row `key` names; a number alone must be unambiguous (see `CertificateKey`)."""
        key = CertificateKey.of(key)
        rows = list(self.s.scalars(select(CertificateRow).where(CertificateRow.number == key.number)))
        return resolve_certificate(key, rows)

    def _replaced_row(self, cert: Certificate) -> CertificateRow:
        """The row a renewal replaces: of the renewal's own scheme first, else the number alone."""
        assert cert.replaces is not None
        rows = list(self.s.scalars(select(CertificateRow).where(CertificateRow.number == cert.replaces)))
        same = [r for r in rows if r.scheme == cert.scheme]
        return resolve_certificate(CertificateKey(cert.replaces), same or rows)

    def _products(self, skus: tuple[str, ...]) -> list[ProductRow]:
        rows = {r.sku: r for r in self.s.scalars(select(ProductRow).where(ProductRow.sku.in_(skus)))}
        for sku in skus:
            if sku not in rows:
                raise ValidationError("product", sku, Reason.UNKNOWN_SKU)
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
            replaces_id = self._replaced_row(cert).id
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
            version=1,
        )
        row.products = self._products(cert.products)
        self.s.add(row)
        self.s.flush()
        added = self._to_core(row)
        AuditRepo(self.s).record(
            "certificate",
            f"{row.scheme}:{row.number}",
            "created",
            record_id=row.id,
            version=1,
            new=_values(added),
        )
        return added

    def claim(self, key: CertificateKey | str, seen_version: int | None) -> CertificateRow:
        """The certificate's row, held to the end of the transaction; EditConflictError when it is
        no longer at `seen_version` (None: as it is now)."""
        return claim(self.s, CertificateRow, self._row(key).id, seen_version)

    def update(self, key: CertificateKey | str, cert: Certificate) -> Certificate:
        """Save `cert` over the one `key` names, if it is still at `cert.version` (else
        EditConflictError, nothing written); the version goes up when anything changed."""
        row = self.claim(key, cert.version)
        before = _values(self._to_core(row))
        if (row.scheme, row.number) != (cert.scheme, cert.number):
            dup = self.s.scalar(
                select(CertificateRow.id).where(
                    CertificateRow.scheme == cert.scheme,
                    CertificateRow.number == cert.number,
                    CertificateRow.id != row.id,
                )
            )
            if dup is not None:
                raise ConflictError("number", cert.number)
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
        products = self._products(cert.products)
        if sorted(p.id for p in products) != sorted(p.id for p in row.products):
            row.products = products
        after = _values(self._to_core(row))
        if after != before:
            version = bump(row)
            self.s.flush()
            AuditRepo(self.s).record(
                "certificate",
                f"{row.scheme}:{row.number}",
                "edited",
                record_id=row.id,
                version=version,
                old=before,
                new=after,
            )
        self.s.flush()
        return self._to_core(row)

    def get(self, key: CertificateKey | str) -> Certificate:
        return self._to_core(self._row(key))

    def remove(self, key: CertificateKey | str, *, seen_version: int | None = None) -> None:
        """Delete the certificate; one changed since `seen_version` was read is refused."""
        row = self.claim(key, seen_version)
        AuditRepo(self.s).record(
            "certificate",
            f"{row.scheme}:{row.number}",
            "deleted",
            record_id=row.id,
            version=0,
            old=_values(self._to_core(row)),
        )
        self.s.delete(row)
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

    def replaced_keys(self) -> set[CertificateKey]:
        """Certificates a renewal has replaced (history, not current)."""
        newer = aliased(CertificateRow)
        q = select(CertificateRow.number, CertificateRow.scheme).join(
            newer, newer.replaces_id == CertificateRow.id
        )
        return {CertificateKey(number, scheme) for number, scheme in self.s.execute(q)}
