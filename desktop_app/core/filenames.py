"""Stored file names are names, never paths.

A scan's file name is kept in the database and joined to the `scans/`
folder when the scan is opened, copied or backed up. A database from
outside (a restored archive) could hold `../../etc/passwd`, `C:\\x` or
`/etc/passwd` there; joined as given, that opens a file anywhere. Every
name is checked by `check_plain_name` where it comes in (restore) and where
it is used (`inside`), which also proves the joined path stays in its folder.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath, PureWindowsPath

from .errors import AssistantError
from .reasons import Reason

MAX_NAME_BYTES = 255  # NTFS, ext4 and APFS alike
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}


def is_plain_name(name: object) -> bool:
    """Whether `name` is one file name: no separator, no `..`, no drive, not absolute,
    no control character, not a Windows device name, at most 255 bytes of UTF-8."""
    if not isinstance(name, str) or name in ("", ".", ".."):
        return False
    if any(ch in name for ch in "/\\:") or any(ord(ch) < 32 or ord(ch) == 127 for ch in name):
        return False
    if PurePosixPath(name).is_absolute() or PureWindowsPath(name).drive or PureWindowsPath(name).root:
        return False
    if name.split(".")[0].strip().lower() in _RESERVED or name != name.rstrip(". "):
        return False
    try:
        return len(name.encode("utf-8")) <= MAX_NAME_BYTES
    except UnicodeEncodeError:  # a lone surrogate
        return False


def check_plain_name(name: object) -> str:
    """`name` when it is a plain file name (see `is_plain_name`), else AssistantError(UNSAFE_FILE_NAME)."""
    if not is_plain_name(name):
        raise AssistantError(Reason.UNSAFE_FILE_NAME, name=_shown(name))
    assert isinstance(name, str)
    return name


def inside(folder: Path, name: object) -> Path:
    """`folder / name`, after checking `name` is plain and the resolved path stays in `folder`
    (a symbolic link inside the folder pointing out of it is refused too)."""
    path = folder / check_plain_name(name)
    base = folder.resolve()
    if not path.resolve().is_relative_to(base):
        raise AssistantError(Reason.UNSAFE_FILE_NAME, name=_shown(name))
    return path


def _shown(name: object) -> str:
    text = repr(name) if not isinstance(name, str) else name
    text = "".join(ch if ch.isprintable() else f"\\x{ord(ch):02x}" for ch in text)
    return text if len(text) <= 80 else text[:77] + "..."
