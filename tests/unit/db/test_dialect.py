"""The SQL that differs between the engines gives the same answers on both.

Every test here runs on SQLite and on PostgreSQL (`BOTH_ENGINES` in
tests/conftest.py); each compares the engine's answer with the same answer
worked out in Python from every stored standard, so the two engines are
held to one truth rather than to each other; the ranked text search, whose
rules are tested in test_catalogue_search.py, is held to the SQLite file's
answers for the same catalogue.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from desktop_app.core.catalogue import StandardQuery
from desktop_app.db import convert, dialect
from desktop_app.db.models import FullPassSeenRow, RequirementRow, StandardRow
from tests.helpers import TODAY

REQUIREMENT_FIELDS = (
    "standard_code", "position", "key", "grade", "item_zh", "item_en", "limit", "unit", "method", "when",
    "unless", "effective", "until", "check",
)  # fmt: skip


def all_standards(ws) -> list:
    return ws.catalogue.browse(StandardQuery(), limit=100_000)


def local_answers(tmp_path, words: str) -> list[tuple[str, object]]:
    """The ranked search of a fresh SQLite firm with the same bundled catalogue (FTS5 there)."""
    from desktop_app.workspace import Workspace

    local = Workspace(tmp_path / "local-sqlite", today=lambda: TODAY)
    try:
        return [(s.code, s.matched) for s in local.catalogue.browse(StandardQuery(text=words), limit=100_000)]
    finally:
        local.close()


@pytest.mark.parametrize(
    "words",
    [
        "纺织",  # two Chinese characters
        "纺织产品基本",  # six, inside a title
        "婴幼儿",
        "甲醛",  # a requirement item
        "18401",
        "gb 184",  # a code's part, in the wrong case
        "GB18401",  # a code typed without its space or year
        "flammability of clothing",
        "pH",  # a short Latin word: whole words only
        "EU",
        "%",  # LIKE's wildcards are plain characters to the user
        "_",
        "50%",
        'say "hello"',
        "\\",
    ],
)
def test_text_search_gives_the_same_ranked_answers_on_either_engine(ws, tmp_path, words: str):
    """The same queries give the same standards, in the same order, with the same match, on PostgreSQL
    (LIKE over the stored search words) as on the SQLite file (FTS5 over the same words)."""
    found = [(s.code, s.matched) for s in ws.catalogue.browse(StandardQuery(text=words), limit=100_000)]
    assert found == local_answers(tmp_path, words)
    assert ws.catalogue.count(StandardQuery(text=words)) == len(found)


def test_market_and_tag_filters_read_inside_the_json_arrays(ws):
    everything = all_standards(ws)
    markets = sorted({m for s in everything for m in s.markets})
    tags = sorted({t for s in everything for t in s.tags})
    assert "CN" in markets and "EU" in markets and tags
    for market in [*markets, "XX", "C", "'; drop table standards; --"]:
        expected = sorted(s.code for s in everything if market in s.markets)
        assert (
            sorted(s.code for s in ws.catalogue.browse(StandardQuery(market=market), limit=100_000))
            == expected
        )
    for tag in [*tags[:5], "no-such-tag"]:
        expected = sorted(s.code for s in everything if tag in s.tags)
        assert sorted(s.code for s in ws.catalogue.browse(StandardQuery(tag=tag), limit=100_000)) == expected


def test_notices_about_a_standard_read_inside_the_json_array(ws):
    notices = ws.catalogue.notices()
    named = sorted({code for view in notices for code in view.notice.standards})
    assert named
    with ws.session() as s:
        from desktop_app.db.catalogue_repo import CatalogueRepo

        repo = CatalogueRepo(s)
        for code in [*named, "GB 0-0000"]:
            expected = {v.notice.id for v in notices if code in v.notice.standards}
            assert {n.id for n in repo.notices_about(code)} == expected


def test_insert_ignoring_duplicates_keeps_the_first_and_adds_the_rest(ws):
    rows = [{"type": "standard", "id": "A"}, {"type": "rule", "id": "A"}]
    with ws.session() as s:
        s.execute(dialect.insert_ignoring_duplicates(s, FullPassSeenRow), rows)
        s.execute(
            dialect.insert_ignoring_duplicates(s, FullPassSeenRow), [*rows, {"type": "notice", "id": "B"}]
        )
        assert s.scalar(select(func.count()).select_from(FullPassSeenRow)) == 3


def test_json_array_contains_renders_for_each_dialect():
    from sqlalchemy.dialects import postgresql, sqlite

    clause = dialect.json_array_contains(StandardRow.markets, "CN")
    assert "json_each(standards.markets)" in str(clause.compile(dialect=sqlite.dialect()))
    assert "json_array_elements_text(standards.markets)" in str(clause.compile(dialect=postgresql.dialect()))


def test_bulk_insert_stores_every_value_as_given_on_either_engine(ws):
    """`bulk_insert` (COPY on PostgreSQL) keeps text that COPY's format escapes (tab, newline,
    backslash), Chinese, NULLs, JSON and dates, as the driver's executemany does on SQLite."""
    code = all_standards(ws)[0].code
    rows = [
        (code, 900, "k\\1", "A", "甲醛\t含量", "line\none", "≤ 75", None, "GB/T 2912.1", '{"age": ["infant"]}',
         None, "2026-01-01", None, '{"kind": "max", "value": 75}'),
        (code, 901, "k2", None, None, "\\N is not NULL", "50%", "mg/kg", None, None, None, None, "2027-06-30",
         None),
    ]  # fmt: skip
    with ws.session() as s:
        dialect.bulk_insert(s.connection(), convert.INSERT_REQUIREMENTS, rows)
    with ws.session() as s:
        stored = s.execute(
            select(*(getattr(RequirementRow, c) for c in REQUIREMENT_FIELDS))
            .where(RequirementRow.standard_code == code, RequirementRow.position >= 900)
            .order_by(RequirementRow.position)
        ).all()
    assert [tuple(r) for r in stored] == [
        (code, 900, "k\\1", "A", "甲醛\t含量", "line\none", "≤ 75", None, "GB/T 2912.1", {"age": ["infant"]},
         None, dt.date(2026, 1, 1), None, {"kind": "max", "value": 75}),
        (code, 901, "k2", None, None, "\\N is not NULL", "50%", "mg/kg", None, None, None, None,
         dt.date(2027, 6, 30), None),
    ]  # fmt: skip


def test_bulk_insert_is_part_of_the_transaction_a_rollback_undoes(ws):
    code = all_standards(ws)[0].code
    row = (code, 950, "k", None, "甲醛", None, "≤ 1", None, None)

    def count() -> int:
        with ws.session() as s:
            found = select(func.count()).where(RequirementRow.position == 950)
            return s.scalar(found.select_from(RequirementRow)) or 0

    with pytest.raises(RuntimeError), ws.session() as s:
        dialect.bulk_insert(s.connection(), convert.INSERT_PLAIN_REQUIREMENTS, [row, row])
        assert s.scalar(select(func.count()).where(RequirementRow.position == 950)) == 2
        raise RuntimeError("the page failed")
    assert count() == 0


def test_bulk_insert_refuses_a_statement_it_cannot_turn_into_copy(ws):
    """Checked on SQLite too, so a statement that PostgreSQL's COPY could not take fails on either engine."""
    with ws.session() as s, pytest.raises(ValueError, match="not a plain INSERT"):
        dialect.bulk_insert(s.connection(), "INSERT INTO requirements SELECT * FROM requirements", [(1,)])
