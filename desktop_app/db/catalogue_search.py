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

Titles and items are searched as word tokens: each distinct text once
(`search_texts`), and which standard has it in which slot (`standard_texts`),
both written here by the apply path of a sync. The engine-specific part is
one function per dialect that turns a `TextQuery` into the matching texts:
FTS5 on SQLite; any other engine uses `LIKE` on the same token strings, which
gives the same texts (on a PostgreSQL host served by pg_trgm indexes).
Every `LIKE` escapes `%`, `_` and `\\` with `ESCAPE '\\'`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from sqlalchemy import (
    BigInteger,
    Connection,
    Integer,
    Select,
    and_,
    cast,
    delete,
    func,
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
from . import dialect
from .like import LIKE_ESCAPE, like_pattern
from .models import RequirementRow, SearchTextRow, StandardRow, StandardTextRow

RANK = 1_000_000
EXACT, PREFIX, CONTAINS, TITLE, ITEM = (n * RANK for n in range(5))
FIELDS = {EXACT: "code", PREFIX: "code", CONTAINS: "code", TITLE: "title"}
CONTAINS_FROM = 3  # a shorter code part would be inside too many codes
_HIGHEST = "\U0010ffff"

# A term is a standard's title or one of its items, numbered by the standard's
# `search_key` times SLOTS plus its slot: 0 for the title, 1 + the position for an
# item. The query gives these numbers alone, which say the standard and the item
# without reading a row (`catalogue_ranking`).
SLOTS = 1 << 20
Term = tuple[int, str, str, str, str]  # number, code, zh, en, extra

SEARCH_TABLES = ("search_texts", "standard_texts")
# SQLite only: the FTS5 index over search_texts (external content), kept by this module
INSERT_FTS = "INSERT INTO search_texts_fts (rowid, zh, en, extra) VALUES (?, ?, ?, ?)"
DELETE_FTS = (
    "INSERT INTO search_texts_fts (search_texts_fts, rowid, zh, en, extra) "
    "SELECT 'delete', id, zh, en, extra FROM search_texts WHERE id IN ({marks})"
)
INSERT_TEXTS = "INSERT INTO search_texts (id, zh, en, extra, digest) VALUES (?, ?, ?, ?, ?)"
INSERT_SLOTS = "INSERT INTO standard_texts (search_key, slot, text_id) VALUES (?, ?, ?)"
_CHUNK = 500


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


def text_digest(zh: str, en: str, extra: str) -> str:
    """How a text is recognised when a sync brings it again (`search_texts.digest`)."""
    return hashlib.blake2b(f"{zh}\x00{en}\x00{extra}".encode(), digest_size=16).hexdigest()


def write_terms(connection: Connection, rows: Sequence[Term]) -> None:
    """Store the terms `rows`: each text once (with its FTS5 entry on SQLite), and which
    standard has it in which slot.

    The texts already stored are found by digest; new ones are numbered after
    the highest (catalogue writes are one at a time: the sync lock on a host).
    Plain executemany, or COPY on PostgreSQL (`dialect.bulk_insert`); the FTS5
    index is written here rather than by a trigger, whose row-by-row inserts
    took 4.5 times as long.
    """
    if not rows:
        return
    digests = {(r[2], r[3], r[4]): "" for r in rows}
    for words in digests:
        digests[words] = text_digest(*words)
    ids = _stored_texts(connection, list(digests.values()))
    new = [(words, d) for words, d in digests.items() if d not in ids]
    if new:
        first = (connection.scalar(select(func.max(SearchTextRow.id))) or 0) + 1
        texts = [(first + n, *words, d) for n, (words, d) in enumerate(new)]
        ids.update((t[4], t[0]) for t in texts)
        dialect.bulk_insert(connection, INSERT_TEXTS, texts)
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql(INSERT_FTS, [t[:4] for t in texts])
    slots = [(r[0] // SLOTS, r[0] % SLOTS, ids[digests[(r[2], r[3], r[4])]]) for r in rows]
    dialect.bulk_insert(connection, INSERT_SLOTS, slots)


def _stored_texts(connection: Connection, digests: Sequence[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for start in range(0, len(digests), _CHUNK):
        chunk = digests[start : start + _CHUNK]
        query = select(SearchTextRow.digest, SearchTextRow.id).where(SearchTextRow.digest.in_(chunk))
        found.update((digest, id_) for digest, id_ in connection.execute(query))
    return found


def delete_terms(session: Session, codes: Sequence[str]) -> None:
    """Remove the terms of the standards `codes` (before the standards themselves), and the
    texts no other standard has (on SQLite from the FTS5 index first)."""
    keys = select(StandardRow.search_key).where(StandardRow.code.in_(codes))
    used = set(session.scalars(select(StandardTextRow.text_id).where(StandardTextRow.search_key.in_(keys))))
    if not used:
        return
    session.execute(delete(StandardTextRow).where(StandardTextRow.search_key.in_(keys)))
    still = select(StandardTextRow.text_id).where(StandardTextRow.text_id == SearchTextRow.id).exists()
    candidates = sorted(used)
    for start in range(0, len(candidates), _CHUNK):
        chunk = candidates[start : start + _CHUNK]
        gone = list(session.scalars(select(SearchTextRow.id).where(SearchTextRow.id.in_(chunk), ~still)))
        if not gone:
            continue
        if dialect.is_sqlite(session):
            marks = ", ".join("?" * len(gone))
            session.connection().exec_driver_sql(DELETE_FTS.format(marks=marks), tuple(gone))
        session.execute(delete(SearchTextRow).where(SearchTextRow.id.in_(gone)))


# --- the query ----------------------------------------------------------------


def _like(column: ColumnElement[Any] | InstrumentedAttribute[Any], inner: str) -> ColumnElement[bool]:
    """`column` holds `inner` exactly (the stored words are already folded), wildcards taken literally."""
    return column.like(like_pattern(inner), escape=LIKE_ESCAPE)


def _fts5_texts(q: TextQuery) -> Select:
    """The ids of the texts that match `q`, by the FTS5 index (SQLite).

    The phrase's last token is a prefix where `q` says so.
    """
    phrase = '"' + " ".join(q.tokens) + '"' + (" *" if q.prefix else "")
    return (
        select(literal_column("rowid", Integer))
        .select_from(text("search_texts_fts"))
        .where(text("search_texts_fts MATCH :phrase").bindparams(phrase=phrase))
    )


def _like_texts(q: TextQuery) -> Select:
    """The same as `_fts5_texts` by LIKE on the token strings, for any engine."""
    columns = (SearchTextRow.zh, SearchTextRow.en, SearchTextRow.extra)
    return select(SearchTextRow.id).where(or_(*(_like(c, q.like) for c in columns)))


def _terms_of(texts: Select, dialect_name: str) -> Select:
    """The terms (`SLOTS` numbers) that have one of `texts`.

    On PostgreSQL the texts' ids are made an array first (`= ANY(ARRAY(...))`), so the
    planner walks the index of `standard_texts` from the few texts found, reading the index
    alone: 14 ms for 69,000 terms, where `IN (subquery)` chose a scan of the whole table (48 ms).
    """
    found: ColumnElement[bool]
    if dialect_name == "postgresql":
        found = StandardTextRow.text_id == func.any(func.array(texts.scalar_subquery()))
    else:
        found = StandardTextRow.text_id.in_(texts)
    # 64 bits: a search key above 2,047 times SLOTS is past PostgreSQL's integer
    term = cast(StandardTextRow.search_key, BigInteger) * SLOTS + StandardTextRow.slot
    return select(term).where(found)


TEXT_MATCHERS: dict[str, Callable[[TextQuery], Select]] = {"sqlite": _fts5_texts}
NOT_FOUND = ITEM + SLOTS  # above every score


def term_ids(typed: str, dialect_name: str) -> Select | None:
    """The ids of the term rows (titles and items) that `typed` matches, or None when it
    has no word to match (blank, or only symbols); `dialect_name` chooses how."""
    q = text_query(typed.strip())
    if q is None:
        return None
    return _terms_of(TEXT_MATCHERS.get(dialect_name, _like_texts)(q), dialect_name)


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
