"""Ed25519 page signatures: `X-Catalogue-Signature: ed25519:<key-id>:<base64>`.

A page is trusted only if its exact body bytes (after any Content-Encoding
is removed) verify under a platform key the firm trusts. The check runs
before the body is even parsed, so a forged page never reaches the schema
code, let alone the database.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from desktop_app.core.reasons import Reason

from .errors import SignatureError, TrustedKeyError

SIGNATURE_HEADER = "X-Catalogue-Signature"
_ALGORITHM = "ed25519"
_KEY_BYTES = 32
_SIGNATURE_BYTES = 64


def _b64decode(text: str) -> bytes:
    """Standard base64; padding optional, whitespace and other alphabets refused."""
    text = text.strip()
    padded = text + "=" * (-len(text) % 4)
    return base64.b64decode(padded, validate=True)


def load_public_key(b64: str, *, key_id: str = "") -> bytes:
    """The raw 32 bytes of an Ed25519 public key given in base64, checked.

    Raises `TrustedKeyError` for bad base64, a wrong length, or bytes that
    are not a point on the curve, so a typo in `trust-key add` is caught
    when it is typed rather than at the next sync.
    """
    try:
        raw = _b64decode(b64)
    except (binascii.Error, ValueError):
        raise TrustedKeyError(key_id, Reason.KEY_NOT_BASE64) from None
    if len(raw) != _KEY_BYTES:
        raise TrustedKeyError(key_id, Reason.KEY_LENGTH, length=len(raw))
    try:
        Ed25519PublicKey.from_public_bytes(raw)
    except ValueError:
        raise TrustedKeyError(key_id, Reason.KEY_NOT_ED25519) from None
    return raw


def parse_signature_header(value: str) -> tuple[str, bytes]:
    """Split the header into (key id, 64 signature bytes); `SignatureError` if malformed."""
    algorithm, sep, rest = value.strip().partition(":")
    key_id, sep2, b64 = rest.rpartition(":")
    if not sep or not sep2 or algorithm != _ALGORITHM or not key_id:
        raise SignatureError(Reason.SIGNATURE_MALFORMED)
    try:
        signature = _b64decode(b64)
    except (binascii.Error, ValueError):
        raise SignatureError(Reason.SIGNATURE_NOT_BASE64, key_id) from None
    if len(signature) != _SIGNATURE_BYTES:
        raise SignatureError(Reason.SIGNATURE_LENGTH, key_id, length=len(signature))
    return key_id, signature


def verify_page(
    body: bytes,
    header: str | None,
    trusted_keys: Mapping[str, bytes],
    *,
    source: str = "",
) -> str:
    """Check `body` against its signature header; return the key id that signed it.

    Raises `SignatureError` when the header is missing or malformed, names a
    key the firm does not trust, or does not verify.
    """
    if header is None or not header.strip():
        raise SignatureError(Reason.SIGNATURE_MISSING, source=source)
    try:
        key_id, signature = parse_signature_header(header)
    except SignatureError as exc:
        exc.source = source
        raise
    raw_key = trusted_keys.get(key_id)
    if raw_key is None:
        raise SignatureError(Reason.SIGNATURE_UNTRUSTED, key_id, source)
    try:
        Ed25519PublicKey.from_public_bytes(raw_key).verify(signature, body)
    except InvalidSignature:
        raise SignatureError(Reason.SIGNATURE_MISMATCH, key_id, source) from None
    except ValueError:
        raise SignatureError(Reason.SIGNATURE_BAD_KEY, key_id, source) from None
    return key_id
