"""Catalogue search on the bundled catalogue: codes however typed, titles, requirement
items with what matched, the ranking, `%` and `_` taken literally, and the LIKE
matcher of other engines giving the same results as SQLite's FTS5 index."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from desktop_app.core.catalogue import StandardQuery
from desktop_app.core.search import code_base, indexed, normalise_code, text_query
from desktop_app.db import catalogue_search
from desktop_app.db.catalogue_repo import CatalogueRepo


def found(ws, text: str) -> list[tuple[str, str, str | None]]:
    """(code, field, item key) of every standard `text` finds, in order."""
    return [(h.standard.code, h.matched.field, h.matched.key) for h in ws.catalogue.search(text, limit=500)]


def test_formaldehyde_finds_every_standard_with_a_formaldehyde_item(ws):
    hits = {code: (field, key) for code, field, key in found(ws, "甲醛")}
    assert hits["GB 18401-2010"] == ("item", "formaldehyde")
    assert hits["REACH Annex XVII-72"] == ("item", "formaldehyde")
    assert hits["OEKO-TEX STANDARD 100"] == ("item", "formaldehyde")
    assert hits["Japan Act No. 112 of 1973"] == ("item", "formaldehyde_infant")
    assert hits["GB/T 2912.1-2009"] == ("title", None)  # the test method, by its title
    first = next(h for h in ws.catalogue.search("甲醛") if h.standard.code == "GB 18401-2010")
    assert first.matched.item.zh == "甲醛含量" and first.matched.item.en == "Formaldehyde content"
    assert {c for c, _, _ in found(ws, "formaldehyde")} == set(hits)  # the same in English


@pytest.mark.parametrize("typed", ["GB18401", "gb 18401", "GB 18401", "gb18401", "GB 18401-2010"])
def test_a_code_typed_any_way_finds_its_standard_first(ws, typed):
    assert found(ws, typed)[0] == ("GB 18401-2010", "code", None)


def test_code_prefixes_and_slashes(ws):
    for typed in ("gb/t 2912", "GBT2912", "GB/T 2912.1"):
        assert found(ws, typed)[0] == ("GB/T 2912.1-2009", "code", None), typed
    # its test method named in GB 18401's formaldehyde item comes after the code match
    assert ("GB 18401-2010", "item", "formaldehyde") in found(ws, "gb/t 2912")


def test_ranked_code_then_title_then_item_and_in_force_first(ws):
    hits = found(ws, "GB 18401")
    assert [c for c, _, _ in hits[:2]] == ["GB 18401-2010", "GB 18401-2003"]  # in force first
    assert hits[2] == ("GB 31701-2015", "item", "fibre_filling")  # its item names GB 18401
    fields = [f for _, f, _ in found(ws, "纺织")]
    assert fields == sorted(fields, key=["code", "title", "item"].index)
    titles = [h.standard for h in ws.catalogue.search("纺织", limit=500) if h.matched.field == "title"]
    in_force_then_code = sorted(titles, key=lambda s: (s.status in ("superseded", "withdrawn"), s.code))
    assert titles == in_force_then_code  # within a rank: in force first, then by code


def test_ph_finds_the_ph_items_and_no_phthalate_standard(ws):
    hits = found(ws, "pH")
    codes = {c for c, _, _ in hits}
    assert {"GB/T 7573-2009", "GB 18401-2010", "OEKO-TEX STANDARD 100"} <= codes
    assert not codes & {"REACH Annex XVII-51", "REACH Annex XVII-52", "16 CFR 1307"}
    assert ("GB 18401-2010", "item", "ph") in hits


def contains(ws, text: str) -> set[str]:
    """The standards whose code, title or any item holds `text` as it is."""
    out = set()
    for code, s in ws.catalogue.standards(
        s.code for s in ws.catalogue.browse(StandardQuery(), limit=1000)
    ).items():
        texts = [s.code, s.title.zh, s.title.en]
        texts += [t for r in s.requirements for t in (r.item.zh, r.item.en, r.key, r.method)]
        if any(text in (t or "") for t in texts):
            out.add(code)
    return out


@pytest.mark.parametrize("typed", ["%", "_", "\\", "%_"])
def test_like_wildcards_are_taken_literally(ws, typed):
    everything = ws.catalogue.count(StandardQuery())
    hits = {c for c, _, _ in found(ws, typed)}
    assert hits == contains(ws, typed) and len(hits) < everything


QUERIES = [
    "甲醛",
    "棉",
    "纺织产品",
    "pH",
    "formald",
    "GB/T 7573",
    "婴幼儿",
    "Phthalates",
    "pH值",
    "2018/1513",
]


@pytest.mark.parametrize("typed", QUERIES)
def test_other_engines_like_matcher_gives_the_same_results(ws, typed, monkeypatch):
    """The LIKE matcher (any engine; PostgreSQL's pg_trgm index with issue 15) over the same
    token strings finds exactly what SQLite's FTS5 index finds."""
    fts = ws.catalogue.search(typed, limit=500)
    monkeypatch.setattr(catalogue_search, "TEXT_MATCHERS", {})
    like = ws.catalogue.search(typed, limit=500)
    assert [(h.standard.code, h.matched) for h in like] == [(h.standard.code, h.matched) for h in fts]
    assert fts


def test_count_and_page_agree_with_the_filters(ws):
    query = StandardQuery(text="甲醛", market="EU")
    total, first = ws.catalogue.page(query)
    assert total == ws.catalogue.count(query) == len(first)
    assert {s.code for s in first} == {"REACH Annex XVII-72"} | {s.code for s in first if "EU" in s.markets}
    assert all("EU" in s.markets for s in first)
    with ws.session() as s:  # a chunk past the end still knows the total
        assert CatalogueRepo(s).page(query, offset=total + 5) == (total, [])


def by_hand(ws, typed: str) -> list[tuple[str, str, str | None]]:
    """What a search should find, worked out standard by standard from the rules of
    `core.search` and `db.catalogue_search`'s ranking, without the index or the
    ranking code: (code, field, item key), best first."""
    norm, q = normalise_code(typed), text_query(typed)
    everything = ws.catalogue.standards(s.code for s in ws.catalogue.browse(StandardQuery(), limit=10_000))
    ranked = []
    for s in everything.values():
        code = normalise_code(s.code)
        found: list[tuple[int, str, str | None]] = []
        if norm and norm in (code, code_base(s.code)):
            found.append((0, "code", None))
        elif norm and code.startswith(norm):
            found.append((1, "code", None))
        elif norm and (q is None or (len(norm) >= 3 and any(c.isdigit() for c in norm))) and norm in code:
            found.append((2, "code", None))
        if q is not None:
            if q.like in indexed(s.title.zh) or q.like in indexed(s.title.en):
                found.append((3, "title", None))
            for r in s.requirements:
                if any(
                    q.like in words
                    for words in (indexed(r.item.zh), indexed(r.item.en), indexed(r.key, r.method))
                ):
                    found.append((4, "item", r.key))
                    break
        if found:
            rank, field, key = min(found, key=lambda f: f[0])
            ranked.append(((rank, s.status in ("superseded", "withdrawn"), s.code), (s.code, field, key)))
    return [hit for _, hit in sorted(ranked)]


@pytest.mark.parametrize(
    "typed", [*QUERIES, "GB 18401", "gb/t 2912", "18401", "纺织", "色牢度", "棉 纤维", "Colour"]
)
def test_the_ranked_list_is_what_the_rules_give_standard_by_standard(ws, typed):
    assert found(ws, typed) == by_hand(ws, typed)


def test_a_chunk_further_down_continues_the_list(ws):
    whole = [s.code for s in ws.catalogue.browse(StandardQuery(text="纺织"), limit=500)]
    assert len(whole) > 12
    with ws.session() as s:
        total, chunk = CatalogueRepo(s).page(StandardQuery(text="纺织"), offset=5, limit=7)
    assert total == len(whole) and [c.code for c in chunk] == whole[5:12]


def test_search_keys_past_32_bits_of_term_numbers(ws):
    """A catalogue synced for years has search keys in the thousands: key × 2^20 is past a
    32-bit integer (PostgreSQL's `integer`), and the search must still find the same."""
    before = found(ws, "甲醛")
    with ws.session() as s:
        for table in ("standard_texts", "standards"):
            s.execute(text(f"UPDATE {table} SET search_key = search_key + 5000"))
    assert found(ws, "甲醛") == before and len(before) > 5
