"""Recomputing the estimates a factor update made stale, in short batches, cancellable.

At 5,000 products one transaction doing it all held the database lane for
about 20 s, so nothing else the GUI wanted from the database could run. Here
the reading and the arithmetic happen where the caller runs (a sync runs on
the network lane; reads need no lane), and only the writes go through
`db_lane`, `BATCH` data sets at a time: between two batches the lane runs
whatever else was queued (the user's save, a page's reload).

Each batch is one short transaction and whole: a cancel between batches
keeps what was written (each kept estimate is right for the factors it
names) and leaves the rest stale, which the next call finds and finishes.
A data set saved while its batch was being computed (its `updated_at`
moved) is skipped: that save estimated it with the current factors already.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from ..core.carbon_estimate import Estimate, estimate
from ..core.catalogue import Factor
from ..core.errors import AssistantError
from ..db.carbon_repo import CarbonRepo, chunks
from ..db.catalogue_repo import CatalogueRepo
from .changes import Changed, ChangeSet

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from . import Workspace

log = logging.getLogger(__name__)

T = TypeVar("T")
DbLane = Callable[[Callable[[], T]], T]
Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

BATCH = 200  # data sets a write transaction: a few tens of milliseconds on the lane


def in_place(step: Callable[[], T]) -> T:
    """The `db_lane` of a caller without lanes (the CLI, tests): the step runs right here."""
    return step()


def factors_by_id(s: Session) -> dict[str, Factor]:
    """The platform's factors and the firm's, by id (the platform's win a shared id)."""
    out = {f.id: f for f in CarbonRepo(s).firm_factors()}
    out.update({f.id: f for f in CatalogueRepo(s).factors()})
    return out


def stale_sets(factors: dict[str, Factor], newest: dict[int, dict[str, float]]) -> list[int]:
    """Data set ids whose newest estimate used a factor that is gone or whose value changed."""
    return sorted(
        set_id
        for set_id, used in newest.items()
        if not all(fid in factors and factors[fid].value == v for fid, v in used.items())
    )


Planned = tuple[int, dt.datetime, str, Estimate]  # data set id, its updated_at when read, sku, estimate


def _plan(ws: Workspace, ids: Sequence[int], factors: dict[str, Factor]) -> list[Planned]:
    """Read a batch's data sets that are still stale (no lane needed) and estimate each; one
    that cannot be estimated now (its factor was removed) keeps its last estimate, logged."""
    with ws.session() as s:
        repo = CarbonRepo(s)
        ids = stale_sets(factors, repo.newest_factors(ids))  # a save since the first look may have
        found = repo.data_sets_with_ids(ids) if ids else []  # estimated it with these factors
        stamps = repo.set_stamps(ids)
    planned = []
    for set_id, data in found:
        try:
            planned.append((set_id, stamps[set_id], data.sku, estimate(data, factors)))
        except AssistantError as exc:
            log.warning("carbon estimate of %s not recomputed: %s", data.sku, exc)
    return planned


def _write(ws: Workspace, planned: list[Planned]) -> Changed[list[str]]:
    """The database step of one batch: keep the estimates of the sets nobody saved meanwhile."""
    with ws.session() as s:
        repo = CarbonRepo(s)
        now = repo.set_stamps([p[0] for p in planned])
        still = [p for p in planned if now.get(p[0]) == p[1]]
        repo.add_estimates([(set_id, e) for set_id, _, _, e in still], "factor_update")
    skus = [sku for _, _, sku, _ in still]
    return Changed(skus, ChangeSet.CARBON if skus else ChangeSet.NONE)


def recompute_stale(
    ws: Workspace,
    *,
    db_lane: DbLane[Any] = in_place,
    cancel: Cancel | None = None,
    progress: Progress | None = None,
    batch: int = BATCH,
) -> Changed[list[str]]:
    """A new estimate for every data set whose newest one used a factor value that changed.

    Returns the SKUs recomputed (sorted, each once), with `CARBON` when
    there is one; the old estimates stay. `progress(done, total)` counts
    data sets after each batch; `cancel()` is asked before each.
    """
    with ws.session() as s:
        factors = factors_by_id(s)
        stale = stale_sets(factors, CarbonRepo(s).newest_factors())
    recomputed: set[str] = set()
    done = 0
    for ids in chunks(stale, batch):
        if cancel is not None and cancel():
            log.info("carbon recomputation cancelled after %d of %d data set(s)", done, len(stale))
            break
        planned = _plan(ws, ids, factors)
        if planned:
            written: Changed[list[str]] = db_lane(functools.partial(_write, ws, planned))
            recomputed.update(written.value)
        done += len(ids)
        if progress is not None:
            progress(done, len(stale))
    return Changed(sorted(recomputed), ChangeSet.CARBON if recomputed else ChangeSet.NONE)
