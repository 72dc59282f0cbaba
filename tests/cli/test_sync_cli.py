"""`login`, `trust-key`, `sync` in-process through `cli.main(argv)` against a real platform server.

`run` calls the command as a scheduled task would: no keyring (the failing
backend), the token from `TEXTILE_ASSISTANT_TOKEN`; `login` is run with the
in-memory keyring. Only the sync killed mid-way is a real process.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import time
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from desktop_app.cli import main
from desktop_app.sync.credentials import SERVICE
from desktop_app.workspace import Workspace
from tests.helpers import TODAY
from tests.helpers.cli import CliResult, run_cli, subprocess_env
from tests.helpers.sync_platform import bundled_count, fill, matches_platform
from tests.platform_server import Fault, PlatformServer, standard_data

NO_KEYRING = "keyring.backends.fail.Keyring"


def run(data_dir: Path, *args: str, token: str | None = None, stdin: str | None = None) -> CliResult:
    """The command without a keyring, with `token` (if any) in the environment."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        with pytest.MonkeyPatch.context() as env:
            if token is not None:
                env.setenv("TEXTILE_ASSISTANT_TOKEN", token)
            return run_cli(data_dir, *args, stdin=stdin)
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def platform(platform: PlatformServer) -> PlatformServer:
    platform.max_page = 4
    fill(platform)
    return platform


def trust(data_dir: Path, platform: PlatformServer) -> None:
    ws = Workspace(data_dir, today=lambda: TODAY)
    ws.sync.add_trusted_key(platform.key_id, platform.public_key_b64)
    ws.close()


def check_workspace(data_dir: Path, platform: PlatformServer) -> None:
    ws = Workspace(data_dir, today=lambda: TODAY)
    try:
        matches_platform(ws, platform)
    finally:
        ws.close()


def test_login_trust_key_and_sync(data_dir, platform, memory_keyring, monkeypatch, capsys) -> None:
    token = platform.token
    monkeypatch.setattr(sys, "stdin", io.StringIO(token + "\n"))
    assert main(["--data-dir", str(data_dir), "login", "--url", platform.url, "--token-stdin"]) == 0
    out = capsys.readouterr()
    assert "已登录" in out.out and token not in out.out + out.err
    assert memory_keyring.store == {(SERVICE, platform.url): token}

    r = run(data_dir, "trust-key", "add", platform.key_id, platform.public_key_b64)
    assert r.returncode == 0, r.stderr
    r = run(data_dir, "trust-key", "list", "--json")
    assert json.loads(r.stdout) == [
        {"key_id": platform.key_id, "public_key": platform.public_key_b64, "bundled": False}
    ]

    r = run(data_dir, "sync", "--json", token=token)  # the URL saved by login
    assert r.returncode == 0, r.stderr
    assert r.stderr == ""  # no progress bar: stderr is not a terminal
    summary = json.loads(r.stdout)
    assert summary["full_pass"] and summary["changed"] and summary["to_version"] == 15
    assert summary["standards"] == {"added": 9, "changed": 1, "removed": bundled_count("standard") - 1}
    assert summary["new_notices"] == ["N-1", "N-2"] and summary["affected_products"] == []
    stats = json.loads(run(data_dir, "catalogue", "stats", "--json").stdout)
    counts = platform.counts()
    assert stats == {"version": 15, "standards": counts["standard"], "rules": counts["rule"], "notices": 2}

    platform.upsert("standard", standard_data("GB/T 1001-2020", status="withdrawn"))
    r = run(data_dir, "sync", token=token)
    assert r.returncode == 0, r.stderr
    assert "版本 15 → 16（增量" in r.stdout and "标准：新增 0，修改 1" in r.stdout
    for output in (r.stdout, r.stderr):
        assert token not in output
    for path in data_dir.iterdir():
        if path.is_file():
            assert token.encode() not in path.read_bytes(), path


def test_clear_errors_when_not_logged_in_no_keyring_or_token_refused(data_dir, platform) -> None:
    r = run(data_dir, "sync")
    assert r.returncode == 1 and "login --url" in r.stderr and r.stderr.count("\n") == 1
    trust(data_dir, platform)
    r = run(data_dir, "sync", "--url", platform.url)
    assert r.returncode == 1 and "没有可用的密钥环" in r.stderr and "TEXTILE_ASSISTANT_TOKEN" in r.stderr
    r = run(data_dir, "sync", "--url", platform.url, token="expired-secret")
    assert r.returncode == 1 and r.stderr.count("\n") == 1
    assert (
        "HTTP 401" in r.stderr
        and "请重新登录" in r.stderr  # the firm's language: Chinese by default
        and f"`textile-assistant login --url {platform.url}`" in r.stderr
    )
    assert "expired-secret" not in r.stderr + r.stdout
    check = Workspace(data_dir, today=lambda: TODAY)
    assert check.catalogue.version() == 0 and check.catalogue.stats().standards == bundled_count("standard")
    check.close()


def test_login_without_a_keyring_says_so_and_never_echoes_the_token(data_dir, platform) -> None:
    r = run(data_dir, "login", "--url", platform.url, "--token-stdin", stdin=platform.token)
    assert r.returncode == 1 and "TEXTILE_ASSISTANT_TOKEN" in r.stderr
    assert platform.token not in r.stdout + r.stderr


def test_offline_package(data_dir, platform, tmp_path) -> None:
    platform.make_offline_package(tmp_path / "full.zip", 0, limit=4)
    platform.make_offline_package(tmp_path / "from-12.zip", 12, limit=4)
    trust(data_dir, platform)
    r = run(data_dir, "sync", "--package", str(tmp_path / "from-12.zip"))
    assert r.returncode == 1 and "目录版本 12" in r.stderr
    r = run(data_dir, "sync", "--file", str(tmp_path / "full.zip"), "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["full_pass"] is True
    r = run(data_dir, "sync", "--package", str(tmp_path / "full.zip"))
    assert r.returncode == 0 and "更新包不比现有目录（版本 15）新" in r.stdout
    check_workspace(data_dir, platform)


def test_a_sync_killed_between_pages_resumes_to_the_right_catalogue(
    data_dir,
    platform,
    memory_keyring,
    monkeypatch,
) -> None:
    trust(data_dir, platform)
    platform.inject(Fault("stall", since=8, delay=10))  # the third page hangs
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop_app", "--data-dir", str(data_dir), "sync", "--url", platform.url],
        env=subprocess_env({"PYTHON_KEYRING_BACKEND": NO_KEYRING, "TEXTILE_ASSISTANT_TOKEN": platform.token}),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 20
        while not any(r.query.get("since") == "8" for r in platform.requests):
            assert time.monotonic() < deadline and proc.poll() is None, "the sync never reached page 3"
            time.sleep(0.02)
    finally:
        proc.kill()
        proc.wait()

    monkeypatch.setenv("TEXTILE_ASSISTANT_TOKEN", platform.token)
    ws = Workspace(data_dir, today=lambda: TODAY)
    try:
        status = ws.sync.status()
        assert (status.version, status.full_pass_active, status.platform_synced) == (8, True, False)
        result = ws.sync.run(url=platform.url)
        assert result.full_pass and result.from_version == 8
        matches_platform(ws, platform)
        assert ws.catalogue.stats().standards == 10  # the bundled standards were swept
    finally:
        ws.close()


def test_progress_bar_on_a_terminal_and_bad_input(
    data_dir, platform, memory_keyring, monkeypatch, capsys
) -> None:
    trust(data_dir, platform)
    monkeypatch.setenv("TEXTILE_ASSISTANT_TOKEN", platform.token)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert main(["--data-dir", str(data_dir), "sync", "--url", platform.url]) == 0
    out = capsys.readouterr()
    assert "\r[" in out.err and "100%" in out.err and "\r" not in out.out
    assert "全量" in out.out and "标准：新增 9" in out.out

    args = ["--data-dir", str(data_dir)]
    assert main([*args, "trust-key", "add", "k2", "not-base64!"]) == 2
    assert main([*args, "trust-key", "remove", "nobody"]) == 2
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # not a terminal, and no --token-stdin
    assert main([*args, "login", "--url", platform.url]) == 2
    assert "--token-stdin" in capsys.readouterr().err
    assert main([*args, "logout", "--url", platform.url]) == 0
    assert "没有保存" in capsys.readouterr().out


def test_summary_says_when_another_pc_updated_the_catalogue(capsys) -> None:
    from desktop_app.cli.sync_commands import _summary
    from desktop_app.workspace.sync_tally import SyncResult

    _summary(SyncResult("https://platform", 4, 15, 15, pages=1, applied_by_other_pc=True))

    out = capsys.readouterr().out
    assert "另一台电脑已同时将目录更新到版本 15" in out
    assert "另一台电脑已同时将目录更新到版本 15" in out
