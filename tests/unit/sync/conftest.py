"""Fixtures for the sync tests: a filled platform server and clients of it.

The platform server and the keyrings are the shared ones of `tests/conftest.py`.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from desktop_app.sync.client import PlatformClient
from tests.platform_server import PlatformServer, notice_data, rule_data, standard_data


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
