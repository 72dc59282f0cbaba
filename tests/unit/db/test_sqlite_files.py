"""Whole-file SQLite work: copies, checks, the schema probe and the in-use probe, on real files."""

from __future__ import annotations

import sqlite3

import pytest

from desktop_app.db import sqlite_files
from desktop_app.db.sqlite_files import SqliteFileError


def _db(path, *, ours: bool = True):
    con = sqlite3.connect(path)
    con.execute("create table products (sku text)")
    con.executemany("insert into products values (?)", [("A",), ("B",)])
    if ours:
        con.execute("create table alembic_version (version_num text)")
        con.execute("insert into alembic_version values ('0003')")
    con.commit()
    con.close()
    return path


def test_copy_counts_and_revision(tmp_path):
    src = _db(tmp_path / "a.sqlite3")
    copy = sqlite_files.copy_database(src, tmp_path / "out" / "b.sqlite3")
    sqlite_files.make_self_contained(copy)
    assert sqlite_files.schema_revision(copy) == "0003"
    assert sqlite_files.count_rows(copy, "products") == 2
    assert sqlite_files.count_rows(copy, "certificates") is None
    assert sqlite_files.integrity_check(copy) == "ok" and sqlite_files.quick_check(copy) == "ok"


def test_a_foreign_or_damaged_file(tmp_path):
    assert sqlite_files.schema_revision(_db(tmp_path / "f.sqlite3", ours=False)) is None
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 100)
    assert sqlite_files.quick_check(junk).startswith("unreadable:")
    with pytest.raises(SqliteFileError):
        sqlite_files.integrity_check(junk)


def test_in_use_elsewhere_sees_another_connection(tmp_path):
    db = _db(tmp_path / "a.sqlite3")
    assert not sqlite_files.in_use_elsewhere(db)
    other = sqlite3.connect(db)
    other.execute("PRAGMA journal_mode=WAL")
    other.execute("begin")
    other.execute("select count(*) from products").fetchone()  # holds a shared lock
    try:
        assert sqlite_files.in_use_elsewhere(db)
    finally:
        other.close()
    assert not sqlite_files.in_use_elsewhere(db)
    assert not sqlite_files.in_use_elsewhere(tmp_path / "absent.sqlite3")
