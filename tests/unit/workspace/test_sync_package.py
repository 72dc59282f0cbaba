"""`ws.sync.import_package`: offline update packages, checked whole before anything is applied."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.sync import PackageError, PackageTooNewError
from desktop_app.workspace import Workspace
from tests.helpers.sync_platform import bundled_count, codes, dump, fill, matches_platform
from tests.platform_server import PlatformServer, standard_data


@pytest.fixture
def platform() -> PlatformServer:
    """The platform's history only: packages are written from it, no HTTP needed."""
    server = PlatformServer()
    fill(server)
    return server


@pytest.fixture
def offline(ws: Workspace, platform: PlatformServer) -> Workspace:
    ws.sync.add_trusted_key(platform.key_id, platform.public_key_b64)
    return ws


def test_full_package_replaces_the_bundled_catalogue(offline, platform, tmp_path: Path) -> None:
    package = tmp_path / "full.zip"
    platform.make_offline_package(package, 0, limit=4)
    seen: list[tuple[int, int]] = []

    result = offline.sync.import_package(package, progress=lambda a, t: seen.append((a, t)))

    matches_platform(offline, platform)
    assert result.full_pass and result.pages == 4 and result.source == str(package)
    assert (result.standards.added, result.standards.changed, result.standards.removed) == (
        9,
        1,
        bundled_count("standard") - 1,
    )
    assert seen[-1] == (15, 15)
    assert offline.sync.status().platform_synced


def test_incremental_package_older_package_and_too_new_package(offline, platform, tmp_path: Path) -> None:
    platform.make_offline_package(tmp_path / "full.zip", 0, limit=4)
    offline.sync.import_package(tmp_path / "full.zip")
    platform.upsert("standard", standard_data("GB/T 5000-2026"))
    platform.delete("standard", "GB/T 1000-2020")
    platform.make_offline_package(tmp_path / "from-12.zip", 12, limit=4)  # overlaps what we have
    platform.make_offline_package(tmp_path / "from-16.zip", 16, limit=4)  # starts after what we have

    before = dump(offline, catalogue=True)
    with pytest.raises(PackageTooNewError, match="starts at catalogue version 16.*at version 15"):
        offline.sync.import_package(tmp_path / "from-16.zip")
    assert dump(offline, catalogue=True)["standards"] == before["standards"]

    result = offline.sync.import_package(tmp_path / "from-12.zip")
    assert not result.full_pass and (result.from_version, result.to_version) == (15, 17)
    assert (result.standards.added, result.standards.removed) == (1, 1)
    matches_platform(offline, platform)

    again = offline.sync.import_package(tmp_path / "from-12.zip")
    assert again.package_not_newer and not again.changed and again.pages == 0
    assert offline.sync.import_package(tmp_path / "full.zip").package_not_newer
    matches_platform(offline, platform)


def test_a_tampered_page_refuses_the_whole_package(offline, platform, tmp_path: Path) -> None:
    platform.make_offline_package(tmp_path / "bad.zip", 0, limit=4, tamper=2)
    before = dump(offline, catalogue=True)
    with pytest.raises(PackageError, match="page-00003.json"):
        offline.sync.import_package(tmp_path / "bad.zip")
    after = dump(offline, catalogue=True)
    after["sync_state"] = before["sync_state"]  # last_sync_error was recorded
    assert after == before and len(codes(offline)) == bundled_count("standard")
    assert "page-00003.json" in offline.sync.status().last_sync_error


def test_a_package_signed_by_an_untrusted_key_is_refused(ws, platform, tmp_path: Path) -> None:
    platform.make_offline_package(tmp_path / "full.zip", 0)
    ws.sync.add_trusted_key("other", PlatformServer().public_key_b64)
    with pytest.raises(PackageError, match="not trusted"):
        ws.sync.import_package(tmp_path / "full.zip")
    assert ws.catalogue.version() == 0 and len(codes(ws)) == bundled_count("standard")
