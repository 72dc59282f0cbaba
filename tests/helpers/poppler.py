"""poppler-utils (`pdftotext`, `pdftoppm`) for the tests that read a PDF's layout back.

A missing tool fails the test, naming the package, rather than skipping it:
these tests are the proof that nothing runs into the margins and that the
result column is wide enough, and CI installs the package (`.ci/run`), so a
skip there would hide a broken setup behind a green run.
"""

from __future__ import annotations

import shutil

import pytest

PACKAGE = "poppler-utils"


def require(tool: str) -> str:
    """The path of `tool`, or the test fails saying which package to install."""
    path = shutil.which(tool)
    if path is None:
        pytest.fail(
            f"`{tool}` not found: install {PACKAGE} (Debian/Ubuntu: sudo apt-get install {PACKAGE})",
            pytrace=False,
        )
    return path
