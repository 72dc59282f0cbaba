"""The screens as a firm reads them at 1024×768: the product panel's boxes as tall as what
they hold (no scrollbar inside the panel's own for a few entries), the history folded away,
the standards detail as item blocks in the interface language, the certificate dialog's
products without a sideways scrollbar, and notice rows with air."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.gui


def _select_product(window, qtbot, sku: str):
    window.resize(1024, 768)
    window.go(window.PRODUCTS)
    qtbot.waitUntil(lambda: window.products.model.rowCount() > 0)
    window.products.select(sku)
    panel = window.products.panel
    qtbot.waitUntil(lambda: panel.overview is not None and panel.overview.product.sku == sku)
    qtbot.waitUntil(lambda: panel.statuses is not None)
    qtbot.wait(50)  # the lists fit themselves once laid out
    return panel


def _fits(view) -> bool:
    """Every row inside the viewport, and no scrollbar to reach one."""
    bar = view.verticalScrollBar()
    rows = [view.visualItemRect(view.item(i)) for i in range(view.count())]
    inside = all(r.bottom() <= view.viewport().height() for r in rows)
    return inside and (bar.maximum() == 0 or not bar.isVisible())


def test_few_certificates_and_gaps_show_whole_without_a_scrollbar(window, qtbot):
    panel = _select_product(window, qtbot, "BB-001")
    assert 1 <= panel.certs.count() <= 3
    assert _fits(panel.certs), panel.certs.height()
    assert _fits(panel.gaps)
    assert panel.certs.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    # the certificate's whole text is one hover away when its line is elided
    assert panel.certs.item(0).toolTip() == panel.certs.item(0).text()


def test_a_long_list_stops_at_its_cap_and_scrolls(window, qtbot):
    from desktop_app.ui.widgets.product_panel import PROOF_HEIGHT

    panel = _select_product(window, qtbot, "BB-001")  # 20 standards to prove
    assert panel.proof.count() > 6
    assert panel.proof.height() <= PROOF_HEIGHT + 2 * panel.proof.frameWidth() + 4
    assert panel.proof.verticalScrollBar().maximum() > 0


def test_history_is_folded_until_asked_for(window, qtbot):
    panel = _select_product(window, qtbot, "HT-301")
    assert not panel.history_box.isVisibleTo(panel)
    assert panel.history_toggle.text() == "Show history (UTC)"
    panel.history_toggle.click()
    assert panel.history_box.isVisibleTo(panel)
    assert panel.history_box.list.count() >= 1  # the demo's "created"
    assert panel.history_toggle.text() == "Hide history"
    panel.history_toggle.click()
    assert not panel.history_box.isVisibleTo(panel)


@pytest.fixture
def zh_window(demo_ws, make_window, qapp):
    from desktop_app.app import apply_language

    apply_language(qapp, "zh_CN", demo_ws.resources)
    return make_window(demo_ws)


def _standard_detail(window, qtbot, code: str) -> str:
    window.resize(1024, 768)
    window.go(window.STANDARDS)
    page = window.standards
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    page.search.setText(code)
    qtbot.waitUntil(lambda: page.model.query == page.query() and page.model.rowCount() > 0)
    qtbot.waitUntil(lambda: page.detail.toPlainText().startswith(code))
    return page.detail.toPlainText()


def test_standard_detail_words_limits_in_chinese_once_each(zh_window, qtbot):
    text = _standard_detail(zh_window, qtbot, "16 CFR 1120")
    assert "限值：不允许" in text and "not permitted" not in text
    assert "限值：每个自由端 ≤ 3 in (7.62 cm)" in text
    assert "free end cm" not in text and "cm cm" not in text
    assert "检测方法：ASTM F1816" in text
    page = zh_window.standards
    assert page.detail.width() >= 280


def test_standard_detail_shows_items_as_blocks_and_folds_away(window, qtbot):
    text = _standard_detail(window, qtbot, "GB 18401-2010")
    lines = text.splitlines()
    limit = next(i for i, line in enumerate(lines) if line.startswith("Limit: "))
    assert lines[limit + 1].startswith("Method: ") or lines[limit + 1] == ""  # item, limit, method
    assert "Limit: ≤ 20 mg/kg" in text
    page = window.standards
    page.detail_toggle.click()
    assert not page.detail.isVisibleTo(page)
    assert page.detail_toggle.text() == "Show details"
    page.detail_toggle.click()
    assert page.detail.isVisibleTo(page)


def test_certificate_dialog_elides_product_names_instead_of_scrolling(zh_window, qtbot):
    zh_window.resize(1024, 768)
    zh_window.go(zh_window.CERTIFICATES)
    page = zh_window.certificates
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    page.select(page.model.state(0).certificate.number)
    dialog = page.edit_certificate()
    qtbot.waitExposed(dialog)
    try:
        listed = dialog.products.list
        assert dialog.width() <= 1024
        assert listed.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        names = [listed.item(i) for i in range(listed.count())]
        assert names and all(item.toolTip() == item.text() for item in names)
    finally:
        dialog.done(0)


def test_notice_rows_have_air_and_columns_fit_their_words(window, qtbot):
    from desktop_app.ui.pages.notices_page import Column

    window.go(window.NOTICES)
    page = window.notices
    qtbot.waitUntil(lambda: page.list.topLevelItemCount() > 0)
    first = page.list.topLevelItem(0)
    row = page.list.visualItemRect(first).height()
    assert row >= page.list.fontMetrics().height() + 8
    bold = page.list.fontMetrics()
    for column in (Column.SEVERITY, Column.DATE):
        assert page.list.columnWidth(column) >= bold.horizontalAdvance(first.text(column)) + 8


def test_english_counts_take_the_singular(window):
    """`window` runs in English: the .qm's plural forms, not "1 rows" / "1 products"."""
    from PySide6.QtCore import QCoreApplication

    from desktop_app.ui.host_report import _tr_rows

    assert _tr_rows(1) == "{table}: 1 row, checksum {checksum}"
    assert _tr_rows(7) == "{table}: 7 rows, checksum {checksum}"
    assert QCoreApplication.translate("BackupsBox", "%n product(s)", "", 1) == "1 product"
    assert QCoreApplication.translate("BackupsBox", "%n certificate(s)", "", 2) == "2 certificates"


def test_origins_are_named_not_coded(zh_window, qtbot):
    panel = _select_product(zh_window, qtbot, "BB-001")
    assert "产地 印度" in panel.details.text() and " IN" not in panel.details.text()
