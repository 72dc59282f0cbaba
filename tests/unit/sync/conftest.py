"""Fixtures for the sync tests: a real platform server, clients, an in-memory keyring."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from typing import Any

import keyring
import keyring.backend
import keyring.errors
import pytest

from desktop_app.sync.client import PlatformClient
from tests.keyring_fixture import MemoryKeyring  # one in-memory keyring for all tests
from tests.platform_server import PlatformServer, notice_data, rule_data, standard_data


@pytest.fixture(autouse=True)
def _isolated_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test sees the developer's token, proxy or HTTP override."""
    for name in ("TEXTILE_ASSISTANT_TOKEN", "TEXTILE_ASSISTANT_ALLOW_HTTP"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """The situation on a server without a keyring daemon."""
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def platform() -> Iterator[PlatformServer]:
    server = PlatformServer().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def small_catalogue(platform: PlatformServer) -> PlatformServer:
    """Five standards, two rules, one notice: versions 1..8."""
    codes = [f"GB/T {1000 + i}-2020" for i in range(5)]
    platform.add_changes([{"type": "standard", "id": c, "data": standard_data(c)} for c in codes])
    platform.upsert("rule", rule_data("R-1", codes[0]))
    platform.upsert("rule", rule_data("R-2", codes[1], grade="A"))
    platform.upsert("notice", notice_data("N-1", [codes[0]]))
    return platform


class SleepRecorder:
    """Stands in for time.sleep: records the waits instead of waiting."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


@pytest.fixture
def sleeps() -> SleepRecorder:
    return SleepRecorder()


@pytest.fixture
def make_client(platform: PlatformServer, sleeps: SleepRecorder) -> Iterator[Callable[..., PlatformClient]]:
    """Clients of the test platform with fake sleep and tiny backoff, closed at the end."""
    made: list[PlatformClient] = []

    def make(**kwargs: Any) -> PlatformClient:
        options: dict[str, Any] = {
            "timeout": (2, 5),
            "max_retries": 3,
            "backoff_base": 0.01,
            "sleep": sleeps,
            "rng": random.Random(7),
        }
        options.update(kwargs)
        token = options.pop("token", platform.token)
        keys = options.pop("trusted_keys", platform.trusted_keys)
        client = PlatformClient(platform.url, token, keys, **options)
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()
