"""The Products page's proof column: each product's overall compliance status in words and
tints, a filter (not proven compliant, each status), failing first when sorted by it,
worked out on the network lane a moment after the rows (debounced); and age groups in
words short enough that neither column is elided at 1024 pixels."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from desktop_app.core.results import TestResult
from desktop_app.ui.models.product_table_model import Column
from desktop_app.ui.proof_status import NOT_PROVEN, TINTS
from tests.unit.workspace.test_results import passing_value

pytestmark = pytest.mark.gui

WORDS = {
    "en": {
        "failing": "Failing",
        "expired": "Expired",
        "compliant": "Compliant",
        "incomplete": "Incomplete",
        "header": "Proof",
    },
    "zh_CN": {
        "failing": "不合格",
        "expired": "已过期",
        "compliant": "合规",
        "incomplete": "不完整",
        "header": "合规状态",
    },
}


def _printed(ws, tmp_path, sku: str):
    """The source of results from a checklist printed for `sku`."""
    ws.reports.write_checklists([sku], tmp_path / f"{sku}.pdf", lang="en")
    return ws.results.source(checklist=ws.reports.checklist_log(sku=sku)[0].id)


def _add(ws, source, sku: str, results: list[tuple[str, str, str, str | None]]):
    """Results for `sku`: (standard, item, value, unit); returns what changed (RESULTS)."""
    tested = ws.today() - dt.timedelta(days=3)
    drafts = [TestResult(sku, std, item, value, tested, unit=unit) for std, item, value, unit in results]
    return ws.results.add(drafts, source)


def _record(ws, tmp_path, sku: str, results: list[tuple[str, str, str, str | None]]):
    return _add(ws, _printed(ws, tmp_path, sku), sku, results)


@pytest.fixture
def proven_ws(demo_ws, tmp_path):
    """The demo firm with BB-001 failing (its lab report's formaldehyde over GB 18401 class A,
    and 16 mg/kg here where OEKO-TEX wants none detected), GF-601 compliant (every GB 18401 item
    passed here) besides the demo's compliant curtain HT-301, the demo's bedding set HT-302
    expired (its report is too old); the other eight incomplete."""
    _record(demo_ws, tmp_path, "BB-001", [("OEKO-TEX STANDARD 100", "formaldehyde", "16", "mg/kg")])
    gb = next(st for st in demo_ws.compliance.for_product("GF-601") if st.code == "GB 18401-2010")
    _record(
        demo_ws,
        tmp_path,
        "GF-601",
        [(gb.code, i.key, passing_value(i.requirement.check), None) for i in gb.items],
    )
    by_sku = demo_ws.compliance.summary().by_sku
    assert (by_sku["BB-001"], by_sku["GF-601"], by_sku["KD-101"]) == ("failing", "compliant", "incomplete")
    assert (by_sku["HT-301"], by_sku["HT-302"]) == ("compliant", "expired")
    assert list(by_sku.values()).count("incomplete") == 8
    return demo_ws


@pytest.fixture
def language(qapp, ws, request):
    from desktop_app.app import apply_language

    apply_language(qapp, request.param, ws.resources)
    yield request.param
    apply_language(qapp, "zh_CN", ws.resources)


def _page(window, qtbot):
    window.go(window.PRODUCTS)
    page = window.products
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and bool(page.model.proof()))
    return page


def _cell(page, sku: str, col: Column = Column.PROOF):
    row = page.model.row_of(sku)
    return page.model.index(row, col)


def _shown(page) -> list[str]:
    return [page.proxy.index(r, Column.SKU).data() for r in range(page.proxy.rowCount())]


@pytest.mark.parametrize("language", ["en", "zh_CN"], indirect=True)
def test_the_column_names_each_products_status_in_words_with_a_tint(proven_ws, make_window, qtbot, language):
    page = _page(make_window(proven_ws), qtbot)
    words = WORDS[language]
    assert page.model.headerData(Column.PROOF, Qt.Orientation.Horizontal) == words["header"]
    shown = (("BB-001", "failing"), ("HT-302", "expired"), ("GF-601", "compliant"), ("KD-101", "incomplete"))
    for sku, status in shown:
        cell = _cell(page, sku)
        assert cell.data() == words[status], sku
        assert cell.data(Qt.ItemDataRole.BackgroundRole).color() == TINTS[status], sku
        assert cell.data(Qt.ItemDataRole.ToolTipRole), sku  # what the status means
    red, amber, green = (TINTS[s].name() for s in ("failing", "incomplete", "compliant"))
    assert len({red, amber, green}) == 3 and TINTS["expired"].name() == amber


def test_the_filter_shows_products_not_proven_or_of_one_status(proven_ws, make_window, english, qtbot):
    page = _page(make_window(proven_ws), qtbot)
    combo = page.proof_filter
    assert [combo.itemText(i) for i in range(2)] == ["Any proof", "Not proven compliant"]
    everything = _shown(page)
    assert len(everything) == 12
    combo.setCurrentIndex(combo.findData(NOT_PROVEN))
    assert "GF-601" not in _shown(page) and "BB-001" in _shown(page) and "HT-302" in _shown(page)
    assert len(_shown(page)) == 10  # all but the two compliant ones
    combo.setCurrentIndex(combo.findData("failing"))
    assert _shown(page) == ["BB-001"]
    combo.setCurrentIndex(combo.findData("expired"))
    assert _shown(page) == ["HT-302"]
    combo.setCurrentIndex(combo.findData("compliant"))
    assert sorted(_shown(page)) == ["GF-601", "HT-301"]
    page.select("BB-001")  # a product the filter hides: the filters are cleared to show it
    assert combo.currentIndex() == 0 and page.current_sku() == "BB-001"
    assert _shown(page) == everything


def test_the_filter_chosen_before_the_statuses_arrive_fills_in_when_they_do(
    proven_ws, make_window, english, qtbot
):
    window = make_window(proven_ws)
    window.go(window.PRODUCTS)
    page = window.products
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    page.proof_filter.setCurrentIndex(page.proof_filter.findData(NOT_PROVEN))
    qtbot.waitUntil(lambda: len(_shown(page)) == 10)
    assert "GF-601" not in _shown(page) and "HT-301" not in _shown(page)


def test_clicking_the_header_puts_failing_first_whatever_the_last_order(
    proven_ws, make_window, english, qtbot
):
    page = _page(make_window(proven_ws), qtbot)
    page.table.sortByColumn(Column.SKU, Qt.SortOrder.DescendingOrder)
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(Column.PROOF) + header.sectionSize(Column.PROOF) // 2
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    assert header.sortIndicatorSection() == Column.PROOF
    shown = _shown(page)
    # failing, expired, incomplete..., compliant
    assert shown[:2] == ["BB-001", "HT-302"] and sorted(shown[-2:]) == ["GF-601", "HT-301"]
    statuses = [page.model.proof()[sku] for sku in shown]
    assert statuses == ["failing", "expired"] + ["incomplete"] * 8 + ["compliant"] * 2


def test_a_new_result_changes_the_column_worked_out_on_the_network_lane(
    proven_ws, make_window, english, qtbot, tmp_path, monkeypatch
):
    from desktop_app.ui.tasks import Lane, current_lane

    lanes = []
    summary = proven_ws.compliance.summary

    def watched(*args, **kwargs):
        lanes.append(current_lane())
        return summary(*args, **kwargs)

    monkeypatch.setattr(proven_ws.compliance, "summary", watched)
    window = make_window(proven_ws)
    page = _page(window, qtbot)
    assert _cell(page, "KD-101").data() == "Incomplete"
    failing = [("GB 18401-2010", "formaldehyde", "500", "mg/kg")]  # over every class's limit
    source = _printed(proven_ws, tmp_path, "KD-101")  # printing spawns workers: not in a task
    errors: list[BaseException] = []
    window.runner.submit(lambda ctx: _add(proven_ws, source, "KD-101", failing), on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors) or _cell(page, "KD-101").data() != "Incomplete")
    assert not errors
    qtbot.waitUntil(lambda: _cell(page, "KD-101").data() == "Failing")
    # the page asked twice (the first rows, the new result); every summary (the dashboard's
    # count too) is worked out on the network lane, never on the database lane or the GUI thread
    assert page.proof.requests >= 2 and lanes.count(Lane.NETWORK) >= page.proof.requests
    assert set(lanes) == {Lane.NETWORK}


def test_a_burst_of_requests_is_worked_out_once(proven_ws, runner, qtbot, monkeypatch):
    from desktop_app.ui.proof_loader import ProofLoader

    calls = []
    summary = proven_ws.compliance.summary
    monkeypatch.setattr(proven_ws.compliance, "summary", lambda **kw: calls.append(1) or summary(**kw))
    loader = ProofLoader(proven_ws, runner)
    got = []
    loader.loaded.connect(got.append)
    for _ in range(5):
        loader.schedule()
    qtbot.waitUntil(lambda: bool(got))
    qtbot.waitUntil(lambda: not runner.busy)
    assert len(calls) == 1 and got[0]["BB-001"] == "failing" and len(got) == 1


@pytest.mark.parametrize("language", ["en", "zh_CN"], indirect=True)
def test_at_1024_pixels_age_groups_and_statuses_are_whole(proven_ws, make_window, qtbot, qapp, language):
    window = make_window(proven_ws)
    window.resize(1024, 768)
    page = _page(window, qtbot)
    qapp.processEvents()
    table, header = page.table, page.table.horizontalHeader()
    metrics = table.fontMetrics()
    for col in (Column.AGE_GROUP, Column.PROOF):
        assert not header.isSectionHidden(col)
        assert header.sectionViewportPosition(col) + header.sectionSize(col) <= table.viewport().width() + 1
        for row in range(page.model.rowCount()):
            text = page.model.index(row, col).data()
            assert metrics.horizontalAdvance(text) + 8 <= header.sectionSize(col), (col, text)
    infant = _cell(page, "BB-001", Column.AGE_GROUP)
    assert infant.data() == {"en": "Infant", "zh_CN": "婴幼儿"}[language]
    assert (
        infant.data(Qt.ItemDataRole.ToolTipRole) == {"en": "Infant (≤36 months)", "zh_CN": "婴幼儿"}[language]
    )
    assert table.horizontalScrollBar().maximum() == 0
