"""Offline packages and pages whose sizes and shapes lie: refused with one error, memory bounded."""

from __future__ import annotations

import json
import struct
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from desktop_app.sync.errors import PackageError, PageInvalidError
from desktop_app.sync.offline import read_package
from desktop_app.sync.pages import MAX_VERSION, parse_page
from tests.unit.sync.test_offline import rewrite


def lie_about_size(path: Path, member: str, size: int) -> None:
    """Patch the local and central headers of `member` to declare `size` uncompressed bytes."""
    data = bytearray(path.read_bytes())
    encoded = member.encode()
    for signature, size_at, name_at in ((b"PK\x03\x04", 22, 30), (b"PK\x01\x02", 24, 46)):
        start = 0
        while (start := data.find(signature, start)) != -1:
            if data[start + name_at : start + name_at + len(encoded)] == encoded:
                struct.pack_into("<I", data, start + size_at, size)
            start += 4
    path.write_bytes(bytes(data))


def test_a_member_whose_header_lies_about_its_size_is_refused_in_bounded_memory(small_catalogue, tmp_path):
    path = tmp_path / "bomb.zip"
    names = small_catalogue.make_offline_package(path)
    # a page that inflates to 64 MB, declared as 1,000 bytes
    with zipfile.ZipFile(path) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    members[names[0]] = b" " * (64 * 1024 * 1024)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    del members
    lie_about_size(path, names[0], 1000)
    tracemalloc.start()
    try:
        with pytest.raises(PackageError) as caught:
            read_package(path, small_catalogue.trusted_keys)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert caught.value.member == names[0]
    assert peak < 16 * 1024 * 1024, peak  # the old reader inflated the whole member: 64 MB and more


def test_a_deeply_nested_manifest_is_refused(small_catalogue, tmp_path):
    path = tmp_path / "deep.zip"
    small_catalogue.make_offline_package(path)
    rewrite(path, {"manifest.json": b"[" * 100_000 + b"]" * 100_000})
    with pytest.raises(PackageError, match="nested deeper"):
        read_package(path, small_catalogue.trusted_keys)


def test_a_deeply_nested_page_is_refused_not_a_recursion_error():
    body = b'{"protocol": 1, "since": 0, "next": 1, "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    with pytest.raises(PageInvalidError, match="nested deeper"):
        parse_page(body)


def test_deep_strings_are_not_nesting():
    body = json.dumps(
        {"protocol": 1, "since": 0, "next": 0, "latest": 0, "has_more": False, "changes": [], "n": "[" * 5000}
    )
    assert parse_page(body.encode()).next == 0


@pytest.mark.parametrize(
    ("field", "value"),
    [("next", 2**64 + 5), ("latest", 2**63 - 1), ("next", MAX_VERSION + 1), ("since", -1)],
)
def test_versions_beyond_63_bits_or_near_the_limit_are_refused(field, value):
    page = {"protocol": 1, "since": 0, "next": 0, "latest": 0, "has_more": False, "changes": []}
    page[field] = value
    with pytest.raises(PageInvalidError):
        parse_page(json.dumps(page).encode())


def test_a_signed_page_with_a_huge_version_is_refused_by_the_package(small_catalogue, tmp_path):
    path = tmp_path / "huge.zip"
    names = small_catalogue.make_offline_package(path)
    with zipfile.ZipFile(path) as zf:
        page = json.loads(zf.read(names[-1]))
        man = json.loads(zf.read("manifest.json"))
    page["changes"][-1]["version"] = 2**64 + 1
    page["next"] = page["latest"] = 2**64 + 1
    man["to"] = 2**64 + 1
    body = small_catalogue.encode(page)
    rewrite(
        path,
        {
            names[-1]: body,
            names[-1] + ".sig": small_catalogue.sign(body).encode(),
            "manifest.json": json.dumps(man).encode(),
        },
    )
    with pytest.raises(PackageError, match=str(MAX_VERSION)):
        read_package(path, small_catalogue.trusted_keys)


@pytest.mark.parametrize("pages", [[{"not": "a name"}], "page-00001.json", [], [7]])
def test_a_manifest_whose_pages_are_not_names_is_refused(small_catalogue, tmp_path, pages):
    path = tmp_path / "pages.zip"
    small_catalogue.make_offline_package(path)
    with zipfile.ZipFile(path) as zf:
        man = json.loads(zf.read("manifest.json"))
    man["pages"] = pages
    rewrite(path, {"manifest.json": json.dumps(man).encode()})
    with pytest.raises(PackageError, match="pages"):
        read_package(path, small_catalogue.trusted_keys)
