"""Zip files whose central directory is made odd in ways Python's zipfile refuses with
exceptions other than BadZipFile: each reader must turn them into its one clear error."""

from __future__ import annotations

import struct
from pathlib import Path

CENTRAL = b"PK\x01\x02"
UTF8_NAME_FLAG = 0x800


def _entries(data: bytearray) -> list[int]:
    found, start = [], 0
    while (start := data.find(CENTRAL, start)) != -1:
        found.append(start)
        start += 4
    return found


def claim_extract_version(path: Path, version: int = 244) -> Path:
    """Every central entry asks for a newer extractor (zipfile: NotImplementedError 'zip file version')."""
    data = bytearray(path.read_bytes())
    for at in _entries(data):
        struct.pack_into("<H", data, at + 6, version)
    path.write_bytes(bytes(data))
    return path


def claim_utf8_names(path: Path) -> Path:
    """The first central entry says its name is UTF-8 and its name's first byte is 0xFF
    (zipfile: UnicodeDecodeError, a ValueError)."""
    data = bytearray(path.read_bytes())
    at = _entries(data)[0]
    (flags,) = struct.unpack_from("<H", data, at + 8)
    struct.pack_into("<H", data, at + 8, flags | UTF8_NAME_FLAG)
    data[at + 46] = 0xFF
    path.write_bytes(bytes(data))
    return path


ODD_ZIPS = {"newer extractor": claim_extract_version, "name not UTF-8": claim_utf8_names}
