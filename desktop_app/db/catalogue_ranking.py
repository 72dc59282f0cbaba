"""A text search's ranked list: which standards are found, in which order, how many.

The database answers only what it is fast at: which term rows match (the
FTS5 index on SQLite, pg_trgm on PostgreSQL, `catalogue_search`) and which
codes match. Grouping those rows by standard and ordering the standards is
done here, against the catalogue's browse order kept in memory
(`BrowseOrder`): for a broad query (色牢度 finds 29,709 of 31,300 standards
from 69,000 term rows) grouping, joining and sorting in SQL took 40 ms of the
page's 63 ms on SQLite. (On PostgreSQL the matching itself was the cost: see
migration 0010.)

The order is the one the Standards page has always shown: by score class
(code, title, item), then standards in force before superseded and withdrawn
ones, then by code in code-point order (the same on both engines).
"""

from __future__ import annotations

import heapq
import threading
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from ..core.catalogue import StandardQuery
from . import catalogue_search as search
from . import dialect
from .models import StandardRow, SyncStateRow

OUTDATED = ("superseded", "withdrawn")


@dataclass(frozen=True)
class BrowseOrder:
    """Every standard's place in the browse order by search key, and the other way round."""

    place: dict[int, int]
    keys: list[int]  # by place
    codes: list[str]  # by place


@dataclass(frozen=True)
class Ranked:
    """A search's answer: how many standards it found, and one chunk as (code, score)."""

    total: int
    chunk: list[tuple[str, int]]


_orders: dict[tuple[str, tuple[object, ...]], BrowseOrder] = {}
_orders_lock = threading.Lock()


def _fingerprint(session: Session) -> tuple[object, ...]:
    """What changes whenever the catalogue's standards do.

    Every catalogue change comes through a sync page or an update file, which
    moves the cursor (`sync_state.version`); an upsert gives the standard a new
    search key, a delete lowers the count. Reading these costs a fraction of a
    millisecond; rebuilding the order (31,300 standards) about 90 ms.
    """
    state = session.execute(
        select(SyncStateRow.version, SyncStateRow.latest).where(SyncStateRow.id == 1)
    ).first()
    count, top = session.execute(select(func.count(), func.max(StandardRow.search_key))).one()
    return (tuple(state) if state else None, count, top)


def browse_order(session: Session) -> BrowseOrder:
    """The catalogue's browse order, built once per state of the catalogue and database."""
    bind = session.get_bind()
    key = (bind.engine.url.render_as_string(hide_password=True), _fingerprint(session))
    with _orders_lock:
        found = _orders.get(key)
    if found is not None:
        return found
    rows = list(session.execute(select(StandardRow.search_key, StandardRow.status, StandardRow.code)))
    rows.sort(key=lambda r: (r[1] in OUTDATED, r[2]))
    order = BrowseOrder({r[0]: n for n, r in enumerate(rows)}, [r[0] for r in rows], [r[2] for r in rows])
    with _orders_lock:
        if len(_orders) >= 4:  # a handful of databases in one process (tests, a restore)
            _orders.clear()
        _orders[key] = order
    return order


def best_scores(session: Session, typed: str) -> dict[int, int] | None:
    """Each found standard's best score, by search key; None for a blank query."""
    codes = search.code_hits(typed)
    if codes is None:
        return None
    terms = search.term_ids(typed, session.get_bind().dialect.name)
    best: dict[int, int] = {}
    if terms is not None:
        # 69,000 ids for a broad query, in one value (`dialect.int_list`). Taken in descending
        # order, a standard's last slot written is its lowest: the title, else its first
        # matching item (SLOTS is a power of two).
        shift, mask = search.SLOTS.bit_length() - 1, search.SLOTS - 1
        slots = {t >> shift: t & mask for t in sorted(dialect.int_list(session, terms), reverse=True)}
        title, item = search.TITLE, search.ITEM - 1
        best = {k: item + slot if slot else title for k, slot in slots.items()}
    for key, score in session.execute(codes):
        if score < best.get(key, search.NOT_FOUND):
            best[key] = score
    return best


def ranked(session: Session, query: StandardQuery, *, offset: int = 0, limit: int = 200) -> Ranked | None:
    """The chunk [offset, offset + limit) of a text search's ranked list; None without text.

    Filters (market, tag, status, mandatory) are the repository's own SQL
    (`filter_conditions`), so they mean the same with or without text.
    """
    best = best_scores(session, query.text)
    if best is None:
        return None
    allowed = _allowed_keys(session, query)
    if allowed is not None:
        best = {k: s for k, s in best.items() if k in allowed}
    order = browse_order(session)
    if not best.keys() <= order.place.keys():  # written between the two reads: read the order again
        with _orders_lock:
            _orders.clear()
        order = browse_order(session)
        best = {k: s for k, s in best.items() if k in order.place}
    # one int per standard, class then place, so the heap compares plain ints
    size, rank, place = len(order.keys), search.RANK, order.place
    first = heapq.nsmallest(offset + limit, [s // rank * size + place[k] for k, s in best.items()])
    chunk = [order.keys[n % size] for n in first[offset:]]
    return Ranked(len(best), [(order.codes[place[k]], best[k]) for k in chunk])


def _allowed_keys(session: Session, query: StandardQuery) -> set[int] | None:
    """The search keys the query's filters let through, or None when it has none."""
    conditions = list(filter_conditions(query))
    if not conditions:
        return None
    return set(session.scalars(select(StandardRow.search_key).where(*conditions)))


def filter_conditions(query: StandardQuery) -> Iterable[ColumnElement[bool]]:
    """The SQL conditions of the query's filters (the browse list uses the same)."""
    if query.market:
        yield dialect.json_array_contains(StandardRow.markets, query.market)
    if query.tag:
        yield dialect.json_array_contains(StandardRow.tags, query.tag)
    if query.status:
        yield StandardRow.status == query.status
    if query.mandatory is not None:
        yield StandardRow.mandatory == query.mandatory
