"""The schema revision this version of the app writes, known without SQLAlchemy or Alembic.

A quick command (`catalogue stats`, `product list`) compares a database's
`alembic_version` with it before deciding it may read the file directly;
`migrate` re-exports it for everything else. A new migration changes it too
(tests/unit/db/test_migrate_fast_path.py checks it against Alembic's own head).
"""

from __future__ import annotations

# The newest revision in migrations/versions/.
HEAD_REVISION = "0010"
