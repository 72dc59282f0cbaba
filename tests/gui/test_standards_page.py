"""The standards browser: search by a Chinese word and by part of a code, filters,
lazy chunks, and the detail pane."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from desktop_app.core.catalogue import LocalText, StandardQuery
from desktop_app.ui.i18n import vocab_lang
from desktop_app.ui.models.standard_table_model import CHUNK, Column, StandardTableModel

pytestmark = pytest.mark.gui


@pytest.fixture
def page(window, qtbot):
    window.go(window.STANDARDS)
    page = window.standards
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    return page


def loaded(page, qtbot) -> None:
    """Wait until the page shows the results of what is typed and chosen now."""
    qtbot.waitUntil(lambda: page.model.query == page.query() and not page._debounce.isActive())


def codes(page) -> list[str]:
    return [page.model.index(r, 0).data() for r in range(page.model.rowCount())]


def test_search_by_a_chinese_word_inside_a_title(page, qtbot):
    page.search.setText("婴幼儿")
    loaded(page, qtbot)
    assert "GB 31701-2015" in codes(page) and page.model.total < 20
    # GB 18401 is found by its items for infants, after every title that has the word
    found = codes(page)
    assert page.model.summary(found.index("GB 31701-2015")).matched.field == "title"
    assert page.model.summary(found.index("GB 18401-2010")).matched.field == "item"
    assert found.index("GB 31701-2015") < found.index("GB 18401-2010")


def test_search_by_part_of_a_code(page, qtbot):
    page.search.setText("18401")
    loaded(page, qtbot)
    found = codes(page)
    assert found[:2] == ["GB 18401-2010", "GB 18401-2003"]  # the code matches first, in force first
    # then standards whose items name it (GB 31701's fibre filling meets GB 18401)
    assert all("18401" in c for c in found[:2]) and "GB 31701-2015" in found[2:]


def matched(page) -> dict[str, str]:
    return {
        page.model.index(r, Column.CODE).data(): page.model.index(r, Column.MATCHED).data()
        for r in range(page.model.rowCount())
    }


def test_search_finds_items_and_shows_what_matched(page, qtbot):
    assert page.table.isColumnHidden(Column.MATCHED)  # no search, no column
    page.search.setText("甲醛")
    loaded(page, qtbot)
    shown = matched(page)
    assert {"GB 18401-2010", "REACH Annex XVII-72", "GB/T 2912.1-2009"} <= shown.keys()
    # the item, in the window's language
    assert shown["GB 18401-2010"] == LocalText("甲醛含量", "Formaldehyde content").get(vocab_lang())
    assert shown["REACH Annex XVII-72"].lower().startswith(("甲醛", "formaldehyde"))
    assert not page.table.isColumnHidden(Column.MATCHED)
    row = codes(page).index("GB 18401-2010")
    tip = page.model.index(row, Column.MATCHED).data(Qt.ItemDataRole.ToolTipRole)
    assert "甲醛含量" in tip and "Formaldehyde content" in tip
    # the test methods that name formaldehyde in their titles rank before the items
    assert codes(page).index("GB/T 2912.1-2009") < row


def test_search_by_a_code_typed_without_spaces_or_year(page, qtbot):
    for typed in ("GB18401", "gb 18401", "GB 18401"):
        page.search.setText(typed)
        loaded(page, qtbot)
        assert codes(page)[0] == "GB 18401-2010", typed


def test_ph_is_a_word_not_the_start_of_phthalates(page, qtbot):
    page.search.setText("pH")
    loaded(page, qtbot)
    assert {"GB/T 7573-2009", "GB 18401-2010"} <= set(codes(page))
    assert not any(
        "Phthalate" in (page.model.summary(r).title.en or "") for r in range(page.model.rowCount())
    )


def test_filters(page, qtbot):
    page.market.setCurrentIndex(page.market.findData("EU"))
    page.mandatory.setCurrentIndex(page.mandatory.findData(True))
    loaded(page, qtbot)
    assert "Regulation (EU) No 1007/2011" in codes(page)
    assert "GB 18401-2010" not in codes(page) and "GOTS 7.0" not in codes(page)


def test_detail_pane_shows_requirement_items_products_and_notices(page, qtbot):
    page.search.setText("GB 18401-2010")
    loaded(page, qtbot)
    assert codes(page) == ["GB 18401-2010"]
    qtbot.waitUntil(lambda: "GB/T 2912.1" in page.detail.toPlainText())
    text = page.detail.toPlainText()
    assert "≤ 20" in text and "BB-001" in text  # a requirement item and a demo product it applies to


def test_model_fetches_a_searchs_chunks_through_run(ws, qtbot):
    """A text search's next chunk is fetched by `run` (the page's task runner), not in place."""
    pending = []

    def run(work, deliver):
        pending.append((work, deliver))

    model = StandardTableModel(
        lambda q, o, n: ws.catalogue.browse(q, offset=o, limit=n), lambda: "zh", run=run
    )
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    query = StandardQuery(text="纺织")
    total = ws.catalogue.count(query)
    model.reset(query, total, ws.catalogue.browse(query, limit=5))
    model.fetchMore()
    assert model.rowCount() == 5 and model.loading and not model.canFetchMore()
    work, deliver = pending.pop()
    deliver(work())
    assert model.rowCount() == min(total, 5 + CHUNK) and not model.loading
    everything = [s.code for s in ws.catalogue.browse(query, limit=total)]
    assert [model.summary(r).code for r in range(model.rowCount())] == everything[: model.rowCount()]
    # a chunk that arrives after a new query is dropped
    model.reset(query, total, ws.catalogue.browse(query, limit=5))
    model.fetchMore()
    work, deliver = pending.pop()
    model.reset(StandardQuery(text="婴幼儿"), 1, ws.catalogue.browse(StandardQuery(text="婴幼儿"), limit=1))
    deliver(work())
    assert model.rowCount() == 1


def test_model_fetches_in_chunks(ws, qtbot):
    calls = []

    def fetch(query, offset, limit):
        calls.append((offset, limit))
        return ws.catalogue.browse(query, offset=offset, limit=limit)

    model = StandardTableModel(fetch, lambda: "zh")
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    query = StandardQuery()
    total = ws.catalogue.count(query)
    model.reset(query, total, ws.catalogue.browse(query, limit=10))
    assert model.rowCount() == 10 and model.canFetchMore()
    model.fetchMore()
    assert calls == [(10, min(CHUNK, total - 10))]
    assert model.rowCount() == min(total, 10 + CHUNK)
