"""Alembic environment: runs on the connection the app hands it."""

from __future__ import annotations

from alembic import context

from desktop_app.db.models import Base

target_metadata = Base.metadata
connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only the app runs migrations
    raise RuntimeError("migrations run from desktop_app.db.migrate, with a connection")

context.configure(
    connection=connection,
    target_metadata=target_metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
