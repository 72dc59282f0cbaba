"""The main window on the screens these firms have: 1366×768 and 1024×768."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractScrollArea, QHeaderView, QTableView, QWidget

from desktop_app.ui.main_window import fit_into

pytestmark = pytest.mark.gui

SIZES = [(1366, 768), (1024, 768)]


def outside(window: QWidget) -> list[str]:
    """Visible widgets that lie (partly) outside the window's client area; what a scroll area
    holds may (the scroll area itself is checked)."""
    area = window.rect()
    bad = []
    scrolled = {w.viewport() for w in window.findChildren(QAbstractScrollArea)}

    def in_scroll_area(widget: QWidget) -> bool:
        parent = widget.parentWidget()
        while parent is not None and parent is not window:
            if parent in scrolled:
                return True
            parent = parent.parentWidget()
        return False

    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.isWindow() or widget.width() == 0:
            continue
        if in_scroll_area(widget):
            continue
        top_left = widget.mapTo(window, QPoint(0, 0))
        rect = QRect(top_left, widget.size())
        if not area.contains(rect):
            bad.append(f"{type(widget).__name__}#{widget.objectName()} {rect} not in {area}")
    return bad


def narrow_columns(table: QTableView) -> list[str]:
    """Columns of `table` narrower than their header text, or scrolled out of the viewport."""
    header: QHeaderView = table.horizontalHeader()
    bad = []
    for col in range(header.count()):
        if header.isSectionHidden(col):
            continue
        text = str(table.model().headerData(col, header.orientation()))
        if header.sectionSize(col) < header.fontMetrics().horizontalAdvance(text) + 8:
            bad.append(f"{table.objectName()} column {text!r}: {header.sectionSize(col)} px")
        right = header.sectionViewportPosition(col) + header.sectionSize(col)
        if right > table.viewport().width() + 1:
            bad.append(
                f"{table.objectName()} column {text!r} ends at {right} beyond {table.viewport().width()}"
            )
    return bad


def test_fit_into_shrinks_and_moves_the_window(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.move(200, 100)
    fit_into(window, QRect(0, 0, 1024, 738))
    assert window.width() <= 1024 and window.height() <= 738
    frame = window.frameGeometry()
    assert QRect(0, 0, 1024, 738).contains(frame)


FIRST_START = """
import json, sys, tempfile
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from desktop_app.ui.bootstrap import build_main_window
from desktop_app.workspace import Workspace
app = QApplication([])
tmp = Path(tempfile.mkdtemp())
ws = Workspace(tmp / "data")
window = build_main_window(ws, app, QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat), use_tray=False)
window.show()
app.processEvents()
window.fit_to_screen()
app.processEvents()
f, a = window.frameGeometry(), window.screen().availableGeometry()
print(json.dumps({"frame": [f.x(), f.y(), f.width(), f.height()], "available": [a.x(), a.y(), a.width(), a.height()]}))
window.close()
ws.close()
"""


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_first_window_is_no_larger_than_the_screen(tmp_path, size):
    """A real offscreen screen of that size (the platform plugin's configuration file)."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    config = tmp_path / "screen.json"
    screen = {"name": "office", "x": 0, "y": 0, "width": size[0], "height": size[1], "logicalDpi": 96}
    config.write_text(json.dumps({"screens": [screen]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    env["PYTHONPATH"] = os.pathsep.join([str(Path(__file__).parents[2]), env.get("PYTHONPATH", "")])
    out = subprocess.run(
        [sys.executable, "-c", FIRST_START], env=env, capture_output=True, text=True, timeout=120, check=True
    ).stdout
    result = json.loads(out.strip().splitlines()[-1])
    assert result["available"] == [0, 0, *size]
    x, y, w, h = result["frame"]
    assert x >= 0 and y >= 0 and x + w <= size[0] and y + h <= size[1], result


def test_geometry_is_remembered_per_screen(demo_ws, make_window, english, settings):
    window = make_window(demo_ws)
    window.save_state()
    keys = [k for k in settings.allKeys() if k.startswith("window/geometry")]
    screen = window.screen()
    assert keys == [f"window/geometry/{window._geometry_key().split('/')[-1]}"]
    assert f"{screen.size().width()}x{screen.size().height()}" in keys[0]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_every_page_fits_small_screens(demo_ws, make_window, qapp, qtbot, size, lang):
    from desktop_app.app import apply_language

    apply_language(qapp, lang, demo_ws.resources)
    try:
        window = make_window(demo_ws)
        window.resize(*size)
        assert (window.width(), window.height()) == size, "a minimum size larger than the screen"
        problems = []
        for row in range(len(window.pages)):
            window.go(row)
            page = window.pages[row]
            qtbot.waitUntil(lambda page=page: page._loaded)
            qtbot.wait(50)
            qapp.processEvents()
            problems += [f"page {row}: {p}" for p in outside(window)]
        window.go(window.PRODUCTS)
        qtbot.waitUntil(lambda: window.products.model.rowCount() > 0)
        problems += narrow_columns(window.products.table)
        window.go(window.CERTIFICATES)
        qtbot.waitUntil(lambda: window.certificates.model.rowCount() > 0)
        problems += narrow_columns(window.certificates.table)
        window.go(window.STANDARDS)
        qtbot.waitUntil(lambda: window.standards.model.rowCount() > 0)
        problems += narrow_columns(window.standards.table)
        assert not problems, "\n".join(problems)
    finally:
        apply_language(qapp, "zh_CN", demo_ws.resources)


def test_detail_pane_can_be_hidden(window, qtbot):
    window.go(window.PRODUCTS)
    assert window.products.panel.isVisibleTo(window.products)
    window.details_action.trigger()
    assert not window.products.panel.isVisibleTo(window.products)
    window.details_action.trigger()
    assert window.products.panel.isVisibleTo(window.products)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_products_search_box_does_not_collapse_at_1024(demo_ws, make_window, qapp, qtbot, lang):
    from desktop_app.app import apply_language
    from desktop_app.ui.models.product_table_model import Column

    apply_language(qapp, lang, demo_ws.resources)
    try:
        window = make_window(demo_ws)
        window.resize(1024, 768)
        window.go(window.PRODUCTS)
        qtbot.waitUntil(lambda: window.products.model.rowCount() > 0)
        qapp.processEvents()
        page = window.products
        assert page.search.width() >= 140
        assert not narrow_columns(page.table)
        header = page.table.horizontalHeader()
        for col in (Column.SKU, Column.NAME, Column.CATEGORY, Column.AGE_GROUP, Column.MARKETS, Column.GAPS):
            assert not header.isSectionHidden(col), col
        assert header.sectionSize(Column.NAME) >= 120, "the name elided beyond recognition"
        assert page.table.horizontalScrollBar().maximum() == 0
    finally:
        apply_language(qapp, "zh_CN", demo_ws.resources)


def test_products_columns_left_out_come_back_when_the_detail_pane_is_hidden(window, qtbot, qapp):
    """English at 1024: composition and customer make way for the detail pane, and return
    when it is hidden (F9)."""
    from desktop_app.ui.models.product_table_model import Column

    window.resize(1024, 768)
    window.go(window.PRODUCTS)
    qtbot.waitUntil(lambda: window.products.model.rowCount() > 0)
    header = window.products.table.horizontalHeader()
    assert header.isSectionHidden(Column.COMPOSITION)
    window.details_action.trigger()
    qapp.processEvents()
    assert not header.isSectionHidden(Column.COMPOSITION) and not header.isSectionHidden(Column.CUSTOMER)
    assert not narrow_columns(window.products.table)
    window.details_action.trigger()
    qapp.processEvents()
    assert header.isSectionHidden(Column.COMPOSITION)
    assert not narrow_columns(window.products.table)
