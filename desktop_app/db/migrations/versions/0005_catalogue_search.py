"""catalogue search: normalised codes, and the words of titles and requirement items

`standards` gains `code_norm` and `code_base` (the code upper-cased without
spaces, `/`, `-`, `.`, `:`, and the same without its edition year), each
indexed, so `GB18401`, `gb 18401` and `GB 18401` find GB 18401-2010, and
`search_key`, which numbers the ids of the standard's terms. The new
table `standard_terms` holds the word tokens of each standard's title and of
each distinct requirement item (name, key, test method), written by a sync's
apply path with the standard (`db.catalogue_search`). On SQLite an FTS5 table
over it (`standards_fts_terms`, unicode61 tokens, external content) is written
by the same code, not by triggers: row-by-row trigger inserts made a full
sync three times as long. No foreign key either: only `db.catalogue_search`
writes or deletes terms, with their FTS5 entries.

Everything is rebuilt from the rows already there. The columns and the table
are plain DDL on every engine; the FTS5 table is made only
on SQLite. On PostgreSQL the search runs on the same token columns with LIKE
(the same results); their pg_trgm index comes with issue 15's PostgreSQL
host.

The tokenising is today's `core.search`, imported rather than frozen: the
index must be what the repository queries, and a later change of the
tokens comes with its own rebuilding revision. The writing of the rows is
this revision's own (`_write_terms`): 0010 moved the words to other tables.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from desktop_app.core.catalogue import LocalText
from desktop_app.db.catalogue_search import code_columns, term_rows

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("standards", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("code_norm", sa.String(length=100), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("code_base", sa.String(length=100), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("search_key", sa.Integer(), nullable=False, server_default="0"))
        batch_op.create_index(batch_op.f("ix_standards_code_norm"), ["code_norm"], unique=False)
        batch_op.create_index(batch_op.f("ix_standards_code_base"), ["code_base"], unique=False)
        batch_op.create_index(batch_op.f("ix_standards_search_key"), ["search_key"], unique=False)
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
    with op.batch_alter_table("standard_terms", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_standard_terms_code"), ["code"], unique=False)
    if op.get_bind().dialect.name == "sqlite":
        _create_fts5()
    elif op.get_bind().dialect.name == "postgresql":
        _create_trigram_indexes()
    _rebuild()


TERM_COLUMNS = ("zh", "en", "extra")


def _create_trigram_indexes() -> None:
    """PostgreSQL: the search's LIKE over the stored words is served by pg_trgm GIN indexes
    (0003 created the extension), as FTS5 serves it on SQLite."""
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for column in TERM_COLUMNS:
        op.execute(
            f"CREATE INDEX IF NOT EXISTS ix_standard_terms_{column}_trgm "
            f"ON standard_terms USING gin ({column} gin_trgm_ops)"
        )


def _create_fts5() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE standards_fts_terms USING fts5("
        "zh, en, extra, content='standard_terms', content_rowid='id', tokenize='unicode61')"
    )


def _rebuild() -> None:
    """The code columns and the terms of every standard already stored."""
    conn = op.get_bind()
    standards = sa.table(
        "standards",
        sa.column("code", sa.String()),
        sa.column("title_zh", sa.Text()),
        sa.column("title_en", sa.Text()),
        sa.column("code_norm", sa.String()),
        sa.column("code_base", sa.String()),
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
        sa.select(standards.c.code, standards.c.title_zh, standards.c.title_en).order_by(standards.c.code)
    ).all()
    update = (
        standards.update()
        .where(standards.c.code == sa.bindparam("old_code"))
        .values(
            code_norm=sa.bindparam("norm"), code_base=sa.bindparam("base"), search_key=sa.bindparam("key")
        )
    )
    if rows:
        conn.execute(update, [_code_params(code, key) for key, (code, _, _) in enumerate(rows, start=1)])
    terms = [
        t
        for key, (code, zh, en) in enumerate(rows, start=1)
        for t in term_rows(key, code, LocalText(zh, en), items.get(code, []))
    ]
    _write_terms(conn, terms)


def _write_terms(conn: sa.Connection, terms: list[tuple[int, str, str, str, str]]) -> None:
    """The rows of `standard_terms`, and on SQLite their FTS5 entries, as this revision stores them."""
    if not terms:
        return
    conn.exec_driver_sql(
        "INSERT INTO standard_terms (id, code, zh, en, extra) VALUES (?, ?, ?, ?, ?)".replace(
            "?", "?" if conn.dialect.paramstyle == "qmark" else "%s"
        ),
        terms,
    )
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(
            "INSERT INTO standards_fts_terms (rowid, zh, en, extra) VALUES (?, ?, ?, ?)",
            [(t[0], t[2], t[3], t[4]) for t in terms],
        )


def _code_params(code: str, key: int) -> dict[str, str | int]:
    columns = code_columns(code, key)
    return {"old_code": code, "norm": columns["code_norm"], "base": columns["code_base"], "key": key}


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS standards_fts_terms")
    elif op.get_bind().dialect.name == "postgresql":
        for column in TERM_COLUMNS:
            op.execute(f"DROP INDEX IF EXISTS ix_standard_terms_{column}_trgm")
    with op.batch_alter_table("standard_terms", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_standard_terms_code"))
    op.drop_table("standard_terms")
    with op.batch_alter_table("standards", schema=None, recreate="never") as batch_op:
        batch_op.drop_index(batch_op.f("ix_standards_search_key"))
        batch_op.drop_index(batch_op.f("ix_standards_code_base"))
        batch_op.drop_index(batch_op.f("ix_standards_code_norm"))
        batch_op.drop_column("search_key")
        batch_op.drop_column("code_base")
        batch_op.drop_column("code_norm")
