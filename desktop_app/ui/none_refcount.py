"""WORKAROUND: PySide6 6.12 (abi3 wheels) under CPython 3.11 returns None from void methods
without taking a reference, so each `label.setText(...)` drops one reference to None; once
its count reaches zero the process aborts ("Fatal Python error: none_dealloc"), seen after a
few thousand dialog edits and at the end of a GUI test run. Python 3.12 made None immortal
(PEP 683), which is what the wheels assume; this gives CPython 3.11 the same by raising
None's count out of reach. Remove when Python 3.11 is no longer supported or PySide6
takes its references again (check: `sys.getrefcount(None)` before and after 100
`QLabel().setText("x")` calls must be equal).
"""

from __future__ import annotations

import ctypes
import platform
import sys

_RAISE_BY = 1 << 40


def make_none_immortal() -> bool:
    """Raise the counts of None, True and False far beyond any run's leaks; True when done.

    (True and False lose references the same way, less often: seen as "bool_dealloc".)
    """
    if sys.version_info >= (3, 12) or platform.python_implementation() != "CPython":
        return False
    if sys.getrefcount(None) > _RAISE_BY // 2:  # done already
        return False
    fields = [ctypes.c_ssize_t.from_address(id(s)) for s in (None, True, False)]
    # ob_refcnt is the first field of an object in a release build of CPython 3.11; a build
    # with another layout (Py_TRACE_REFS) is left alone rather than corrupted
    if any(abs(f.value - sys.getrefcount(s)) > 8 for f, s in zip(fields, (None, True, False), strict=True)):
        return False
    for field in fields:
        field.value += _RAISE_BY
    return True
