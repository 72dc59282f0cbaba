"""Platform public keys shipped with the app in `resources/keys/`.

The firm adds keys with `trust-key add`; these are trusted on top of those,
so a release can carry the platform's key (and, at a rotation, the next
one) without the user typing anything. Two forms are read:

- `<key-id>.pub`: the raw 32-byte Ed25519 key in base64 on one line (lines
  starting with `#` are comments), or a PEM `PUBLIC KEY` block;
- `trusted_keys.json`: `{"<key-id>": "<base64>", ...}`.

A malformed shipped key is a packaging fault: it raises rather than being
skipped, so it cannot go unnoticed into a release.
"""

from __future__ import annotations

import json
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from desktop_app.core.reasons import Reason

from .errors import TrustedKeyError
from .signatures import load_public_key

KEYS_DIR = "keys"
KEYS_JSON = "trusted_keys.json"


def _read_pub(path: Path) -> bytes:
    text = path.read_text(encoding="utf-8")
    key_id = path.stem
    if "-----BEGIN" in text:
        try:
            key = serialization.load_pem_public_key(text.encode("ascii"))
        except ValueError:
            raise TrustedKeyError(key_id, Reason.KEY_FILE_NOT_PEM, file=path.name) from None
        if not isinstance(key, Ed25519PublicKey):
            raise TrustedKeyError(key_id, Reason.KEY_NOT_ED25519, file=path.name)
        return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    lines = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    if len(lines) != 1:
        raise TrustedKeyError(key_id, Reason.KEY_FILE_ONE_LINE, file=path.name)
    return load_public_key(lines[0], key_id=key_id)


def bundled_keys(resources_dir: Path | str) -> dict[str, bytes]:
    """Key id → raw public key for every key shipped under `resources_dir/keys`.

    A missing folder means no shipped keys (an empty dict), not an error.
    """
    folder = Path(resources_dir) / KEYS_DIR
    keys: dict[str, bytes] = {}
    if not folder.is_dir():
        return keys
    for path in sorted(folder.glob("*.pub")):
        keys[path.stem] = _read_pub(path)
    json_path = folder / KEYS_JSON
    if json_path.is_file():
        try:
            data = json.loads(json_path.read_text(encoding="utf-8"))
        except ValueError as exc:
            raise TrustedKeyError(
                KEYS_JSON, Reason.KEYS_FILE_INVALID, file=KEYS_JSON, detail=str(exc)
            ) from None
        if not isinstance(data, dict):
            raise TrustedKeyError(KEYS_JSON, Reason.KEYS_FILE_INVALID, file=KEYS_JSON)
        for key_id, b64 in data.items():
            if not isinstance(b64, str):
                raise TrustedKeyError(str(key_id), Reason.KEYS_FILE_INVALID, file=KEYS_JSON)
            keys[str(key_id)] = load_public_key(b64, key_id=str(key_id))
    return keys
