"""The certificates page: status text, sorting by days left, adding one."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle

from tests.helpers import TODAY
from tests.helpers.discard import answer_discard_box, discard

pytestmark = pytest.mark.gui


@pytest.fixture
def page(window, qtbot, demo_ws):
    window.go(window.CERTIFICATES)
    page = window.certificates
    expected = len(demo_ws.certificates.states())
    qtbot.waitUntil(lambda: page.model.rowCount() == expected)
    return page


def _column(page, col):
    return [page.proxy.index(r, col).data() for r in range(page.proxy.rowCount())]


def test_expired_certificate_shows_status_text_icon_and_colour(page):
    from desktop_app.ui.models.certificate_table_model import Column

    row = page.proxy.mapFromSource(page.model.index(page.model.row_of("OT-19.CN.30077"), Column.STATUS))
    assert row.data().startswith("Expired")
    assert row.data(Qt.ItemDataRole.DecorationRole) is not None
    assert row.data(Qt.ItemDataRole.BackgroundRole) is not None


def test_expired_in_chinese(page, qapp, demo_ws):
    from desktop_app.app import apply_language
    from desktop_app.ui.models.certificate_table_model import Column

    apply_language(qapp, "zh_CN", demo_ws.resources)
    index = page.model.index(page.model.row_of("OT-19.CN.30077"), Column.STATUS)
    assert index.data().startswith("已过期")


def test_sorted_by_days_left(page):
    from desktop_app.ui.models.certificate_table_model import Column

    page.table.sortByColumn(Column.DAYS_LEFT, Qt.SortOrder.AscendingOrder)
    days = [int(d) for d in _column(page, Column.DAYS_LEFT) if d != "—"]
    assert days == sorted(days) and days[0] < 0
    page.table.sortByColumn(Column.DAYS_LEFT, Qt.SortOrder.DescendingOrder)
    days = [int(d) for d in _column(page, Column.DAYS_LEFT) if d != "—"]
    assert days == sorted(days, reverse=True)


def test_add_certificate_covering_a_product(page, demo_ws, qtbot, tmp_path):
    from desktop_app.core.certificates import CertStatus
    from desktop_app.ui.dialogs.certificate_dialog import _qdate

    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4\n%%EOF\n")
    dialog = page.add_certificate()
    dialog.scheme.setCurrentIndex(dialog.scheme.findData("test-report"))
    dialog.number.setText("SGS-NEW-1")
    dialog.issuer.setText("SGS 上海")
    dialog.issued.setDate(_qdate(TODAY - dt.timedelta(days=10)))
    dialog.expires.setDate(_qdate(TODAY + dt.timedelta(days=20)))
    dialog.products.search.setText("睡袋")
    visible = [dialog.products.list.item(i) for i in range(dialog.products.list.count())]
    assert [i.text() for i in visible if not i.isHidden()] == ["BB-002  婴儿睡袋 Baby sleeping bag"]
    dialog.products.set_checked("BB-002")
    dialog.choose_scan_file = lambda: str(scan)
    dialog.attach_button.click()
    assert "scan.pdf" in dialog.scan_label.text()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.row_of("SGS-NEW-1") >= 0)
    state = next(s for s in demo_ws.certificates.states(sku="BB-002") if s.certificate.number == "SGS-NEW-1")
    assert state.status is CertStatus.EXPIRING
    assert demo_ws.certificates.scan_path(state.certificate).is_file()
    row = page.model.row_of("SGS-NEW-1")
    assert page.model.index(row, 0).data() == "Expires in 20 days"


def test_expiry_before_issue_keeps_ok_disabled(page):
    from desktop_app.ui.dialogs.certificate_dialog import _qdate

    dialog = page.add_certificate()
    dialog.number.setText("X-1")
    dialog.issuer.setText("Lab")
    dialog.expires.setDate(_qdate(TODAY - dt.timedelta(days=1)))
    assert not dialog.ok_button.isEnabled()
    assert not dialog.expires_error.isHidden()
    discard(dialog)


def test_renew_keeps_the_old_certificate_in_history(page, demo_ws, qtbot):
    page.select("OT-19.CN.30077")
    dialog = page.renew_certificate()
    dialog.number.setText("OT-19.CN.30078")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.row_of("OT-19.CN.30078") >= 0)
    assert page.model.row_of("OT-19.CN.30077") < 0  # replaced: hidden by default
    new = demo_ws.certificates.get("OT-19.CN.30078")
    assert new.replaces == "OT-19.CN.30077" and new.products == ("HT-302",)
    page.show_replaced.setChecked(True)
    qtbot.waitUntil(lambda: page.model.row_of("OT-19.CN.30077") >= 0)


def test_a_scheme_that_always_expires_proposes_the_usual_term(page):
    from desktop_app.ui.dialogs.certificate_dialog import _pydate, _qdate

    dialog = page.add_certificate()
    dialog.scheme.setCurrentIndex(dialog.scheme.findData("iso-9001"))
    dialog.issued.setDate(_qdate(dt.date(2026, 5, 10)))
    assert _pydate(dialog.expires.date()) == dt.date(2029, 5, 10)
    assert "36 months" in dialog.term_hint.text()
    assert not dialog.no_expiry.isEnabled()
    dialog.scheme.setCurrentIndex(dialog.scheme.findData("gots"))
    assert _pydate(dialog.expires.date()) == dt.date(2027, 5, 10)
    dialog.expires.setDate(_qdate(dt.date(2027, 4, 30)))  # the date on the certificate
    dialog.issued.setDate(_qdate(dt.date(2026, 5, 1)))
    assert _pydate(dialog.expires.date()) == dt.date(2027, 4, 30)  # typed by hand: kept
    discard(dialog)


def test_no_expiry_is_said_in_words_and_refused_where_the_scheme_expires(page, demo_ws, qtbot):
    from desktop_app.ui.models.certificate_table_model import Column

    dialog = page.add_certificate()
    dialog.scheme.setCurrentIndex(dialog.scheme.findData("test-report"))
    dialog.number.setText("R-1")
    dialog.issuer.setText("SGS")
    assert dialog.no_expiry.isEnabled()
    dialog.no_expiry.setChecked(True)
    assert dialog.expires.text() == "no expiry"
    dialog.scheme.setCurrentIndex(dialog.scheme.findData("bluesign"))
    assert not dialog.no_expiry.isChecked() and not dialog.no_expiry.isEnabled()
    assert "always expire" in dialog.term_hint.text()
    dialog.scheme.setCurrentIndex(dialog.scheme.findData("test-report"))
    dialog.no_expiry.setChecked(True)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.row_of("R-1") >= 0)
    row = page.model.row_of("R-1")
    assert page.model.index(row, Column.EXPIRES).data() == "no expiry"
    page.select("R-1")
    edit = page.edit_certificate()
    assert edit.expires.text() == "no expiry" and edit.no_expiry.isChecked()
    edit.reject()


def test_esc_in_an_edited_dialog_asks_before_discarding(page, qtbot):
    dialog = page.add_certificate()
    dialog.show()
    dialog.reject()  # nothing typed: closes without a question
    assert not dialog.isVisible()

    dialog = page.add_certificate()
    dialog.show()
    dialog.number.setText("HALF-1")
    answer_discard_box(dialog, "Keep editing")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.number.text() == "HALF-1"
    answer_discard_box(dialog, "Discard")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert page.model.row_of("HALF-1") < 0


def test_print_with_nothing_selected_says_so(window, qtbot):
    window.go(window.PRODUCTS)
    qtbot.waitUntil(lambda: window.products.model.rowCount() > 0)
    window.products.table.clearSelection()
    window.print_action.trigger()
    box = window.products.printer.nothing_selected_box
    assert box is not None and box.isVisible() and "No product is selected" in box.text()
    box.close()


@pytest.mark.parametrize(
    ("lang", "based", "none_kept"),
    [
        (
            "en",
            "BB-001: based on the screening estimate of",
            "BB-002: no carbon estimate was kept before it was issued",
        ),
        ("zh_CN", "BB-001：依据", "BB-002：发证前没有保存的碳足迹估算"),
    ],
)
def test_a_carbon_footprint_certificate_names_the_estimate_it_was_based_on(
    page, demo_ws, qtbot, qapp, lang, based, none_kept
):
    from desktop_app.app import apply_language
    from desktop_app.core.carbon import Activity, ActivityData
    from tests.helpers.factories import make_certificate

    recorded = demo_ws.carbon.set(
        ActivityData("BB-001", "1 kg", (Activity("electricity", 10.0, "kWh"),))
    ).value
    demo_ws.certificates.add(
        make_certificate(
            scheme="carbon-footprint",
            number="CFP-9",
            issued=recorded.computed_at.date(),
            expires=None,
            products=("BB-001", "BB-002"),
        )
    )
    apply_language(qapp, lang, demo_ws.resources)
    try:
        page.reload()
        qtbot.waitUntil(lambda: page.model.row_of("CFP-9") >= 0, timeout=30000)
        page.select("CFP-9")
        qtbot.waitUntil(lambda: len(page.detail.verified) == 2, timeout=30000)
        text = page.detail.text()
        assert page.detail.isVisibleTo(page) and "CFP-9" in text
        assert based in text and "5.777 kgCO2e" in text and none_kept in text
        page.select("CU-GOTS-862311")  # any other scheme: its detail, no estimate
        qtbot.waitUntil(lambda: "CU-GOTS-862311" in page.detail.text())
        assert "kgCO2e" not in page.detail.text() and page.detail.verified == []
    finally:
        apply_language(qapp, "en", demo_ws.resources)


def test_numbers_are_whole_and_the_results_buttons_sit_at_the_right(window, page, qtbot):
    """At 1024×768 a certificate's number is not elided (staff compare it with the paper), and
    with nothing selected the results buttons keep their own width at the right, not the row's."""
    from desktop_app.ui.models.certificate_table_model import Column

    window.resize(1024, 768)
    page.table.clearSelection()
    qtbot.waitUntil(lambda: not page.detail.isVisible() or page.detail.width() == 0)
    metrics = page.table.fontMetrics()
    # the room a cell gives its text, as Qt's item delegate lays it out
    margin = page.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, page.table) + 1
    room = page.table.columnWidth(Column.NUMBER) - 2 * margin
    numbers = _column(page, Column.NUMBER)
    assert [metrics.elidedText(n, Qt.TextElideMode.ElideRight, room) for n in numbers] == numbers
    for button in (page.enter_results_button, page.import_results_button):
        assert button.width() < page.width() / 3
        right = button.mapTo(page, button.rect().topRight()).x()
        assert right >= page.table.mapTo(page, page.table.rect().topRight()).x() - 2


def test_a_wide_window_gives_its_room_to_scheme_issuer_and_products(window, page, qtbot):
    """At 1366×768 the long texts (a scheme's name, the issuer, the products covered) are whole:
    the spare width is theirs, not the issuer's alone."""
    from desktop_app.ui.models.certificate_table_model import Column

    window.resize(1366, 768)
    qtbot.waitUntil(lambda: page.table.viewport().width() > 1100)
    metrics = page.table.fontMetrics()
    margin = page.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, page.table) + 1
    for col in (Column.SCHEME, Column.ISSUER, Column.PRODUCTS):
        room = page.table.columnWidth(col) - 2 * margin
        texts = _column(page, col)
        assert [metrics.elidedText(t, Qt.TextElideMode.ElideRight, room) for t in texts] == texts, col
