"""An in-memory keyring and the sync tests' isolation, for any test package to import.

    from tests.keyring_fixture import memory_keyring_fixture  # noqa: F401

then ask for `memory_keyring` (the fixture's name, so the parameter does not
shadow the import).

No test ever reads or writes the OS keyring, and none sees the developer's
token, proxy or plain-HTTP override.
"""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import keyring.backend
import keyring.errors
import pytest


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring backend in a dict."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.store[(service, username)]
        except KeyError:
            raise keyring.errors.PasswordDeleteError("no such password") from None


@pytest.fixture(name="memory_keyring")
def memory_keyring_fixture(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    """The keyring for the test: empty, in memory; no token or proxy from the environment."""
    for name in ("TEXTILE_ASSISTANT_TOKEN", "TEXTILE_ASSISTANT_ALLOW_HTTP"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)
