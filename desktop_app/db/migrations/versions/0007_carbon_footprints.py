"""product carbon footprints: activity data, firm factors, monthly totals, estimate history

New firm tables only (nothing existing is altered or rebuilt, so no row can
be lost): `carbon_data_sets` (one per product or batch and declared unit)
with their `carbon_activities`, `carbon_firm_factors` (kept apart from the
platform's `factors`, which a sync owns), `carbon_months` (a mill's monthly
totals and the shares they were allocated by) and `carbon_estimates` (each
computed estimate with the factor ids and values it used; a factor updated
by a sync adds a new row and keeps the old one). Plain CREATE TABLE: the
same on SQLite and PostgreSQL.

Revision ID: 0007
Revises: 0004
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "carbon_data_sets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("batch", sa.String(length=64), nullable=True),
        sa.Column("declared_unit", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("factor_overrides", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["product_id"], ["products.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("product_id", "batch", name="uq_carbon_data_sets_product_batch"),
    )
    op.create_index("ix_carbon_data_sets_product_id", "carbon_data_sets", ["product_id"])
    op.create_table(
        "carbon_activities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("data_set_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("quantity", sa.Float(), nullable=False),
        sa.Column("unit", sa.String(length=10), nullable=False),
        sa.Column("quality", sa.String(length=10), nullable=False),
        sa.Column("factor_id", sa.String(length=100), nullable=True),
        sa.Column("energy_content", sa.Float(), nullable=True),
        sa.Column("yield_loss", sa.Float(), nullable=False),
        sa.Column("allocation", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["data_set_id"], ["carbon_data_sets.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_carbon_activities_data_set_id", "carbon_activities", ["data_set_id"])
    op.create_table(
        "carbon_firm_factors",
        sa.Column("id", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("region", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("unit", sa.String(length=50), nullable=False),
        sa.Column("scope", sa.String(length=10), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("url", sa.String(length=500), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "carbon_months",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("basis", sa.String(length=20), nullable=False),
        sa.Column("total_basis", sa.Float(), nullable=False),
        sa.Column("totals", sa.JSON(), nullable=False),
        sa.Column("shares", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_carbon_months_month", "carbon_months", ["month"])
    op.create_table(
        "carbon_estimates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("data_set_id", sa.Integer(), nullable=False),
        sa.Column("computed_at", sa.DateTime(), nullable=False),
        sa.Column("cause", sa.String(length=20), nullable=False),
        sa.Column("total_kgco2e", sa.Float(), nullable=False),
        sa.Column("uncertainty_kgco2e", sa.Float(), nullable=False),
        sa.Column("measured_share", sa.Float(), nullable=False),
        sa.Column("lines", sa.JSON(), nullable=False),
        sa.Column("factors", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["data_set_id"], ["carbon_data_sets.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_carbon_estimates_data_set_id", "carbon_estimates", ["data_set_id"])


def downgrade() -> None:
    op.drop_index("ix_carbon_estimates_data_set_id", table_name="carbon_estimates")
    op.drop_table("carbon_estimates")
    op.drop_index("ix_carbon_months_month", table_name="carbon_months")
    op.drop_table("carbon_months")
    op.drop_table("carbon_firm_factors")
    op.drop_index("ix_carbon_activities_data_set_id", table_name="carbon_activities")
    op.drop_table("carbon_activities")
    op.drop_index("ix_carbon_data_sets_product_id", table_name="carbon_data_sets")
    op.drop_table("carbon_data_sets")
