"""Reading what came from outside without trusting its sizes or its shape.

A zip member's header says how large it is, but the header is written by
whoever made the file: a 2 MB member can inflate to gigabytes. Members are
therefore read through `read_bounded`/`copy_bounded`, which count the
bytes as they come and stop at a limit (the declared size, or a ceiling,
whichever is smaller) instead of believing the header. JSON from outside
is checked for depth before it is parsed (`loads_json`), so a document of
`[[[[...]]]]` is refused instead of ending in `RecursionError`.
"""

from __future__ import annotations

import json
import re
import zipfile
import zlib
from typing import IO, Any, Protocol

CHUNK = 1 << 20
MAX_JSON_DEPTH = 64  # a page or a manifest needs 5


# What Python's zipfile raises for a file that is damaged or made to look odd,
# besides OSError: a central directory that names a "version 24.4" extractor
# (NotImplementedError), a name that is not UTF-8 (UnicodeDecodeError, a
# ValueError), an encrypted member (RuntimeError), a broken deflate stream.
# Callers catch this one tuple, so a hostile file is refused, never a traceback.
ZIP_READ_ERRORS: tuple[type[Exception], ...] = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    EOFError,
    NotImplementedError,
    ValueError,
    RuntimeError,
)
ZIP_OR_OS_ERRORS: tuple[type[Exception], ...] = (*ZIP_READ_ERRORS, OSError)


class Writer(Protocol):
    def write(self, data: bytes, /) -> int: ...


class LimitExceeded(ValueError):
    """More bytes, or deeper nesting, than `limit` allows."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"over the limit of {limit}")
        self.limit = limit


def read_bounded(src: IO[bytes], *, limit: int) -> bytes:
    """All of `src`, or LimitExceeded as soon as more than `limit` bytes came."""
    data = src.read(limit + 1)
    if len(data) > limit:
        raise LimitExceeded(limit)
    return data


def copy_bounded(src: IO[bytes], dst: Writer, *, limit: int) -> int:
    """Copy `src` to `dst` chunk by chunk; LimitExceeded before writing byte `limit + 1`."""
    done = 0
    while True:
        chunk = src.read(min(CHUNK, limit + 1 - done))
        if not chunk:
            return done
        done += len(chunk)
        if done > limit:
            raise LimitExceeded(limit)
        dst.write(chunk)


class BoundedReader:
    """A read-only stream over `src` that raises LimitExceeded once more than `limit` bytes came.

    For parsers that pull from a file object as they go (an XML iterparse over a
    zip member): the whole member never has to be in memory, and a member that
    inflates beyond its ceiling stops the parse instead of exhausting memory.
    Several readers may share one budget by passing `start`, the bytes already used.
    """

    def __init__(self, src: IO[bytes], *, limit: int, start: int = 0) -> None:
        self._src = src
        self.limit = limit
        self.count = start

    def read(self, size: int = -1, /) -> bytes:
        room = self.limit + 1 - self.count
        data = self._src.read(room if size is None or size < 0 else min(size, room))
        self.count += len(data)
        if self.count > self.limit:
            raise LimitExceeded(self.limit)
        return data


_STRINGS = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKETS = re.compile(rb"[\[\]{}]")


def json_depth(raw: bytes | str) -> int:
    """How deep `raw`'s arrays and objects nest (strings skipped), without parsing it."""
    data = raw.encode("utf-8", "surrogatepass") if isinstance(raw, str) else raw
    depth = deepest = 0
    for m in _BRACKETS.finditer(_STRINGS.sub(b'""', data)):
        if m.group() in (b"[", b"{"):
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


def loads_json(raw: bytes | str, *, max_depth: int = MAX_JSON_DEPTH) -> Any:
    """`json.loads(raw)`, refusing (LimitExceeded) nesting deeper than `max_depth` first.

    Other faults are json's own `ValueError` (and `UnicodeDecodeError`, a ValueError too).
    """
    if json_depth(raw) > max_depth:
        raise LimitExceeded(max_depth)
    try:
        return json.loads(raw)
    except RecursionError:  # cannot happen below max_depth; kept so no traceback escapes
        raise LimitExceeded(max_depth) from None
