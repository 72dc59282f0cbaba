"""checklist log: every checklist printed, by id

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "checklist_log",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("product_sku", sa.String(length=64), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("catalogue_version", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("file", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["product_id"], ["products.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("checklist_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_checklist_log_product_sku"), ["product_sku"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("checklist_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checklist_log_product_sku"))

    op.drop_table("checklist_log")
