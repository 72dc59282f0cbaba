"""The main window when the PostgreSQL host goes away mid-session (issue 15, part 5).

A real PostgreSQL server of this module's own (it is stopped and started
again, so not the session's shared one) serves the firm's records. While it
is stopped: the banner says so, no message box piles up, the products table
keeps what it showed, and a product dialog whose save failed keeps what was
typed. When the server is back: Retry (or the background check) hides the
banner and every page reloads, showing what another PC saved meanwhile.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.workspace import Workspace
from desktop_app.workspace.changes import ChangeSet
from tests.helpers import TODAY
from tests.helpers.factories import make_product
from tests.helpers.postgres import Databases, PostgresServer, find_bindir

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def own_server() -> Iterator[PostgresServer]:
    bindir = find_bindir()
    if bindir is None:
        pytest.skip("PostgreSQL is not installed here (no initdb on PATH or in /usr/lib/postgresql)")
    server = PostgresServer(bindir).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def host_ws(own_server: PostgresServer, tmp_path: Path) -> Iterator[Workspace]:
    databases = Databases(own_server.admin_url)
    name = databases.create(empty=True)
    ws = Workspace(tmp_path / "pc1", today=lambda: TODAY, database_url=databases.url(name))
    ws.products.add(make_product(sku="BB-001", name="Bodysuit"))
    try:
        yield ws
    finally:
        ws.close()


def _rows(window) -> set[str]:
    model = window.products.model
    return {model.product(r).sku for r in range(model.rowCount())}


def test_banner_while_the_host_is_away_then_recovery(
    qapp, qtbot, host_ws, own_server, make_window, tmp_path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.app import apply_language

    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kw: boxes.append(str(args[2:3])))
    apply_language(qapp, "en", host_ws.resources)
    window = make_window(host_ws)
    try:
        window.go(window.PRODUCTS)
        qtbot.waitUntil(lambda: _rows(window) == {"BB-001"}, timeout=15000)
        window.products.select("BB-001")
        assert not window.host_banner.isVisible()

        left_open = []

        def while_stopped() -> None:
            window.hub.publish(ChangeSet.ALL)  # every page reloads, and fails
            qtbot.waitUntil(window.host_banner.isVisible, timeout=15000)
            assert "Cannot reach the database host" in window.host_banner.label.text()
            assert _rows(window) == {"BB-001"}  # still readable as last loaded
            # a save while the host is away: refused, and the typing stays
            dialog = window.products.edit_product()
            assert dialog is not None
            dialog.name.setText("Bodysuit, typed while away")
            dialog.ok_button.click()
            qtbot.waitUntil(lambda: dialog.save_error.isVisible(), timeout=15000)
            assert dialog.isVisible() and dialog.name.text() == "Bodysuit, typed while away"
            assert "cannot be reached" in dialog.save_error.text()
            # a retry while still away: the banner stays
            window.host_banner.retry_button.click()
            qtbot.waitUntil(lambda: window.host_banner.attempts >= 1, timeout=15000)
            assert window.host_banner.isVisible()
            left_open.append(dialog)

        own_server.restart(stopped=while_stopped)
        # another PC saves a product once the host is back
        other = Workspace(tmp_path / "pc2", today=lambda: TODAY, database_url=str(host_ws.target.url))
        try:
            other.products.add(make_product(sku="BB-002", name="Second"))
        finally:
            other.close()
        window.host_banner.retry_button.click()
        qtbot.waitUntil(lambda: not window.host_banner.isVisible(), timeout=15000)
        qtbot.waitUntil(lambda: _rows(window) == {"BB-001", "BB-002"}, timeout=15000)
        # the dialog's input was kept: saving it now works
        dialog = left_open[0]
        dialog.ok_button.click()
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15000)
        assert host_ws.products.get("BB-001").name == "Bodysuit, typed while away"
        assert boxes == []  # the banner spoke for the host; no message box per failed reload
    finally:
        apply_language(qapp, "zh_CN", host_ws.resources)


def test_banner_words_in_chinese(qapp, qtbot, ws) -> None:
    from desktop_app.app import apply_language
    from desktop_app.ui.events import EventHub
    from desktop_app.ui.host_banner import HostBanner
    from desktop_app.ui.tasks import TaskRunner

    apply_language(qapp, "zh_CN", ws.resources)
    runner = TaskRunner(qapp, hub=EventHub())
    try:
        banner = HostBanner(ws, runner, runner.hub)
        qtbot.addWidget(banner)
        assert "数据库主机无法连接" in banner.label.text() and "正在重试" in banner.label.text()
        assert banner.retry_button.text() == "重试"
    finally:
        runner.shutdown()
