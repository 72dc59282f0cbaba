"""standards search: an FTS5 trigram index over codes and titles

Chinese has no spaces between words, so a word tokenizer finds nothing
inside a title; the trigram tokenizer matches any run of three or more
characters (e.g. 纺织产品 inside 国家纺织产品基本安全技术规范). Shorter
queries fall back to LIKE in the repository. Triggers keep the index in step
with the bulk statements of a sync.

On PostgreSQL the same searches are ILIKE on each column, served by a
`pg_trgm` GIN index per column (trigrams of any characters, Chinese
included when the database is UTF-8); PostgreSQL keeps them in step itself.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


TRIGRAM_COLUMNS = ("code", "title_zh", "title_en")


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        for column in TRIGRAM_COLUMNS:
            op.execute(
                f"CREATE INDEX ix_standards_{column}_trgm ON standards USING gin ({column} gin_trgm_ops)"
            )
        return
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


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for column in TRIGRAM_COLUMNS:
            op.execute(f"DROP INDEX IF EXISTS ix_standards_{column}_trgm")
        return
    for trigger in ("standards_fts_ai", "standards_fts_ad", "standards_fts_au"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS standards_fts")
