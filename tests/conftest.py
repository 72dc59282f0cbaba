"""Shared fixtures: a temporary data folder, a workspace on a migrated
template database copied per test, a fixed "today", an in-memory keyring for
every test and a real platform server on 127.0.0.1.

Factories and other helpers live in `tests/helpers/`."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("TEXTILE_ASSISTANT_TOKEN", None)

import keyring
import pytest

from tests.helpers import TODAY
from tests.helpers.memory_keyring import MemoryKeyring
from tests.platform_server import PlatformServer


@pytest.fixture(scope="session", autouse=True)
def elsewhere(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The tests run in an empty folder, not the checkout: nothing may depend on the
    working directory (the app is started from anywhere, e.g. a desktop shortcut)."""
    previous = Path.cwd()
    folder = tmp_path_factory.mktemp("cwd")
    os.chdir(folder)
    try:
        yield folder
    finally:
        os.chdir(previous)


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    """Every test: an empty in-memory keyring, and no token, proxy or plain-HTTP
    override from the developer's environment."""
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


@pytest.fixture
def no_keyring(memory_keyring: MemoryKeyring) -> Iterator[None]:
    """The situation on a server without a keyring daemon."""
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(memory_keyring)


@pytest.fixture
def platform() -> Iterator[PlatformServer]:
    """A real platform server on 127.0.0.1, empty; modules override it to fill it."""
    server = PlatformServer().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def template_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder migrated and loaded with the bundled catalogue, once."""
    from desktop_app.workspace import Workspace

    root = tmp_path_factory.mktemp("template")
    ws = Workspace(root, today=lambda: TODAY)
    ws.close()
    return root


@pytest.fixture
def data_dir(tmp_path: Path, template_data_dir: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(template_data_dir, target)
    return target


@pytest.fixture
def ws(data_dir: Path):
    from desktop_app.workspace import Workspace

    workspace = Workspace(data_dir, today=lambda: TODAY)
    yield workspace
    workspace.close()


@pytest.fixture
def demo_ws(ws):
    ws.demo.load()
    return ws
