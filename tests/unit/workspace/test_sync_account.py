"""Login, logout and trusted keys through `ws.sync` (in-memory keyring, real test server)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop_app.core.errors import NotFoundError, ValidationError
from desktop_app.sync import AuthError, KeyringUnavailableError, PlatformUrlError, TrustedKeyError
from desktop_app.sync.credentials import SERVICE
from desktop_app.workspace import Workspace
from tests.helpers import TODAY
from tests.helpers.sync_platform import fill, matches_platform
from tests.platform_server import make_key_pair, public_key_b64

RESOURCES = Path(__file__).resolve().parents[3] / "resources"


def test_login_checks_stores_in_keyring_and_saves_url(ws, platform, memory_keyring) -> None:
    assert ws.sync.has_token() is False  # no platform set yet
    result = ws.sync.login(platform.url + "/", f"  {platform.token}\n")
    assert result.checked and result.url == platform.url
    assert ws.sync.has_token() is True and ws.sync.has_token("http://127.0.0.1:1") is False
    assert memory_keyring.store == {(SERVICE, platform.url): platform.token}
    assert ws.firm().platform_url == platform.url
    assert ws.sync.logout() is True and memory_keyring.store == {}
    assert ws.sync.logout() is False and ws.sync.has_token() is False
    assert ws.firm().platform_url == platform.url  # the setting stays


def test_login_refused_token_is_not_stored(ws, platform, memory_keyring) -> None:
    with pytest.raises(AuthError):
        ws.sync.login(platform.url, "not-the-token")
    assert memory_keyring.store == {} and ws.firm().platform_url == ""


def test_login_while_the_platform_is_unreachable_stores_unchecked(ws, platform, memory_keyring) -> None:
    url = platform.url
    platform.stop()
    result = ws.sync.login(url, "offline-token")
    assert not result.checked and "unavailable" in result.detail
    assert memory_keyring.store == {(SERVICE, url): "offline-token"}


def test_login_refuses_plain_http_off_loopback_and_no_keyring(ws, platform, no_keyring) -> None:
    with pytest.raises(PlatformUrlError):
        ws.sync.login("http://platform.example.cn", "t")
    with pytest.raises(KeyringUnavailableError, match="TEXTILE_ASSISTANT_TOKEN"):
        ws.sync.login(platform.url, platform.token)
    assert ws.sync.has_token(platform.url) is False  # no keyring: no token, and no crash


def test_trusted_keys_add_list_remove(ws) -> None:
    key = public_key_b64(make_key_pair())
    added = ws.sync.add_trusted_key("platform-2026", key).value
    assert (added.key_id, added.public_key, added.bundled) == ("platform-2026", key, False)
    assert [k.key_id for k in ws.sync.trusted_keys()] == ["platform-2026"]
    with pytest.raises(TrustedKeyError, match="base64"):
        ws.sync.add_trusted_key("bad", "not base64!")
    with pytest.raises(TrustedKeyError, match="32 bytes"):
        ws.sync.add_trusted_key("short", "AAAA")
    with pytest.raises(ValidationError):
        ws.sync.add_trusted_key("has space", key)
    ws.sync.remove_trusted_key("platform-2026")
    assert ws.sync.trusted_keys() == []
    with pytest.raises(NotFoundError):
        ws.sync.remove_trusted_key("platform-2026")


def test_a_key_shipped_in_resources_is_trusted_for_sync(
    data_dir,
    tmp_path,
    platform,
    memory_keyring,
) -> None:
    resources = tmp_path / "resources"
    shutil.copytree(RESOURCES, resources)
    (resources / "keys" / f"{platform.key_id}.pub").write_text(platform.public_key_b64 + "\n")
    fill(platform)
    ws = Workspace(data_dir, today=lambda: TODAY, resources=resources)
    try:
        assert [(k.key_id, k.bundled) for k in ws.sync.trusted_keys()] == [(platform.key_id, True)]
        with pytest.raises(ValidationError, match="shipped"):
            ws.sync.remove_trusted_key(platform.key_id)
        with pytest.raises(ValidationError, match="shipped"):
            ws.sync.add_trusted_key(platform.key_id, public_key_b64(make_key_pair()))
        ws.sync.login(platform.url, platform.token)
        ws.sync.run()
        matches_platform(ws, platform)
    finally:
        ws.close()
