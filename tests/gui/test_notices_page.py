"""Notices: severity, date and read state; the firm's first, naming products; read/unread; link."""

from __future__ import annotations

import pytest

from desktop_app.ui.pages.notices_page import Column

pytestmark = pytest.mark.gui


@pytest.fixture
def page(window, qtbot):
    window.go(window.NOTICES)
    page = window.notices
    qtbot.waitUntil(lambda: page.list.topLevelItemCount() > 0)
    return page


def is_bold(page, notice_id: str) -> bool:
    item = page.list.topLevelItem(page.notice_ids().index(notice_id))
    return item.font(Column.TITLE).bold()


def test_mine_first_with_products_severity_and_date(page, demo_ws):
    views = demo_ws.catalogue.notices()
    assert page.notice_ids() == [v.notice.id for v in views]
    mine = [v.mine for v in views]
    assert mine == sorted(mine, reverse=True)  # the firm's notices first
    first = page.list.topLevelItem(0)
    assert first.text(Column.PRODUCTS) == ", ".join(views[0].affected) != ""
    assert first.text(Column.SEVERITY) in ("Critical", "Warning", "Information")
    assert first.text(Column.DATE) != "" and first.text(Column.TITLE) == views[0].notice.title.en
    assert all(is_bold(page, v.notice.id) for v in views if not v.read)


def test_selecting_marks_read_and_it_can_be_marked_unread(page, window, demo_ws, qtbot):
    notice_id = page.notice_ids()[0]
    page.select(notice_id)
    qtbot.waitUntil(lambda: next(v for v in demo_ws.catalogue.notices() if v.notice.id == notice_id).read)
    assert not is_bold(page, notice_id)
    assert page.read_button.text() == "Mark unread"
    assert "Concerns your products:" in page.body.toPlainText()
    page.read_button.click()
    qtbot.waitUntil(lambda: not next(v for v in demo_ws.catalogue.notices() if v.notice.id == notice_id).read)
    qtbot.waitUntil(lambda: not window.runner.busy)  # the reload after the change must not mark it read again
    assert is_bold(page, notice_id) and page.read_button.text() == "Mark read"
    assert not next(v for v in demo_ws.catalogue.notices() if v.notice.id == notice_id).read


def test_open_link_opens_the_notice_url(page, demo_ws, monkeypatch):
    opened = []
    monkeypatch.setattr(
        "desktop_app.ui.pages.notices_page.QDesktopServices.openUrl", lambda url: opened.append(url) or True
    )
    view = next(v for v in demo_ws.catalogue.notices() if v.notice.url)
    page.select(view.notice.id)
    assert page.link_button.isEnabled()
    page.link_button.click()
    assert [u.toString() for u in opened] == [view.notice.url]
