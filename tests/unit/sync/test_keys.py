"""Keys shipped in resources/keys: .pub files (base64 or PEM) and trusted_keys.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from desktop_app.sync.errors import TrustedKeyError
from desktop_app.sync.keys import bundled_keys
from tests.platform_server import make_key_pair, public_key_b64

REPO_RESOURCES = Path(__file__).resolve().parents[3] / "resources"


def test_missing_or_empty_folder_means_no_keys(tmp_path: Path) -> None:
    assert bundled_keys(tmp_path) == {}
    (tmp_path / "keys").mkdir()
    (tmp_path / "keys" / "README.md").write_text("no keys yet")
    assert bundled_keys(tmp_path) == {}


def test_shipped_folder_loads() -> None:
    keys = bundled_keys(REPO_RESOURCES)
    assert all(len(raw) == 32 for raw in keys.values())


def test_pub_files_json_and_pem(tmp_path: Path) -> None:
    folder = tmp_path / "keys"
    folder.mkdir()
    a, b, c = make_key_pair(), make_key_pair(), make_key_pair()
    (folder / "platform-2026.pub").write_text(f"# platform key, 2026\n{public_key_b64(a)}\n")
    pem = b.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    (folder / "platform-pem.pub").write_bytes(pem)
    (folder / "trusted_keys.json").write_text(json.dumps({"platform-2027": public_key_b64(c)}))
    keys = bundled_keys(tmp_path)
    assert sorted(keys) == ["platform-2026", "platform-2027", "platform-pem"]
    raw = b.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    assert keys["platform-pem"] == raw


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("bad.pub", "not-a-key"),
        ("two.pub", "AAAA\nBBBB\n"),
        ("trusted_keys.json", "[1]"),
        ("trusted_keys.json", '{"k": 5}'),
        ("trusted_keys.json", "{oops"),
    ],
)
def test_malformed_shipped_key_raises(tmp_path: Path, name: str, content: str) -> None:
    (tmp_path / "keys").mkdir()
    (tmp_path / "keys" / name).write_text(content)
    with pytest.raises(TrustedKeyError):
        bundled_keys(tmp_path)
