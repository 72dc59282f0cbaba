"""Settings: the platform token goes to the (in-memory) keyring, never to disk or the screen."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit

from desktop_app.sync.credentials import SERVICE
from tests.platform_server import make_key_pair, public_key_b64

pytestmark = pytest.mark.gui


@pytest.fixture
def page(window, qtbot):
    window.go(window.SETTINGS)
    page = window.settings_page
    qtbot.waitUntil(lambda: page.name.text() != "")
    return page


def test_saving_the_token_keeps_it_in_the_keyring_only(
    page, demo_ws, data_dir, platform, memory_keyring, qtbot
):
    page.platform_url.setText(platform.url)
    assert page.token.echoMode() == QLineEdit.EchoMode.Password
    page.token.setText(platform.token)
    page.save_token_button.click()
    qtbot.waitUntil(lambda: memory_keyring.store != {}, timeout=10000)
    qtbot.waitUntil(lambda: "accepted" in page.connection.text(), timeout=5000)
    assert memory_keyring.store == {(SERVICE, platform.url): platform.token}
    assert demo_ws.firm().platform_url == platform.url
    # The field never shows it again, only "saved".
    assert page.token.text() == "" and page.token.placeholderText() == "saved"
    assert platform.token not in page.token.displayText()
    # Nothing under the data folder holds the token's bytes (database, WAL, logs, backups).
    secret = platform.token.encode()
    leaks = [p for p in data_dir.rglob("*") if p.is_file() and secret in p.read_bytes()]
    assert leaks == []


def test_a_refused_token_is_not_saved_and_is_explained(page, platform, memory_keyring, qtbot):
    page.platform_url.setText(platform.url)
    page.token.setText("not-the-token")
    page.test_button.click()
    qtbot.waitUntil(lambda: "refused" in page.connection.text(), timeout=10000)
    assert memory_keyring.store == {}
    assert page.token.text() == "" and page.token.placeholderText() != "saved"


def test_checklist_paper_and_language_are_saved(page, demo_ws, qtbot):
    page.language.setCurrentIndex(page.language.findData("en"))  # no switch back to Chinese
    page.paper.setCurrentIndex(page.paper.findData("letter"))
    page.checklist_lang.setCurrentIndex(page.checklist_lang.findData("both"))
    page.save_button.click()
    qtbot.waitUntil(lambda: page.status.text() == "Saved.")
    firm = demo_ws.firm()
    assert (firm.paper_size, firm.checklist_lang) == ("letter", "both")


def test_trusted_keys_add_and_remove(page, demo_ws, qtbot):
    editor = page.keys
    qtbot.waitUntil(lambda: editor.list.count() == len(demo_ws.sync.trusted_keys()))
    before = editor.list.count()
    editor.key_id.setText("firm-key-1")
    editor.public_key.setText(public_key_b64(make_key_pair()))
    editor.add_button.click()
    qtbot.waitUntil(lambda: editor.list.count() == before + 1)
    assert "firm-key-1" in [k.key_id for k in demo_ws.sync.trusted_keys()]
    row = editor.key_ids().index("firm-key-1")
    editor.list.setCurrentRow(row)
    assert editor.remove_button.isEnabled()
    editor.remove_button.click()
    qtbot.waitUntil(lambda: editor.list.count() == before)
    editor.key_id.setText("bad")
    editor.public_key.setText("not base64!")
    editor.add_button.click()
    qtbot.waitUntil(lambda: "not a valid" in editor.message.text())


def test_open_data_folder_opens_the_folder(page, data_dir, monkeypatch):
    opened = []
    monkeypatch.setattr(
        "desktop_app.ui.pages.settings_page.QDesktopServices.openUrl", lambda url: opened.append(url) or True
    )
    assert page.data_path.text() == str(data_dir)
    page.open_data_button.click()
    assert opened and opened[0].toLocalFile() == str(data_dir)


def test_a_stored_token_shows_as_saved_and_can_be_removed(
    demo_ws, platform, memory_keyring, make_window, english, qtbot
):
    demo_ws.sync.login(platform.url, platform.token)
    window = make_window(demo_ws)
    window.go(window.SETTINGS)
    page = window.settings_page
    # a new window knows a token is stored without ever showing it
    qtbot.waitUntil(lambda: page.token.placeholderText() == "saved", timeout=10000)
    assert page.token.text() == "" and page.forget_token_button.isEnabled()
    page.forget_token_button.click()
    qtbot.waitUntil(lambda: "removed" in page.connection.text(), timeout=10000)
    assert memory_keyring.store == {} and page.token.placeholderText() == "Paste the token here"
    assert not page.forget_token_button.isEnabled()


def test_updating_at_start_is_a_preference_of_this_computer(
    demo_ws, platform, memory_keyring, make_window, settings, english, qtbot
):
    first = make_window(demo_ws)
    box = first.settings_page.sync_at_start
    assert box.isChecked()  # on by default
    box.setChecked(False)
    assert settings.value("sync/at_start", True, type=bool) is False
    first.close()
    demo_ws.sync.login(platform.url, platform.token)  # checks the token with one request
    asked = len(platform.requests)
    second = make_window(demo_ws)
    assert not second.settings_page.sync_at_start.isChecked()
    # the start's tasks are done: had the update at start been on, it would be running now
    qtbot.waitUntil(lambda: not second.runner.busy, timeout=10000)
    assert second._sync_task is None
    assert not [r for r in platform.requests[asked:] if "/catalogue/changes" in r.path]
