"""Backups of a shared database (issue 15, part 4), on the real PostgreSQL test server.

On a PostgreSQL workspace *Back up now* and the daily backup write a logical
export of every table (JSON lines + manifest with row counts and SHA-256);
it restores onto a server and onto a single PC's SQLite file alike, every
record compared; a SQLite file backup restores onto a server too; restoring
onto a server is refused while another PC is connected, naming it.
"""

from __future__ import annotations

import hashlib
import json
import zipfile

import pytest

from desktop_app.core.reasons import Reason
from desktop_app.workspace import Workspace
from desktop_app.workspace.backups import BackupError
from tests.helpers import TODAY
from tests.helpers.factories import make_certificate, make_product

on_postgres = pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)


def records(ws: Workspace) -> dict[str, object]:
    """Each table's row count and checksum of its rows as SQLAlchemy reads them (the same on
    both engines: `host move-data`'s comparison), catalogue included."""
    from desktop_app.db.models import Base
    from desktop_app.workspace.host_move import table_digest

    with ws.engine.connect() as conn:
        return {t.name: table_digest(conn, t) for t in Base.metadata.sorted_tables}


def fill(ws: Workspace) -> None:
    ws.demo.load()
    ws.products.add(make_product(sku="ZH-1", name="儿童睡衣 pyjamas"))
    ws.certificates.add(make_certificate(number="C-shared-1", products=("ZH-1",)))


@on_postgres
def test_backup_on_a_server_is_a_logical_export_with_checksums(ws) -> None:
    fill(ws)
    archive = ws.backups.backup()

    with zipfile.ZipFile(archive) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        assert manifest["format_version"] == 2 and "assistant.sqlite3" not in zf.namelist()
        for name, meta in manifest["members"].items():
            data = zf.read(name)
            assert hashlib.sha256(data).hexdigest() == meta["sha256"] and len(data) == meta["size"]
        products = [json.loads(line) for line in zf.read("tables/products.jsonl").decode().splitlines()]
    assert manifest["rows"]["products"] == len(products) == manifest["counts"]["products"]
    assert "儿童睡衣 pyjamas" in {p["name"] for p in products}
    assert manifest["rows"]["standards"] > 0  # the catalogue goes with the records


@on_postgres
def test_a_server_backup_restores_onto_the_server_and_onto_a_single_pc(ws, tmp_path) -> None:
    fill(ws)
    before = records(ws)
    archive = ws.backups.backup()
    ws.products.remove("ZH-1")
    assert records(ws) != before

    result = ws.backups.restore(archive)
    ws.reopen()
    assert records(ws) == before
    assert result.kept_aside.name.startswith("before-restore-")

    single = Workspace(tmp_path / "single-pc", today=lambda: TODAY)
    try:
        single.backups.restore(archive)
        single.reopen()
        assert records(single) == before  # every row of every table, on the other engine
        for words in ("睡衣", "GB 18401"):  # the search index was rebuilt on the file
            found = [h.standard.code for h in single.catalogue.search(words)]
            assert found and found == [h.standard.code for h in ws.catalogue.search(words)]
    finally:
        single.close()


@on_postgres
def test_a_single_pc_backup_restores_onto_a_server(ws, tmp_path) -> None:
    single = Workspace(tmp_path / "single-pc", today=lambda: TODAY)
    try:
        fill(single)
        expected = records(single)
        archive = single.backups.backup()
    finally:
        single.close()

    ws.backups.restore(archive)
    ws.reopen()
    assert records(ws) == expected
    ws.products.add(make_product(sku="AFTER-1"))  # the ids the server hands out follow the restored ones


@on_postgres
def test_restore_onto_a_server_is_refused_while_another_pc_is_connected(ws, data_dir, tmp_path) -> None:
    fill(ws)
    archive = ws.backups.backup()
    other = Workspace(data_dir, today=lambda: TODAY)  # another PC, connected
    try:
        other.products.list()
        with pytest.raises(BackupError) as caught:
            ws.backups.restore(archive)
        assert caught.value.code is Reason.RESTORE_HOST_IN_USE
        assert "textile-assistant" not in caught.value.params["pcs"]  # the PC's name, not ours
        assert caught.value.params["pcs"]
    finally:
        other.close()
    ws.reopen()
    assert "ZH-1" in {p.sku for p in ws.products.list()}  # nothing was replaced


@on_postgres
def test_an_altered_table_member_is_refused(ws, tmp_path) -> None:
    fill(ws)
    archive = ws.backups.backup()
    forged = tmp_path / "forged.zip"
    with zipfile.ZipFile(archive) as src, zipfile.ZipFile(forged, "w") as dst:
        manifest = json.loads(src.read("manifest.json"))
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "tables/products.jsonl":
                data = data.replace("儿童睡衣".encode(), "成人睡衣".encode())
                manifest["members"][item.filename] = {
                    "sha256": hashlib.sha256(data).hexdigest(),
                    "size": len(data),
                }
                manifest["rows"]["products"] += 1  # says one row more than it holds
            if item.filename != "manifest.json":
                dst.writestr(item.filename, data)
        dst.writestr("manifest.json", json.dumps(manifest))
    with pytest.raises(BackupError) as caught:
        ws.backups.restore(forged)
    assert caught.value.code is Reason.ARCHIVE_ALTERED
    assert "ZH-1" in {p.sku for p in ws.products.list()}


# What revision 0006 did not have yet: the carbon tables (0007), the audit log and the
# records' version columns (0008).
LATER_TABLES = ("carbon_", "audit_log")
LATER_COLUMNS = {
    "products": "version",
    "certificates": "version",
    "firm": "version",
    "test_results": "version",
}


@on_postgres
def test_a_server_backup_of_an_older_schema_is_upgraded_when_restored(ws, tmp_path) -> None:
    """A logical backup made at revision 0006 (before the carbon tables of 0007 and the
    versions of 0008) is loaded into the schema of 0006 and upgraded, as a file backup of 0006
    would be."""
    import hashlib

    from sqlalchemy import text

    fill(ws)
    with ws.engine.begin() as conn:  # revision 0006 kept no versions: restored records start at 1
        for table, column in LATER_COLUMNS.items():
            conn.execute(text(f"UPDATE {table} SET {column} = 1"))
    before = records(ws)
    archive = ws.backups.backup()
    older = tmp_path / "older.zip"
    with zipfile.ZipFile(archive) as src, zipfile.ZipFile(older, "w") as dst:
        manifest = json.loads(src.read("manifest.json"))
        manifest["schema_revision"] = "0006"
        for item in src.infolist():
            table = item.filename.removeprefix("tables/").removesuffix(".jsonl")
            if item.filename.startswith("tables/") and table.startswith(LATER_TABLES):
                del manifest["members"][item.filename]
                del manifest["rows"][table]
            elif item.filename != "manifest.json":
                data = src.read(item)
                if item.filename.startswith("tables/") and table in LATER_COLUMNS:
                    rows = [json.loads(line) for line in data.decode().splitlines()]
                    for row in rows:
                        del row[LATER_COLUMNS[table]]
                    data = "".join(
                        json.dumps(r, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"
                        for r in rows
                    ).encode()
                    manifest["members"][item.filename] = {
                        "sha256": hashlib.sha256(data).hexdigest(),
                        "size": len(data),
                    }
                dst.writestr(item.filename, data)
        dst.writestr("manifest.json", json.dumps(manifest))

    single = Workspace(tmp_path / "single-pc", today=lambda: TODAY)
    try:
        result = single.backups.restore(older)
        single.reopen()
        assert result.upgraded_from == "0006"
        after = records(single)
        assert {t: d for t, d in after.items() if not t.startswith(LATER_TABLES)} == {
            t: d for t, d in before.items() if not t.startswith(LATER_TABLES)
        }
        assert all(d.rows == 0 for t, d in after.items() if t.startswith(LATER_TABLES))
    finally:
        single.close()
