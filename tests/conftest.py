"""Shared fixtures: a temporary data folder, a workspace on a migrated
template database copied per test, a fixed "today", an in-memory keyring for
every test and a real platform server on 127.0.0.1.

The modules in `BOTH_ENGINES` (those that exercise SQL: repositories,
workspace services, sync, imports) run every test twice, on SQLite and on a
real PostgreSQL server (`tests/helpers/postgres.py`, started once per
session). The engine is chosen in one place, `database_url`: for
PostgreSQL, the test's data folder gets a connection setting naming a fresh
copy of a migrated template database, so every `Workspace(data_dir)` of the
test opens it. Where PostgreSQL is not installed those variants are skipped
with the reason; `TEXTILE_ASSISTANT_REQUIRE_POSTGRES=1` (CI) makes that an
error instead.

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
from tests.helpers.postgres import REQUIRE_ENV, SERVER_ENV, Databases, PostgresServer, find_bindir
from tests.platform_server import PlatformServer

# Test modules (paths from tests/) whose tests run on both engines.
BOTH_ENGINES = frozenset(
    {
        "cli/test_carbon_cli.py",
        "unit/db/test_catalogue_protocol2.py",
        "unit/db/test_catalogue_search.py",
        "unit/db/test_products_protocol2.py",
        "unit/db/test_products_plain_read.py",
        "unit/db/test_status_rows.py",
        "unit/db/test_dialect.py",
        "unit/workspace/test_carbon.py",
        "unit/workspace/test_carbon_recompute.py",
        "unit/workspace/test_carbon_verified.py",
        "unit/workspace/test_catalogue_browse.py",
        "unit/workspace/test_changes.py",
        "unit/workspace/test_compliance_cancel.py",
        "unit/workspace/test_demo.py",
        "unit/workspace/test_edit_conflicts.py",
        "unit/workspace/test_host_scans.py",
        "unit/workspace/test_product_attributes.py",
        "unit/workspace/test_products_and_certificates.py",
        "unit/workspace/test_sync.py",
        "unit/workspace/test_sync_account.py",
        "unit/workspace/test_sync_package.py",
        "unit/workspace/test_sync_protocol2.py",
        "unit/workspace/test_transfer.py",
    }
)
ENGINES = ("sqlite", "postgresql")
_TESTS = Path(__file__).parent


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Both engines for the tests of `BOTH_ENGINES` that open a workspace or a database."""
    if "database_url" not in metafunc.fixturenames:
        return
    module = Path(metafunc.definition.path).relative_to(_TESTS).as_posix()
    if module in BOTH_ENGINES and metafunc.definition.get_closest_marker("sqlite_only") is None:
        metafunc.parametrize("database_url", ENGINES, indirect=True)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only: a test of SQLite itself (its file, its pragmas), run on SQLite only"
    )


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
    for name in ("TEXTILE_ASSISTANT_TOKEN", "TEXTILE_ASSISTANT_ALLOW_HTTP", "TEXTILE_ASSISTANT_DATABASE_URL"):
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


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer | None]:
    """The session's own PostgreSQL server; None when `TEXTILE_ASSISTANT_TEST_DATABASE_URL` names one.

    Skips (with the reason) where PostgreSQL is not installed, unless
    `TEXTILE_ASSISTANT_REQUIRE_POSTGRES` is set: then it fails.
    """
    if os.environ.get(SERVER_ENV):
        yield None
        return
    bindir = find_bindir()
    if bindir is None:
        reason = (
            "PostgreSQL is not installed here (no initdb on PATH or in /usr/lib/postgresql); "
            f"install it or set {SERVER_ENV} to a server's superuser URL"
        )
        if os.environ.get(REQUIRE_ENV):
            pytest.fail(f"{REQUIRE_ENV} is set but {reason}")
        pytest.skip(reason)
    server = PostgresServer(bindir).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def postgres(
    postgres_server: PostgresServer | None, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Databases]:
    """The server's databases, with a template migrated to head and the bundled catalogue loaded."""
    from desktop_app.workspace import Workspace

    databases = Databases(postgres_server.admin_url if postgres_server else os.environ[SERVER_ENV])
    folder = tmp_path_factory.mktemp("pg-template")
    databases.make_template(lambda url: Workspace(folder, today=lambda: TODAY, database_url=url).close())
    try:
        yield databases
    finally:
        databases.close()


@pytest.fixture
def database_url(request: pytest.FixtureRequest) -> Iterator[str | None]:
    """The test's database: None for the data folder's SQLite file, else a fresh PostgreSQL
    database copied from the template (dropped after the test)."""
    if getattr(request, "param", "sqlite") == "sqlite":
        yield None
        return
    databases: Databases = request.getfixturevalue("postgres")
    name = databases.take()
    try:
        yield databases.url(name)
    finally:
        databases.drop_later(name)


@pytest.fixture
def empty_postgres(postgres: Databases) -> Iterator[str]:
    """The URL of a new, empty PostgreSQL database (no schema), dropped after the test."""
    name = postgres.create(empty=True)
    try:
        yield postgres.url(name)
    finally:
        postgres.drop(name)


@pytest.fixture
def data_dir(tmp_path: Path, template_data_dir: Path, database_url: str | None) -> Path:
    """A data folder copied from the template; on PostgreSQL its connection setting names the test's database."""
    target = tmp_path / "data"
    shutil.copytree(template_data_dir, target)
    if database_url is not None:
        from desktop_app.paths import DataPaths
        from desktop_app.workspace.connection import parse_url, save_setting

        save_setting(DataPaths(target), parse_url(database_url))
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
