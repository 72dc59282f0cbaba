"""`ws.compliance`: whether each product is proven to meet what applies to it.

The standards that apply (the catalogue's rules) and the firm's own
requirement sets (a customer's, or chosen products') are judged alike
against the product's results (`core.compliance`). The firm-wide view (the
dashboard's "products not proven compliant: N") is cached per product:
adding or removing results recomputes only the products concerned, and any
change of the catalogue, the products, the reports, the requirement sets,
the re-test interval or the day starts afresh.

A firm-wide pass works out each product's status from its results' plain
rows and the few standards it has results for (see `_compute`); which
standards were judged and which mandatory ones are unproven are worked
out when first asked for (`ProductCompliance`, `lists_of`), by the same
rules as one product's own view.

A pass takes half a second of pure Python at 5,000 products, so a caller
that may no longer want its answer (the Products page's proof column, once
a newer reload comes) passes `check`: it is called every `CHECK_EVERY`
products, and whatever it raises (the task's `Cancelled`) stops the pass
there, the cache left as it was, so the pass gives the interpreter back to
the reload instead of competing with it for the GIL. A pass that is not
stopped (the dashboard's count) still gives way: off the main thread it
sleeps `GIVE_WAY_S` every `CHECK_EVERY` products. Beside a pass, a page's
reload (SQLite calls that let go of the GIL, then wait up to 5 ms to get
it back from the pass) took 4-5 times as long; `time.sleep(0)` did not
help, a millisecond's sleep did (bench/bench_pass_beside_reload.py).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import gc
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..core.applicability import IN_FORCE, ApplicabilityEngine, Applicable
from ..core.catalogue import Standard
from ..core.compliance import (
    COMPLIANT,
    FAILING,
    INCOMPLETE,
    NOT_REQUIRED,
    STATUS_ORDER,
    ItemStatus,
    Measured,
    Memo,
    ProductCompliance,
    StandardStatus,
    first_status,
    held_statuses,
    newest_results,
    product_compliance,
    statuses,
)
from ..core.products import Product, ProductFilter
from ..core.requirement_sets import RequirementSet, as_applicable
from ..core.results import TestResult
from ..db.last_results import status_rows
from ..db.products_repo import ProductsRepo
from ..db.requirement_sets_repo import RequirementSetsRepo
from ..db.results_repo import ResultsRepo, evidence_stamp

if TYPE_CHECKING:
    from . import Workspace

__all__ = ["Check", "ComplianceService", "EvidenceGap", "FirmCompliance", "PassTimes"]

Check = Callable[[], None]  # raises to stop a firm-wide pass (`TaskContext.check`)
CHECK_EVERY = 100  # products between two checks: ~10 ms of a pass
GIVE_WAY_S = 0.001  # slept every CHECK_EVERY products off the main thread (~10 % of a pass)


def _no_check() -> None:
    pass


def _give_way() -> None:
    """Let the other threads (a page's reload, the GUI thread) have the interpreter a moment;
    not on the main thread (the command line, where nothing else waits)."""
    if GIVE_WAY_S and threading.current_thread() is not threading.main_thread():
        time.sleep(GIVE_WAY_S)


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


@dataclass
class PassTimes:
    """CPU seconds of the last firm-wide pass, for bench/bench_compliance.py: reading products and
    results; the engine (the standards products have results for); judging them; and the
    products not failing (whether an untested standard in force applies)."""

    reads: float = 0.0
    applicability: float = 0.0
    judging: float = 0.0
    undecided: float = 0.0
    products: int = 0
    undecided_products: int = 0


class ComplianceService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self._lock = threading.Lock()
        self._stamp: tuple[object, ...] | None = None
        self._cache: dict[str, ProductCompliance] = {}
        self._stale: set[str] = set()
        self.last_pass: PassTimes | None = None

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

    def all_products(
        self, as_of: dt.date | None = None, *, check: Check | None = None
    ) -> dict[str, ProductCompliance]:
        """Every product's overall status, by SKU (cached; see the module's notes).

        What `check()` raises stops the pass between products and comes out of
        here; the products it had to recompute are recomputed next time."""
        check = check or _no_check
        check()
        day = as_of or self.ws.today()
        stamp = self._current_stamp(day)
        with self._lock:
            fresh = self._stamp == stamp
            stale = set(self._stale) if fresh else None
            self._stale.clear()
        if fresh and not stale:
            return dict(self._cache)
        started = time.process_time()
        try:
            with _gc_paused():  # the reads' 100,000 rows too
                with self.ws.session() as s:
                    if stale:
                        products = ProductsRepo(s).list(ProductFilter(skus=tuple(sorted(stale))))
                        results = status_rows(s, sorted(stale))
                    else:
                        products = ProductsRepo(s).list()
                        results = status_rows(s)
                    sets = RequirementSetsRepo(s).list()
                times = PassTimes(reads=time.process_time() - started)
                check()
                computed = self._compute(products, results, sets, day, times, check)
        except BaseException:  # stopped (or failed): the stale products stay stale
            if stale:
                with self._lock:
                    self._stale.update(stale)
            raise
        self.last_pass = times
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
        results: Mapping[str, Sequence[Measured]],
        sets: list[RequirementSet],
        day: dt.date,
        times: PassTimes | None = None,
        check: Check = _no_check,
    ) -> dict[str, ProductCompliance]:
        """Every product's status, the lists worked out only when asked for (see `ProductCompliance`).

        A product with a failing item of a standard in force is failing whatever
        else applies to it, so the engine is first asked only for the standards
        a product has results for; the rest (most of the firm's products have a
        failure somewhere) never need their hundreds of other standards. The
        others get their full list, to know whether a standard in force is untested.
        `check()` is called every `CHECK_EVERY` products of each loop.
        """
        times = times or PassTimes()
        clock = time.process_time
        t0 = clock()
        months = self.ws.firm().retest_months
        catalogue = self.ws.catalogue
        grouped = {p.sku: newest_results(results.get(p.sku, ()), day) for p in products}
        tested = {sku: {code for code, _key in found} for sku, found in grouped.items()}
        t1 = clock()
        times.judging += t1 - t0
        engine = catalogue.engine()
        standards = catalogue.standards(set().union(*tested.values()))
        times.applicability += clock() - t1
        own = {p.sku: _sets_for(p, sets) if sets else [] for p in products}
        lists = _PassLists(self.ws, engine, products, results, day, months)
        computed: dict[str, ProductCompliance] = {}
        undecided: list[Product] = []
        held: dict[str, set[str]] = {}
        for n, p in enumerate(products, 1):
            if n % CHECK_EVERY == 0:
                check()
                _give_way()
            codes = tested[p.sku]
            t0 = clock()
            found = engine.applicable_among(p, standards, day, codes) if codes else []
            t1 = clock()
            times.applicability += t1 - t0
            if found is None:  # an answer filed under another code: the plain way
                undecided.append(p)
                continue
            held[p.sku] = held_statuses(found + own[p.sku], grouped[p.sku], as_of=day, retest_months=months)
            times.judging += clock() - t1
            if FAILING in held[p.sku]:
                computed[p.sku] = ProductCompliance(FAILING, fill=lists.filler(p, own[p.sku]))
            else:
                undecided.append(p)
        t0 = clock()
        if undecided:
            standards = catalogue.standards(engine.standards_of(undecided))
        for n, p in enumerate(undecided, 1):
            if n % CHECK_EVERY == 0:
                check()
                _give_way()
            codes = tested[p.sku]
            applicable: list[Applicable] | None = None
            if p.sku not in held:
                applicable = engine.applicable(p, standards, day) + own[p.sku]
                held[p.sku] = held_statuses(applicable, grouped[p.sku], as_of=day, retest_months=months)
            if _untested_in_force(engine, p, standards, day, codes, own[p.sku], applicable):
                held[p.sku].add(INCOMPLETE)
            computed[p.sku] = ProductCompliance(
                first_status(held[p.sku]),
                fill=lists.filler(p, own[p.sku]),
            )
        times.undecided = clock() - t0
        times.products, times.undecided_products = len(products), len(undecided)
        return computed

    @staticmethod
    def lists_of(found: Iterable[ProductCompliance]) -> None:
        """Work out the judged and unproven lists of many products at once (bulk views' first step),
        without the cyclic garbage collector rescanning them."""
        with _gc_paused():
            for pc in found:
                pc.judged  # noqa: B018  # worked out and kept

    def summary(self, as_of: dt.date | None = None, *, check: Check | None = None) -> FirmCompliance:
        """Each product's overall status (the dashboard's count: `not_proven`); `check` as in
        `all_products`."""
        day = as_of or self.ws.today()
        found = self.all_products(day, check=check)
        return FirmCompliance({sku: pc.status for sku, pc in found.items()}, day)

    def evidence_gaps(self, as_of: dt.date | None = None) -> list[EvidenceGap]:
        """Mandatory standards in force that are not proven, per product (failing first, then SKU)."""
        rank = {s: i for i, s in enumerate(STATUS_ORDER)}
        gaps: list[EvidenceGap] = []
        found = self.all_products(as_of)
        self.lists_of(found.values())
        for sku, pc in found.items():
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


def _untested_in_force(
    engine: ApplicabilityEngine,
    product: Product,
    standards: Mapping[str, Standard],
    day: dt.date,
    codes: set[str],
    own: list[Applicable],
    applicable: list[Applicable] | None,
) -> bool:
    """Whether a standard in force (or requirement set) that `product` has no result for applies.

    Asked of a few of the standards its rules name at a time (most products
    have one in the first few), all of them only when none is found.
    """

    def untested(found: Iterable[Applicable]) -> bool:
        return any(a.applies == IN_FORCE and a.standard.code not in codes for a in found)

    if applicable is not None:
        return untested(applicable)
    if untested(own):
        return True
    candidates = sorted(engine.standards_of([product]) - codes)
    start, size = 0, 16
    while start < len(candidates):
        chunk = candidates[start : start + size]
        found = engine.applicable_among(product, standards, day, chunk)
        if found is None:  # an answer filed under another code: ask for all
            return untested(engine.applicable(product, standards, day))
        if untested(found):
            return True
        start, size = start + size, size * 4
    return False


class _PassLists:
    """The judged and unproven lists of one pass's products, worked out when first asked for.

    By the pass's engine (its catalogue version), with every standard that
    applies; the standards of all the pass's products are read once, on the
    first product asked about, and the memo is shared like the pass's.
    """

    def __init__(
        self,
        ws: Workspace,
        engine: ApplicabilityEngine,
        products: list[Product],
        rows: Mapping[str, Sequence[Measured]],
        day: dt.date,
        months: int,
    ) -> None:
        self._ws, self._engine, self._products = ws, engine, products
        self._rows = rows  # the results the pass judged: those read for the lists are kept to them
        self._day, self._months = day, months
        self._memo: Memo = {}
        self._standards: dict[str, Standard] | None = None
        self._results: dict[str, list[TestResult]] | None = None
        self._lock = threading.Lock()

    def _read(self) -> tuple[dict[str, Standard], dict[str, list[TestResult]]]:
        """Every standard that applies to a product of the pass, and the results it judged."""
        with self._lock:
            if self._standards is None or self._results is None:
                self._standards = self._ws.catalogue.standards(self._engine.standards_of(self._products))
                judged = {sku: {r.id for r in rows} for sku, rows in self._rows.items()}
                with self._ws.session() as s:
                    repo = ResultsRepo(s)  # the whole firm's in one go, or those few products'
                    found = repo.by_sku() if len(judged) > 500 else repo.for_skus(list(judged))
                self._results = {
                    sku: [r for r in found.get(sku, ()) if r.id in ids] for sku, ids in judged.items()
                }
            return self._standards, self._results

    def filler(
        self, product: Product, own: list[Applicable]
    ) -> Callable[[], tuple[list[StandardStatus], list[Applicable]]]:
        return functools.partial(self.lists, product, own)

    def lists(self, product: Product, own: list[Applicable]) -> tuple[list[StandardStatus], list[Applicable]]:
        standards, results = self._read()
        applicable = self._engine.applicable(product, standards, self._day) + own
        pc = product_compliance(
            applicable,
            results.get(product.sku, ()),
            as_of=self._day,
            retest_months=self._months,
            memo=self._memo,
        )
        return pc.judged, pc.unproven


def _sets_for(product: Product, sets: Iterable[RequirementSet]) -> list[Applicable]:
    found = (as_applicable(rs, product.sku, product.customer) for rs in sets)
    return [a for a in found if a is not None]
