"""`host init` on a host that already holds a firm's records at an older schema (issue 15, leftovers).

The host is the one `test_host_migration_backup` builds: the frozen 0007
file's rows at revision 0007. `host init` (and the window's init step, the
same `workspace.host.init`) first writes a logical backup of those records
into the data folder's backups, says where, then upgrades in one
transaction; an upgrade whose connection drops half way leaves the host at
0007 with every row as it was, and the backup already said.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from sqlalchemy import inspect

from desktop_app.db.engine import make_engine
from desktop_app.db.migrate import HEAD_REVISION, current_revision
from desktop_app.paths import DataPaths
from desktop_app.workspace.connection import parse_url
from desktop_app.workspace.host import init
from desktop_app.workspace.host_setup import init_step
from tests.helpers.cli import run_cli
from tests.unit.workspace import test_host_migration_backup as at_0007

host_at_0007 = at_0007.host_at_0007  # the fixture: a host at 0007 with the frozen file's rows


def _backups(data: Path) -> list[Path]:
    return sorted((data / "backups").glob("auto-*-before-migration-0007.zip"))


def test_host_init_backs_the_records_up_first_and_says_where(host_at_0007: str, tmp_path: Path):
    engine = make_engine(host_at_0007)
    before = at_0007.digests(engine)
    engine.dispose()
    data = tmp_path / "first-pc"

    done = run_cli(data, "host", "init", host_at_0007)

    assert done.returncode == 0, done.stderr
    [archive] = _backups(data)
    assert f"已备份升级前的记录：{archive}" in done.stdout
    assert f"数据结构：0007 → {HEAD_REVISION}，已升级" in done.stdout
    with zipfile.ZipFile(archive) as zf:
        manifest = json.loads(zf.read("manifest.json"))
    assert manifest["schema_revision"] == "0007"
    assert manifest["rows"] == {name: d.rows for name, d in before.items()}
    engine = make_engine(host_at_0007)
    try:
        assert current_revision(engine) == HEAD_REVISION
    finally:
        engine.dispose()

    again = run_cli(data, "host", "init", host_at_0007)  # at head: nothing to back up or do
    assert again.returncode == 0 and "已是最新" in again.stdout
    assert _backups(data) == [archive]


def test_an_upgrade_that_fails_leaves_the_host_as_it_was_with_the_backup_said(
    host_at_0007: str, tmp_path: Path, monkeypatch
):
    from alembic import command

    engine = make_engine(host_at_0007)
    before = at_0007.digests(engine)
    real = command.upgrade

    def upgrade_then_drop(cfg, revision, **kw):
        real(cfg, revision, **kw)  # every step ran, inside the one transaction
        conn = cfg.attributes["connection"]
        conn.exec_driver_sql("select pg_terminate_backend(pg_backend_pid())")  # the host goes away

    monkeypatch.setattr(command, "upgrade", upgrade_then_drop)
    data = tmp_path / "first-pc"
    failed = run_cli(data, "host", "init", host_at_0007)
    try:
        assert failed.returncode != 0
        assert "无法连接数据库主机" in failed.stderr and "记录没有丢失" in failed.stderr
        [archive] = _backups(data)
        assert f"已备份升级前的记录：{archive}" in failed.stdout  # said before the upgrade started
        assert current_revision(engine) == "0007"
        assert at_0007.digests(engine) == before  # not a row, column or table more
        assert "audit_log" not in inspect(engine).get_table_names()
    finally:
        engine.dispose()

    monkeypatch.setattr(command, "upgrade", real)
    told: list[Path] = []
    result = init(host_at_0007, paths=DataPaths(data), backed_up=told.append)
    assert (result.from_revision, result.to_revision) == ("0007", HEAD_REVISION)
    assert result.backup == told[0] and result.backup in _backups(data) and len(_backups(data)) == 2


def test_the_windows_init_step_backs_up_into_the_pcs_data_folder(host_at_0007: str, tmp_path: Path):
    paths = DataPaths(tmp_path / "pc")
    paths.ensure()
    url = parse_url(host_at_0007)
    result = init_step(paths, url, None).result
    assert result.from_revision == "0007" and result.backup is not None
    assert result.backup.parent == paths.backups and _backups(paths.root) == [result.backup]
