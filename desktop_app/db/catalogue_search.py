"""Catalogue search: the index a sync keeps, and the ranked query over it.

A standard is found by its code (normalised, `core.search`), its title, or
one of its requirement items (name, key, test method). Each way gives a
score; a standard keeps its best one, and the list is ordered by it, then by
code:

    0  the code, exactly (with or without its edition year)
    1  the start of the code
    2  part of the code (three characters or more)
    3  the title
    4  an item (4,000,000 + the item's position, so the first item that
       matched is known from the score alone)

Titles and items are searched as word tokens (`standard_terms`, written here
by the apply path of a sync). The engine-specific part is one function per
dialect that turns a `TextQuery` into the matching term rows: FTS5 on SQLite;
any other engine uses `LIKE` on the same token strings, which gives the same
rows (the index with issue 15's PostgreSQL host is pg_trgm over these columns).
Every `LIKE` escapes `%`, `_` and `\\` with `ESCAPE '\\'`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from sqlalchemy import (
    Connection,
    Integer,
    Select,
    and_,
    delete,
    func,
    insert,
    literal,
    literal_column,
    or_,
    select,
    text,
    union_all,
)
from sqlalchemy.orm import InstrumentedAttribute, Session
from sqlalchemy.sql.elements import ColumnElement

from ..core.catalogue import LocalText, SearchMatch, Standard
from ..core.search import TextQuery, code_base, indexed, normalise_code, text_query
from .like import LIKE_ESCAPE, like_pattern
from .models import RequirementRow, StandardRow, StandardTermRow

RANK = 1_000_000
EXACT, PREFIX, CONTAINS, TITLE, ITEM = (n * RANK for n in range(5))
FIELDS = {EXACT: "code", PREFIX: "code", CONTAINS: "code", TITLE: "title"}
CONTAINS_FROM = 3  # a shorter code part would be inside too many codes
_HIGHEST = "\U0010ffff"

# A term row's id is the standard's `search_key` times SLOTS plus its slot: 0 for
# the title, 1 + the position for an item. The FTS5 index then answers a query
# with rowids alone, which say the standard and the item without reading a row
# (a join of 19,000 matching terms with their rows cost 250 ms; the rowids 50 ms).
SLOTS = 1 << 20
Term = tuple[int, str, str, str, str]  # id, code, zh, en, extra

INSERT_TERMS = "INSERT INTO standard_terms (id, code, zh, en, extra) VALUES (?, ?, ?, ?, ?)"
# SQLite only: the FTS5 index over standard_terms (external content), kept by these two
INSERT_FTS = "INSERT INTO standards_fts_terms (rowid, zh, en, extra) VALUES (?, ?, ?, ?)"
DELETE_FTS = (
    "INSERT INTO standards_fts_terms (standards_fts_terms, rowid, zh, en, extra) "
    "SELECT 'delete', id, zh, en, extra FROM standard_terms WHERE code IN ({marks})"
)


# --- the index ----------------------------------------------------------------


def code_columns(code: str, search_key: int) -> dict[str, str | int]:
    """The search columns of a `standards` row: its normalised code, its base, its key."""
    return {"code_norm": normalise_code(code), "code_base": code_base(code), "search_key": search_key}


def term_rows(
    search_key: int,
    code: str,
    title: LocalText,
    items: Iterable[tuple[int, str, str | None, str | None, str | None]],
) -> list[Term]:
    """The `standard_terms` rows of one standard; `items` are (position, key, zh, en, method).

    An item text repeated for several grades is indexed once, at its first
    position. An item past position SLOTS - 2 (a million items in one
    standard) is not indexed.
    """
    base = search_key * SLOTS
    rows = [(base, code, indexed(title.zh), indexed(title.en), "")]
    seen: set[tuple[str, str, str]] = set()
    for position, key, zh, en, method in items:
        words = (indexed(zh), indexed(en), indexed(key, method))
        if words not in seen and position < SLOTS - 1:
            seen.add(words)
            rows.append((base + 1 + position, code, *words))
    return rows


def standard_term_rows(keyed: Iterable[tuple[int, Standard]]) -> list[Term]:
    """Term rows of (search_key, standard) pairs."""
    return [
        row
        for key, s in keyed
        for row in term_rows(
            key,
            s.code,
            s.title,
            ((pos, r.key, r.item.zh, r.item.en, r.method) for pos, r in enumerate(s.requirements)),
        )
    ]


def next_search_key(session: Session) -> int:
    """The first unused `search_key` (keys are never reused, so ids stay unique)."""
    return (session.scalar(select(func.max(StandardRow.search_key))) or 0) + 1


def write_terms(connection: Connection, rows: Sequence[Term]) -> None:
    """Insert term rows, and on SQLite their FTS5 entries, with the driver's executemany.

    The FTS5 index is written here rather than by a trigger: a trigger's
    row-by-row inserts took 4.5 times as long (34,000 terms: 6.1 s against 1.35 s).
    """
    if not rows:
        return
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql(INSERT_TERMS, list(rows))
        connection.exec_driver_sql(INSERT_FTS, [(r[0], r[2], r[3], r[4]) for r in rows])
    else:
        names = ("id", "code", "zh", "en", "extra")
        connection.execute(insert(StandardTermRow), [dict(zip(names, row, strict=True)) for row in rows])


def delete_terms(session: Session, codes: Sequence[str]) -> None:
    """Remove the terms of the standards `codes` (on SQLite from the FTS5 index first)."""
    if session.get_bind().dialect.name == "sqlite":
        marks = ", ".join("?" * len(codes))
        session.connection().exec_driver_sql(DELETE_FTS.format(marks=marks), tuple(codes))
    session.execute(delete(StandardTermRow).where(StandardTermRow.code.in_(codes)))


# --- the query ----------------------------------------------------------------


def _like(column: ColumnElement[Any] | InstrumentedAttribute[Any], inner: str) -> ColumnElement[bool]:
    """`column` holds `inner` exactly (the stored words are already folded), wildcards taken literally."""
    return column.like(like_pattern(inner), escape=LIKE_ESCAPE)


def _fts5_terms(q: TextQuery) -> Select:
    """The ids of the term rows that match `q`, by the FTS5 index (SQLite).

    The phrase's last token is a prefix where `q` says so. An id says the
    standard and the slot (`SLOTS`) without reading a row.
    """
    phrase = '"' + " ".join(q.tokens) + '"' + (" *" if q.prefix else "")
    return (
        select(literal_column("rowid", Integer))
        .select_from(text("standards_fts_terms"))
        .where(text("standards_fts_terms MATCH :phrase").bindparams(phrase=phrase))
    )


def _like_terms(q: TextQuery) -> Select:
    """The same as `_fts5_terms` by LIKE on the token strings, for any engine."""
    columns = (StandardTermRow.zh, StandardTermRow.en, StandardTermRow.extra)
    return select(StandardTermRow.id).where(or_(*(_like(c, q.like) for c in columns)))


TERM_MATCHERS: dict[str, Callable[[TextQuery], Select]] = {"sqlite": _fts5_terms}
NOT_FOUND = ITEM + SLOTS  # above every score


def term_ids(typed: str, dialect: str) -> Select | None:
    """The ids of the term rows (titles and items) that `typed` matches, or None when it
    has no word to match (blank, or only symbols); `dialect` chooses how."""
    q = text_query(typed.strip())
    if q is None:
        return None
    return TERM_MATCHERS.get(dialect, _like_terms)(q)


def code_hits(typed: str) -> Select | None:
    """(search_key, score) for every way `typed` finds a standard other than by its
    words (`term_ids`): its code, or for a query of symbols only (`%`, `_`, `≥`) the raw
    titles and items by escaped LIKE. A standard may come several times; None when blank.
    """
    words = typed.strip()
    if not words:
        return None
    norm = normalise_code(words)
    q = text_query(words)
    key = StandardRow.search_key
    parts: list[Select] = []
    if norm:
        parts.append(
            select(key, literal(EXACT)).where(
                or_(StandardRow.code_norm == norm, StandardRow.code_base == norm)
            )
        )
        parts.append(
            select(key, literal(PREFIX)).where(
                StandardRow.code_norm >= norm, StandardRow.code_norm < norm + _HIGHEST
            )
        )
        # part of a code: its number, or symbols; a word is a title's or an item's
        if q is None or (len(norm) >= CONTAINS_FROM and any(c.isdigit() for c in norm)):
            parts.append(select(key, literal(CONTAINS)).where(_like(StandardRow.code_norm, norm)))
    if q is None:
        parts.append(
            select(key, literal(TITLE)).where(
                or_(_like(StandardRow.title_zh, words), _like(StandardRow.title_en, words))
            )
        )
        items = (RequirementRow.item_zh, RequirementRow.item_en, RequirementRow.key, RequirementRow.method)
        parts.append(
            select(key, ITEM + RequirementRow.position)
            .join(RequirementRow, RequirementRow.standard_code == StandardRow.code)
            .where(or_(*(_like(c, words) for c in items)))
        )
    return union_all(*parts)  # type: ignore[return-value]


def matches(session: Session, scored: Sequence[tuple[str, int]]) -> dict[str, SearchMatch]:
    """What matched, for a page of (code, score): the field, and for items the item."""
    out = {c: SearchMatch(FIELDS[s]) for c, s in scored if s < ITEM}
    wanted = {(c, s - ITEM) for c, s in scored if s >= ITEM}
    if wanted:
        rows = session.execute(
            select(
                RequirementRow.standard_code,
                RequirementRow.position,
                RequirementRow.key,
                RequirementRow.item_zh,
                RequirementRow.item_en,
            ).where(
                and_(
                    RequirementRow.standard_code.in_({c for c, _ in wanted}),
                    RequirementRow.position.in_({p for _, p in wanted}),
                )
            )
        )
        for code, position, key, zh, en in rows:
            if (code, position) in wanted:
                out[code] = SearchMatch("item", key, LocalText(zh, en))
    return out
