"""search texts: each title and item text once, and which standard has it where

0005's `standard_terms` held one row per title and per item of every
standard: 532,100 rows for the platform's 31,300 standards, though a
catalogue repeats its item names and test methods across thousands of
standards (31,340 distinct texts). A broad query (色牢度) matched 69,000 of
those rows, and on PostgreSQL rechecking them was most of the search's time.
Now `search_texts` holds each distinct text once (with a digest by which a
sync finds it again) and `standard_texts` says which standard has which text
in which slot (0 the title, 1 + position an item), with an index from the
text, so a query matches a few thousand texts and reads the standards from
the index alone.

The SQLite FTS5 index moves to `search_texts_fts` (the same unicode61
tokens); PostgreSQL's pg_trgm indexes to `search_texts`' columns. Both are
rebuilt from the standards and items stored, with today's `core.search` (as
0005 did), and `standard_terms` with its index is dropped. On PostgreSQL
0003's trigram index on `standards.code` goes (unused, and chosen by the
planner over the primary key for reading standards by code: 60 ms a page). On SQLite 0003's
trigram table `standards_fts` and its triggers go too: nothing has read them
since 0005, and their triggers cost every sync a write per standard.

No record of the firm is touched; the tables rebuilt are derived from the
catalogue's own rows, in the migration's transaction.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from desktop_app.core.catalogue import LocalText
from desktop_app.db.catalogue_search import term_rows, write_terms

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

TEXT_COLUMNS = ("zh", "en", "extra")


def upgrade() -> None:
    op.create_table(
        "search_texts",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("zh", sa.Text(), nullable=False),
        sa.Column("en", sa.Text(), nullable=False),
        sa.Column("extra", sa.Text(), nullable=False),
        sa.Column("digest", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("digest"),
    )
    op.create_table(
        "standard_texts",
        sa.Column("search_key", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("slot", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("text_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("search_key", "slot"),
    )
    op.create_index(
        "ix_standard_texts_text", "standard_texts", ["text_id", "search_key", "slot"], unique=False
    )
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE search_texts_fts USING fts5("
            "zh, en, extra, content='search_texts', content_rowid='id', tokenize='unicode61')"
        )
    elif dialect == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        for column in TEXT_COLUMNS:
            op.execute(
                f"CREATE INDEX ix_search_texts_{column}_trgm ON search_texts USING gin ({column} gin_trgm_ops)"
            )
    _rebuild()
    _drop_terms(dialect)


def _drop_terms(dialect: str) -> None:
    if dialect == "sqlite":
        op.execute("DROP TABLE IF EXISTS standards_fts_terms")
        for trigger in ("standards_fts_ai", "standards_fts_ad", "standards_fts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS standards_fts")
    elif dialect == "postgresql":
        for column in TEXT_COLUMNS:
            op.execute(f"DROP INDEX IF EXISTS ix_standard_terms_{column}_trgm")
        # 0003's trigram index on the code: no search has used it since 0005 (codes are
        # compared normalised), and PostgreSQL 14+ takes it for `code = ANY(...)`, so reading
        # a page's 200 standards by code cost 60 ms instead of 1 ms by the primary key
        op.execute("DROP INDEX IF EXISTS ix_standards_code_trgm")
    op.drop_index("ix_standard_terms_code", table_name="standard_terms")
    op.drop_table("standard_terms")


def _rebuild() -> None:
    """The texts of every standard already stored, under the search key it has (0005)."""
    conn = op.get_bind()
    standards = sa.table(
        "standards",
        sa.column("code", sa.String()),
        sa.column("title_zh", sa.Text()),
        sa.column("title_en", sa.Text()),
        sa.column("search_key", sa.Integer()),
    )
    requirements = sa.table(
        "requirements",
        sa.column("standard_code", sa.String()),
        sa.column("position", sa.Integer()),
        sa.column("key", sa.String()),
        sa.column("item_zh", sa.Text()),
        sa.column("item_en", sa.Text()),
        sa.column("method", sa.String()),
    )
    items: dict[str, list[tuple[int, str, str | None, str | None, str | None]]] = {}
    for code, position, key, zh, en, method in conn.execute(
        sa.select(
            requirements.c.standard_code,
            requirements.c.position,
            requirements.c.key,
            requirements.c.item_zh,
            requirements.c.item_en,
            requirements.c.method,
        ).order_by(requirements.c.standard_code, requirements.c.position)
    ):
        items.setdefault(code, []).append((position, key, zh, en, method))
    rows = conn.execute(
        sa.select(standards.c.search_key, standards.c.code, standards.c.title_zh, standards.c.title_en)
    ).all()
    terms = [
        t for key, code, zh, en in rows for t in term_rows(key, code, LocalText(zh, en), items.get(code, []))
    ]
    write_terms(conn, terms)


def downgrade() -> None:
    """Back to 0005's `standard_terms` (and on SQLite 0003's `standards_fts`), rebuilt from the texts."""
    conn = op.get_bind()
    dialect = conn.dialect.name
    op.create_table(
        "standard_terms",
        sa.Column(
            "id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=False, nullable=False
        ),
        sa.Column("code", sa.String(length=100), nullable=False),
        sa.Column("zh", sa.Text(), nullable=False),
        sa.Column("en", sa.Text(), nullable=False),
        sa.Column("extra", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_standard_terms_code", "standard_terms", ["code"], unique=False)
    op.execute(
        "INSERT INTO standard_terms (id, code, zh, en, extra) "
        "SELECT CAST(m.search_key AS BIGINT) * 1048576 + m.slot, s.code, t.zh, t.en, t.extra "
        "FROM standard_texts m JOIN standards s ON s.search_key = m.search_key JOIN search_texts t ON t.id = m.text_id"
    )
    if dialect == "sqlite":
        op.execute("DROP TABLE IF EXISTS search_texts_fts")
        op.execute(
            "CREATE VIRTUAL TABLE standards_fts_terms USING fts5("
            "zh, en, extra, content='standard_terms', content_rowid='id', tokenize='unicode61')"
        )
        op.execute("INSERT INTO standards_fts_terms(standards_fts_terms) VALUES ('rebuild')")
        _restore_0003_fts()
    elif dialect == "postgresql":
        op.execute("CREATE INDEX ix_standards_code_trgm ON standards USING gin (code gin_trgm_ops)")
        for column in TEXT_COLUMNS:
            op.execute(f"DROP INDEX IF EXISTS ix_search_texts_{column}_trgm")
            op.execute(
                f"CREATE INDEX ix_standard_terms_{column}_trgm ON standard_terms USING gin ({column} gin_trgm_ops)"
            )
    op.drop_index("ix_standard_texts_text", table_name="standard_texts")
    op.drop_table("standard_texts")
    op.drop_table("search_texts")


def _restore_0003_fts() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE standards_fts USING fts5("
        "code, title_zh, title_en, content='standards', content_rowid='rowid', tokenize='trigram')"
    )
    op.execute(
        "CREATE TRIGGER standards_fts_ai AFTER INSERT ON standards BEGIN "
        "INSERT INTO standards_fts(rowid, code, title_zh, title_en) "
        "VALUES (new.rowid, new.code, new.title_zh, new.title_en); END"
    )
    op.execute(
        "CREATE TRIGGER standards_fts_ad AFTER DELETE ON standards BEGIN "
        "INSERT INTO standards_fts(standards_fts, rowid, code, title_zh, title_en) "
        "VALUES ('delete', old.rowid, old.code, old.title_zh, old.title_en); END"
    )
    op.execute(
        "CREATE TRIGGER standards_fts_au AFTER UPDATE ON standards BEGIN "
        "INSERT INTO standards_fts(standards_fts, rowid, code, title_zh, title_en) "
        "VALUES ('delete', old.rowid, old.code, old.title_zh, old.title_en); "
        "INSERT INTO standards_fts(rowid, code, title_zh, title_en) "
        "VALUES (new.rowid, new.code, new.title_zh, new.title_en); END"
    )
    op.execute("INSERT INTO standards_fts(standards_fts) VALUES ('rebuild')")
