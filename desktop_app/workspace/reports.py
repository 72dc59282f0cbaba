"""`ws.reports`: compliance checklists for the firm's products, printed and logged.

The data of every product (applicable standards, certificates, gaps,
notices, the last result of each item) is read first in short transactions; the PDF is then written with
no session open, one product at a time (`desktop_app.reports` streams it),
and every checklist that reached a file is logged in one transaction, so a
filled-in paper can be matched to its record by the id in its footer.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.certificates import CertificateState, certificate_state, key_of, product_gaps
from ..core.errors import Reason, ValidationError
from ..core.products import Product, ProductFilter
from ..core.vocabulary import CATEGORIES
from ..db.catalogue_repo import CatalogueRepo
from ..db.certificates_repo import CertificatesRepo
from ..db.checklist_log_repo import ChecklistLogEntry, ChecklistLogRepo
from ..db.last_results import last_results
from ..db.products_repo import ProductsRepo
from ..reports import PAPERS, ChecklistDocument, build_checklist, normalise_lang, render_checklists, warm_up
from ..reports.parallel import batch_workers
from .changes import ChangeSet

if TYPE_CHECKING:
    from . import Workspace

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

__all__ = ["ChecklistLogEntry", "ChecklistRun", "ReportService"]


@dataclass(frozen=True)
class ChecklistRun:
    """What `write_checklists` wrote; `cancelled` runs keep only whole split files."""

    path: Path | None  # the combined PDF; None with only split files or when cancelled
    files: tuple[Path, ...]  # one per product, with `split_dir`
    entries: tuple[ChecklistLogEntry, ...]  # as logged
    pages: int
    cancelled: bool = False

    @property
    def changes(self) -> ChangeSet:
        """Every checklist that reached a file was logged."""
        return ChangeSet.CHECKLIST_LOG if self.entries else ChangeSet.NONE


class _Cancelled(Exception):
    pass


def new_checklist_id(today: dt.date) -> str:
    """`CL-20261128-3F9A2C7B`: the date a person reads, and 32 random bits."""
    return f"CL-{today:%Y%m%d}-{uuid.uuid4().hex[:8].upper()}"


def printed_items(doc: ChecklistDocument) -> list[dict[str, object]]:
    """The standards and items a checklist shows, in printed order, for the log.

    Results are later entered by these (a catalogue update may change the
    standards' items, the paper does not change).
    """
    return [
        {
            "code": section.code,
            "grade": section.grade,
            "items": [
                {
                    "key": row.key,
                    "item": " / ".join(row.item),
                    "limit": " / ".join(row.limit),
                    "method": row.method,
                }
                for row in section.rows
            ],
        }
        for section in doc.sections
    ]


def split_file_name(sku: str, checklist_id: str) -> str:
    """A file name safe on every file system (SKUs may hold '/')."""
    return f"{re.sub(r'[^A-Za-z0-9._-]+', '_', sku).strip('._') or 'product'}_{checklist_id}.pdf"


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


class ReportService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    def warm_up(self) -> None:
        """Load the font and ReportLab now (call off the GUI thread after start-up)."""
        warm_up()

    def default_lang(self) -> str:
        """The firm's checklist language, else its interface language."""
        firm = self.ws.firm()
        return normalise_lang(firm.checklist_lang or firm.language)

    def select(
        self, skus: Sequence[str] = (), *, all_products: bool = False, category: str | None = None
    ) -> list[Product]:
        """The products to print: those named (in that order), then every product
        (`all_products`) or those of `category`. Unknown SKUs raise NotFoundError."""
        if category is not None and category not in CATEGORIES:
            raise ValidationError("category", category, Reason.NOT_ONE_OF, allowed=list(CATEGORIES))
        with self.ws.session() as s:
            repo = ProductsRepo(s)
            chosen = {sku: repo.get(sku) for sku in dict.fromkeys(skus)}
            if all_products or category:
                for p in repo.list(ProductFilter(category=category)):
                    chosen.setdefault(p.sku, p)
        if not chosen:
            if category:
                raise ValidationError("category", category, Reason.NO_PRODUCT_IN_CATEGORY)
            raise ValidationError("products", "", Reason.NO_PRODUCTS_CHOSEN)
        return list(chosen.values())

    def document(self, sku: str, *, lang: str | None = None) -> ChecklistDocument:
        """One product's checklist as data (a preview: not logged)."""
        return next(self._documents(self.select([sku]), lang=normalise_lang(lang or self.default_lang())))

    def _documents(
        self,
        products: list[Product],
        *,
        lang: str,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> Iterator[ChecklistDocument]:
        """Checklists built one at a time, as the PDF writer asks for them."""
        today = self.ws.today()
        firm = self.ws.firm()
        with self.ws.session() as s:
            certs_repo = CertificatesRepo(s)
            certs = certs_repo.list()
            replaced = certs_repo.replaced_keys()
            catalogue = CatalogueRepo(s)
            notices = catalogue.notices()
            version = catalogue.version()
            # the newest result of every item, for all the batch's products in one read
            last = last_results(s, [p.sku for p in products])
        applicable = self.ws.catalogue.applicable_many(products)
        states: list[CertificateState] = [
            certificate_state(c, today=today, lead_days=firm.lead_days)
            for c in certs
            if key_of(c) not in replaced
        ]
        firm_wide = [st for st in states if not st.certificate.products]
        by_sku: dict[str, list[CertificateState]] = {}
        for st in states:
            for sku in st.certificate.products:
                by_sku.setdefault(sku, []).append(st)
        total = len(products)
        for done, product in enumerate(products):
            if cancel is not None and cancel():
                raise _Cancelled()
            if progress is not None:
                progress(done, total)
            yield build_checklist(
                firm_name=firm.name,
                product=product,
                applicable=applicable[product.sku],
                certificates=by_sku.get(product.sku, []) + firm_wide,
                gaps=product_gaps(product, certs, today=today),
                notices=notices,
                catalogue_version=version,
                today=today,
                checklist_id=new_checklist_id(today),
                lang=lang,
                last_results=last.get(product.sku, {}),
            )

    def write_checklists(
        self,
        skus: Sequence[str],
        out: Path | str | None,
        *,
        lang: str | None = None,
        paper: str | None = None,
        split_dir: Path | str | None = None,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> ChecklistRun:
        """Write the checklists of `skus` into `out` (one PDF, each product from a
        new page) and/or one file per product into `split_dir`; log each one.

        `lang` (zh, en, both) and `paper` (a4, letter) default to the firm's
        settings. `progress(done, total)` is called per product; `cancel()` is
        asked between products: a cancelled run leaves no combined file (a
        partial one would look complete) but keeps and logs whole split files.
        """
        if out is None and split_dir is None:
            raise ValidationError("output", "", Reason.NO_OUTPUT)
        firm = self.ws.firm()
        lang = normalise_lang(lang or self.default_lang())
        paper = (paper or firm.paper_size or "a4").lower()
        if paper not in PAPERS:
            raise ValidationError("paper", paper, Reason.NOT_ONE_OF, allowed=["a4", "letter"])
        target = Path(out).expanduser().resolve() if out is not None else None
        if target is not None and not target.parent.is_dir():
            raise ValidationError("output", str(out), Reason.FOLDER_MISSING)
        folder = Path(split_dir).expanduser().resolve() if split_dir is not None else None
        if folder is not None:
            folder.mkdir(parents=True, exist_ok=True)
        products = self.select(skus)
        with self.ws.session() as s:
            ids = ProductsRepo(s).ids_by_sku([p.sku for p in products])

        entries: list[ChecklistLogEntry] = []
        files: list[Path] = []

        def rendered(doc: ChecklistDocument, pdf: bytes, pages: int) -> None:
            file = target
            if folder is not None:
                file = folder / split_file_name(doc.sku, doc.checklist_id)
                file.write_bytes(pdf)
                files.append(file)
            entries.append(
                ChecklistLogEntry(
                    id=doc.checklist_id,
                    sku=doc.sku,
                    product_id=ids.get(doc.sku),
                    created_at=_utcnow(),
                    catalogue_version=doc.catalogue_version,
                    language=lang,
                    file=str(file),
                    printed=printed_items(doc),
                )
            )

        docs = self._documents(products, lang=lang, progress=progress, cancel=cancel)
        try:
            summary = render_checklists(
                docs, target, paper=paper, on_rendered=rendered, workers=batch_workers(len(products))
            )
        except _Cancelled:
            kept = tuple(entries) if folder is not None else ()
            self._log(kept)
            return ChecklistRun(None, tuple(files), kept, 0, cancelled=True)
        except BaseException:
            if folder is not None:
                self._log(entries)  # the split files written so far are whole
            raise
        self._log(entries)
        if progress is not None:
            progress(len(products), len(products))
        return ChecklistRun(target, tuple(files), tuple(entries), summary.pages)

    def _log(self, entries: Sequence[ChecklistLogEntry]) -> None:
        if entries:
            with self.ws.session() as s:
                ChecklistLogRepo(s).add_many(entries)

    def checklist_log(self, *, sku: str | None = None, limit: int | None = None) -> list[ChecklistLogEntry]:
        """Checklists printed, newest first."""
        with self.ws.session() as s:
            return ChecklistLogRepo(s).list(sku=sku, limit=limit)

    def find(self, checklist_id: str) -> ChecklistLogEntry | None:
        """The record of a scanned paper (the id from its QR code or footer)."""
        with self.ws.session() as s:
            return ChecklistLogRepo(s).get(checklist_id.strip().upper())
