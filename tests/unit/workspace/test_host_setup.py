"""The window's host setup steps (`workspace/host_setup.py`) and `connection.host_url`, on the real server."""

from __future__ import annotations

import json
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors
import pytest
from keyring.backends import fail

from desktop_app.core.errors import DatabaseHostError, ValidationError
from desktop_app.core.reasons import Reason
from desktop_app.db.migrate import HEAD_REVISION
from desktop_app.paths import DataPaths
from desktop_app.workspace.connection import KEYRING_SERVICE, SETTING_FILE, host_url, parse_url
from desktop_app.workspace.host_setup import check_step, forget_step, init_step, use_step
from tests.helpers.postgres import APP_PASSWORD, Databases


@pytest.fixture
def firm_url(postgres: Databases):
    role, _ = postgres.ensure_app_role()
    name = postgres.create(empty=True)
    postgres.grant_schema(name, role)
    try:
        parsed = parse_url(postgres.url(name, user=role))
        yield host_url(host=parsed.host, port=parsed.port, database=parsed.database, role=role)
    finally:
        postgres.drop(name)


def test_host_url_from_the_fields_and_what_is_not_an_address():
    url = host_url(host=" 192.168.1.10 ", port=5433, database="textile", role="assistant")
    assert url.render_as_string() == "postgresql+psycopg://assistant@192.168.1.10:5433/textile"
    for host, database in (("", "textile"), ("192.168.1.10", ""), ("a/b", "textile"), ("x@y", "t")):
        with pytest.raises(ValidationError) as info:
            host_url(host=host, port=5432, database=database, role="assistant")
        assert info.value.code is Reason.DATABASE_URL_INVALID


def test_a_refused_password_is_not_kept_and_an_accepted_one_is(firm_url, memory_keyring):
    with pytest.raises(DatabaseHostError) as info:
        check_step(firm_url, "wrong-password-1")
    assert info.value.code is Reason.HOST_LOGIN_REFUSED and memory_keyring.store == {}
    done = check_step(firm_url, APP_PASSWORD)
    assert done.result.ok and done.password_kept
    user = f"{firm_url.username}@{firm_url.host}:{firm_url.port}"
    assert memory_keyring.store == {(KEYRING_SERVICE, user): APP_PASSWORD}


def test_use_waits_for_the_schema_then_writes_the_setting_without_the_password(
    firm_url, tmp_path: Path, memory_keyring
):
    paths = DataPaths(tmp_path)
    paths.ensure()
    report, used = use_step(paths, firm_url, APP_PASSWORD).result
    assert report.schema_revision is None and not used and not (tmp_path / SETTING_FILE).exists()
    assert memory_keyring.store == {}  # nothing was set up, nothing kept
    init_step(paths, firm_url, APP_PASSWORD)
    memory_keyring.store.clear()
    report, used = use_step(paths, firm_url, APP_PASSWORD).result
    assert used and report.ok
    text = (tmp_path / SETTING_FILE).read_text("utf-8")
    assert json.loads(text) == {"database_url": firm_url.render_as_string()} and APP_PASSWORD not in text
    assert list(memory_keyring.store.values()) == [APP_PASSWORD]
    assert forget_step(paths) and not (tmp_path / SETTING_FILE).exists()
    assert not forget_step(paths)


class LockedKeyring(keyring.backend.KeyringBackend):
    """A keyring that is there but refuses (a locked or broken one): every call raises."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("locked")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.KeyringLocked("locked")


@pytest.mark.parametrize("backend", [fail.Keyring, LockedKeyring], ids=["no keyring", "a locked one"])
def test_without_a_usable_keyring_every_step_is_done_and_says_the_password_was_not_kept(
    firm_url, tmp_path: Path, memory_keyring, backend
):
    paths = DataPaths(tmp_path)
    paths.ensure()
    keyring.set_keyring(backend())
    try:
        checked = check_step(firm_url, APP_PASSWORD)
        assert checked.result.ok and checked.result.schema_revision is None
        initialised = init_step(paths, firm_url, APP_PASSWORD)
        assert initialised.result.to_revision == HEAD_REVISION
        used = use_step(paths, firm_url, APP_PASSWORD)
        assert used.result[1]  # the setting is written all the same
        for done in (checked, initialised, used):
            assert not done.password_kept and done.unkept is not None
            assert done.unkept.code is Reason.KEYRING_UNAVAILABLE
        assert json.loads((tmp_path / SETTING_FILE).read_text("utf-8")) == {
            "database_url": firm_url.render_as_string()
        }
    finally:
        keyring.set_keyring(memory_keyring)
    assert memory_keyring.store == {}
