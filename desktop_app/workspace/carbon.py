"""`ws.carbon`: product carbon footprints, as screening estimates with their history.

Every mutation checks everything first (`core.carbon*`) and computes the
estimate before it writes: bad input, a factor that does not fit or does
not exist, shares that do not add up — nothing is written. Each estimate is
stored with the factor ids and values it used; when a sync changes one of
those values, `recompute_stale` adds a new estimate and keeps the old one.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.carbon import Activity, ActivityData, check_data
from ..core.carbon_allocation import Month, allocate, check_month
from ..core.carbon_estimate import Estimate, WhatIf, estimate, what_if
from ..core.carbon_factors import FactorEntry, check_firm_factor
from ..core.catalogue import Factor
from ..core.certificates import Certificate
from ..core.errors import ConflictError, NotFoundError, Reason, ValidationError
from ..db.carbon_repo import CarbonRepo, RecordedEstimate, product_ids
from ..db.catalogue_repo import CatalogueRepo
from . import carbon_recompute
from .carbon_recompute import Cancel, DbLane, Progress, factors_by_id, in_place
from .changes import Changed, ChangeSet

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from . import Workspace

log = logging.getLogger(__name__)

__all__ = ["CarbonService", "RecordedEstimate", "VerifiedFootprint"]

VERIFIED_SCHEME = "carbon-footprint"


@dataclass(frozen=True)
class VerifiedFootprint:
    """A verified carbon-footprint certificate and the estimate it was based on.

    The estimate is the newest one of the product computed on or before the
    day the certificate was issued (None when there was none): what the firm
    had in hand when the verifier looked. Derived, so no migration is needed;
    a link the user picks by hand would need a column (see the task report).
    """

    certificate: Certificate
    sku: str
    estimate: RecordedEstimate | None


def based_on(cert: Certificate, history: list[RecordedEstimate]) -> RecordedEstimate | None:
    """The newest of `history` (oldest first) computed on or before the certificate's issue date."""
    earlier = [r for r in history if r.computed_at.date() <= cert.issued]
    return earlier[-1] if earlier else None


def _save(
    repo: CarbonRepo, planned: Sequence[tuple[int, ActivityData, Estimate]], cause: str
) -> list[RecordedEstimate]:
    """Write each planned `(product id, data, estimate)`: the data sets, then their estimates."""
    rows = repo.save_data_sets([(pid, data) for pid, data, _ in planned])
    return repo.add_estimates([(row.id, e) for row, (_, _, e) in zip(rows, planned, strict=True)], cause)


def _allocated(
    old: ActivityData, lines: Sequence[Activity], factor_overrides: Mapping[str, str] | None
) -> ActivityData:
    """`old` with the allocated `lines` in place of its lines of the same sources; an allocated
    line keeps the factor and energy content its product named before."""
    sources = {a.source for a in lines}
    kept = tuple(a for a in old.activities if a.source not in sources)
    before = {a.source: a for a in old.activities}
    lines = tuple(
        replace(
            a,
            factor_id=before[a.source].factor_id if a.source in before else None,
            energy_content=a.energy_content
            or (before[a.source].energy_content if a.source in before else None),
        )
        for a in lines
    )
    overrides = {**old.factor_overrides, **(factor_overrides or {})}
    return replace(old, activities=kept + lines, factor_overrides=overrides)


class CarbonService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    # factors -----------------------------------------------------------------------

    def factors(self) -> list[FactorEntry]:
        """The platform's factors, then the firm's, each by id."""
        with self.ws.session() as s:
            return [FactorEntry(f, "catalogue") for f in CatalogueRepo(s).factors()] + [
                FactorEntry(f, "firm") for f in CarbonRepo(s).firm_factors()
            ]

    @staticmethod
    def _factors(s: Session) -> dict[str, Factor]:
        return factors_by_id(s)

    def add_factor(self, factor: Factor) -> Changed[Factor]:
        """Record a factor the firm vouches for (with its source); refuses an id already taken."""
        factor = check_firm_factor(factor)
        with self.ws.session() as s:
            if factor.id in self._factors(s):
                raise ConflictError("id", factor.id)
            CarbonRepo(s).add_firm_factor(factor)
        return Changed(factor, ChangeSet.CARBON)

    def remove_factor(self, factor_id: str) -> ChangeSet:
        """Remove one of the firm's factors, or nothing.

        Refused while a product's activity data or any kept estimate names it
        (the error names the products): a kept figure keeps its source. A
        platform factor is refused too: only a sync changes those.
        """
        with self.ws.session() as s:
            repo = CarbonRepo(s)
            if repo.firm_factor(factor_id) is None:
                if any(f.id == factor_id for f in CatalogueRepo(s).factors()):
                    raise ValidationError("id", factor_id, Reason.CARBON_FACTOR_NOT_FIRM)
                raise NotFoundError("factor", factor_id)
            users = repo.factor_users(factor_id)
            if users:
                raise ValidationError("id", factor_id, Reason.CARBON_FACTOR_IN_USE, products=users)
            repo.remove_firm_factor(factor_id)
        return ChangeSet.CARBON

    # activity data and estimates -------------------------------------------------------

    def set(self, data: ActivityData) -> Changed[RecordedEstimate]:
        """Store a product's (or batch's) activity data and its estimate, or nothing."""
        done = self.set_many([data])
        return Changed(done.value[0], done.changes)

    def set_many(self, sets: Sequence[ActivityData]) -> Changed[list[RecordedEstimate]]:
        """Store several products' (or batches') activity data and their estimates in one
        transaction, or nothing: every set is checked and estimated before anything is written,
        and the reads and writes are in bulk (a few statements, not a few per product)."""
        checked = [check_data(d) for d in sets]
        seen: set[tuple[str, str | None]] = set()
        for d in checked:
            if (d.sku, d.batch) in seen:
                raise ValidationError(
                    "sku", d.sku if d.batch is None else f"{d.sku}/{d.batch}", Reason.REPEATED_VALUE
                )
            seen.add((d.sku, d.batch))
        with self.ws.session() as s:
            pids = product_ids(s, {sku for sku, _ in seen})
            missing = next((d.sku for d in checked if d.sku not in pids), None)
            if missing is not None:
                raise NotFoundError("product", missing)
            factors = self._factors(s)
            planned = [(pids[d.sku], d, estimate(d, factors)) for d in checked]  # refuses before writing
            out = _save(CarbonRepo(s), planned, "entered")
        return Changed(out, ChangeSet.CARBON)

    def data(self, sku: str, batch: str | None = None) -> ActivityData:
        with self.ws.session() as s:
            found = CarbonRepo(s).data_set(sku, batch)
        if found is None:
            raise NotFoundError("carbon data", sku if batch is None else f"{sku}/{batch}")
        return found

    def data_sets(self) -> list[ActivityData]:
        with self.ws.session() as s:
            return CarbonRepo(s).data_sets()

    def history(self, sku: str, batch: str | None = None) -> list[RecordedEstimate]:
        """Every estimate kept for the data set, oldest first."""
        with self.ws.session() as s:
            found = CarbonRepo(s).history(sku, batch)
        if not found:
            raise NotFoundError("carbon data", sku if batch is None else f"{sku}/{batch}")
        return found

    def show(self, sku: str, batch: str | None = None) -> RecordedEstimate:
        """The newest estimate."""
        return self.history(sku, batch)[-1]

    def what_if(self, sku: str, variant: WhatIf, batch: str | None = None) -> tuple[Estimate, Estimate]:
        """The current estimate and the variant's, computed now (nothing is stored)."""
        data = self.data(sku, batch)
        with self.ws.session() as s:
            factors = self._factors(s)
        return estimate(data, factors), what_if(data, factors, variant)

    def factors_of(self, e: Estimate) -> list[Factor]:
        """The factors an estimate names, as they are now (for a report's sources)."""
        with self.ws.session() as s:
            factors = self._factors(s)
        return [factors[fid] for fid in dict.fromkeys(li.factor_id for li in e.lines) if fid in factors]

    # verified certificates -------------------------------------------------------------

    def verified(self, sku: str) -> list[VerifiedFootprint]:
        """The `carbon-footprint` certificates in the register covering `sku` (not replaced ones),
        newest issue first, each with the estimate it was based on."""
        states = self.ws.certificates.states(sku=sku)
        certs = sorted(
            (st.certificate for st in states if st.certificate.scheme == VERIFIED_SCHEME),
            key=lambda c: c.issued,
            reverse=True,
        )
        if not certs:
            return []
        with self.ws.session() as s:
            history = CarbonRepo(s).history(sku)
        return [VerifiedFootprint(c, sku, based_on(c, history)) for c in certs]

    def verified_for(self, cert: Certificate) -> list[VerifiedFootprint]:
        """For the certificate side: each product `cert` covers with the estimate it was based on."""
        if cert.scheme != VERIFIED_SCHEME:
            return []
        out = []
        with self.ws.session() as s:
            repo = CarbonRepo(s)
            for sku in cert.products:
                out.append(VerifiedFootprint(cert, sku, based_on(cert, repo.history(sku))))
        return out

    # allocation from a month's totals ------------------------------------------------

    def allocate_month(
        self,
        month: Month,
        *,
        declared_unit: str = "1 kg",
        factor_overrides: Mapping[str, str] | None = None,
    ) -> Changed[list[RecordedEstimate]]:
        """Allocate the month to the SKUs named in its shares and re-estimate each, or nothing.

        A product's allocated lines replace its lines of the same sources;
        its other lines (materials, chemicals...) stay. A product without
        activity data gets a new data set for `declared_unit`.
        `factor_overrides` (source → factor id, e.g. steam → the firm's
        steam factor) are added to each product's own.
        """
        month = check_month(month)
        allocated = allocate(month)
        with self.ws.session() as s:
            repo, factors = CarbonRepo(s), self._factors(s)
            pids = product_ids(s, allocated)
            missing = next((sku for sku in allocated if sku not in pids), None)
            if missing is not None:
                raise NotFoundError("product", missing)
            olds = repo.data_sets_of(pids.values())
            planned: list[tuple[int, ActivityData, Estimate]] = []
            for sku, lines in allocated.items():
                pid = pids[sku]
                old = olds.get(pid) or ActivityData(sku=sku, declared_unit=declared_unit)
                data = check_data(_allocated(old, lines, factor_overrides))
                planned.append((pid, data, estimate(data, factors)))
            repo.add_month(month)
            out = _save(repo, planned, "allocated")
        return Changed(out, ChangeSet.CARBON)

    # after a sync ------------------------------------------------------------------

    def has_estimates(self) -> bool:
        """Whether any estimate is kept (a sync need not look for stale ones otherwise)."""
        with self.ws.session() as s:
            return CarbonRepo(s).has_estimates()

    def recompute_stale(
        self,
        *,
        db_lane: DbLane[Any] = in_place,
        cancel: Cancel | None = None,
        progress: Progress | None = None,
    ) -> Changed[list[str]]:
        """A new estimate for every data set whose newest one used a factor value that changed.

        Returns the SKUs recomputed (sorted, each once), with `CARBON` when
        there is one. The old estimate stays. A data set whose factor the
        sync removed keeps its last estimate (logged): there is nothing
        honest to recompute with. Reads here, writes through `db_lane` in
        short batches, cancellable between them (`carbon_recompute`).
        """
        return carbon_recompute.recompute_stale(self.ws, db_lane=db_lane, cancel=cancel, progress=progress)

    # documents --------------------------------------------------------------------------

    def report(self, sku: str, path: Path, *, lang: str = "zh", batch: str | None = None) -> Path:
        """The screening report as a PDF at `path`."""
        from ..reports.carbon_report import build_report, render_report

        recorded = self.show(sku, batch)
        doc = build_report(
            firm_name=self.ws.firm().name,
            product_name=self.ws.products.get(sku).name,
            data=self.data(sku, batch),
            recorded=recorded,
            factors=self.factors_of(recorded.estimate),
            lang=lang,
        )
        path.write_bytes(render_report(doc))
        return path

    def export(self, sku: str, path: Path, *, batch: str | None = None) -> Path:
        """Activity data, factors and the estimate as `.json` or `.xlsx`, for a verifier."""
        from ..imports.carbon_export import write_export

        recorded = self.show(sku, batch)
        write_export(path, self.data(sku, batch), recorded.estimate, self.factors_of(recorded.estimate))
        return path
