"""The README's "try several PCs on one machine", step by step, and what following it literally found.

Two data folders stand for two PCs on one real PostgreSQL database owned by
the firm's role. Each test pins one thing that did not work as written:
a machine without a system keyring (a server, a container) failed `host
check` / `init` / `move-data` with the platform token's message, after
`move-data` had already moved the records; a command with no password at
all was "cannot be reached"; the host was shown as `role:***@...` though
no password was typed into the URL; `PGPASSWORD` still brought the prompt;
`move-data` in a folder where the app never ran was a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pytest

from desktop_app.cli import host_commands
from desktop_app.paths import DataPaths
from desktop_app.workspace.connection import SETTING_FILE, resolve
from tests.helpers.cli import run_cli
from tests.helpers.postgres import APP_PASSWORD, Databases

ADD = ("--category", "fabric", "--age-group", "adult", "--skin-contact", "direct", "--fibre", "cotton:100")


@pytest.fixture
def firm_database(postgres: Databases):
    """An empty database owned by the firm's role (with a password), as the README makes it."""
    role, _ = postgres.ensure_app_role()
    name = postgres.create(empty=True)
    postgres.grant_schema(name, role)
    try:
        yield postgres.url(name, user=role)  # no password in the URL, as in the README
    finally:
        postgres.drop(name)


def test_without_a_keyring_the_host_steps_finish_and_say_how_to_give_the_password(
    tmp_path: Path, firm_database: str, no_keyring, monkeypatch
):
    pc1, pc2 = tmp_path / "pc1", tmp_path / "pc2"
    stdin = APP_PASSWORD + "\n"
    added = run_cli(pc1, "product", "add", "--sku", "PC1-001", "--name", "一号机的产品", *ADD)
    assert added.returncode == 0, added.stderr
    for step in ("check", "init", "move-data"):
        done = run_cli(pc1, "host", step, firm_database, "--password-stdin", stdin=stdin)
        assert done.returncode == 0, (step, done.stderr)
        assert host_commands.no_keyring() in done.stdout and "平台令牌" not in done.stderr
        assert APP_PASSWORD not in done.stdout + done.stderr
    assert resolve(DataPaths(pc1)).source == "setting"  # move-data finished: this PC uses the host

    refused = run_cli(pc1, "product", "list")  # nothing kept, nothing given
    assert refused.returncode != 0
    assert "拒绝登录" in refused.stderr and "无法连接" not in refused.stderr

    monkeypatch.setenv("PGPASSWORD", APP_PASSWORD)  # what the note says
    assert "PC1-001" in run_cli(pc1, "product", "list").stdout
    used = run_cli(pc2, "host", "use", firm_database)
    assert used.returncode == 0, used.stderr
    edited = run_cli(pc2, "product", "edit", "PC1-001", "--name", "二号机改过的名字")
    assert edited.returncode == 0, edited.stderr
    assert "二号机改过的名字" in run_cli(pc1, "product", "list").stdout  # both PCs, one set of records
    assert json.loads((pc2 / SETTING_FILE).read_text("utf-8")) == {"database_url": firm_database}


def test_the_host_is_named_as_given_and_an_empty_folder_has_nothing_to_move(
    tmp_path: Path, firm_database: str, memory_keyring
):
    nothing = run_cli(tmp_path, "host", "move-data", firm_database)  # the app never ran here
    assert nothing.returncode == 1 and "没有可移动的记录" in nothing.stdout, nothing.stderr
    assert not (tmp_path / SETTING_FILE).exists()
    run_cli(tmp_path, "product", "add", "--sku", "PC1-001", "--name", "一号机的产品", *ADD)
    checked = run_cli(tmp_path, "host", "check", firm_database, "--password-stdin", stdin=APP_PASSWORD + "\n")
    assert checked.returncode == 0, checked.stderr
    assert f"主机：{firm_database}（" in checked.stdout and "***" not in checked.stdout
    assert run_cli(tmp_path, "host", "init", firm_database).returncode == 0  # from the keyring
    moved = run_cli(tmp_path, "host", "move-data", firm_database)
    assert moved.returncode == 0, moved.stderr
    assert f"已移到主机 {firm_database}，" in moved.stdout and "***" not in moved.stdout


class _Terminal:
    def isatty(self) -> bool:
        return True


def test_pgpassword_is_used_without_a_prompt(monkeypatch, memory_keyring):
    asked: list[str] = []
    monkeypatch.setattr(host_commands.getpass, "getpass", lambda prompt: asked.append(prompt) or "typed")
    monkeypatch.setattr(sys, "stdin", _Terminal())
    args = argparse.Namespace(url="postgresql://assistant@192.168.1.10/textile", password_stdin=False)
    assert host_commands._secret(args) == "typed" and len(asked) == 1  # a terminal, nothing kept: asked
    monkeypatch.setenv("PGPASSWORD", "from-the-shell-1")
    assert host_commands._secret(args) is None and len(asked) == 1  # libpq reads it: not asked again
