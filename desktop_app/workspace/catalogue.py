"""The catalogue as the firm sees it: stats, search, applicability, notices."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..core.applicability import ApplicabilityEngine, Applicable
from ..core.catalogue import (
    CatalogueStats,
    Factor,
    Notice,
    Standard,
    StandardHit,
    StandardQuery,
    StandardSummary,
)
from ..core.errors import NotFoundError
from ..core.products import Product
from ..core.search import named_code
from ..db.catalogue_ranking import browse_order
from ..db.catalogue_repo import CatalogueRepo
from ..db.firm_repo import FirmRepo
from ..db.products_repo import ProductsRepo
from .changes import ChangeSet

if TYPE_CHECKING:
    from . import Workspace

BUNDLED_CATALOGUE = "catalogue/catalogue.json"


@dataclass(frozen=True)
class NoticeView:
    notice: Notice
    read: bool
    affected: tuple[str, ...]  # SKUs of the firm's products it concerns

    @property
    def mine(self) -> bool:
        return bool(self.affected)


class CatalogueService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self._lock = threading.Lock()
        self._engine_key: tuple[int, int] | None = None
        self._engine: ApplicabilityEngine | None = None
        self._standards: dict[str, Standard] = {}

    def ensure_bundled(self) -> ChangeSet:
        """Load the bundled catalogue on first start, as catalogue version 0.

        It is not part of the platform's history: the first platform sync
        asks for since=0 and that full pass replaces it. Changes nothing when
        a catalogue is there already.
        """
        with self.ws.session() as s:
            repo = CatalogueRepo(s)
            if repo.state().platform_synced or repo.stats().standards:
                return ChangeSet.NONE  # the usual start, without waiting for any lock
            # several PCs opening a new host at once: one loads it, the others wait and find it there
            repo.hold_first_start_lock()
            if repo.state().platform_synced or repo.stats().standards:
                return ChangeSet.NONE
            from ..sync.pages import parse_page  # pydantic and the page schema: first start only

            page = parse_page((self.ws.resources / BUNDLED_CATALOGUE).read_bytes(), source="bundled")
            repo.apply_page(page, full_pass=False)
            repo.set_cursor(version=0, latest=0)
        self.invalidate()
        return ChangeSet.CATALOGUE

    def invalidate(self) -> None:
        with self._lock:
            self._engine_key = None
            self._engine = None
            self._standards = {}

    def stats(self) -> CatalogueStats:
        with self.ws.session() as s:
            return CatalogueRepo(s).stats()

    def version(self) -> int:
        with self.ws.session() as s:
            return CatalogueRepo(s).version()

    def show(self, code: str) -> Standard:
        """The standard `code` names: its code, or without the edition year (`GB 18401`
        names GB 18401-2010: the one edition, or else the one in force, when older ones
        are kept as superseded or a newer one is upcoming)."""
        with self.ws.session() as s:
            repo = CatalogueRepo(s)
            found = repo.standard(code)
            if found is None and code.strip():
                hits = [hit.standard for hit in repo.search(code, 20)]
                named = named_code(code, [h.code for h in hits]) or named_code(
                    code, [h.code for h in hits if h.status == "current"]
                )
                found = repo.standard(named) if named else None
        if found is None:
            raise NotFoundError("standard", code)
        return found

    def search(self, text: str, limit: int = 50) -> list[StandardHit]:
        """Standards found by code, title or requirement item, best first (`db.catalogue_search`)."""
        with self.ws.session() as s:
            return CatalogueRepo(s).search(text, limit)

    def count(self, query: StandardQuery) -> int:
        with self.ws.session() as s:
            return CatalogueRepo(s).count_standards(query)

    def page(self, query: StandardQuery, *, limit: int = 200) -> tuple[int, list[StandardSummary]]:
        """The count and the first chunk of `browse`, in one go (a text search is ranked once)."""
        with self.ws.session() as s:
            return CatalogueRepo(s).page(query, limit=limit)

    def prepare_search(self) -> None:
        """Have the first text search as fast as the next: the catalogue's browse order is read
        now (`db.catalogue_ranking`, 40 ms at 31,300 standards) rather than by that search."""
        with self.ws.session() as s:
            browse_order(s)

    def browse(self, query: StandardQuery, *, offset: int = 0, limit: int = 200) -> list[StandardSummary]:
        """A chunk of the filtered catalogue, for a lazily fetched list; ranked like `search`
        when the query has text, each summary saying what matched."""
        with self.ws.session() as s:
            return CatalogueRepo(s).browse(query, offset=offset, limit=limit)

    # applicability ------------------------------------------------------------

    def engine(self) -> ApplicabilityEngine:
        """The compiled rules, rebuilt only when the catalogue changed."""
        with self.ws.session() as s:
            stats = CatalogueRepo(s).stats()
            key = (stats.version, stats.rules)
            with self._lock:
                if self._engine is not None and self._engine_key == key:
                    return self._engine
            rules = CatalogueRepo(s).rules()
        engine = ApplicabilityEngine(rules)
        with self._lock:
            self._engine, self._engine_key, self._standards = engine, key, {}
        return engine

    def standards(self, codes: Iterable[str]) -> dict[str, Standard]:
        """Standards by code, cached for the current catalogue version."""
        wanted = set(codes)
        with self._lock:
            missing = wanted - self._standards.keys()
        if missing:
            with self.ws.session() as s:
                found = CatalogueRepo(s).standards(missing)
            with self._lock:
                self._standards.update(found)
        with self._lock:
            return {c: self._standards[c] for c in wanted if c in self._standards}

    def applicable(self, product: Product, as_of: dt.date | None = None) -> list[Applicable]:
        """The standards that concern `product` as of `as_of` (the workspace's today by default)."""
        engine = self.engine()
        codes = {r.standard for r in engine.matching_rules(product)}
        return engine.applicable(product, self.standards(codes), as_of or self.ws.today())

    def applicable_many(
        self, products: list[Product], as_of: dt.date | None = None
    ) -> dict[str, list[Applicable]]:
        """`applicable` for several products at once, by SKU, all as of one day."""
        engine = self.engine()
        day = as_of or self.ws.today()
        standards = self.standards(engine.standards_of(products))
        return {p.sku: engine.applicable(p, standards, day) for p in products}

    def products_for_standards(self, codes: Iterable[str]) -> list[Product]:
        """The firm's products that any of `codes` applies to."""
        engine = self.engine()
        with self.ws.session() as s:
            products = ProductsRepo(s).list()
        return engine.products_affected(products, list(codes))

    # emission factors -----------------------------------------------------------

    def factors(self) -> list[Factor]:
        """The platform's emission factors (protocol 2), by id; none from a protocol-1 platform."""
        with self.ws.session() as s:
            return CatalogueRepo(s).factors()

    # notices ------------------------------------------------------------------

    def notices(self) -> list[NoticeView]:
        """Notices, the ones concerning the firm's products first, newest first."""
        engine = self.engine()
        with self.ws.session() as s:
            notices = CatalogueRepo(s).notices()
            read = FirmRepo(s).read_notices()
            products = ProductsRepo(s).list()
        masks = [(p.sku, engine.match_mask(p)) for p in products]
        views = []
        for n in notices:
            mask = engine.standard_mask(n.standards)
            affected = tuple(sku for sku, m in masks if m & mask) if mask else ()
            views.append(NoticeView(n, n.id in read, affected))
        views.sort(key=lambda v: (not v.mine, -v.notice.published.toordinal(), v.notice.id))
        return views

    def notices_about(self, code: str) -> list[Notice]:
        with self.ws.session() as s:
            return CatalogueRepo(s).notices_about(code)

    def mark_notice(self, notice_id: str, read: bool = True) -> ChangeSet:
        with self.ws.session() as s:
            FirmRepo(s).mark_notice(notice_id, read)
        return ChangeSet.NOTICES
