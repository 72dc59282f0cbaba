"""`workspace.quick.read_quickly`: it answers only from a folder in its everyday state,
never writes the database, and leaves every other case to the full path, whose
answer (a migration, a recovery, a clear error) the listing commands then give."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from desktop_app.core.products import ProductFilter
from desktop_app.db.revision import HEAD_REVISION
from desktop_app.paths import DataPaths
from desktop_app.workspace import Workspace, swap
from desktop_app.workspace.quick import QuickView, read_quickly
from tests.helpers import ROOT, TODAY
from tests.helpers.cli import run_cli
from tests.helpers.factories import make_product
from tests.helpers.storage import damage


def _skus(view: QuickView) -> list[str]:
    return [p.sku for p in view.products.list(ProductFilter())]


@pytest.fixture
def demo_dir(data_dir: Path) -> Path:
    ws = Workspace(data_dir, today=lambda: TODAY)
    ws.demo.load()
    ws.close()  # the last connection checkpoints the WAL into the file
    return data_dir


def _set_revision(db: Path, revision: str) -> None:
    con = sqlite3.connect(db)
    with con:
        con.execute("update alembic_version set version_num = ?", (revision,))
    con.close()


def test_an_everyday_folder_is_read_without_writing_the_database(demo_dir: Path):
    db = demo_dir / "assistant.sqlite3"
    before = (db.read_bytes(), db.stat().st_mtime_ns)
    skus = read_quickly(demo_dir, _skus)
    assert skus is not None and len(skus) == 12 and skus == sorted(skus)
    assert (db.read_bytes(), db.stat().st_mtime_ns) == before


def test_the_connection_cannot_write(demo_dir: Path):
    def write(view: QuickView) -> str:
        try:
            view._reader._con.execute("delete from products")  # the connection itself, not a method
        except sqlite3.OperationalError as exc:
            return str(exc)
        return "written"

    assert "readonly" in (read_quickly(demo_dir, write) or "")
    assert len(read_quickly(demo_dir, _skus) or []) == 12


def test_no_folder_or_no_database_is_left_to_the_full_path(tmp_path: Path):
    assert read_quickly(tmp_path / "nowhere", _skus) is None
    (tmp_path / "empty").mkdir()
    assert read_quickly(tmp_path / "empty", _skus) is None
    (tmp_path / "empty" / "assistant.sqlite3").touch()
    assert read_quickly(tmp_path / "empty", _skus) is None
    r = run_cli(tmp_path / "first", "catalogue", "stats")  # the full path creates and loads it
    assert r.returncode == 0 and "Standards: 0" not in r.stdout, r.stderr


def test_an_older_revision_is_migrated_by_the_full_path(tmp_path: Path):
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(ROOT / "tests/data/schema-0003.sqlite3", data / "assistant.sqlite3")
    assert read_quickly(data, _skus) is None
    r = run_cli(data, "product", "list", "--json")
    assert r.returncode == 0, r.stderr
    assert len(json.loads(r.stdout)) == 12
    assert read_quickly(data, _skus) is not None  # at HEAD now: the next listing is quick


def test_a_newer_revision_is_refused_in_one_line(demo_dir: Path):
    _set_revision(demo_dir / "assistant.sqlite3", "9999_from_the_future")
    assert read_quickly(demo_dir, _skus) is None
    r = run_cli(demo_dir, "catalogue", "stats")
    assert r.returncode == 1 and "9999_from_the_future" in r.stderr and r.stderr.count("\n") == 1
    assert r.stdout == ""


def test_a_damaged_file_is_refused_in_one_line(demo_dir: Path):
    damage(demo_dir / "assistant.sqlite3")
    assert read_quickly(demo_dir, _skus) is None
    for command in (("catalogue", "stats"), ("product", "list"), ("cert", "list")):
        r = run_cli(demo_dir, *command)
        assert r.returncode == 1 and "已损坏" in r.stderr and r.stderr.count("\n") == 1, command


def test_a_file_another_process_locks_is_left_to_the_full_path(demo_dir: Path):
    con = sqlite3.connect(demo_dir / "assistant.sqlite3", isolation_level=None)
    try:
        con.execute("PRAGMA locking_mode=EXCLUSIVE")
        con.execute("BEGIN EXCLUSIVE")
        con.execute("update firm set name = name")
        assert read_quickly(demo_dir, _skus) is None
    finally:
        con.execute("ROLLBACK")
        con.close()
    assert read_quickly(demo_dir, _skus) is not None


def test_a_pending_swap_is_finished_by_the_full_path_before_anything_is_read(demo_dir: Path, tmp_path: Path):
    Workspace(tmp_path / "restored", today=lambda: TODAY).close()  # the firm restored: no products
    staging = demo_dir / ".restore-test"
    staging.mkdir()
    shutil.copy(tmp_path / "restored" / "assistant.sqlite3", staging / "assistant.sqlite3")
    paths = DataPaths(demo_dir)
    swap.begin(paths, staging)  # a restore killed right after writing its journal
    assert read_quickly(demo_dir, _skus) is None
    r = run_cli(demo_dir, "product", "list", "--json")
    assert r.returncode == 0 and json.loads(r.stdout) == [], r.stderr  # the new firm, complete
    assert not swap.journal_path(paths).exists()
    assert read_quickly(demo_dir, _skus) == []


def test_a_catalogue_never_loaded_is_loaded_by_the_full_path(tmp_path: Path):
    data = tmp_path / "data"
    Workspace(data, today=lambda: TODAY, load_bundled_catalogue=False).close()
    assert read_quickly(data, lambda view: view.catalogue.stats()) is None
    r = run_cli(data, "catalogue", "stats", "--json")
    assert r.returncode == 0 and json.loads(r.stdout)["standards"] > 0, r.stderr
    assert read_quickly(data, lambda view: view.catalogue.stats()) is not None


def test_temporary_folders_of_killed_backups_are_removed_as_at_any_start(demo_dir: Path):
    stale = demo_dir / ".backup-killed"
    stale.mkdir()
    (stale / "half.zip").write_bytes(b"x" * 1000)
    old = time.time() - 3600
    os.utime(stale, (old, old))  # no lock file, and older than the grace period
    assert read_quickly(demo_dir, _skus) is not None
    assert not stale.exists()


def test_the_revision_is_the_migrations_head():
    from desktop_app.db import migrate

    assert migrate.HEAD_REVISION == HEAD_REVISION == migrate.head_revision()


def test_a_listing_beside_an_open_window_sees_what_it_wrote(demo_dir: Path):
    ws = Workspace(demo_dir, today=lambda: TODAY)  # the window, its writes still in the WAL
    try:
        ws.products.add(make_product(sku="ZZ-999"))
        skus = read_quickly(demo_dir, _skus)
        assert skus is not None and skus[-1] == "ZZ-999" and len(skus) == 13
        ws.products.remove("ZZ-999")
    finally:
        ws.close()
    assert "ZZ-999" not in (read_quickly(demo_dir, _skus) or ["ZZ-999"])


@pytest.mark.sqlite_only
def test_a_folder_whose_records_are_on_a_host_is_never_read_from_its_local_file(demo_dir: Path, monkeypatch):
    """The local file of a firm that moved to PostgreSQL is an old copy: listings must ask the host."""
    assert read_quickly(demo_dir, _skus) is not None
    (demo_dir / "connection.json").write_text('{"url": "postgresql+psycopg://assistant@127.0.0.1/textile"}')
    assert read_quickly(demo_dir, _skus) is None
    (demo_dir / "connection.json").unlink()
    monkeypatch.setenv("TEXTILE_ASSISTANT_DATABASE_URL", "postgresql+psycopg://assistant@127.0.0.1/textile")
    assert read_quickly(demo_dir, _skus) is None
