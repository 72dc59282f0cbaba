"""test results, requirement sets, the items a checklist printed, the re-test interval

The firm's evidence of compliance: `test_results` (one measured value of
one requirement item for one product, linked to its test report or its
checklist), the firm's own requirement sets (`requirement_sets`, their
items and the products chosen for them), the standards and items a
checklist printed (`checklist_log.printed`, so a paper printed before a
catalogue update is recorded by what it shows) and the firm's re-test
interval (`firm.retest_months`, 12 by default).

New tables and columns added in place (no table is rebuilt, so no row of
any table can be lost); plain DDL, the same on SQLite and PostgreSQL.

Revision ID: 0006
Revises: 0004
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("firm", schema=None) as batch_op:
        batch_op.add_column(sa.Column("retest_months", sa.Integer(), server_default="12", nullable=False))
    with op.batch_alter_table("checklist_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("printed", sa.JSON(none_as_null=True), nullable=True))
    op.create_table(
        "test_results",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=True),
        sa.Column("product_sku", sa.String(length=64), nullable=False),
        sa.Column("standard_code", sa.String(length=100), nullable=False),
        sa.Column("requirement_set", sa.Boolean(), nullable=False),
        sa.Column("item_key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.String(length=100), nullable=False),
        sa.Column("unit", sa.String(length=50), nullable=True),
        sa.Column("method", sa.String(length=200), nullable=True),
        sa.Column("certificate_id", sa.Integer(), nullable=True),
        sa.Column("report_number", sa.String(length=100), nullable=True),
        sa.Column("checklist_id", sa.String(length=40), nullable=True),
        sa.Column("tested", sa.Date(), nullable=False),
        sa.Column("sample", sa.String(length=200), nullable=False),
        sa.Column("entered_by", sa.String(length=200), nullable=False),
        sa.Column("entered_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["certificate_id"], ["certificates.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["product_id"], ["products.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("test_results", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_test_results_product_id"), ["product_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_test_results_product_sku"), ["product_sku"], unique=False)
        batch_op.create_index(batch_op.f("ix_test_results_certificate_id"), ["certificate_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_test_results_checklist_id"), ["checklist_id"], unique=False)
    op.create_table(
        "requirement_sets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=100), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("customer", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("code"),
    )
    op.create_table(
        "requirement_set_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("set_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("name_zh", sa.Text(), nullable=True),
        sa.Column("name_en", sa.Text(), nullable=True),
        sa.Column("limit", sa.String(length=200), nullable=False),
        sa.Column("check", sa.JSON(), nullable=False),
        sa.Column("unit", sa.String(length=50), nullable=True),
        sa.Column("method", sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(["set_id"], ["requirement_sets.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("requirement_set_items", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_requirement_set_items_set_id"), ["set_id"], unique=False)
    op.create_table(
        "requirement_set_products",
        sa.Column("set_id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["product_id"], ["products.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["set_id"], ["requirement_sets.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("set_id", "product_id"),
    )
    with op.batch_alter_table("requirement_set_products", schema=None) as batch_op:
        batch_op.create_index("ix_requirement_set_products_product", ["product_id"], unique=False)


def downgrade() -> None:
    op.drop_table("requirement_set_products")
    op.drop_table("requirement_set_items")
    op.drop_table("requirement_sets")
    op.drop_table("test_results")
    with op.batch_alter_table("checklist_log", schema=None) as batch_op:
        batch_op.drop_column("printed")
    with op.batch_alter_table("firm", schema=None) as batch_op:
        batch_op.drop_column("retest_months")
