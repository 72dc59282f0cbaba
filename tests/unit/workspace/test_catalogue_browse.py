"""The catalogue browser's queries: Chinese words inside titles, code parts, filters, chunks."""

from __future__ import annotations

from desktop_app.core.catalogue import StandardQuery


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
