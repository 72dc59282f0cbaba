"""scan files: a certificate's scan kept in the database, for the PCs sharing a host

On a PostgreSQL host every PC must open the same scan (the PDF or image
attached to a certificate or test report), so its bytes go into
`scan_files` (the stored name a certificate's `scan_file` holds, the
SHA-256 and size of the bytes, the bytes: bytea on PostgreSQL, BLOB on
SQLite); each PC's `scans/` folder is a cache of it. A single PC's SQLite
file keeps its scans in `scans/` as before: the table is made there too (one
schema for both engines) and stays empty.

A new table only: nothing existing is altered or rebuilt, so no row can be
lost; plain CREATE TABLE on SQLite and PostgreSQL alike.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "scan_files",
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )


def downgrade() -> None:
    op.drop_table("scan_files")
