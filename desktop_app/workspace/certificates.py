"""Certificates: records, scans, renewals, status and gaps.

A single PC keeps scans as files in the data folder's `scans/`; on a
PostgreSQL host their bytes are saved with the certificate in one
transaction (`scan_files`) and every PC's `scans/` is a cache of them
(`scan_cache`), so any PC opens the scan another attached.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.exc import IntegrityError

from ..core.bounded import LimitExceeded, copy_bounded
from ..core.certificates import (
    Certificate,
    CertificateKey,
    CertificateState,
    CertStatus,
    Gap,
    certificate_state,
    key_of,
    product_gaps,
    validate_certificate,
)
from ..core.errors import AssistantError, ValidationError
from ..core.filenames import check_plain_name, inside
from ..core.products import Product
from ..core.reasons import Reason
from ..db.certificates_repo import CertificatesRepo
from ..db.products_repo import ProductsRepo
from ..db.scans_repo import ScansRepo, StoredScan, sha256_of
from . import scan_cache
from .changes import Changed, ChangeSet

if TYPE_CHECKING:
    from . import Workspace

log = logging.getLogger(__name__)

DEFAULT_MAX_SCAN_BYTES = 50 * 1024 * 1024
MAX_SCAN_ENV = "TEXTILE_ASSISTANT_MAX_SCAN_MB"
FREE_SPACE_MARGIN = 16 * 1024 * 1024  # left free after a scan is copied: the database must still grow
SCAN_SUFFIXES = {".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".webp"}


def safe_scan_name(number: str, source: Path) -> str:
    """A file name that is safe on every file system and never collides."""
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", number).strip("._")[:60] or "scan"
    return f"{stem}-{uuid.uuid4().hex[:8]}{source.suffix.lower()}"


def _default_max_scan_bytes() -> int:
    try:
        return int(float(os.environ.get(MAX_SCAN_ENV, "")) * 1024 * 1024)
    except ValueError:
        return DEFAULT_MAX_SCAN_BYTES


class CertificateService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        # the largest scan that may be attached (TEXTILE_ASSISTANT_MAX_SCAN_MB; 50 MB by default)
        self.max_scan_bytes = _default_max_scan_bytes()

    def _store_scan(self, number: str, scan: Path) -> str:
        """Copy `scan` into scans/ under a new plain name; nothing is left behind if it fails.

        The size is checked against `max_scan_bytes` and the free space first,
        the copy is counted (a file that grows while copied stops at the limit)
        and written to a `.partial` name that is renamed only when complete.
        """
        self._check_source(scan)
        size = scan.stat().st_size
        if size > self.max_scan_bytes:
            raise ValidationError(
                "file", str(scan), Reason.SCAN_TOO_LARGE, size=size, limit=self.max_scan_bytes
            )
        folder = self.ws.paths.scans
        free = shutil.disk_usage(folder).free
        if size + FREE_SPACE_MARGIN > free:
            raise ValidationError("file", str(scan), Reason.SCAN_NO_SPACE, size=size, free=free)
        name = safe_scan_name(number, scan)
        partial = folder / f".{name}.partial"
        try:
            with scan.open("rb") as src, partial.open("xb") as out:
                copy_bounded(src, out, limit=self.max_scan_bytes)
            shutil.copystat(scan, partial)
            os.replace(partial, folder / name)
        except LimitExceeded:
            partial.unlink(missing_ok=True)
            raise ValidationError(
                "file", str(scan), Reason.SCAN_TOO_LARGE, size=f"> {size}", limit=self.max_scan_bytes
            ) from None
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise scan_cache.write_failed(exc, scan, size=size, free=free) from None
        return name

    @staticmethod
    def _check_stored_name(cert: Certificate) -> None:
        if cert.scan_file:
            try:
                check_plain_name(cert.scan_file)
            except AssistantError as exc:
                raise ValidationError("scan_file", cert.scan_file, exc.code, **exc.params) from None

    @property
    def on_host(self) -> bool:
        """Scans in the database (a PostgreSQL host), not only in this PC's folder."""
        return not self.ws.target.is_local

    def _read_scan(self, number: str, scan: Path) -> tuple[str, bytes]:
        """For a host: a new plain name and the bytes of `scan`, checked as `_store_scan` checks."""
        self._check_source(scan)
        limit = min(self.max_scan_bytes, scan_cache.HOST_SCAN_CEILING)
        size = scan.stat().st_size
        if size > limit:
            raise ValidationError("file", str(scan), Reason.SCAN_TOO_LARGE, size=size, limit=limit)
        return safe_scan_name(number, scan), scan_cache.read_bounded_file(scan, limit=limit)

    @staticmethod
    def _check_source(scan: Path) -> None:
        if not scan.is_file():
            raise ValidationError("file", str(scan), Reason.NO_SUCH_FILE)
        if scan.suffix.lower() not in SCAN_SUFFIXES:
            raise ValidationError("file", str(scan), Reason.SCAN_KIND)

    def add(self, cert: Certificate, *, scan: Path | None = None) -> Changed[Certificate]:
        cert = validate_certificate(cert)
        self._check_stored_name(cert)
        if self.on_host:
            new = self._read_scan(cert.number, scan) if scan else None
            with self.ws.session() as s:  # the scan and the record together, or neither
                if new is not None:
                    ScansRepo(s).add(*new)
                elif cert.scan_file:
                    ScansRepo(s).hold(cert.scan_file)  # a renewal sharing its predecessor's scan
                added = CertificatesRepo(s).add(
                    Certificate(**{**cert.__dict__, "scan_file": new[0] if new else cert.scan_file})
                )
            self._cache(new)
            return Changed(added, ChangeSet.CERTIFICATES)
        stored = self._store_scan(cert.number, scan) if scan else None
        try:
            with self.ws.session() as s:
                added = CertificatesRepo(s).add(
                    Certificate(**{**cert.__dict__, "scan_file": stored or cert.scan_file})
                )
            return Changed(added, ChangeSet.CERTIFICATES)
        except Exception:
            if stored:
                (self.ws.paths.scans / stored).unlink(missing_ok=True)
            raise

    def renew(
        self, old_key: CertificateKey | str, new: Certificate, *, scan: Path | None = None
    ) -> Changed[Certificate]:
        """Record `new` as replacing the certificate `old_key` names; the old one stays as history."""
        old = self.get(old_key)
        products = new.products or old.products
        return self.add(
            Certificate(**{**new.__dict__, "replaces": old.number, "products": products}),
            scan=scan,
        )

    def update(
        self, key: CertificateKey | str, cert: Certificate, *, scan: Path | None = None
    ) -> Changed[Certificate]:
        """Replace the certificate `key` names (a number alone must be unambiguous).

        Refused with EditConflictError, nothing written, when the stored
        certificate is no longer at `cert.version` (another PC saved it)."""
        cert = validate_certificate(cert)
        self._check_stored_name(cert)
        if self.on_host:
            return self._update_on_host(key, cert, scan)
        stored = self._store_scan(cert.number, scan) if scan else None
        try:
            with self.ws.session() as s:
                updated = CertificatesRepo(s).update(
                    key,
                    Certificate(**{**cert.__dict__, "scan_file": stored or cert.scan_file}),
                )
        except Exception:
            if stored:  # refused (edited elsewhere, a duplicate number): the new scan goes too
                (self.ws.paths.scans / stored).unlink(missing_ok=True)
            raise
        return Changed(updated, ChangeSet.CERTIFICATES)

    def _update_on_host(
        self, key: CertificateKey | str, cert: Certificate, scan: Path | None
    ) -> Changed[Certificate]:
        """`update` on a host: a new scan saved with the record; the one it replaced removed
        when no other certificate (a renewal) still names it; all in one transaction."""
        new = self._read_scan(cert.number, scan) if scan else None
        with self.ws.session() as s:
            scans, repo = ScansRepo(s), CertificatesRepo(s)
            before = repo.get(key).scan_file
            if new is not None:
                scans.add(*new)
            elif cert.scan_file and cert.scan_file != before:
                scans.hold(cert.scan_file)
            updated = repo.update(
                key, Certificate(**{**cert.__dict__, "scan_file": new[0] if new else cert.scan_file})
            )
            if before != updated.scan_file:
                scans.forget_unused([before])
        self._cache(new)
        return Changed(updated, ChangeSet.CERTIFICATES)

    def _share_own_copy(self, path: Path) -> None:
        """Put this PC's own copy of a scan on the host (see `fetch_scan`); one too large for
        the host, or one another PC put there meanwhile, is left as it is."""
        if path.stat().st_size > scan_cache.HOST_SCAN_CEILING:
            return
        data = scan_cache.read_bounded_file(path, limit=scan_cache.HOST_SCAN_CEILING)
        try:
            with self.ws.session() as s:
                ScansRepo(s).add(path.name, data)
        except IntegrityError:  # the same name from another PC first: the host's copy stands
            log.info("scan %s was put on the host by another PC meanwhile", path.name)

    def _cache(self, new: tuple[str, bytes] | None) -> None:
        """After the save: the attaching PC keeps a copy in its `scans/` (no fetch when it opens
        the scan). Only a cache: a copy that cannot be written is fetched when opened."""
        if new is None:
            return
        name, data = new
        try:
            scan_cache.write_cache(
                self.ws.paths.scans / name, StoredScan(name, sha256_of(data), len(data)), data
            )
        except ValidationError as exc:
            log.warning("scan %s saved on the host but not cached here: %s", name, exc)

    def get(self, key: CertificateKey | str) -> Certificate:
        """The certificate `key` names: `CertificateKey(number, scheme)`, or a number alone
        when only one scheme has it (else ValidationError(AMBIGUOUS_CERTIFICATE))."""
        with self.ws.session() as s:
            return CertificatesRepo(s).get(key)

    def remove(self, key: CertificateKey | str, *, version: int | None = None) -> ChangeSet:
        """Delete the certificate; one saved elsewhere since `version` was read is kept (EditConflictError)."""
        with self.ws.session() as s:
            repo = CertificatesRepo(s)
            scan = repo.get(key).scan_file if self.on_host else None
            repo.remove(key, seen_version=version)
            if scan:  # on a host its scan goes with it (a copy cached on a PC stays there)
                ScansRepo(s).forget_unused([scan])
        return ChangeSet.CERTIFICATES

    def scan_path(self, cert: Certificate) -> Path | None:
        """The scan's file inside `scans/`, or None when the certificate has none.

        The stored name came from the database, which may be a restored file from
        outside: a name that is a path (`../../etc/passwd`, `C:\\x`, `/etc/x`) or
        that resolves out of `scans/` raises AssistantError(UNSAFE_FILE_NAME).
        """
        return inside(self.ws.paths.scans, cert.scan_file) if cert.scan_file else None

    def fetch_scan(self, cert: Certificate) -> Path | None:
        """The scan as a file on this PC, ready to open; None when the certificate has none.

        On a host this reads the database: call it off the GUI thread. The copy
        in `scans/` is used when its SHA-256 is the host's, else fetched again.
        A scan the host does not have was attached on a PC before hosts kept
        scans: the PC that has the file opens it and puts it on the host then,
        for every other PC; on a PC without it, ValidationError(SCAN_MISSING).
        """
        path = self.scan_path(cert)
        if path is None or not self.on_host:
            return path
        with self.ws.session() as s:
            scans = ScansRepo(s)
            stored = scans.info(path.name)
            cached = stored is not None and scan_cache.cached(path, stored)
            data = scans.data(path.name) if stored is not None and not cached else None
        if stored is None:
            if path.is_file() and not path.is_symlink():
                self._share_own_copy(path)
                return path
            raise ValidationError("scan_file", path.name, Reason.SCAN_MISSING)
        if cached:
            return path
        if data is None:  # removed by another PC between the two reads
            raise ValidationError("scan_file", path.name, Reason.SCAN_MISSING)
        return scan_cache.write_cache(path, stored, data)

    def _state(self, cert: Certificate, lead_days: int) -> CertificateState:
        return certificate_state(cert, today=self.ws.today(), lead_days=lead_days)

    def states(
        self,
        *,
        sku: str | None = None,
        expiring_within: int | None = None,
        include_replaced: bool = False,
    ) -> list[CertificateState]:
        """Certificates as of today, soonest expiry first.

        `expiring_within` keeps those that expire within that many days,
        including ones already expired (they need action most).
        """
        lead = self.ws.firm().lead_days
        with self.ws.session() as s:
            repo = CertificatesRepo(s)
            certs = repo.list()
            replaced = set() if include_replaced else repo.replaced_keys()
        states = [self._state(c, lead) for c in certs if key_of(c) not in replaced]
        if sku is not None:
            states = [st for st in states if sku in st.certificate.products]
        if expiring_within is not None:
            states = [st for st in states if st.days_left is not None and st.days_left <= expiring_within]
        return states

    def reminders(self) -> list[CertificateState]:
        """Expired and expiring certificates: what the owner must act on."""
        return [st for st in self.states() if st.status in (CertStatus.EXPIRED, CertStatus.EXPIRING)]

    def gaps_for(self, product: Product) -> list[Gap]:
        with self.ws.session() as s:
            certs = CertificatesRepo(s).list()
        return product_gaps(product, certs, today=self.ws.today())

    def gaps(self, products: Sequence[Product] | None = None) -> dict[str, list[Gap]]:
        """Per SKU, the claims no valid certificate backs (only SKUs with gaps).

        `products`: the firm's products when the caller has just read them (the
        Products page lists them anyway), so they are not read again.
        """
        with self.ws.session() as s:
            certs = CertificatesRepo(s).list()
            if products is None:
                products = ProductsRepo(s).claiming()  # a product without a claim has no gap
        today = self.ws.today()
        out: dict[str, list[Gap]] = {}
        for p in products:
            if not p.claims:
                continue
            found = product_gaps(p, certs, today=today)
            if found:
                out[p.sku] = found
        return out

    def last_tested(self, sku: str) -> CertificateState | None:
        """The newest test report covering the product."""
        reports = [st for st in self.states(sku=sku, include_replaced=True) if st.certificate.is_test_report]
        return max(reports, key=lambda st: st.certificate.issued, default=None)
