"""The navigation list shows every page name whole, without a horizontal scrollbar, in both languages."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_app.ui.main_window import NAV_PAD_PX

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("width", [1366, 1024])
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_every_page_name_fits_the_navigation(demo_ws, make_window, qapp, qtbot, lang, width):
    from desktop_app.app import apply_language

    apply_language(qapp, lang, demo_ws.resources)
    try:
        window = make_window(demo_ws)
        window.resize(width, 768)
        qapp.processEvents()
        nav = window.nav
        assert nav.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        assert nav.horizontalScrollBar().maximum() == 0 or not nav.horizontalScrollBar().isVisible()
        metrics = nav.fontMetrics()
        for row in range(nav.count()):
            item = nav.item(row)
            text_width = metrics.horizontalAdvance(item.text())
            assert nav.visualItemRect(item).width() >= text_width + 2 * NAV_PAD_PX, item.text()
            assert nav.viewport().width() >= text_width + 2 * NAV_PAD_PX, (
                item.text(),
                nav.viewport().width(),
            )
        if lang == "en":
            assert "Certificates" in [nav.item(r).text() for r in range(nav.count())]
    finally:
        apply_language(qapp, "zh_CN", demo_ws.resources)


def test_navigation_widens_when_the_language_changes(demo_ws, make_window, qapp):
    from desktop_app.app import apply_language

    apply_language(qapp, "zh_CN", demo_ws.resources)
    try:
        window = make_window(demo_ws)
        chinese = window.nav_width()
        apply_language(qapp, "en", demo_ws.resources)
        qapp.processEvents()
        assert window.nav_width() > chinese  # "Certificates" is wider than 证书
        assert window.nav.minimumWidth() == window.nav_width()
        assert window.splitter.sizes()[0] >= window.nav_width()
    finally:
        apply_language(qapp, "zh_CN", demo_ws.resources)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_no_page_name_is_drawn_elided(demo_ws, make_window, qapp, lang):
    """Each name drawn at the list's own width looks as it does in a list far wider (an elided
    name would end in "…" instead of its last letters)."""
    from desktop_app.app import apply_language

    apply_language(qapp, lang, demo_ws.resources)
    try:
        window = make_window(demo_ws)
        window.resize(1024, 768)
        qapp.processEvents()
        nav, narrow = window.nav, window.nav.width()
        nav.setCurrentRow(-1)  # a selected row's highlight ends at the list's edge: compare texts alone

        def rows() -> list:
            qapp.processEvents()
            image = nav.viewport().grab().toImage()
            return [image.copy(nav.visualItemRect(nav.item(r))) for r in range(nav.count())]

        def cut(images: list) -> list:
            return [im.copy(0, 0, narrow - 2 * nav.frameWidth(), im.height()) for im in images]

        at_its_width = cut(rows())
        window.splitter.setSizes([narrow + 200, 1024 - narrow - 200])
        wide = cut(rows())
        names = [nav.item(r).text() for r in range(nav.count())]
        elided = [n for n, a, b in zip(names, at_its_width, wide, strict=True) if a != b]
        assert elided == []
    finally:
        apply_language(qapp, "zh_CN", demo_ws.resources)
