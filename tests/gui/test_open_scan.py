"""Open scan never opens a file outside scans/, whatever the database names, and fetches
the scan off the GUI thread (on a host that is a read of the database)."""

from __future__ import annotations

import sqlite3
import threading

import pytest

pytestmark = pytest.mark.gui

NUMBER = "CU-GOTS-862311"


@pytest.fixture
def page(window, qtbot, demo_ws):
    window.go(window.CERTIFICATES)
    page = window.certificates
    expected = len(demo_ws.certificates.states())
    qtbot.waitUntil(lambda: page.model.rowCount() == expected)
    return page


@pytest.fixture
def opened(monkeypatch):
    """What Open scan hands the desktop (nothing is really opened in a test)."""
    from desktop_app.ui.pages import certificates_page

    urls: list[str] = []
    monkeypatch.setattr(
        certificates_page.QDesktopServices, "openUrl", lambda url: urls.append(url.toLocalFile())
    )
    return urls


def _name_scan(demo_ws, name: str) -> None:
    con = sqlite3.connect(demo_ws.paths.database)
    con.execute("update certificates set scan_file = ? where number = ?", (name, NUMBER))
    con.commit()
    con.close()


@pytest.mark.parametrize("name", ["../../../../etc/passwd", "/etc/passwd"])
def test_open_scan_refuses_a_path_and_says_so(page, demo_ws, qtbot, opened, monkeypatch, name):
    _name_scan(demo_ws, name)
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and page.model.row_of(NUMBER) >= 0)
    qtbot.waitUntil(lambda: page.model.state(page.model.row_of(NUMBER)).certificate.scan_file == name)
    page.select(NUMBER)
    shown: list[BaseException] = []
    monkeypatch.setattr(page, "show_error", shown.append)
    page.open_scan()
    assert opened == []
    assert len(shown) == 1 and "not a plain file name" in str(shown[0])


def test_open_scan_opens_a_scan_inside_scans(page, demo_ws, qtbot, opened, tmp_path):
    source = tmp_path / "scan.pdf"
    source.write_bytes(b"%PDF-1.4")
    stored = demo_ws.certificates.update(
        NUMBER, demo_ws.certificates.get(NUMBER), scan=source
    ).value.scan_file
    page.reload()
    qtbot.waitUntil(lambda: page.model.state(page.model.row_of(NUMBER)).certificate.scan_file == stored)
    page.select(NUMBER)
    threads: list[threading.Thread] = []
    real = demo_ws.certificates.fetch_scan

    def fetch(cert):
        threads.append(threading.current_thread())
        return real(cert)

    demo_ws.certificates.fetch_scan = fetch
    page.open_scan()
    qtbot.waitUntil(lambda: opened != [])
    assert opened == [str(demo_ws.paths.scans / stored)]
    assert threads and threads[0] is not threading.main_thread()


def test_the_dialogs_open_scan_fetches_off_the_gui_thread(page, demo_ws, qtbot, tmp_path, monkeypatch):
    from desktop_app.ui.dialogs import certificate_dialog

    source = tmp_path / "scan.pdf"
    source.write_bytes(b"%PDF-1.4")
    stored = demo_ws.certificates.update(NUMBER, demo_ws.certificates.get(NUMBER), scan=source).value
    urls: list[str] = []
    monkeypatch.setattr(
        certificate_dialog.QDesktopServices, "openUrl", lambda url: urls.append(url.toLocalFile())
    )
    threads: list[threading.Thread] = []
    real = demo_ws.certificates.fetch_scan

    def fetch(cert):
        threads.append(threading.current_thread())
        return real(cert)

    demo_ws.certificates.fetch_scan = fetch
    page.reload()
    qtbot.waitUntil(
        lambda: page.model.state(page.model.row_of(NUMBER)).certificate.scan_file == stored.scan_file
    )
    page.select(NUMBER)
    dialog = page.edit_certificate()
    try:
        dialog.open_scan_button.click()
        qtbot.waitUntil(lambda: urls != [])
        assert urls == [str(demo_ws.paths.scans / stored.scan_file)]
        assert threads and threads[0] is not threading.main_thread()
    finally:
        dialog.reject()
