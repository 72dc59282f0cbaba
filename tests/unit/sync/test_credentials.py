"""The token in the keyring (an in-memory backend), the environment override, no keyring."""

from __future__ import annotations

import pytest

from desktop_app.core.errors import ValidationError
from desktop_app.sync.credentials import SERVICE, delete_token, get_token, set_token
from desktop_app.sync.errors import KeyringUnavailableError, PlatformUrlError
from desktop_app.sync.urls import normalise_base_url

URL = "https://platform.example.cn/api"
TOKEN = "s3cr3t-T0ken-value"


def test_set_get_delete(memory_keyring) -> None:
    assert get_token(URL) is None
    set_token(URL, f"  {TOKEN}\n")
    assert memory_keyring.store == {(SERVICE, URL): TOKEN}
    assert get_token(URL + "/") == TOKEN  # the same account, however the URL is typed
    assert get_token("https://other.example.cn") is None
    assert delete_token(URL) is True
    assert get_token(URL) is None
    assert delete_token(URL) is False


def test_environment_overrides_keyring(memory_keyring, monkeypatch) -> None:
    set_token(URL, TOKEN)
    monkeypatch.setenv("TEXTILE_ASSISTANT_TOKEN", "from-env")
    assert get_token(URL) == "from-env"
    monkeypatch.setenv("TEXTILE_ASSISTANT_TOKEN", "  ")
    assert get_token(URL) == TOKEN


def test_no_keyring_says_to_use_the_variable(no_keyring) -> None:
    for call in (lambda: get_token(URL), lambda: set_token(URL, TOKEN), lambda: delete_token(URL)):
        with pytest.raises(KeyringUnavailableError) as info:
            call()
        assert "TEXTILE_ASSISTANT_TOKEN" in str(info.value)


def test_no_keyring_but_variable_set(no_keyring, monkeypatch) -> None:
    monkeypatch.setenv("TEXTILE_ASSISTANT_TOKEN", TOKEN)
    assert get_token(URL) == TOKEN


@pytest.mark.parametrize("bad", ["", "   ", "two words", "tab\there", "ünïcode"])
def test_bad_token_refused_without_echo(memory_keyring, bad: str) -> None:
    with pytest.raises(ValidationError) as info:
        set_token(URL, bad)
    if bad.strip():
        assert bad.strip() not in str(info.value) and bad.strip() not in repr(info.value)
    assert memory_keyring.store == {}


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://Platform.Example.cn/", "https://platform.example.cn"),
        ("https://platform.example.cn/api//", "https://platform.example.cn/api"),
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080"),
        ("http://localhost:9/x/", "http://localhost:9/x"),
        ("http://[::1]:5000", "http://[::1]:5000"),
    ],
)
def test_normalise_base_url(url: str, expected: str) -> None:
    assert normalise_base_url(url) == expected


@pytest.mark.parametrize(
    "url",
    [
        "ftp://x.example",
        "platform.example.cn",
        "https://",
        "http://platform.example.cn",
        "https://u:p@x.example",
        "https://x.example/?a=1",
    ],
)
def test_unusable_urls(url: str) -> None:
    with pytest.raises(PlatformUrlError):
        normalise_base_url(url)


def test_plain_http_elsewhere_only_when_allowed(monkeypatch) -> None:
    monkeypatch.setenv("TEXTILE_ASSISTANT_ALLOW_HTTP", "1")
    assert normalise_base_url("http://10.0.0.5:8000/") == "http://10.0.0.5:8000"
