"""Setting up a PostgreSQL host (`workspace/host.py`, `host_move.py`, `cli/host_commands.py`).

On the session's real server: the check, the schema, moving a demo firm's
records from its SQLite file (compared record by record; the file's bytes
unchanged), the password kept in the keyring and never shown, and a host
that goes away in the middle of a session.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from desktop_app.core.errors import DatabaseHostError
from desktop_app.core.reasons import Reason
from desktop_app.db.migrate import HEAD_REVISION
from desktop_app.db.models import Base
from desktop_app.paths import DataPaths
from desktop_app.workspace import Workspace
from desktop_app.workspace.connection import KEYRING_SERVICE, SETTING_FILE, URL_ENV, parse_url, resolve
from desktop_app.workspace.host import check, init
from desktop_app.workspace.host_move import move_data, read_only_engine
from tests.helpers import TODAY
from tests.helpers.cli import run_cli
from tests.helpers.factories import make_product
from tests.helpers.postgres import APP_PASSWORD, Databases


@pytest.fixture
def firm_database(postgres: Databases):
    """An empty database owned by the firm's role (with a password), as installer/README.md makes it."""
    role, _ = postgres.ensure_app_role()
    name = postgres.create(empty=True)
    postgres.grant_schema(name, role)
    try:
        yield postgres.url(name, user=role)  # no password: it comes from the keyring or stdin
    finally:
        postgres.drop(name)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def every_row(engine) -> dict[str, list[tuple]]:
    """Every row of every table, read through the ORM's column types, sorted."""
    with engine.connect() as conn:
        return {
            t.name: sorted((tuple(r) for r in conn.execute(t.select())), key=repr)
            for t in Base.metadata.sorted_tables
        }


def test_check_reports_a_fit_host_and_init_creates_the_schema(firm_database: str, tmp_path: Path):
    report = check(firm_database, secret=APP_PASSWORD)
    assert report.ok, report.problems
    assert report.encoding == "UTF8" and report.trgm_available and report.can_create
    assert report.schema_revision is None
    created = init(firm_database, paths=DataPaths(tmp_path), secret=APP_PASSWORD)
    assert (created.from_revision, created.to_revision, created.backup) == (None, HEAD_REVISION, None)
    assert check(firm_database, secret=APP_PASSWORD).schema_revision == HEAD_REVISION


def test_a_role_that_may_not_create_tables_is_told(postgres: Databases, tmp_path: Path):
    role, password = postgres.ensure_app_role()
    name = postgres.create(empty=True)  # owned by the superuser; PUBLIC may not create in public (15+)
    postgres._execute(f'REVOKE CREATE ON DATABASE "{name}" FROM PUBLIC')
    try:
        report = check(postgres.url(name, user=role), secret=password)
        assert [p.code for p in report.problems] == [Reason.HOST_NO_PRIVILEGE]
        with pytest.raises(DatabaseHostError) as info:
            init(postgres.url(name, user=role), paths=DataPaths(tmp_path), secret=password)
        assert info.value.code is Reason.HOST_NO_PRIVILEGE
    finally:
        postgres.drop(name)


def test_a_wrong_password_and_an_away_host_are_named_without_the_password(firm_database: str):
    with pytest.raises(DatabaseHostError) as refused:
        check(firm_database, secret="not-the-password-123")
    assert refused.value.code is Reason.HOST_LOGIN_REFUSED
    away = parse_url(firm_database).set(port=1)  # nothing listens there
    with pytest.raises(DatabaseHostError) as unreachable:
        check(away.set(password="secret-in-the-url-99").render_as_string(hide_password=False))
    assert unreachable.value.code is Reason.HOST_UNREACHABLE
    for error in (refused.value, unreachable.value):
        shown = f"{error} {error.params} {error.args}"
        assert "not-the-password-123" not in shown and "secret-in-the-url-99" not in shown


def test_move_data_copies_every_record_verified_and_leaves_the_file_as_it_was(
    data_dir: Path, firm_database: str, memory_keyring
):
    ws = Workspace(data_dir, today=lambda: TODAY)
    ws.demo.load()
    ws.catalogue.mark_notice(ws.catalogue.notices()[0].notice.id)
    ws.close()
    before = {p.name: sha256(p) for p in data_dir.glob("assistant.sqlite3*")}
    source = read_only_engine(data_dir / "assistant.sqlite3")
    expected = every_row(source)
    source.dispose()
    assert expected["products"] and expected["certificates"] and expected["certificate_products"]
    assert expected["notice_reads"] and expected["standards"] and expected["requirements"]

    done = run_cli(
        data_dir, "host", "move-data", firm_database, "--password-stdin", stdin=APP_PASSWORD + "\n"
    )

    assert done.returncode == 0, done.stderr
    assert APP_PASSWORD not in done.stdout + done.stderr
    after = {p.name: sha256(p) for p in data_dir.glob("assistant.sqlite3*")}
    assert after["assistant.sqlite3"] == before["assistant.sqlite3"]  # not a byte changed
    # a read-only reader of a WAL database may leave an empty log and its index behind
    assert set(after) - set(before) <= {"assistant.sqlite3-wal", "assistant.sqlite3-shm"}
    assert (
        not (data_dir / "assistant.sqlite3-wal").exists()
        or not (data_dir / "assistant.sqlite3-wal").stat().st_size
    )
    setting = json.loads((data_dir / SETTING_FILE).read_text("utf-8"))
    assert setting == {"database_url": firm_database} and APP_PASSWORD not in json.dumps(setting)
    key = f"{parse_url(firm_database).username}@127.0.0.1:{parse_url(firm_database).port}"
    assert memory_keyring.get_password(KEYRING_SERVICE, key) == APP_PASSWORD

    moved = Workspace(data_dir, today=lambda: TODAY)  # the setting and the keyring: the host
    try:
        assert moved.target.source == "setting" and moved.engine.dialect.name == "postgresql"
        assert every_row(moved.engine) == expected
        # the host hands out ids after the copied ones
        added = moved.products.add(make_product(sku="NEW-1")).value
        assert added.sku == "NEW-1" and len(moved.products.list()) == len(expected["products"]) + 1
    finally:
        moved.close()


def test_move_data_refuses_a_host_that_holds_a_firms_records(data_dir: Path, firm_database: str):
    ws = Workspace(data_dir, today=lambda: TODAY)
    ws.products.add(make_product())
    ws.close()
    assert move_data(ws.paths, firm_database, secret=APP_PASSWORD).tables["products"].rows == 1
    (data_dir / SETTING_FILE).unlink()
    with pytest.raises(DatabaseHostError) as info:
        move_data(ws.paths, firm_database, secret=APP_PASSWORD)
    assert info.value.code is Reason.HOST_NOT_EMPTY and "products" in info.value.params["tables"]
    assert not (data_dir / SETTING_FILE).exists()


def test_the_option_beats_the_variable_which_beats_the_setting(data_dir: Path, monkeypatch):
    paths = DataPaths(data_dir)
    assert resolve(paths).is_local
    (data_dir / SETTING_FILE).write_text('{"database_url": "postgresql://a@setting/db"}', "utf-8")
    assert resolve(paths).url.host == "setting"
    monkeypatch.setenv(URL_ENV, "postgresql://a@environment/db")
    assert resolve(paths).url.host == "environment"
    assert resolve(paths, "postgresql://a@option/db").url.host == "option"
    assert resolve(paths).url.drivername == "postgresql+psycopg"
    with pytest.raises(Exception) as info:
        resolve(paths, "mysql://x:pw-in-url-1234@h/d")
    assert "pw-in-url-1234" not in str(info.value)


def test_a_host_that_goes_away_is_said_at_once_and_the_session_recovers(
    data_dir: Path, firm_database: str, postgres_server, postgres: Databases
):
    if postgres_server is None:
        pytest.skip("the server is not this session's own (TEXTILE_ASSISTANT_TEST_DATABASE_URL): not stopped")
    init(firm_database, paths=DataPaths(data_dir), secret=APP_PASSWORD)
    url = parse_url(firm_database).set(password=APP_PASSWORD).render_as_string(hide_password=False)
    ws = Workspace(data_dir, today=lambda: TODAY, database_url=url)
    try:
        ws.products.add(make_product())
        failures: list[DatabaseHostError] = []

        def while_down() -> None:
            with pytest.raises(DatabaseHostError) as info:
                ws.products.add(make_product(sku="WHILE-DOWN"))
            failures.append(info.value)

        postgres.settle()  # no copy being made ahead while the server is down
        postgres_server.restart(stopped=while_down)
        assert [f.code for f in failures] == [Reason.HOST_UNREACHABLE]
        assert APP_PASSWORD not in str(failures[0].params)
        assert [p.sku for p in ws.products.list()] == ["BB-001"]  # nothing half-written, back again
        ws.products.add(make_product(sku="AFTER"))
        with ws.engine.connect() as conn:
            assert conn.scalar(text("select count(*) from products")) == 2
            assert "standards" in inspect(conn).get_table_names()
    finally:
        ws.close()


def test_the_cli_checks_inits_uses_and_forgets_a_host(data_dir: Path, firm_database: str):
    stdin = APP_PASSWORD + "\n"
    checked = run_cli(data_dir, "host", "check", firm_database, "--password-stdin", "--json", stdin=stdin)
    assert checked.returncode == 0, checked.stderr
    report = json.loads(checked.stdout)
    assert report["problems"] == [] and report["schema_revision"] is None and report["pg_trgm"]
    assert APP_PASSWORD not in checked.stdout
    not_yet = run_cli(data_dir, "host", "use", firm_database)
    assert not_yet.returncode == 1 and not (data_dir / SETTING_FILE).exists()
    assert (
        run_cli(data_dir, "host", "init", firm_database).returncode == 0
    )  # the keyring has the password now
    assert run_cli(data_dir, "host", "use", firm_database).returncode == 0
    assert resolve(DataPaths(data_dir)).source == "setting"
    added = run_cli(
        data_dir,
        "product",
        "add",
        "--sku",
        "ON-HOST",
        "--name",
        "主机上的产品",
        "--category",
        "fabric",
        "--age-group",
        "adult",
        "--skin-contact",
        "direct",
        "--fibre",
        "cotton:100",
    )
    assert added.returncode == 0, added.stderr
    assert run_cli(data_dir, "host", "forget").returncode == 0
    local = run_cli(data_dir, "product", "list", "--json")
    assert "ON-HOST" not in local.stdout  # the local file never saw it
    on_host = run_cli(data_dir, "--database-url", firm_database, "product", "list", "--json")
    assert "ON-HOST" in on_host.stdout
