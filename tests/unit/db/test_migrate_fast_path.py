"""The start-up fast path: a database already at the head is opened without Alembic."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.core.errors import DatabaseVersionError
from desktop_app.db.engine import make_engine
from desktop_app.db.migrate import HEAD_REVISION, current_revision, head_revision, migrate

ROOT = Path(__file__).resolve().parents[3]


def test_the_head_constant_is_alembics_head():
    """A new migration must move HEAD_REVISION too, or every start would skip it."""
    assert HEAD_REVISION == head_revision()


def test_current_revision_of_a_new_file_is_none_and_of_a_migrated_one_the_head(tmp_path: Path):
    db = tmp_path / "a.sqlite3"
    engine = make_engine(db)
    assert current_revision(engine) is None
    migrate(engine, db, backup_dir=tmp_path / "b")
    assert current_revision(engine) == HEAD_REVISION
    again = migrate(engine, db, backup_dir=tmp_path / "b")
    assert (again.from_revision, again.to_revision, again.backup) == (HEAD_REVISION, HEAD_REVISION, None)


def test_a_database_at_the_head_is_opened_without_loading_alembic(tmp_path: Path):
    db = tmp_path / "a.sqlite3"
    engine = make_engine(db)
    migrate(engine, db, backup_dir=tmp_path / "b")
    engine.dispose()
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from desktop_app.db.engine import make_engine\n"
        "from desktop_app.db.migrate import migrate\n"
        f"db = Path({str(db)!r})\n"
        "result = migrate(make_engine(db), db, backup_dir=db.parent / 'b')\n"
        "print(result.from_revision, result.to_revision, 'alembic' in sys.modules)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.split() == [HEAD_REVISION, HEAD_REVISION, "False"]


def test_an_older_database_still_goes_through_alembic(tmp_path: Path):
    db = tmp_path / "old.sqlite3"
    engine = make_engine(db)
    migrate(engine, db, backup_dir=tmp_path / "b", target="0001")
    result = migrate(engine, db, backup_dir=tmp_path / "b")
    assert (result.from_revision, result.to_revision) == ("0001", HEAD_REVISION)
    assert result.backup is not None and result.backup.exists()


def test_an_unknown_revision_is_still_refused(tmp_path: Path):
    db = tmp_path / "new.sqlite3"
    engine = make_engine(db)
    migrate(engine, db, backup_dir=tmp_path / "b")
    with engine.begin() as conn:
        conn.exec_driver_sql("update alembic_version set version_num = '9999'")
    with pytest.raises(DatabaseVersionError):
        migrate(engine, db, backup_dir=tmp_path / "b")
