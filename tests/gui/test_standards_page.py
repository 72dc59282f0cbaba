"""The standards browser: search by a Chinese word and by part of a code, filters,
lazy chunks, and the detail pane."""

from __future__ import annotations

import pytest
from PySide6.QtTest import QAbstractItemModelTester

from desktop_app.core.catalogue import StandardQuery
from desktop_app.ui.models.standard_table_model import CHUNK, StandardTableModel

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
    assert "GB 18401-2010" not in codes(page)


def test_search_by_part_of_a_code(page, qtbot):
    page.search.setText("18401")
    loaded(page, qtbot)
    assert "GB 18401-2010" in codes(page)
    assert all("18401" in c for c in codes(page))


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
