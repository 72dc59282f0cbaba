"""What many test modules share: factories, fixtures' machinery, the CLI runner.

Test modules import from here, never from one another, so each test file
stands for the module it tests and nothing else.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

TODAY = dt.date(2026, 11, 28)
"""The fixed "today" of every workspace the fixtures open."""

ROOT = Path(__file__).resolve().parents[2]
"""The checkout under test (its `desktop_app/` and `resources/`)."""
