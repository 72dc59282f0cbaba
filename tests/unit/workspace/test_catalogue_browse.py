"""The catalogue browser's queries: Chinese words inside titles, code parts, filters, chunks."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select

from desktop_app.core.catalogue import Change, ChangePage, StandardQuery
from desktop_app.db.catalogue_ranking import browse_order
from desktop_app.db.catalogue_repo import CatalogueRepo
from desktop_app.db.models import StandardRow


def codes(ws, **kw) -> list[str]:
    return [s.code for s in ws.catalogue.browse(StandardQuery(**kw), limit=500)]


def test_chinese_word_inside_a_title(ws):
    assert "GB 18401-2010" in codes(ws, text="纺织产品基本")  # trigram index
    assert "GB 31701-2015" in codes(ws, text="婴幼儿")
    assert "GB 18401-2010" in codes(ws, text="纺织")  # two characters: LIKE fallback


def test_part_of_a_code_and_english_title(ws):
    assert "GB 18401-2010" in codes(ws, text="18401")
    assert "16 CFR 1610" in codes(ws, text="Flammability of Clothing")


def test_filters_and_counts(ws):
    everything = codes(ws)
    mandatory = codes(ws, mandatory=True)
    assert mandatory and len(mandatory) < len(everything)
    eu = codes(ws, market="EU")
    assert "Regulation (EU) No 1007/2011" in eu and "GB 18401-2010" not in eu
    superseded = codes(ws, status="superseded")
    assert superseded and all(ws.catalogue.show(c).status == "superseded" for c in superseded)
    assert ws.catalogue.count(StandardQuery(market="EU")) == len(eu)


def test_chunks_cover_the_list_in_order(ws):
    total = ws.catalogue.count(StandardQuery())
    seen = []
    for offset in range(0, total, 10):
        seen += [s.code for s in ws.catalogue.browse(StandardQuery(), offset=offset, limit=10)]
    assert seen == sorted(seen) and len(seen) == total == len(set(seen))


def test_the_browse_order_is_read_once_and_again_after_the_catalogue_changes(ws):
    """`prepare_search` reads the order a search ranks by; a change of the catalogue (a page
    applied) makes the next search read it again, so a withdrawn standard moves down."""
    ws.catalogue.prepare_search()
    with ws.session() as s:
        first = browse_order(s)
        assert browse_order(s) is first  # kept, not read again
        key = s.scalar(select(StandardRow.search_key).where(StandardRow.code == "GB 18401-2010"))
    gb = first.codes[first.place[key]]
    assert gb == "GB 18401-2010"
    withdrawn = replace(ws.catalogue.show("GB 18401-2010"), status="withdrawn")
    with ws.session() as s:
        page = ChangePage(1, 0, 1, 1, False, (Change(1, "standard", withdrawn.code, "upsert", withdrawn),))
        CatalogueRepo(s).apply_page(page)
    with ws.session() as s:
        again = browse_order(s)
    assert again is not first
    hits = [s.code for s in ws.catalogue.browse(StandardQuery(text="GB 18401"))]
    assert hits.index("GB 18401-2003") < hits.index("GB 18401-2010")  # both outdated now: by code
