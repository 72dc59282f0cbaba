"""optimistic locking and the audit log: a version on the firm's records, who changed what

Several PCs edit one set of records: `products`, `certificates`, `firm` and
`test_results` get an integer `version` (1 for every existing row), bumped
by every save; a save made from an older version is refused
(`db.versioned`). `audit_log` records every create, edit and delete of
those records: when (UTC), the PC's user name and display name, the
record's kind, key and id, the action and the changed fields as JSON
{field: [old, new]}.

Columns are added in place (no table is rebuilt, so no row can be lost);
batch_alter_table keeps it to plain ALTER TABLE ... ADD COLUMN on both
SQLite and PostgreSQL.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

VERSIONED = ("products", "certificates", "firm", "test_results")


def upgrade() -> None:
    for table in VERSIONED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("pc_user", sa.String(length=200), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("record_key", sa.String(length=300), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_audit_log_record", "audit_log", ["kind", "record_id"])
    op.create_index("ix_audit_log_key", "audit_log", ["kind", "record_key"])


def downgrade() -> None:
    op.drop_index("ix_audit_log_key", table_name="audit_log")
    op.drop_index("ix_audit_log_record", table_name="audit_log")
    op.drop_table("audit_log")
    for table in reversed(VERSIONED):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("version")
