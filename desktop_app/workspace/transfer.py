"""Import and export: spreadsheets in and out of the firm's records.

A file is read and checked by `imports` (no database); here each good row is
matched against the database (products by SKU, certificates by number) and
sorted into added, updated and unchanged. A dry run (the default) stops
there. Applying takes an automatic backup, then writes every change in ONE
transaction: an error half-way leaves the database exactly as it was.
Updates change only the columns the file has, so a sheet without a 备注
column does not wipe the notes; rows equal to the database count as
unchanged, which makes a second import of the same file a no-op.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from ..core.applicability import IN_FORCE, Applicable
from ..core.catalogue import LocalText
from ..core.certificates import Certificate, certificate_state, key_of, validate_certificate
from ..core.compliance import COMPLIANT, EXPIRED, FAILING, INCOMPLETE, NOT_REQUIRED, ProductCompliance
from ..core.errors import AssistantError, StorageError
from ..core.products import SAFETY_FIELDS, Product, validate_product
from ..core.reasons import Reason, describe
from ..db.certificates_repo import CertificatesRepo
from ..db.dialect import IMPORT_LOCK, hold_transaction_lock
from ..db.products_repo import ProductsRepo
from ..imports import (
    CERT_REGISTER_EXTRA,
    CERTIFICATE_COLUMNS,
    PRODUCT_COLUMNS,
    ParsedFile,
    RowError,
    certificate_cells,
    headers,
    product_cells,
    read_records,
    table_format,
    write_table,
)
from ..imports import write_template as _write_template
from .changes import ChangeSet

if TYPE_CHECKING:
    from . import Workspace
    from .backups import BackupService

KINDS = ("products", "certificates")


class ImportWriteError(AssistantError):
    """Writing an import failed (e.g. the disk is full); the transaction was rolled back.

    `cause` is the storage problem's code when the database said why
    (`Reason.DISK_FULL`, `READ_ONLY`, ...), else None; `detail` is technical text for the log.
    """

    def __init__(self, file: str, detail: str, cause: Reason | None = None) -> None:
        super().__init__(Reason.IMPORT_NOT_WRITTEN, file=file, detail=detail, cause=cause)
        self.file, self.detail, self.cause = file, detail, cause

    def __str__(self) -> str:
        return f"{self.file}: {describe(self.code, self.params)}"


@dataclass(frozen=True)
class FieldChange:
    """One field an update changes, old and new as an export would write them, in both languages."""

    field: str
    old: LocalText
    new: LocalText

    @property
    def safety(self) -> bool:
        """True for a field that decides which standards apply (core.products.SAFETY_FIELDS)."""
        return self.field in SAFETY_FIELDS


@dataclass(frozen=True)
class RowChange:
    row: int
    key: str  # SKU or certificate number
    changed: tuple[str, ...] = ()  # fields an update changes
    diffs: tuple[FieldChange, ...] = ()  # the same fields, old → new

    @property
    def safety_diffs(self) -> tuple[FieldChange, ...]:
        return tuple(d for d in self.diffs if d.safety)


@dataclass
class ImportReport:
    """What an import found, and (when applied) did; plain data for the CLI and the GUI dialog."""

    kind: str
    file: str
    added: list[RowChange] = field(default_factory=list)
    updated: list[RowChange] = field(default_factory=list)
    unchanged: list[RowChange] = field(default_factory=list)
    rejected: list[RowError] = field(default_factory=list)
    applied: bool = False
    all_or_nothing: bool = False
    # an --apply refused because updates change safety-relevant fields that were not confirmed
    needs_confirmation: bool = False
    backup: Path | None = None
    columns: dict[str, str] = field(default_factory=dict)  # field → header in the file
    ignored_columns: tuple[str, ...] = ()
    header_row: int = 1
    sheet: str = ""
    encoding: str | None = None
    separator: str | None = None
    preview: list[tuple[int, list[str]]] = field(default_factory=list)  # header + first rows, as text

    @property
    def rejected_rows(self) -> list[int]:
        return sorted({e.row for e in self.rejected})

    @property
    def blocked(self) -> bool:
        """True when --all-or-nothing kept every row out because some were bad."""
        return self.all_or_nothing and bool(self.rejected)

    @property
    def safety_changes(self) -> list[RowChange]:
        """Updates that change what applies to an existing product: shown and confirmed before writing."""
        return [c for c in self.updated if c.safety_diffs]

    @property
    def written(self) -> int:
        return len(self.added) + len(self.updated) if self.applied else 0

    @property
    def changes(self) -> ChangeSet:
        """What applying changed: the records written, and the automatic backup taken first."""
        written = ChangeSet.PRODUCTS if self.kind == "products" else ChangeSet.CERTIFICATES
        return (written if self.written else ChangeSet.NONE) | (
            ChangeSet.BACKUPS if self.applied and self.backup else ChangeSet.NONE
        )


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int


def _product_key(p: Product) -> tuple[Any, ...]:
    return tuple(getattr(p, f.field) for f in PRODUCT_COLUMNS)


# `replaces` links a renewal to its predecessor when a certificate is added; an
# update leaves the link alone (renewing is `cert renew`'s job), so it is not compared.
_CERT_FIELDS = tuple(c.field for c in CERTIFICATE_COLUMNS if c.field != "replaces")
PRODUCT_FIELDS = tuple(c.field for c in PRODUCT_COLUMNS)
CERT_FIELDS = tuple(c.field for c in CERTIFICATE_COLUMNS)


def _certificate_cells(c: Certificate, lang: str) -> list[Any]:
    """A certificate's cells as the register export writes them (status and days left unused here)."""
    return certificate_cells(certificate_state(c, today=dt.date.today(), lead_days=0), lang)


def _diffs(
    fields: tuple[str, ...],
    changed: tuple[str, ...],
    cells: Callable[[Any, str], list[Any]],
    old: Any,
    new: Any,
) -> tuple[FieldChange, ...]:
    """The changed fields, old → new, as the export writes each in Chinese and in English."""
    texts = {lang: (cells(old, lang), cells(new, lang)) for lang in ("zh", "en")}

    def cell(lang: str, which: int, at: int) -> str:
        value = texts[lang][which][at]
        return "" if value is None else str(value)

    out = []
    for name in changed:
        at = fields.index(name)
        out.append(
            FieldChange(
                name,
                LocalText(cell("zh", 0, at), cell("en", 0, at)),
                LocalText(cell("zh", 1, at), cell("en", 1, at)),
            )
        )
    return tuple(out)


def _cert_key(c: Certificate) -> tuple[Any, ...]:
    return tuple(tuple(sorted(c.products)) if f == "products" else getattr(c, f) for f in _CERT_FIELDS)


class TransferService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    def _backups(self) -> BackupService:
        return self.ws.backups

    # import --------------------------------------------------------------------

    def import_products(
        self,
        path: Path,
        *,
        apply: bool = False,
        all_or_nothing: bool = False,
        encoding: str | None = None,
        confirm_safety: bool = False,
    ) -> ImportReport:
        """Import products; `apply` writes only if every safety-relevant change is confirmed.

        An update that changes an existing product's age group, skin contact,
        category, product type or markets changes which standards apply (and at
        which grade), so without `confirm_safety` such an import is not written:
        the report says `needs_confirmation` and lists the changes old → new.
        """
        parsed = read_records(Path(path), "products", encoding=encoding)
        return self._import(
            parsed,
            self._plan_products,
            apply=apply,
            all_or_nothing=all_or_nothing,
            confirm_safety=confirm_safety,
        )

    def import_certificates(
        self, path: Path, *, apply: bool = False, all_or_nothing: bool = False, encoding: str | None = None
    ) -> ImportReport:
        with self.ws.session() as s:
            skus = {p.sku for p in ProductsRepo(s).list()}
        parsed = read_records(Path(path), "certificates", encoding=encoding, known_skus=skus.__contains__)
        return self._import(parsed, self._plan_certificates, apply=apply, all_or_nothing=all_or_nothing)

    def _import(
        self,
        parsed: ParsedFile,
        plan: Callable[[Session, ParsedFile, ImportReport, bool], None],
        *,
        apply: bool,
        all_or_nothing: bool,
        confirm_safety: bool = False,
    ) -> ImportReport:
        def fresh() -> ImportReport:
            return ImportReport(
                kind=parsed.kind,
                file=parsed.file,
                rejected=list(parsed.errors),
                all_or_nothing=all_or_nothing,
                columns=dict(parsed.columns.headers),
                ignored_columns=parsed.columns.ignored,
                header_row=parsed.header_row,
                sheet=parsed.sheet,
                encoding=parsed.encoding,
                separator=parsed.separator,
                preview=parsed.preview,
            )

        report = fresh()
        with self.ws.session() as s:
            plan(s, parsed, report, False)
        if not apply or report.blocked or not (report.added or report.updated):
            return report
        if report.safety_changes and not confirm_safety:
            report.needs_confirmation = True
            return report
        backup = self._backups().auto_backup(f"import-{parsed.kind}")
        # Plan again inside the writing transaction (BEGIN IMMEDIATE holds the
        # write lock; on a PostgreSQL host the import lock, taken first), so a
        # change made meanwhile by another process or PC is seen. An edit saved
        # by another PC between this plan's reading and writing a record is not
        # overwritten: the version check refuses it (EditConflictError), nothing written.
        report = fresh()
        try:
            with self.ws.session() as s:
                hold_transaction_lock(s, IMPORT_LOCK)
                plan(s, parsed, report, True)
        except (
            OSError,
            SQLAlchemyError,
            StorageError,
        ) as exc:  # full disk, read-only folder, locked database
            detail = str(getattr(exc, "orig", None) or exc)
            cause = exc.code if isinstance(exc, StorageError) else None
            raise ImportWriteError(parsed.file, detail, cause) from exc
        if report.blocked:  # a product went missing meanwhile: nothing was written
            return report
        # (a safety change made by another process between the two plans is written with the
        # confirmed ones: the user confirmed the file's values, which are what is written)
        report.applied = True
        report.backup = backup
        return report

    def _plan_products(self, s: Session, parsed: ParsedFile, report: ImportReport, write: bool) -> None:
        repo = ProductsRepo(s)
        existing = {p.sku: p for p in repo.list()}
        present = [c.field for c in PRODUCT_COLUMNS if c.field in parsed.fields]
        for item in parsed.rows:
            new = item.record
            assert isinstance(new, Product)
            old = existing.get(new.sku)
            if old is None:
                report.added.append(RowChange(item.row, new.sku))
                if write and not report.blocked:
                    repo.add(new)
                continue
            merged = validate_product(old.with_changes(**{f: getattr(new, f) for f in present}))
            changed = tuple(
                f.field for f in PRODUCT_COLUMNS if getattr(old, f.field) != getattr(merged, f.field)
            )
            if not changed:
                report.unchanged.append(RowChange(item.row, new.sku))
                continue
            diffs = _diffs(PRODUCT_FIELDS, changed, product_cells, old, merged)
            report.updated.append(RowChange(item.row, new.sku, changed, diffs))
            if write and not report.blocked:
                repo.update(old.sku, merged)

    def _plan_certificates(self, s: Session, parsed: ParsedFile, report: ImportReport, write: bool) -> None:
        repo = CertificatesRepo(s)
        # a certificate is (scheme, number): the same number in another scheme is another certificate
        existing = {key_of(c): c for c in repo.list()}
        skus = {p.sku for p in ProductsRepo(s).list()}
        present = [f for f in _CERT_FIELDS if f in parsed.fields]
        header = parsed.columns.headers.get
        seen = set(existing)
        good: list[tuple[int, Certificate]] = []
        for item in parsed.rows:
            cert = item.record
            assert isinstance(cert, Certificate)
            bad = [
                RowError(parsed.file, item.row, header("products", ""), sku, Reason.UNKNOWN_SKU)
                for sku in cert.products
                if sku not in skus
            ]
            earlier = {k.number for k in seen if k != key_of(cert)}
            if cert.replaces and key_of(cert) not in existing and cert.replaces not in earlier:
                bad.append(
                    RowError(
                        parsed.file,
                        item.row,
                        header("replaces", ""),
                        cert.replaces,
                        Reason.NO_EARLIER_CERTIFICATE,
                    )
                )
            seen.add(key_of(cert))
            if bad:
                report.rejected.extend(bad)
                continue
            good.append((item.row, cert))
        report.rejected.sort(key=lambda e: e.row)
        for row, new in good:
            old = existing.get(key_of(new))
            if old is None:
                report.added.append(RowChange(row, new.number))
                if write and not report.blocked:
                    repo.add(new)
                continue
            merged = validate_certificate(dataclasses.replace(old, **{f: getattr(new, f) for f in present}))
            changed = tuple(f for f, a, b in zip(_CERT_FIELDS, _cert_key(old), _cert_key(merged)) if a != b)
            if not changed:
                report.unchanged.append(RowChange(row, new.number))
                continue
            diffs = _diffs(CERT_FIELDS, changed, _certificate_cells, old, merged)
            report.updated.append(RowChange(row, new.number, changed, diffs))
            if write and not report.blocked:
                repo.update(key_of(old), merged)

    # templates and exports -------------------------------------------------------

    def write_template(self, kind: str, path: Path) -> Path:
        if kind not in KINDS:
            raise ValueError(f"kind must be one of {', '.join(KINDS)}")
        return _write_template(kind, Path(path))

    def export_products(self, path: Path, *, lang: str = "zh") -> ExportResult:
        table_format(Path(path))
        products = self.ws.products.list()
        write_table(
            Path(path),
            headers(PRODUCT_COLUMNS),
            (product_cells(p, lang) for p in products),
            title="产品 Products",
        )
        return ExportResult(Path(path), len(products))

    def export_certificates(self, path: Path, *, lang: str = "zh") -> ExportResult:
        """The certificate register, renewed ones included (as history), with status and days left."""
        table_format(Path(path))
        lead = self.ws.firm().lead_days
        today = self.ws.today()
        with self.ws.session() as s:
            certs = CertificatesRepo(s).list()
        states = [certificate_state(c, today=today, lead_days=lead) for c in certs]
        write_table(
            Path(path),
            [*headers(CERTIFICATE_COLUMNS), *CERT_REGISTER_EXTRA],
            (certificate_cells(st, lang) for st in states),
            title="证书 Certificates",
        )
        return ExportResult(Path(path), len(states))

    def export_matrix(self, path: Path, *, lang: str = "zh") -> ExportResult:
        """Products × applicable standards; a cell holds the grade, ✓ when the standard has no grades."""
        table_format(Path(path))
        products = self.ws.products.list()
        applicable = self.ws.catalogue.applicable_many(products)
        standards = {a.standard.code: a.standard for found in applicable.values() for a in found}
        codes = sorted(standards, key=lambda c: (not standards[c].mandatory, c))
        rows = []
        proof = []
        found = self.ws.compliance.all_products()
        self.ws.compliance.lists_of(found.values())  # in bulk: each product's judged standards
        for p in products:
            grades = {a.standard.code: a.grade or "✓" for a in applicable[p.sku]}
            rows.append([p.sku, p.name, *(grades.get(code, "") for code in codes)])
            status = _matrix_statuses(applicable[p.sku], found.get(p.sku))
            overall = found[p.sku].status if p.sku in found else NOT_REQUIRED
            proof.append(
                [
                    p.sku,
                    p.name,
                    MATRIX_STATUS[overall],
                    *(MATRIX_STATUS.get(status.get(c, ""), "") for c in codes),
                ]
            )
        legend = [["标准 Standard", "名称 Title", "强制 Mandatory"]] + [
            [
                code,
                standards[code].title.get(lang),
                "是 yes" if standards[code].mandatory else "",
            ]
            for code in codes
        ]
        write_table(
            Path(path),
            ["货号 SKU", "名称 Name", *codes],
            rows,
            title="适用标准 Matrix",
            extra_sheets=[
                ("标准 Standards", legend),
                ("合规状态 Proof", [["货号 SKU", "名称 Name", "总体 Overall", *codes], *proof]),
            ],
        )
        return ExportResult(Path(path), len(rows))


# the matrix's words for a status, both languages (a spreadsheet goes to people of either)
MATRIX_STATUS = {
    FAILING: "不合格 failing",
    EXPIRED: "已过期 expired",
    INCOMPLETE: "不完整 incomplete",
    COMPLIANT: "合规 compliant",
    NOT_REQUIRED: "尚不要求 not required",
}


def _matrix_statuses(applicable: list[Applicable], found: ProductCompliance | None) -> dict[str, str]:
    """Status per standard code: judged where there are results; untested and in force, incomplete."""
    judged = {st.code: st.status for st in (found.judged if found is not None else [])}
    return {
        a.standard.code: judged.get(a.standard.code, INCOMPLETE if a.applies == IN_FORCE else NOT_REQUIRED)
        for a in applicable
    }
