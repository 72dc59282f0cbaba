"""protocol 2: precise rules and items, emission factors, richer product records

The catalogue gains what protocol 2 of the platform API adds: exclusions
(`unless`) and dates on rules; conditions, exclusions, dates and a
machine-readable `check` on requirement items; and the `factors` table.
Products gain type, construction, components, age and height ranges and
origins.

Old finishes are mapped to protocol 2's named finishes where the meaning is
the same (`plastisol_print` → `plastisol_printed`; `metal_trims` becomes the
component `metal_parts`). A finish with no protocol-2 equivalent
(`oil_repellent`, `brushed`, or anything else unknown) is kept as it is and
reported: one warning log line per product, and a note in the migration
result (`MigrationResult.notes`, see `desktop_app/db/migrate.py`).

Plain ALTER TABLE ADD COLUMN (in batch mode, which SQLite needs) and plain
UPDATEs: the same on SQLite and PostgreSQL.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

import json
import logging

import sqlalchemy as sa
from alembic import context, op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

log = logging.getLogger("desktop_app.db.migrations")

# Frozen here on purpose: what protocol 2 named when this revision was written.
P2_FINISHES = (
    "coated",
    "laminated",
    "pigment_printed",
    "plastisol_printed",
    "water_repellent",
    "flame_retardant",
    "antibacterial",
    "easy_care",
    "undyed",
)
RENAMED_FINISHES = {"plastisol_print": "plastisol_printed"}
FINISHES_TO_COMPONENTS = {"metal_trims": "metal_parts"}
NOTE_FINISH_KEPT = "finish_kept"


def upgrade() -> None:
    with op.batch_alter_table("rules", schema=None) as batch_op:
        batch_op.add_column(sa.Column("unless", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("effective", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("until", sa.Date(), nullable=True))

    with op.batch_alter_table("requirements", schema=None) as batch_op:
        batch_op.add_column(sa.Column("when", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("unless", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("effective", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("until", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("check", sa.JSON(), nullable=True))

    op.create_table(
        "factors",
        sa.Column("id", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("name_zh", sa.Text(), nullable=True),
        sa.Column("name_en", sa.Text(), nullable=True),
        sa.Column("region", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("unit", sa.String(length=50), nullable=False),
        sa.Column("scope", sa.String(length=10), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("source_zh", sa.Text(), nullable=True),
        sa.Column("source_en", sa.Text(), nullable=True),
        sa.Column("url", sa.String(length=500), nullable=True),
        sa.Column("effective", sa.Date(), nullable=True),
        sa.Column("until", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("factors", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_factors_kind"), ["kind"], unique=False)

    # Every products column is added in place (ALTER TABLE ADD COLUMN, a constant
    # default for the NOT NULL lists): a batch "move and copy" would drop the old
    # table, and with it, by ON DELETE CASCADE, every certificate's product links.
    with op.batch_alter_table("products", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("product_type", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("construction", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("components", sa.JSON(), nullable=False, server_default="[]"))
        batch_op.add_column(sa.Column("age_min_months", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("age_max_months", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("height_min_cm", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("height_max_cm", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("origins", sa.JSON(), nullable=False, server_default="[]"))

    _map_finishes()


def map_finishes(finishes: list[str], components: list[str]) -> tuple[list[str], list[str], list[str]]:
    """(finishes, components, finishes kept without a protocol-2 meaning) of one product."""
    out_finishes: list[str] = []
    out_components = list(components)
    kept: list[str] = []
    for finish in finishes:
        if finish in FINISHES_TO_COMPONENTS:
            component = FINISHES_TO_COMPONENTS[finish]
            if component not in out_components:
                out_components.append(component)
            continue
        finish = RENAMED_FINISHES.get(finish, finish)
        if finish not in P2_FINISHES:
            kept.append(finish)
        if finish not in out_finishes:
            out_finishes.append(finish)
    return out_finishes, out_components, kept


def _map_finishes() -> None:
    conn = op.get_bind()
    products = sa.table(
        "products",
        sa.column("id", sa.Integer()),
        sa.column("sku", sa.String()),
        sa.column("finishes", sa.JSON()),
        sa.column("components", sa.JSON()),
    )
    notes = context.config.attributes.setdefault("notes", [])
    rows = conn.execute(sa.select(products.c.id, products.c.sku, products.c.finishes)).all()
    for row_id, sku, raw in rows:
        finishes = json.loads(raw) if isinstance(raw, str) else list(raw or [])
        new_finishes, components, kept = map_finishes(finishes, [])
        if new_finishes != finishes or components:
            conn.execute(
                products.update()
                .where(products.c.id == row_id)
                .values(finishes=new_finishes, components=components)
            )
        for finish in kept:
            log.warning("product %s keeps the finish %r, which protocol 2 does not name", sku, finish)
            notes.append({"code": NOTE_FINISH_KEPT, "sku": sku, "value": finish})


def downgrade() -> None:
    with op.batch_alter_table("products", schema=None) as batch_op:
        for name in (
            "origins",
            "height_max_cm",
            "height_min_cm",
            "age_max_months",
            "age_min_months",
            "components",
            "construction",
            "product_type",
        ):
            batch_op.drop_column(name)
    with op.batch_alter_table("factors", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_factors_kind"))
    op.drop_table("factors")
    with op.batch_alter_table("requirements", schema=None) as batch_op:
        for name in ("check", "until", "effective", "unless", "when"):
            batch_op.drop_column(name)
    with op.batch_alter_table("rules", schema=None) as batch_op:
        for name in ("until", "effective", "unless"):
            batch_op.drop_column(name)
