"""Migrations: from empty, from the frozen database of every released revision, and
refusing newer databases.

The frozen files in `tests/data/` are what each version of the app left on its
users' disks (see `tests/data/README.md`); they are never rebuilt by today's code.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import logging
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from desktop_app.core.errors import DatabaseVersionError
from desktop_app.db.engine import make_engine
from desktop_app.db.migrate import MIGRATIONS_DIR, MigrationNote, head_revision, migrate
from desktop_app.db.models import Base
from desktop_app.workspace import Workspace
from tests.helpers import ROOT, TODAY

DATA = ROOT / "tests" / "data"
FROZEN = {p.stem.removeprefix("schema-"): p for p in sorted(DATA.glob("schema-*.sqlite3"))}


def released_revisions() -> list[str]:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return sorted(r.revision for r in ScriptDirectory.from_config(cfg).walk_revisions())


# SQLite's FTS5 tables (0003's, 0005's, 0010's) and their shadow tables, which the ORM does not know
FTS_TABLES = ("standards_fts", "search_texts_fts")
# The search index: derived from the catalogue's rows and rebuilt by 0005 and 0010, so it is
# checked by searching (below), not row by row
SEARCH_INDEX = frozenset({"standard_terms", "search_texts", "standard_texts"})


def schema_diff(engine) -> list[Any]:
    """What differs between the database's schema and the ORM's metadata (the FTS index aside)."""
    with engine.connect() as conn:
        ctx = MigrationContext.configure(
            conn,
            opts={"include_name": lambda name, type_, _parents: not (name or "").startswith(FTS_TABLES)},
        )
        return compare_metadata(ctx, Base.metadata)


@dataclass(frozen=True)
class Rows:
    """A table's columns and its rows, sorted so two reads compare equal."""

    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]

    def column(self, *names: str) -> set[tuple[Any, ...]]:
        at = [self.columns.index(n) for n in names]
        return {tuple(row[i] for i in at) for row in self.rows}


def every_row(db: Path, columns: dict[str, tuple[str, ...]] | None = None) -> dict[str, Rows]:
    """Every row of every table, read with plain sqlite3; `columns` reads only those of each table."""
    con = sqlite3.connect(db)
    try:
        if columns is None:
            names = [
                r[0]
                for r in con.execute("select name from sqlite_master where type='table' order by name")
                if r[0] != "alembic_version"
                and r[0] not in SEARCH_INDEX
                and not r[0].startswith((*FTS_TABLES, "sqlite_"))
            ]
            columns = {n: tuple(c[1] for c in con.execute(f'pragma table_info("{n}")')) for n in names}
        tables = {}
        for table, cols in columns.items():
            quoted = ", ".join('"' + c + '"' for c in cols)
            rows = con.execute(f'select {quoted} from "{table}"').fetchall()
            tables[table] = Rows(cols, tuple(sorted(rows, key=repr)))
        return tables
    finally:
        con.close()


def frozen_copy(revision: str, data_dir: Path) -> Path:
    data_dir.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copyfile(FROZEN[revision], data_dir / "assistant.sqlite3"))


def test_every_released_revision_has_its_frozen_database():
    missing = sorted(set(released_revisions()) - set(FROZEN))
    assert not missing, (
        f"no frozen database for revision(s) {missing}: make it once with "
        f"`PYTHONPATH=. python3 tests/data/make_frozen_database.py {missing[0]}` (tests/data/README.md)"
    )


def test_empty_database_migrates_to_head_and_matches_the_orm(tmp_path: Path):
    db = tmp_path / "a.sqlite3"
    engine = make_engine(db)
    result = migrate(engine, db, backup_dir=tmp_path / "b")
    assert result.to_revision == head_revision()
    assert result.backup is None  # nothing to copy yet
    assert schema_diff(engine) == []
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


@pytest.mark.parametrize("revision", sorted(FROZEN))
def test_a_frozen_database_upgrades_to_the_schema_of_the_orm(revision: str, tmp_path: Path):
    db = frozen_copy(revision, tmp_path)
    engine = make_engine(db)
    try:
        result = migrate(engine, db, backup_dir=tmp_path / "b")
        assert (result.from_revision, result.to_revision) == (revision, head_revision())
        assert schema_diff(engine) == []
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    finally:
        engine.dispose()


@pytest.mark.parametrize("revision", sorted(FROZEN))
def test_a_frozen_database_opens_keeping_every_record(revision: str, tmp_path: Path):
    data_dir = tmp_path / "data"
    db = frozen_copy(revision, data_dir)
    before = every_row(db)
    assert before["products"] and before["certificates"] and before["standards"]

    ws = Workspace(data_dir, today=lambda: TODAY)
    try:
        upgraded = revision != head_revision()
        assert ws.migration.from_revision == revision and ws.migration.to_revision == head_revision()
        assert (ws.migration.backup is not None) == upgraded
        # the records, read back through the workspace
        products = {(p.sku, p.name) for p in ws.products.list()}
        assert products == before["products"].column("sku", "name")
        assert ("BB-001", "婴儿连体衣 Baby bodysuit") in products
        certificates = {
            s.certificate.number: s.certificate for s in ws.certificates.states(include_replaced=True)
        }
        assert set(certificates) == {n for (n,) in before["certificates"].column("number")}
        renewal = certificates["CU-GOTS-862311"]
        assert renewal.replaces == "CU-GOTS-740055" and renewal.products == ("BB-001", "YN-401")
        assert renewal.scan_file == "CU-GOTS-862311_扫描件.pdf"
        stats = ws.catalogue.stats()
        assert (stats.version, stats.standards, stats.rules, stats.notices) == (
            0,
            len(before["standards"].rows),
            len(before["rules"].rows),
            len(before["notices"].rows),
        )
        assert any(h.standard.code == "GB 18401-2010" for h in ws.catalogue.search("纺织产品"))  # FTS
        # the search's columns and words (0005) are rebuilt from the rows the file held
        assert ws.catalogue.search("GB18401")[0].standard.code == "GB 18401-2010"
        assert {h.standard.code: h.matched.key for h in ws.catalogue.search("甲醛")}["GB 18401-2010"] == (
            "formaldehyde"
        )
        assert ws.firm().name.startswith("绍兴示范纺织有限公司") and ws.firm().language == "zh_CN"
        log = {(e.id, e.sku, e.product_id) for e in ws.reports.checklist_log()}
        if "checklist_log" in before:
            assert log == before["checklist_log"].column("id", "product_sku", "product_id")
            assert ("CL-20261015-00001F2E", "OLD-9", None) in log  # its product was removed
        else:
            assert log == set()
    finally:
        ws.close()
    # and every row of every table, column by column, as it was
    assert every_row(db, {table: rows.columns for table, rows in before.items()}) == before


def test_newer_database_is_refused_untouched(tmp_path: Path):
    db = tmp_path / "assistant.sqlite3"
    Workspace(tmp_path).close()
    con = sqlite3.connect(db)
    con.execute("update alembic_version set version_num = '9999_from_the_future'")
    con.commit()
    con.close()
    before = db.read_bytes()
    with pytest.raises(DatabaseVersionError) as err:
        Workspace(tmp_path)
    assert "9999_from_the_future" in str(err.value)
    assert db.read_bytes() == before


def test_workspace_backs_up_before_a_migration_as_a_restorable_pruned_archive(tmp_path: Path):
    from desktop_app.paths import DataPaths
    from desktop_app.workspace.backups import BackupService

    paths = DataPaths(tmp_path)
    frozen_copy("0001", tmp_path)
    ws = Workspace(tmp_path, load_bundled_catalogue=False)
    try:
        archive = ws.migration.backup
        assert (
            archive is not None
            and archive.name.startswith("auto-")
            and "before-migration-0001" in archive.name
        )
        assert archive in ws.backups.automatic()
        manifest = ws.backups.verify(archive)  # restorable: checked (and upgradable) as restore would
        assert manifest["schema_revision"] == "0001" and manifest["counts"]["products"] == 12
        assert not list(paths.backups.glob("*.sqlite3"))  # no bare copies left lying around
        ws.backups.keep = 2
        for _ in range(3):
            ws.backups.auto_backup("daily")
        assert archive not in ws.backups.automatic()  # pruned with the other automatic backups
    finally:
        ws.close()
    assert BackupService(paths=paths).quick_check() == "ok"


OLD_FINISHES = {
    "BB-001": ["plastisol_print", "metal_trims"],
    "KD-101": ["pigment_printed", "oil_repellent"],
    "MS-201": ["brushed"],
    "HT-301": ["plastisol_print", "plastisol_printed", "metal_trims"],
}


def test_0003_to_0004_keeps_every_record_and_maps_the_old_finishes(tmp_path: Path, caplog) -> None:
    data_dir = tmp_path / "data"
    db = frozen_copy("0003", data_dir)
    con = sqlite3.connect(db)
    with con:
        for sku, finishes in OLD_FINISHES.items():
            con.execute("update products set finishes = ? where sku = ?", (json.dumps(finishes), sku))
    con.close()
    before = every_row(db)

    with caplog.at_level(logging.WARNING, logger="desktop_app.db.migrations"):
        ws = Workspace(data_dir, today=lambda: TODAY)
    try:
        assert (ws.migration.from_revision, ws.migration.to_revision) == ("0003", head_revision())
        # finishes with no protocol-2 meaning are kept and reported, product by product
        assert ws.migration.notes == (
            MigrationNote("finish_kept", "KD-101", "oil_repellent"),
            MigrationNote("finish_kept", "MS-201", "brushed"),
        )
        assert sum("keeps the finish" in r.getMessage() for r in caplog.records) == 2
        got = {p.sku: p for p in ws.products.list()}
        assert (got["BB-001"].finishes, got["BB-001"].components) == (
            ("plastisol_printed",),
            ("metal_parts",),
        )
        assert (got["KD-101"].finishes, got["KD-101"].components) == (
            ("pigment_printed", "oil_repellent"),
            (),
        )
        assert got["MS-201"].finishes == ("brushed",)
        assert (got["HT-301"].finishes, got["HT-301"].components) == (
            ("plastisol_printed",),
            ("metal_parts",),
        )
        assert all(p.product_type is None and p.age_months is None and p.origins == () for p in got.values())
        assert {s.certificate.number for s in ws.certificates.states(sku="BB-001")} >= {"CU-GOTS-862311"}
    finally:
        ws.close()
    after = every_row(db, {table: rows.columns for table, rows in before.items()})
    assert after.keys() == before.keys()
    for table, rows in before.items():
        if table != "products":
            assert after[table] == rows, table
    # every product kept, every column but the finishes as it was
    others = tuple(c for c in before["products"].columns if c != "finishes")
    assert after["products"].column(*others) == before["products"].column(*others)


def test_the_finish_mapping_of_0004_on_its_own() -> None:
    spec = importlib.util.spec_from_file_location(
        "rev0004", MIGRATIONS_DIR / "versions" / "0004_protocol_2.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.map_finishes(["metal_trims", "coated"], ["zip"]) == (["coated"], ["zip", "metal_parts"], [])
    assert module.map_finishes(["plastisol_print", "glitter"], []) == (
        ["plastisol_printed", "glitter"],
        [],
        ["glitter"],
    )
    assert module.map_finishes([], []) == ([], [], [])


def test_the_frozen_0004_database_reads_its_protocol_2_records(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    frozen_copy("0004", data_dir)
    ws = Workspace(data_dir, today=lambda: TODAY)
    try:
        assert ws.migration.notes == ()
        bodysuit = ws.products.get("BB-001")
        assert (bodysuit.product_type, bodysuit.construction, bodysuit.components) == (
            "bodysuit",
            "knitted",
            ("snaps",),
        )
        assert bodysuit.age_months.label() == "0–24" and bodysuit.height_cm.label() == "52–90"
        assert bodysuit.origins == ("CN-XJ",)
        assert ws.products.get("KD-102").age_months.label() == "≥ 84"
        assert [(f.id, f.value, f.effective) for f in ws.catalogue.factors()] == [
            ("CN-East-grid-2022", 0.7035, dt.date(2024, 12, 23))
        ]
    finally:
        ws.close()


def revision_0004():
    spec = importlib.util.spec_from_file_location(
        "rev0004", MIGRATIONS_DIR / "versions" / "0004_protocol_2.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("dialect", ["postgresql", "sqlite"])
def test_0004_is_plain_alter_table_on_either_dialect(dialect: str, monkeypatch) -> None:
    """Rendered as SQL (the data step, which reads rows, runs only online): columns added in
    place, never a move-and-copy of `products` (whose drop would cascade to certificate links)."""
    import io

    from alembic.operations import Operations

    module = revision_0004()
    monkeypatch.setattr(module, "_map_finishes", lambda: None)
    buf = io.StringIO()
    ctx = MigrationContext.configure(dialect_name=dialect, opts={"as_sql": True, "output_buffer": buf})
    with Operations.context(ctx):
        module.upgrade()
    sql = buf.getvalue()
    assert "ALTER TABLE products ADD COLUMN components JSON DEFAULT '[]' NOT NULL" in sql
    assert 'ALTER TABLE requirements ADD COLUMN "check" JSON' in sql
    assert "CREATE TABLE factors" in sql
    assert "_alembic_tmp" not in sql and "DROP TABLE" not in sql


def test_the_command_that_upgrades_says_which_finishes_were_kept(tmp_path: Path) -> None:
    from tests.helpers.cli import run_cli

    data_dir = tmp_path / "data"
    db = frozen_copy("0003", data_dir)
    con = sqlite3.connect(db)
    with con:
        con.execute("update products set finishes = ? where sku = ?", (json.dumps(["brushed"]), "MS-201"))
    con.close()
    first = run_cli(data_dir, "product", "list")
    assert first.returncode == 0
    (line,) = [x for x in first.stderr.splitlines() if "MS-201" in x]
    assert "brushed" in line and "后整理" in line  # the firm's language, Chinese by default
    again = run_cli(data_dir, "product", "list")
    assert "MS-201" not in again.stderr  # said once, on the run that upgraded
