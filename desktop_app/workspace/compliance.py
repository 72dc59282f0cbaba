"""`ws.compliance`: whether each product is proven to meet what applies to it.

The standards that apply (the catalogue's rules) and the firm's own
requirement sets (a customer's, or chosen products') are judged alike
against the product's results (`core.compliance`). The firm-wide view (the
dashboard's "products not proven compliant: N") is cached per product:
adding or removing results recomputes only the products concerned, and any
change of the catalogue, the products, the reports, the requirement sets,
the re-test interval or the day starts afresh.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..core.applicability import IN_FORCE, Applicable
from ..core.compliance import (
    COMPLIANT,
    FAILING,
    INCOMPLETE,
    NOT_REQUIRED,
    STATUS_ORDER,
    ItemStatus,
    Memo,
    ProductCompliance,
    StandardStatus,
    product_compliance,
    statuses,
)
from ..core.products import Product, ProductFilter
from ..core.requirement_sets import RequirementSet, as_applicable
from ..core.results import TestResult
from ..db.products_repo import ProductsRepo
from ..db.requirement_sets_repo import RequirementSetsRepo
from ..db.results_repo import ResultsRepo, evidence_stamp

if TYPE_CHECKING:
    from . import Workspace

__all__ = ["ComplianceService", "EvidenceGap", "FirmCompliance"]


@dataclass(frozen=True)
class EvidenceGap:
    """A mandatory standard in force without passing evidence (`gaps`' kind `evidence`)."""

    sku: str
    standard: str
    grade: str | None
    status: str  # failing | expired | incomplete
    failing: tuple[str, ...]  # item keys
    missing: tuple[str, ...]  # item keys without a result that decides
    expired: tuple[str, ...]


@dataclass(frozen=True)
class FirmCompliance:
    """Every product's overall status; `not_proven` lists the SKUs, failing ones first."""

    by_sku: dict[str, str]
    as_of: dt.date

    @property
    def not_proven(self) -> list[str]:
        rank = {s: i for i, s in enumerate(STATUS_ORDER)}
        found = [sku for sku, s in self.by_sku.items() if s not in (COMPLIANT, NOT_REQUIRED)]
        return sorted(found, key=lambda sku: (rank[self.by_sku[sku]], sku))

    def count(self, status: str) -> int:
        return sum(1 for s in self.by_sku.values() if s == status)

    @property
    def failing(self) -> int:
        return self.count(FAILING)


def _gap(sku: str, st: StandardStatus) -> EvidenceGap:
    def keys(items: Iterable[ItemStatus]) -> tuple[str, ...]:
        return tuple(i.key for i in items)

    return EvidenceGap(
        sku=sku,
        standard=st.code,
        grade=st.grade,
        status=st.status,
        failing=keys(st.failing),
        missing=keys(st.missing),
        expired=keys(i for i in st.items if i.passed is True and i.expired),
    )


class ComplianceService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self._lock = threading.Lock()
        self._stamp: tuple[object, ...] | None = None
        self._cache: dict[str, ProductCompliance] = {}
        self._stale: set[str] = set()

    # what applies ------------------------------------------------------------------

    def requirement_sets(self) -> list[RequirementSet]:
        with self.ws.session() as s:
            return RequirementSetsRepo(s).list()

    def applicable(self, product: Product, as_of: dt.date | None = None) -> list[Applicable]:
        """The catalogue's applicable standards, then the firm's requirement sets that apply."""
        found = self.ws.catalogue.applicable(product, as_of or self.ws.today())
        return found + _sets_for(product, self.requirement_sets())

    # one product -----------------------------------------------------------------------

    def for_product(self, sku: str, as_of: dt.date | None = None) -> list[StandardStatus]:
        """The status of every standard and requirement set that concerns `sku` as of `as_of`."""
        day = as_of or self.ws.today()
        with self.ws.session() as s:
            product = ProductsRepo(s).get(sku)
            results = ResultsRepo(s).list(sku=sku)
        return statuses(
            self.applicable(product, day), results, as_of=day, retest_months=self.ws.firm().retest_months
        )

    # the whole firm ----------------------------------------------------------------------

    def invalidate(self, skus: Iterable[str] | None = None) -> None:
        """Results of `skus` changed (every product's when None): recompute them next time."""
        with self._lock:
            if skus is None:
                self._stamp = None
            else:
                self._stale.update(skus)

    def _current_stamp(self, day: dt.date) -> tuple[object, ...]:
        with self.ws.session() as s:
            evidence = evidence_stamp(s)
        stats = self.ws.catalogue.stats()
        return (day, self.ws.firm().retest_months, stats.version, stats.rules, stats.standards, *evidence)

    def all_products(self, as_of: dt.date | None = None) -> dict[str, ProductCompliance]:
        """Every product's overall status, by SKU (cached; see the module's notes)."""
        day = as_of or self.ws.today()
        stamp = self._current_stamp(day)
        with self._lock:
            fresh = self._stamp == stamp
            stale = set(self._stale) if fresh else None
            self._stale.clear()
        if fresh and not stale:
            return dict(self._cache)
        with self.ws.session() as s:
            if stale:
                products = ProductsRepo(s).list(ProductFilter(skus=tuple(sorted(stale))))
                results = ResultsRepo(s).for_skus(sorted(stale))
            else:
                products = ProductsRepo(s).list()
                results = ResultsRepo(s).by_sku()
            sets = RequirementSetsRepo(s).list()
        with _gc_paused():
            computed = self._compute(products, results, sets, day)
        with self._lock:
            if stale:
                for sku in stale:
                    self._cache.pop(sku, None)
                self._cache.update(computed)
            else:
                self._cache = computed
            self._stamp = stamp
            return dict(self._cache)

    def _compute(
        self,
        products: list[Product],
        results: dict[str, list[TestResult]],
        sets: list[RequirementSet],
        day: dt.date,
    ) -> dict[str, ProductCompliance]:
        months = self.ws.firm().retest_months
        applicable = self.ws.catalogue.applicable_many(products, day)
        memo: Memo = {}  # per standard, shared by every product of this pass
        return {
            p.sku: product_compliance(
                applicable[p.sku] + _sets_for(p, sets) if sets else applicable[p.sku],
                results.get(p.sku, ()),
                as_of=day,
                retest_months=months,
                memo=memo,
            )
            for p in products
        }

    def summary(self, as_of: dt.date | None = None) -> FirmCompliance:
        """Each product's overall status (the dashboard's count: `not_proven`)."""
        day = as_of or self.ws.today()
        found = self.all_products(day)
        return FirmCompliance({sku: pc.status for sku, pc in found.items()}, day)

    def evidence_gaps(self, as_of: dt.date | None = None) -> list[EvidenceGap]:
        """Mandatory standards in force that are not proven, per product (failing first, then SKU)."""
        rank = {s: i for i, s in enumerate(STATUS_ORDER)}
        gaps: list[EvidenceGap] = []
        for sku, pc in self.all_products(as_of).items():
            gaps.extend(
                _gap(sku, st)
                for st in pc.judged
                if st.standard.mandatory
                and st.applies == IN_FORCE
                and st.status not in (COMPLIANT, NOT_REQUIRED)
            )
            gaps.extend(_untested_gap(sku, a) for a in pc.unproven)
        return sorted(gaps, key=lambda g: (rank[g.status], g.sku, g.standard))


class _GcPause:
    """No cyclic garbage collection while a firm-wide pass builds its million small objects.

    They are all alive until the pass ends, so the collector's repeated
    scans (a third of the pass's time) find nothing; it runs again after.
    Nested and concurrent passes count: the last one out restores it.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._holders = 0
        self._was_enabled = True

    @contextlib.contextmanager
    def __call__(self) -> Iterator[None]:
        with self._lock:
            if self._holders == 0:
                self._was_enabled = gc.isenabled()
                gc.disable()
            self._holders += 1
        try:
            yield
        finally:
            with self._lock:
                self._holders -= 1
                if self._holders == 0 and self._was_enabled:
                    gc.enable()


_gc_paused = _GcPause()


def _untested_gap(sku: str, a: Applicable) -> EvidenceGap:
    from .results import items_of  # the items results may be entered for

    return EvidenceGap(sku, a.standard.code, a.grade, INCOMPLETE, (), tuple(items_of(a)), ())


def _sets_for(product: Product, sets: Iterable[RequirementSet]) -> list[Applicable]:
    found = (as_applicable(rs, product.sku, product.customer) for rs in sets)
    return [a for a in found if a is not None]
