"""Ed25519 page signatures: the header format and every way a page must be rejected."""

from __future__ import annotations

import base64

import pytest

from desktop_app.sync.errors import SignatureError, TrustedKeyError
from desktop_app.sync.signatures import load_public_key, parse_signature_header, verify_page
from tests.platform_server import make_key_pair, public_key_b64

BODY = b'{"protocol":1,"since":0,"next":0,"latest":0,"has_more":false,"changes":[]}'


@pytest.fixture
def key():
    return make_key_pair()


def header(key, body: bytes = BODY, key_id: str = "k1") -> str:
    return f"ed25519:{key_id}:{base64.b64encode(key.sign(body)).decode()}"


def trusted(key, key_id: str = "k1") -> dict[str, bytes]:
    return {key_id: load_public_key(public_key_b64(key))}


def test_good_signature_returns_key_id(key) -> None:
    assert verify_page(BODY, header(key), trusted(key)) == "k1"


def test_second_trusted_key_is_used_by_id(key) -> None:
    other = make_key_pair()
    keys = {**trusted(key), **trusted(other, "k2")}
    assert verify_page(BODY, header(other, key_id="k2"), keys) == "k2"


def test_key_id_may_contain_colons(key) -> None:
    assert (
        verify_page(BODY, header(key, key_id="platform:2026"), trusted(key, "platform:2026"))
        == "platform:2026"
    )


def test_unpadded_base64_is_accepted(key) -> None:
    value = header(key).rstrip("=")
    assert verify_page(BODY, value, trusted(key)) == "k1"


@pytest.mark.parametrize("value", [None, "", "   "])
def test_missing_signature(key, value) -> None:
    with pytest.raises(SignatureError, match="no signature"):
        verify_page(BODY, value, trusted(key), source="page 1")


@pytest.mark.parametrize(
    "value",
    [
        "ed25519",
        "ed25519:k1",
        "rsa:k1:AAAA",
        "ed25519::" + "A" * 88,
        "ed25519:k1:not*base64",
        "ed25519:k1:" + base64.b64encode(b"short").decode(),
    ],
)
def test_malformed_header(key, value: str) -> None:
    with pytest.raises(SignatureError) as info:
        verify_page(BODY, value, trusted(key), source="page 1")
    assert info.value.source == "page 1"


def test_unknown_key(key) -> None:
    with pytest.raises(SignatureError, match="not trusted") as info:
        verify_page(BODY, header(key, key_id="k9"), trusted(key))
    assert info.value.key_id == "k9"


def test_right_id_wrong_key(key) -> None:
    impostor = make_key_pair()
    with pytest.raises(SignatureError, match="does not match"):
        verify_page(BODY, header(impostor), trusted(key))


def test_tampered_body(key) -> None:
    tampered = BODY.replace(b'"next":0', b'"next":9')
    with pytest.raises(SignatureError, match="does not match") as info:
        verify_page(tampered, header(key), trusted(key))
    assert info.value.key_id == "k1"


def test_one_byte_more_whitespace_fails(key) -> None:
    with pytest.raises(SignatureError):
        verify_page(BODY + b"\n", header(key), trusted(key))


def test_parse_signature_header(key) -> None:
    key_id, sig = parse_signature_header(header(key))
    assert key_id == "k1" and len(sig) == 64


def test_load_public_key(key) -> None:
    assert len(load_public_key(public_key_b64(key))) == 32


@pytest.mark.parametrize(
    "value",
    ["", "not base64!", base64.b64encode(b"x" * 31).decode(), base64.b64encode(b"x" * 64).decode()],
)
def test_load_public_key_refuses(value: str) -> None:
    with pytest.raises(TrustedKeyError) as info:
        load_public_key(value, key_id="k1")
    assert info.value.key_id == "k1"
