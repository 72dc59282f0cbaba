"""Forged backups: a restore accepts only the app's own schema and plain scan names,
and refuses everything else with one clear error before anything is replaced."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.core.errors import AssistantError
from desktop_app.core.reasons import Reason
from desktop_app.workspace import Workspace
from desktop_app.workspace.backups import BackupError
from tests.helpers import TODAY
from tests.helpers.archives import manifest_of, members_of, with_database, write_archive
from tests.helpers.cli import run_cli, subprocess_env
from tests.helpers.odd_zips import ODD_ZIPS

DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.fixture
def good_archive(demo_ws, tmp_path) -> Path:
    return demo_ws.backups.backup(tmp_path / "good.zip")


def dump(db: Path) -> list[str]:
    con = sqlite3.connect(db)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def state(ws) -> tuple:
    """Everything a refused restore must leave as it was."""
    return (
        [p.sku for p in ws.products.list()],
        sorted(c.number for c in (st.certificate for st in ws.certificates.states(include_replaced=True))),
        dump(ws.paths.database),
        sorted(p.name for p in ws.paths.scans.iterdir()),
        sorted(p.name for p in ws.paths.backups.iterdir()),
        sorted(p.name for p in ws.paths.root.iterdir()),
    )


def refused(ws, archive: Path, code: Reason) -> BackupError:
    before = state(ws)
    with pytest.raises(BackupError) as caught:
        ws.backups.restore(archive)
    assert caught.value.code == code, caught.value
    ws.reopen()
    assert state(ws) == before
    return caught.value


def test_a_trigger_in_the_archive_is_refused(demo_ws, good_archive, tmp_path):
    # the forged backup: adding a product deletes every certificate
    forged = with_database(
        good_archive,
        tmp_path / "trigger.zip",
        "CREATE TRIGGER wipe AFTER INSERT ON products BEGIN DELETE FROM certificates; END;",
    )
    err = refused(demo_ws, forged, Reason.ARCHIVE_FOREIGN_SCHEMA)
    assert "trigger wipe" in str(err)
    with pytest.raises(BackupError, match="trigger wipe"):
        demo_ws.backups.verify(forged)


def test_a_view_is_refused(demo_ws, good_archive, tmp_path):
    forged = with_database(good_archive, tmp_path / "view.zip", "CREATE VIEW peek AS SELECT * FROM products;")
    assert "view peek" in str(refused(demo_ws, forged, Reason.ARCHIVE_FOREIGN_SCHEMA))


def test_another_column_is_refused(demo_ws, good_archive, tmp_path):
    forged = with_database(
        good_archive, tmp_path / "column.zip", "ALTER TABLE products ADD COLUMN extra TEXT;"
    )
    assert "table products" in str(refused(demo_ws, forged, Reason.ARCHIVE_FOREIGN_SCHEMA))


def test_a_changed_trigger_of_our_own_is_refused(demo_ws, good_archive, tmp_path):
    # revisions 0003 to 0009 had triggers of their own (0010 dropped them): an archive of 0009
    forged = with_database(
        good_archive,
        tmp_path / "changed.zip",
        "DROP TRIGGER standards_fts_ai;"
        "CREATE TRIGGER standards_fts_ai AFTER INSERT ON standards BEGIN DELETE FROM products; END;",
        base=DATA / "schema-0009.sqlite3",
    )
    assert "trigger standards_fts_ai" in str(refused(demo_ws, forged, Reason.ARCHIVE_FOREIGN_SCHEMA))


def test_a_missing_index_is_refused(demo_ws, good_archive, tmp_path):
    con = sqlite3.connect(DATA / "schema-0003.sqlite3")
    index = con.execute("select name from sqlite_master where type='index' and sql is not null").fetchone()[0]
    con.close()
    forged = with_database(good_archive, tmp_path / "index.zip", f"DROP INDEX {index};")
    assert f"no index {index}" in str(refused(demo_ws, forged, Reason.ARCHIVE_FOREIGN_SCHEMA))


def test_a_trigger_in_an_older_archive_is_refused_before_the_upgrade(demo_ws, good_archive, tmp_path):
    # alembic updates alembic_version while upgrading 0002 → 0003: this trigger would fire then
    forged = with_database(
        good_archive,
        tmp_path / "old.zip",
        "CREATE TRIGGER during_upgrade AFTER UPDATE ON alembic_version "
        "BEGIN DELETE FROM certificates; DELETE FROM products; END;",
        base=DATA / "schema-0002.sqlite3",
    )
    err = refused(demo_ws, forged, Reason.ARCHIVE_FOREIGN_SCHEMA)
    assert "trigger during_upgrade" in str(err)


def test_an_older_archive_of_our_own_is_still_restored(demo_ws, good_archive, tmp_path):
    plain = with_database(good_archive, tmp_path / "old.zip", "select 1;", base=DATA / "schema-0002.sqlite3")
    result = demo_ws.backups.restore(plain)
    assert result.upgraded_from == "0002"
    demo_ws.reopen()
    assert len(demo_ws.products.list()) == 12


def test_alembic_version_as_a_view_is_not_ours(demo_ws, good_archive, tmp_path):
    forged = with_database(
        good_archive,
        tmp_path / "view-version.zip",
        "DROP TABLE alembic_version; CREATE VIEW alembic_version AS SELECT '0003' AS version_num;",
    )
    refused(demo_ws, forged, Reason.NOT_OUR_DATABASE)


@pytest.mark.parametrize(
    "name",
    [
        "../../../../etc/passwd",
        "/etc/passwd",
        "C:\\Windows\\win.ini",
        "C:evil.pdf",
        "a/b.pdf",
        "..",
        "nul.pdf",
    ],
)
def test_a_scan_name_that_is_a_path_is_refused(demo_ws, good_archive, tmp_path, name):
    forged = with_database(
        good_archive,
        tmp_path / "path.zip",
        lambda con: con.execute("update certificates set scan_file = ? where rowid = 1", (name,)),
    )
    refused(demo_ws, forged, Reason.ARCHIVE_SCAN_NAME)


def test_a_stored_scan_named_by_a_path_is_refused(demo_ws, good_archive, tmp_path):
    """`scan_files` (0009) is copied onto a host when restored there: its names are checked too."""
    forged = with_database(
        good_archive,
        tmp_path / "stored.zip",
        lambda con: con.execute(
            "insert into scan_files (name, sha256, size, data, added_at) values (?, ?, 1, x'00', ?)",
            ("../../evil.pdf", "0" * 64, "2026-12-01 00:00:00"),
        ),
    )
    refused(demo_ws, forged, Reason.ARCHIVE_SCAN_NAME)


def test_a_scan_that_is_a_path_is_never_opened(demo_ws, tmp_path):
    # a database changed by hand (not through restore): refused at the point of use too
    secret = tmp_path / "secret.pdf"
    secret.write_bytes(b"%PDF secret")
    cert = demo_ws.certificates.states()[0].certificate
    con = sqlite3.connect(demo_ws.paths.database)
    con.execute("update certificates set scan_file = ? where number = ?", ("../../secret.pdf", cert.number))
    con.commit()
    con.close()
    stored = demo_ws.certificates.get(cert.number)
    with pytest.raises(AssistantError) as caught:
        demo_ws.certificates.scan_path(stored)
    assert caught.value.code == Reason.UNSAFE_FILE_NAME


def test_a_link_out_of_scans_is_refused(demo_ws, tmp_path):
    outside = tmp_path / "outside.pdf"
    outside.write_bytes(b"%PDF outside")
    link = demo_ws.paths.scans / "link.pdf"
    try:
        link.symlink_to(outside)
    except OSError:
        pytest.skip("no symbolic links here")
    cert = demo_ws.certificates.states()[0].certificate
    con = sqlite3.connect(demo_ws.paths.database)
    con.execute("update certificates set scan_file = 'link.pdf' where number = ?", (cert.number,))
    con.commit()
    con.close()
    with pytest.raises(AssistantError, match="link.pdf"):
        demo_ws.certificates.scan_path(demo_ws.certificates.get(cert.number))


def test_a_certificate_saved_with_a_path_as_its_scan_is_refused(demo_ws):
    cert = demo_ws.certificates.states()[0].certificate
    with pytest.raises(AssistantError) as caught:
        demo_ws.certificates.update(cert.number, cert.__class__(**{**cert.__dict__, "scan_file": "../x.pdf"}))
    assert caught.value.code == Reason.UNSAFE_FILE_NAME


@pytest.mark.parametrize(
    ("extra", "code"),
    [
        ({"scans/a.pdf": b"a", "scans/a.pdf/b.pdf": b"b"}, Reason.ARCHIVE_UNEXPECTED_MEMBER),
        ({"scans/" + "x" * 300 + ".pdf": b"a"}, Reason.ARCHIVE_UNEXPECTED_MEMBER),
        ({"scans/sub/a.pdf": b"a"}, Reason.ARCHIVE_UNEXPECTED_MEMBER),
        ({"scans/..": b"a"}, Reason.ARCHIVE_UNEXPECTED_MEMBER),
    ],
)
def test_members_that_are_not_flat_scan_names_are_refused(demo_ws, good_archive, tmp_path, extra, code):
    members = {**members_of(good_archive), **extra}
    forged = write_archive(tmp_path / "members.zip", members, manifest_of(good_archive))
    refused(demo_ws, forged, code)


@pytest.mark.parametrize("entry", ["not an object", 7, None, {"sha256": "x"}, {"sha256": "x", "size": -1}])
def test_a_member_entry_that_is_not_an_object_is_refused(demo_ws, good_archive, tmp_path, entry):
    members = members_of(good_archive)
    manifest = manifest_of(good_archive)
    forged = write_archive(tmp_path / "entry.zip", members, manifest)
    # rewrite the manifest with one entry broken
    import json
    import zipfile

    broken = tmp_path / "broken.zip"
    with zipfile.ZipFile(forged) as zin, zipfile.ZipFile(broken, "w") as zout:
        for name in zin.namelist():
            data = zin.read(name)
            if name == "manifest.json":
                m = json.loads(data)
                m["members"]["assistant.sqlite3"] = entry
                data = json.dumps(m).encode()
            zout.writestr(name, data)
    refused(demo_ws, broken, Reason.ARCHIVE_ALTERED)


def test_cli_restore_of_a_forged_archive_is_one_line(demo_ws, good_archive, tmp_path):
    forged = with_database(
        good_archive,
        tmp_path / "trigger.zip",
        "CREATE TRIGGER t AFTER INSERT ON products BEGIN SELECT 1; END;",
    )
    root = demo_ws.paths.root
    demo_ws.close()
    result = run_cli(root, "restore", str(forged))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "trigger t" in result.stderr


# sizes that lie -----------------------------------------------------------------------------


def test_a_scan_member_larger_than_declared_is_stopped_at_its_word(demo_ws, good_archive, tmp_path):
    from tests.unit.sync.test_hostile_packages import lie_about_size

    members = members_of(good_archive)
    members["scans/bomb.pdf"] = b"\0" * (8 * 1024 * 1024)  # inflates to 8 MB ...
    forged = write_archive(tmp_path / "bomb.zip", members, manifest_of(good_archive))
    import json
    import zipfile

    with zipfile.ZipFile(forged) as zf:
        manifest = json.loads(zf.read("manifest.json"))
    manifest["members"]["scans/bomb.pdf"]["size"] = 100  # ... declared as 100 bytes
    lied = tmp_path / "lied.zip"
    with zipfile.ZipFile(forged) as zin, zipfile.ZipFile(lied, "w", compression=zipfile.ZIP_DEFLATED) as zout:
        for name in zin.namelist():
            zout.writestr(name, json.dumps(manifest) if name == "manifest.json" else zin.read(name))
    lie_about_size(lied, "scans/bomb.pdf", 100)
    err = refused_any(demo_ws, lied, {Reason.ARCHIVE_CHECKSUM, Reason.ARCHIVE_MEMBER_TOO_LARGE})
    assert err.params["member"] == "scans/bomb.pdf"


def test_a_member_over_the_ceiling_is_refused_before_it_is_written(
    demo_ws, good_archive, tmp_path, monkeypatch
):
    from desktop_app.workspace import backups

    members = members_of(good_archive)
    members["scans/big.pdf"] = b"%PDF" + b"x" * 5000
    forged = write_archive(tmp_path / "big.zip", members, manifest_of(good_archive))
    monkeypatch.setattr(backups, "MAX_MEMBER_BYTES", 4096)  # the ceiling lowered, the file small
    biggest = max(len(v) for v in members.values())
    assert biggest > 4096
    err = refused(demo_ws, forged, Reason.ARCHIVE_MEMBER_TOO_LARGE)
    assert err.params["limit"] <= 4096


def refused_any(ws, archive: Path, codes: set[Reason]) -> BackupError:
    before = state(ws)
    with pytest.raises(BackupError) as caught:
        ws.backups.restore(archive)
    assert caught.value.code in codes, caught.value
    assert state(ws) == before
    return caught.value


FULL_DISK_RESTORE = r"""
import resource, signal, sys
from desktop_app.cli import main
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
limit = int(sys.argv.pop())
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))   # a write past `limit` bytes fails
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_restore_on_a_full_disk_is_one_line_and_changes_nothing(demo_ws, good_archive):
    root = demo_ws.paths.root
    before = state(demo_ws)
    demo_ws.close()
    limit = (root / "assistant.sqlite3").stat().st_size // 2
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            FULL_DISK_RESTORE,
            "--data-dir",
            str(root),
            "restore",
            str(good_archive),
            str(limit),
        ],
        env=subprocess_env(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    ws = Workspace(root, today=lambda: TODAY)
    try:
        assert state(ws) == before
    finally:
        ws.close()


@pytest.mark.parametrize("spoil", ODD_ZIPS.values(), ids=ODD_ZIPS.keys())
def test_an_archive_python_cannot_open_is_refused_as_damaged(demo_ws, good_archive, spoil):
    refused(demo_ws, spoil(good_archive), Reason.ARCHIVE_DAMAGED)
