"""Migrations on PostgreSQL: from empty to head and back, the schema equal to the ORM's,
the search indexes of 0003, and the SQL each revision renders for PostgreSQL.

These run on the session's real server (`tests/helpers/postgres.py`).
"""

from __future__ import annotations

import importlib.util
import io
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.operations import Operations
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from desktop_app.db.engine import make_engine
from desktop_app.db.migrate import MIGRATIONS_DIR, current_revision, head_revision, migrate
from desktop_app.db.models import Base

# 0003's on the titles (the search of symbols only); its index on the code went with 0010
TRIGRAM_INDEXES = {"ix_standards_title_zh_trgm", "ix_standards_title_en_trgm"}
TERM_TRIGRAM_INDEXES = {
    "ix_search_texts_zh_trgm",
    "ix_search_texts_en_trgm",
    "ix_search_texts_extra_trgm",
}


def schema_diff(engine) -> list:
    """What differs between the database and the ORM's metadata (0003's and 0010's trigram indexes aside)."""
    with engine.connect() as conn:
        ctx = MigrationContext.configure(
            conn,
            opts={
                "compare_type": True,
                "include_name": lambda name, type_, _parents: (
                    name not in TRIGRAM_INDEXES | TERM_TRIGRAM_INDEXES
                ),
            },
        )
        return compare_metadata(ctx, Base.metadata)


def test_an_empty_database_migrates_to_head_and_matches_the_orm(empty_postgres: str, tmp_path: Path):
    engine = make_engine(empty_postgres)
    try:
        result = migrate(engine, None, backup_dir=tmp_path)
        assert (result.from_revision, result.to_revision, result.backup) == (None, head_revision(), None)
        assert schema_diff(engine) == []
        with engine.connect() as conn:
            indexes = {i["name"] for i in inspect(conn).get_indexes("standards")}
            assert TRIGRAM_INDEXES <= indexes
            assert "ix_standards_code_trgm" not in indexes  # the planner chose it over the primary key
            assert TERM_TRIGRAM_INDEXES <= {i["name"] for i in inspect(conn).get_indexes("search_texts")}
            assert conn.scalar(text("select count(*) from pg_extension where extname = 'pg_trgm'")) == 1
        # a second start is the one-query fast path
        assert migrate(engine, None, backup_dir=tmp_path).from_revision == head_revision()
    finally:
        engine.dispose()


def test_every_revision_downgrades_and_upgrades_again(empty_postgres: str, tmp_path: Path):
    engine = make_engine(empty_postgres)
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    try:
        migrate(engine, None, backup_dir=tmp_path)
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "base")
        with engine.connect() as conn:
            assert set(inspect(conn).get_table_names()) <= {"alembic_version"}
        migrate(engine, None, backup_dir=tmp_path)
        assert current_revision(engine) == head_revision()
        assert schema_diff(engine) == []
    finally:
        engine.dispose()


def _revision(stem: str):
    spec = importlib.util.spec_from_file_location(stem, MIGRATIONS_DIR / "versions" / f"{stem}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("dialect", "wanted", "unwanted"),
    [
        (
            "postgresql",
            ["CREATE EXTENSION IF NOT EXISTS pg_trgm", "USING gin (title_zh gin_trgm_ops)"],
            ["fts5"],
        ),
        ("sqlite", ["USING fts5", "tokenize='trigram'"], ["pg_trgm"]),
    ],
)
def test_0003_renders_the_search_index_of_its_dialect(dialect: str, wanted: list[str], unwanted: list[str]):
    buf = io.StringIO()
    ctx = MigrationContext.configure(dialect_name=dialect, opts={"as_sql": True, "output_buffer": buf})
    with Operations.context(ctx):
        _revision("0003_standards_search").upgrade()
    sql = buf.getvalue()
    assert all(w in sql for w in wanted), sql
    assert not any(u in sql for u in unwanted), sql


def test_0001_and_0002_render_for_postgresql_without_sqlite_sql():
    buf = io.StringIO()
    ctx = MigrationContext.configure(dialect_name="postgresql", opts={"as_sql": True, "output_buffer": buf})
    with Operations.context(ctx):
        _revision("0001_initial_schema").upgrade()
        _revision("0002_checklist_log").upgrade()
    sql = buf.getvalue()
    assert "CREATE TABLE products" in sql and "CREATE TABLE checklist_log" in sql
    assert "PRAGMA" not in sql and "_alembic_tmp" not in sql
