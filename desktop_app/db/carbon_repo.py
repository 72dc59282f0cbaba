"""Carbon-footprint records: activity data sets, firm factors, monthly totals, estimate history.

The only code that queries the `carbon_*` tables. It stores what
`core.carbon` already accepted and gives back core dataclasses. Estimates
are only ever added: a recomputation after a factor update is a new row,
so the old figure stays as history.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from ..core.carbon import Activity, ActivityData
from ..core.carbon_allocation import Month
from ..core.carbon_estimate import Estimate, Line
from ..core.catalogue import Factor, LocalText
from .models import (
    CarbonActivityRow,
    CarbonDataSetRow,
    CarbonEstimateRow,
    CarbonFirmFactorRow,
    CarbonMonthRow,
    ProductRow,
    utcnow,
)

T = TypeVar("T")
# ids per `IN (...)`: well under SQLite's and PostgreSQL's limits on bound parameters
CHUNK = 500


def chunks(items: Iterable[T], size: int = CHUNK) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


@dataclass(frozen=True)
class RecordedEstimate:
    """An estimate as it was computed and kept: when, why, and with which factor values."""

    estimate: Estimate
    computed_at: dt.datetime
    cause: str  # entered | allocated | factor_update
    factors: dict[str, float]


class CarbonRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    # data sets -----------------------------------------------------------------

    def _set_row(self, sku: str, batch: str | None) -> CarbonDataSetRow | None:
        q = (
            select(CarbonDataSetRow)
            .join(ProductRow, ProductRow.id == CarbonDataSetRow.product_id)
            .where(ProductRow.sku == sku)
        )
        q = q.where(CarbonDataSetRow.batch.is_(None) if batch is None else CarbonDataSetRow.batch == batch)
        return self.s.scalars(q).first()

    def data_set(self, sku: str, batch: str | None = None) -> ActivityData | None:
        row = self._set_row(sku, batch)
        return None if row is None else self._data(row, sku)

    def data_sets(self, ids: Collection[int] | None = None) -> list[ActivityData]:
        """Every data set (or those of `ids`), by SKU and batch, in a few queries (not one a set)."""
        return [data for _, data in self.data_sets_with_ids(ids)]

    def data_sets_with_ids(self, ids: Collection[int] | None = None) -> list[tuple[int, ActivityData]]:
        """`(data set id, data)` of every data set (or those of `ids`), by SKU and batch."""
        q = (
            select(CarbonDataSetRow, ProductRow.sku)
            .join(ProductRow, ProductRow.id == CarbonDataSetRow.product_id)
            .order_by(ProductRow.sku, CarbonDataSetRow.batch)
        )
        if ids is None:
            found = self._pairs(q)
        else:
            found = [
                pair for part in chunks(ids) for pair in self._pairs(q.where(CarbonDataSetRow.id.in_(part)))
            ]
            found.sort(key=lambda pair: (pair[1], pair[0].batch or ""))
        return [(row.id, data) for (row, _), data in zip(found, self._datas(found), strict=True)]

    def set_stamps(self, ids: Collection[int]) -> dict[int, dt.datetime]:
        """Data set id → when it was last saved, for those of `ids` that still exist."""
        q = select(CarbonDataSetRow.id, CarbonDataSetRow.updated_at)
        return {
            i: at for part in chunks(ids) for i, at in self.s.execute(q.where(CarbonDataSetRow.id.in_(part)))
        }

    def data_sets_of(self, product_ids: Collection[int], batch: str | None = None) -> dict[int, ActivityData]:
        """Product id → its data set of `batch` (None: the product's own), for those that have one."""
        cond = CarbonDataSetRow.batch.is_(None) if batch is None else CarbonDataSetRow.batch == batch
        q = select(CarbonDataSetRow, ProductRow.sku).join(
            ProductRow, ProductRow.id == CarbonDataSetRow.product_id
        )
        found = [
            pair
            for part in chunks(product_ids)
            for pair in self._pairs(q.where(cond, CarbonDataSetRow.product_id.in_(part)))
        ]
        return {row.product_id: data for (row, _), data in zip(found, self._datas(found), strict=True)}

    def _pairs(self, q: Any) -> list[tuple[CarbonDataSetRow, str]]:  # a select of (row, sku)
        return [(row, sku) for row, sku in self.s.execute(q)]

    def _datas(self, found: Sequence[tuple[CarbonDataSetRow, str]]) -> list[ActivityData]:
        """The data of each `(row, sku)`, their lines read in one query per `CHUNK` sets."""
        lines: dict[int, list[Activity]] = {row.id: [] for row, _ in found}
        for part in chunks(list(lines)):
            q = (
                select(CarbonActivityRow)
                .where(CarbonActivityRow.data_set_id.in_(part))
                .order_by(CarbonActivityRow.data_set_id, CarbonActivityRow.position)
            )
            for a in self.s.scalars(q):
                lines[a.data_set_id].append(_activity(a))
        return [_data_of(row, sku, lines[row.id]) for row, sku in found]

    def _data(self, row: CarbonDataSetRow, sku: str) -> ActivityData:
        return self._datas([(row, sku)])[0]

    def save_data_set(self, product_id: int, data: ActivityData) -> int:
        """Write `data` over the product's (or batch's) earlier data set; its history stays."""
        return self.save_data_sets([(product_id, data)])[0].id

    def save_data_sets(self, items: Sequence[tuple[int, ActivityData]]) -> list[CarbonDataSetRow]:
        """Write each `(product id, data)` over its earlier data set, in bulk: one read of the
        existing sets, one delete of their lines, one insert of the new lines (per `CHUNK`)."""
        pids = {pid for pid, _ in items}
        existing = {
            (row.product_id, row.batch): row
            for part in chunks(pids)
            for row in self.s.scalars(select(CarbonDataSetRow).where(CarbonDataSetRow.product_id.in_(part)))
        }
        now = utcnow()
        rows = []
        for pid, data in items:
            row = existing.get((pid, data.batch))
            if row is None:
                row = existing[(pid, data.batch)] = CarbonDataSetRow(product_id=pid, batch=data.batch)
                self.s.add(row)
            row.declared_unit = data.declared_unit
            row.note = data.note
            row.factor_overrides = dict(data.factor_overrides)
            row.updated_at = now
            rows.append(row)
        self.s.flush()
        for part in chunks([row.id for row in rows]):
            self.s.execute(delete(CarbonActivityRow).where(CarbonActivityRow.data_set_id.in_(part)))
        new_lines = [
            {
                "data_set_id": row.id,
                "position": i,
                "source": a.source,
                "name": a.name,
                "quantity": a.quantity,
                "unit": a.unit,
                "quality": a.quality,
                "factor_id": a.factor_id,
                "energy_content": a.energy_content,
                "yield_loss": a.yield_loss,
                "allocation": a.allocation,
            }
            for row, (_, data) in zip(rows, items, strict=True)
            for i, a in enumerate(data.activities)
        ]
        for lines in chunks(new_lines):
            self.s.execute(insert(CarbonActivityRow), lines)
        return rows

    # estimates -------------------------------------------------------------------

    def add_estimate(self, sku: str, batch: str | None, e: Estimate, cause: str) -> RecordedEstimate:
        row = self._set_row(sku, batch)
        assert row is not None, "the data set is saved before its estimate"
        return self.add_estimates([(row.id, e)], cause)[0]

    def add_estimates(self, items: Sequence[tuple[int, Estimate]], cause: str) -> list[RecordedEstimate]:
        """Keep each `(data set id, estimate)`, all computed now, in one insert per `CHUNK`."""
        now = utcnow()
        values = [
            {
                "data_set_id": set_id,
                "computed_at": now,
                "cause": cause,
                "total_kgco2e": e.total_kgco2e,
                "uncertainty_kgco2e": e.uncertainty_kgco2e,
                "measured_share": e.measured_share,
                "lines": [dataclasses.asdict(li) for li in e.lines],
                "factors": e.factors_used,
            }
            for set_id, e in items
        ]
        for part in chunks(values):
            self.s.execute(insert(CarbonEstimateRow), part)
        return [RecordedEstimate(e, now, cause, dict(e.factors_used)) for _, e in items]

    def newest_factors(self, ids: Collection[int] | None = None) -> dict[int, dict[str, float]]:
        """Data set id → the factor values its newest estimate used (of every set, or of `ids`),
        in one query (per `CHUNK` ids): a sync's check of what a factor change made stale,
        without reading every history."""
        q = select(
            CarbonEstimateRow.data_set_id,
            CarbonEstimateRow.computed_at,
            CarbonEstimateRow.id,
            CarbonEstimateRow.factors,
        )
        parts = [q] if ids is None else [q.where(CarbonEstimateRow.data_set_id.in_(p)) for p in chunks(ids)]
        newest: dict[int, tuple[dt.datetime, int, dict[str, Any]]] = {}
        for part in parts:
            for set_id, at, id_, used in self.s.execute(part):
                if set_id not in newest or (at, id_) > newest[set_id][:2]:
                    newest[set_id] = (at, id_, used)
        return {k: {f: float(v) for f, v in (used or {}).items()} for k, (_, _, used) in newest.items()}

    def has_estimates(self) -> bool:
        return self.s.scalar(select(CarbonEstimateRow.id).limit(1)) is not None

    def history(self, sku: str, batch: str | None = None) -> list[RecordedEstimate]:
        """Every estimate of the data set, oldest first."""
        row = self._set_row(sku, batch)
        if row is None:
            return []
        recs = self.s.scalars(
            select(CarbonEstimateRow)
            .where(CarbonEstimateRow.data_set_id == row.id)
            .order_by(CarbonEstimateRow.computed_at, CarbonEstimateRow.id)
        )
        return [self._recorded(r, sku, row) for r in recs]

    def _recorded(self, r: CarbonEstimateRow, sku: str, ds: CarbonDataSetRow) -> RecordedEstimate:
        est = Estimate(
            sku=sku,
            declared_unit=ds.declared_unit,
            batch=ds.batch,
            total_kgco2e=r.total_kgco2e,
            lines=tuple(Line(**li) for li in r.lines),
            measured_share=r.measured_share,
            uncertainty_kgco2e=r.uncertainty_kgco2e,
        )
        return RecordedEstimate(est, r.computed_at, r.cause, {k: float(v) for k, v in r.factors.items()})

    # firm factors ------------------------------------------------------------------

    def firm_factors(self) -> list[Factor]:
        rows = self.s.scalars(select(CarbonFirmFactorRow).order_by(CarbonFirmFactorRow.id))
        return [_factor(r) for r in rows]

    def firm_factor(self, factor_id: str) -> Factor | None:
        row = self.s.get(CarbonFirmFactorRow, factor_id)
        return None if row is None else _factor(row)

    def add_firm_factor(self, f: Factor) -> None:
        self.s.add(
            CarbonFirmFactorRow(
                id=f.id,
                kind=f.kind,
                name=f.name.zh or f.name.en or "",
                region=f.region,
                value=f.value,
                unit=f.unit,
                scope=f.scope,
                year=f.year,
                source=f.source.zh or f.source.en or "",
                url=f.url,
            )
        )

    def factor_users(self, factor_id: str) -> list[str]:
        """SKUs whose activity data (a line or a source's override) or any kept estimate names
        `factor_id`, sorted. The overrides and the estimates' factors are JSON: read in Python."""
        skus: set[str] = set()
        by_set = select(ProductRow.sku).join(CarbonDataSetRow, CarbonDataSetRow.product_id == ProductRow.id)
        skus.update(
            self.s.scalars(
                by_set.join(CarbonActivityRow, CarbonActivityRow.data_set_id == CarbonDataSetRow.id).where(
                    CarbonActivityRow.factor_id == factor_id
                )
            )
        )
        for sku, overrides in self.s.execute(by_set.add_columns(CarbonDataSetRow.factor_overrides)):
            if factor_id in (overrides or {}).values():
                skus.add(sku)
        estimates = by_set.add_columns(CarbonEstimateRow.factors).join(
            CarbonEstimateRow, CarbonEstimateRow.data_set_id == CarbonDataSetRow.id
        )
        for sku, used in self.s.execute(estimates):
            if factor_id in (used or {}):
                skus.add(sku)
        return sorted(skus)

    def remove_firm_factor(self, factor_id: str) -> bool:
        row = self.s.get(CarbonFirmFactorRow, factor_id)
        if row is None:
            return False
        self.s.delete(row)
        return True

    # monthly totals ----------------------------------------------------------------

    def add_month(self, m: Month) -> None:
        self.s.add(
            CarbonMonthRow(
                month=m.month,
                basis=m.basis,
                total_basis=m.total_basis,
                totals=[[t.source, t.quantity, t.unit, t.energy_content] for t in m.totals],
                shares=[[s.key, s.basis, s.units_made] for s in m.shares],
            )
        )

    def months(self) -> list[dict[str, Any]]:
        rows = self.s.scalars(select(CarbonMonthRow).order_by(CarbonMonthRow.month, CarbonMonthRow.id))
        return [
            {
                "month": r.month,
                "basis": r.basis,
                "total": r.total_basis,
                "totals": r.totals,
                "shares": r.shares,
            }
            for r in rows
        ]


def _activity(a: CarbonActivityRow) -> Activity:
    return Activity(
        source=a.source,
        quantity=a.quantity,
        unit=a.unit,
        quality=a.quality,
        name=a.name,
        factor_id=a.factor_id,
        energy_content=a.energy_content,
        yield_loss=a.yield_loss,
        allocation=a.allocation,
    )


def _data_of(row: CarbonDataSetRow, sku: str, lines: list[Activity]) -> ActivityData:
    return ActivityData(
        sku=sku,
        declared_unit=row.declared_unit,
        batch=row.batch,
        note=row.note,
        factor_overrides=dict(row.factor_overrides or {}),
        activities=tuple(lines),
    )


def _factor(r: CarbonFirmFactorRow) -> Factor:
    """A firm factor as a core `Factor`; its text is kept as the firm wrote it (one language)."""
    return Factor(
        id=r.id,
        kind=r.kind,
        name=LocalText(zh=r.name, en=r.name),
        region=r.region,
        value=r.value,
        unit=r.unit,
        scope=r.scope,
        year=r.year,
        source=LocalText(zh=r.source, en=r.source),
        url=r.url,
    )


def product_id(session: Session, sku: str) -> int | None:
    return session.scalar(select(ProductRow.id).where(ProductRow.sku == sku))


def product_ids(session: Session, skus: Collection[str]) -> dict[str, int]:
    """SKU → product id of those of `skus` that exist, in one query per `CHUNK`."""
    return {
        sku: pid
        for part in chunks(set(skus))
        for sku, pid in session.execute(select(ProductRow.sku, ProductRow.id).where(ProductRow.sku.in_(part)))
    }
