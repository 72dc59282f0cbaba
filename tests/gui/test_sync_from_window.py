"""Sync from the window against a real platform server on 127.0.0.1 (in-memory keyring)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop_app.sync.credentials import SERVICE
from tests.helpers.sync_platform import fill, trust
from tests.platform_server import Fault, PlatformServer

pytestmark = pytest.mark.gui


@pytest.fixture
def platform(platform: PlatformServer) -> PlatformServer:
    platform.max_page = 4
    fill(platform)
    return platform


@pytest.fixture
def trusting(demo_ws, platform):
    """The demo workspace trusting the test platform's key; no real sleeps between retries."""
    return trust(demo_ws, platform, max_retries=1)


@pytest.fixture
def quiet_start(settings):
    settings.setValue("sync/at_start", False)
    return settings


def test_sync_updates_status_summary_and_notices_while_the_window_responds(
    trusting, platform, memory_keyring, quiet_start, make_window, english, qtbot
):
    trusting.sync.login(platform.url, platform.token)
    platform.inject(Fault("stall", delay=1.2))  # the first page takes a while
    window = make_window(trusting)
    qtbot.waitUntil(lambda: window.catalogue_label.text() != "")
    before = trusting.catalogue.version()
    window.sync_action.trigger()
    # The window keeps working during the sync: progress shows, and pages can be changed.
    qtbot.waitUntil(lambda: window.progress.isVisible(), timeout=5000)
    assert window._sync_task is not None and not window.sync_action.isEnabled()
    window.go(window.STANDARDS)
    qtbot.waitUntil(lambda: window.standards.model.rowCount() > 0)  # loads while the sync waits
    assert window.stack.currentWidget() is window.standards and window._sync_task is not None
    qtbot.waitUntil(
        lambda: window.sync_summary is not None and window.sync_summary.isVisible(), timeout=15000
    )
    after = trusting.catalogue.version()
    assert after == platform.latest > before
    summary = window.sync_summary.text.text()
    assert f"to {after}" in summary and "Standards:" in summary and "New notices:" in summary
    assert "Standard updated" in summary  # the new notices' titles
    assert not window.sync_summary.isModal()
    qtbot.waitUntil(lambda: f"{after}" in window.catalogue_label.text())
    assert "never" not in window.sync_label.text()
    assert window.sync_action.isEnabled() and not window.progress.isVisible()
    # "Show notices" goes to the notices, which now hold the platform's.
    window.sync_summary.notices_button.click()
    assert window.stack.currentWidget() is window.notices
    qtbot.waitUntil(lambda: {"N-1", "N-2"} <= set(window.notices.notice_ids()))


def test_a_rejected_token_says_so_and_leaves_the_data_alone(
    trusting, platform, memory_keyring, quiet_start, make_window, english, qtbot
):
    trusting.save_firm(replace(trusting.firm(), platform_url=platform.url))
    memory_keyring.store[(SERVICE, platform.url)] = "expired-token"
    stats = trusting.catalogue.stats()
    window = make_window(trusting)
    window.sync_action.trigger()
    qtbot.waitUntil(
        lambda: window.sync_error_box is not None and window.sync_error_box.isVisible(), timeout=10000
    )
    assert "did not accept the access token" in window.sync_error_box.text()
    assert "Settings" in window.sync_error_box.text()
    assert trusting.catalogue.stats() == stats
    assert window.sync_summary is None and window.sync_action.isEnabled()
    qtbot.waitUntil(lambda: "not reachable" in window.sync_label.text())


def test_automatic_sync_at_start_is_quietly_skipped_when_offline(
    trusting, platform, memory_keyring, make_window, english, qtbot, caplog
):
    trusting.sync.login(platform.url, platform.token)
    platform.stop()
    stats = trusting.catalogue.stats()
    window = make_window(trusting)
    # the attempt can fail faster than a poll sees it running: wait for its logged failure
    qtbot.waitUntil(
        lambda: any("Updating the catalogue" in r.getMessage() for r in caplog.records), timeout=15000
    )
    qtbot.waitUntil(lambda: window._sync_task is None, timeout=15000)
    qtbot.waitUntil(lambda: "not reachable" in window.sync_label.text())
    assert window.sync_error_box is None and window.sync_summary is None
    assert trusting.catalogue.stats() == stats


def test_import_update_file_applies_the_package(
    trusting, platform, memory_keyring, quiet_start, make_window, english, qtbot, tmp_path
):
    path = tmp_path / "update.zip"
    platform.make_offline_package(path)
    window = make_window(trusting)
    assert window.import_action in window.file_menu.actions()
    window.import_package(str(path))
    qtbot.waitUntil(
        lambda: window.sync_summary is not None and window.sync_summary.isVisible(), timeout=15000
    )
    assert trusting.catalogue.version() == platform.latest
    assert "New notices:" in window.sync_summary.text.text()


def test_pages_are_fetched_on_the_network_lane_and_applied_on_the_db_lane(
    trusting, platform, memory_keyring, quiet_start, make_window, english, qtbot, monkeypatch
):
    from desktop_app.ui.tasks import Lane, current_lane
    from desktop_app.workspace.changes import ChangeSet

    trusting.sync.login(platform.url, platform.token)
    lanes: dict[str, list] = {"fetch": [], "apply": []}
    fetch, apply_page = trusting.sync._network_pages, trusting.sync._apply_page

    def fetching(client):
        for item in fetch(client):
            lanes["fetch"].append(current_lane())
            yield item

    def applying(*args):
        lanes["apply"].append(current_lane())
        return apply_page(*args)

    monkeypatch.setattr(trusting.sync, "_network_pages", fetching)
    monkeypatch.setattr(trusting.sync, "_apply_page", applying)
    window = make_window(trusting)
    published: list[ChangeSet] = []
    window.hub.data_changed.connect(published.append)
    window.sync_action.trigger()
    qtbot.waitUntil(lambda: window.sync_summary is not None, timeout=15000)
    assert trusting.catalogue.version() == platform.latest
    pages = len(lanes["apply"])
    assert pages >= 2 and lanes == {"fetch": [Lane.NETWORK] * pages, "apply": [Lane.DB] * pages}
    # one announcement for the whole sync, when it ended
    assert published == [ChangeSet.CATALOGUE | ChangeSet.SYNC_STATE]


def test_a_synced_factor_change_recomputes_and_the_carbon_page_shows_it(
    demo_ws, memory_keyring, quiet_start, make_window, english, qtbot
):
    from desktop_app.core.carbon import Activity, ActivityData
    from desktop_app.workspace.changes import ChangeSet
    from tests.helpers.protocol2 import reads_protocol_2
    from tests.platform_server import factor_data

    if not reads_protocol_2():
        pytest.skip("protocol 1 parser")
    server = PlatformServer(speaks=2)
    fill(server)
    server.upsert("factor", factor_data("CN-electricity-2024-pcf", region="CN", value=0.5777, year=2024))
    server.start()
    try:
        ws = trust(demo_ws, server, max_retries=1)
        ws.sync.login(server.url, server.token)
        ws.sync.run()
        ws.carbon.set(ActivityData("BB-001", "1 kg", (Activity("electricity", 10.0, "kWh"),)))
        server.upsert("factor", factor_data("CN-electricity-2024-pcf", region="CN", value=0.5600, year=2024))
        window = make_window(ws)
        published: list[ChangeSet] = []
        window.hub.data_changed.connect(published.append)
        window.go(window.CARBON)
        window.carbon.select("BB-001")
        qtbot.waitUntil(lambda: window.carbon.view is not None and len(window.carbon.view.history) == 1)
        window.sync_action.trigger()
        qtbot.waitUntil(lambda: any(c & ChangeSet.CARBON for c in published), timeout=15000)
        qtbot.waitUntil(lambda: len(window.carbon.view.history) == 2, timeout=15000)
        assert window.carbon.estimate_view.estimate.total_kgco2e == pytest.approx(5.6)
        assert window.carbon.history.rowCount() == 2
        assert window.carbon.history.item(0, 1).text() == "factor updated by a sync"
    finally:
        server.stop()
