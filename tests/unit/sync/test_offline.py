"""Offline update packages: real zips written by the test platform, good and bad."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from desktop_app.core.reasons import Reason
from desktop_app.sync.errors import PackageError, PageInvalidError, SignatureError
from desktop_app.sync.offline import read_package
from tests.helpers.odd_zips import ODD_ZIPS


def rewrite(path: Path, change: dict[str, Any]) -> None:
    """Rewrite the zip with some members replaced (bytes) or removed (None)."""
    with zipfile.ZipFile(path) as zf:
        members = {name: zf.read(name) for name in zf.namelist()}
    for name, value in change.items():
        if value is None:
            members.pop(name, None)
        else:
            members[name] = value
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)


def manifest(path: Path) -> dict[str, Any]:
    with zipfile.ZipFile(path) as zf:
        return json.loads(zf.read("manifest.json"))


def test_good_full_package(small_catalogue, tmp_path: Path) -> None:
    path = tmp_path / "update.zip"
    names = small_catalogue.make_offline_package(path, limit=3)
    package = read_package(path, small_catalogue.trusted_keys)
    assert names == ["page-00001.json", "page-00002.json", "page-00003.json"]
    assert (package.from_version, package.to_version, package.is_full_pass) == (0, 8, True)
    assert len(package.pages) == 3
    assert [c.version for p in package.pages for c in p.changes] == list(range(1, 9))
    assert package.pages[-1].next == 8 and [p.since for p in package.pages[0:2]] == [0, 3]


def test_good_incremental_package(small_catalogue, tmp_path: Path) -> None:
    small_catalogue.delete("standard", "GB/T 1003-2020")
    path = tmp_path / "update.zip"
    small_catalogue.make_offline_package(path, since=8)
    package = read_package(path, small_catalogue.trusted_keys)
    assert (package.from_version, package.to_version, package.is_full_pass) == (8, 9, False)
    (page,) = package.pages
    assert [(c.op, c.id) for c in page.changes] == [("delete", "GB/T 1003-2020")]


def test_bad_signature_in_page_two_returns_nothing(small_catalogue, tmp_path: Path) -> None:
    path = tmp_path / "update.zip"
    small_catalogue.make_offline_package(path, limit=3, tamper=1)
    with pytest.raises(PackageError) as info:
        read_package(path, small_catalogue.trusted_keys)
    assert info.value.member == "page-00002.json" and info.value.path == str(path)
    assert isinstance(info.value.__cause__, SignatureError)


def test_unknown_key(small_catalogue, tmp_path: Path) -> None:
    path = tmp_path / "update.zip"
    small_catalogue.make_offline_package(path)
    with pytest.raises(PackageError, match="not trusted"):
        read_package(path, {"someone-else": small_catalogue.public_key})


def test_invalid_page_data_with_good_signature(small_catalogue, tmp_path: Path) -> None:
    path = tmp_path / "update.zip"
    small_catalogue.make_offline_package(path, limit=3)
    with zipfile.ZipFile(path) as zf:
        page = json.loads(zf.read("page-00003.json"))
    page["changes"][1]["data"]["severity"] = "apocalyptic"
    body = small_catalogue.encode(page)
    rewrite(path, {"page-00003.json": body, "page-00003.json.sig": small_catalogue.sign(body).encode()})
    with pytest.raises(PackageError, match="severity") as info:
        read_package(path, small_catalogue.trusted_keys)
    assert isinstance(info.value.__cause__, PageInvalidError)
    assert info.value.__cause__.field == "severity"


@pytest.mark.parametrize(
    ("member", "value", "match"),
    [
        ("manifest.json", None, "missing"),
        ("page-00002.json", None, "missing"),
        ("page-00002.json.sig", None, "missing"),
        ("page-00001.json.sig", b"\xff\xfe", "not ASCII"),
        ("manifest.json", b"{oops", "not JSON"),
        ("manifest.json", b"[]", "JSON object"),
        (
            "manifest.json",
            json.dumps({"protocol": 3, "from": 0, "to": 8, "pages": ["page-00001.json"]}).encode(),
            "protocol",
        ),
        (
            "manifest.json",
            json.dumps({"protocol": 1, "from": "0", "to": 8, "pages": ["page-00001.json"]}).encode(),
            "'from'",
        ),
        (
            "manifest.json",
            json.dumps({"protocol": 1, "from": 0, "to": 8, "pages": []}).encode(),
            "non-empty",
        ),
        (
            "manifest.json",
            json.dumps(
                {
                    "protocol": 1,
                    "from": 0,
                    "to": 9,
                    "pages": ["page-00001.json", "page-00002.json", "page-00003.json"],
                }
            ).encode(),
            "to=9",
        ),
        (
            "manifest.json",
            json.dumps(
                {"protocol": 1, "from": 3, "to": 8, "pages": ["page-00002.json", "page-00003.json"]}
            ).encode(),
            None,
        ),
        (
            "manifest.json",
            json.dumps(
                {"protocol": 1, "from": 0, "to": 8, "pages": ["page-00001.json", "page-00003.json"]}
            ).encode(),
            "expected 3",
        ),
        (
            "manifest.json",
            json.dumps({"protocol": 1, "from": 5, "to": 2, "pages": ["page-00001.json"]}).encode(),
            "before",
        ),
    ],
)
def test_broken_packages(
    small_catalogue, tmp_path: Path, member: str, value: bytes | None, match: str | None
) -> None:
    path = tmp_path / "update.zip"
    small_catalogue.make_offline_package(path, limit=3)
    rewrite(path, {member: value})
    if match is None:  # a package that starts later is fine on its own
        assert read_package(path, small_catalogue.trusted_keys).from_version == 3
        return
    with pytest.raises(PackageError, match=match):
        read_package(path, small_catalogue.trusted_keys)


def test_not_a_zip_and_missing_file(tmp_path: Path) -> None:
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"PK\x03\x04 but not really")
    with pytest.raises(PackageError, match="not a zip") as info:
        read_package(junk, {})
    assert info.value.member is None
    with pytest.raises(PackageError, match="no such file"):
        read_package(tmp_path / "absent.zip", {})


def test_a_package_of_protocol_2(small_catalogue, tmp_path: Path) -> None:
    """The manifest's `protocol` 2 is accepted; each page is then read by its own `protocol`."""
    from tests.helpers.protocol2 import p2_factor, p2_factor_json, reads_protocol_2

    small_catalogue.speaks = 2
    small_catalogue.upsert("factor", p2_factor_json())
    path = tmp_path / "update.zip"
    small_catalogue.make_offline_package(path, limit=3, protocol=2)
    assert manifest(path)["protocol"] == 2
    if not reads_protocol_2():
        # the manifest passes; the protocol-2 page is what this checkout's parser refuses
        with pytest.raises(PackageError, match="page-00001.json.*protocol") as info:
            read_package(path, small_catalogue.trusted_keys)
        assert isinstance(info.value.__cause__, PageInvalidError)
        return
    package = read_package(path, small_catalogue.trusted_keys)
    assert (package.from_version, package.to_version, len(package.pages)) == (0, 9, 3)
    assert [p.protocol for p in package.pages] == [2, 2, 2]
    assert package.pages[-1].changes[-1].data == p2_factor()


def test_a_package_of_protocol_1_pages_under_a_protocol_2_manifest_is_read(
    small_catalogue, tmp_path: Path
) -> None:
    path = tmp_path / "update.zip"
    small_catalogue.make_offline_package(path, limit=3)
    rewrite(path, {"manifest.json": json.dumps({**manifest(path), "protocol": 2}).encode()})
    package = read_package(path, small_catalogue.trusted_keys)
    assert [p.protocol for p in package.pages] == [1, 1, 1] and package.to_version == 8


@pytest.mark.parametrize("spoil", ODD_ZIPS.values(), ids=ODD_ZIPS.keys())
def test_a_zip_python_cannot_open_is_refused_as_not_a_package(small_catalogue, tmp_path: Path, spoil) -> None:
    """zipfile raises NotImplementedError or UnicodeDecodeError for these, not BadZipFile:
    still the package's one clear error, never a traceback (found by the fuzz test)."""
    path = tmp_path / "odd.zip"
    small_catalogue.make_offline_package(path)
    spoil(path)
    with pytest.raises(PackageError) as info:
        read_package(path, small_catalogue.trusted_keys)
    assert info.value.code is Reason.PACKAGE_NOT_ZIP
    assert info.value.member is None
