"""How much of a spreadsheet from outside is read before it is refused.

A spreadsheet is small on disk and may still be huge once read: an .xlsx is
a zip of XML, so 100 KB can declare a cell in column XFD on every row or
three million rows, and a CSV can be one endless line. The readers stop at
the first ceiling crossed and say which one (an `ImportFileError` whose
reason names the ceiling, its value and where it was crossed).

The defaults are far above what an import needs (a product list has 18
columns, a certificate register 14, a results sheet a few dozen; a small
firm has hundreds to a few thousand SKUs) and far below what would exhaust
a 4 GB office PC. Each can be raised by an environment variable, like the
scan size (`TEXTILE_ASSISTANT_MAX_SCAN_MB`):

- `TEXTILE_ASSISTANT_MAX_SHEET_ROWS`: rows holding data in the whole file,
  every sheet together (header and title rows count, blank rows do not),
  20,000 by default;
- `TEXTILE_ASSISTANT_MAX_SHEET_COLUMNS`: the last column that may hold a value,
  200 by default (empty cells further right, only formatted, do not count);
- `TEXTILE_ASSISTANT_MAX_SHEET_MB`: the bytes read, 64 MB by default: a CSV's
  size, or the uncompressed XML of an .xlsx (workbook, strings, styles and
  sheets together, counted as they inflate, whatever the zip headers say).

A CSV line may hold at most `line_chars` characters (1,000,000).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

ROWS_ENV = "TEXTILE_ASSISTANT_MAX_SHEET_ROWS"
COLUMNS_ENV = "TEXTILE_ASSISTANT_MAX_SHEET_COLUMNS"
BYTES_ENV = "TEXTILE_ASSISTANT_MAX_SHEET_MB"

DEFAULT_ROWS = 20_000
DEFAULT_COLUMNS = 200
DEFAULT_BYTES = 64 * 1024 * 1024
DEFAULT_LINE_CHARS = 1_000_000


@dataclass(frozen=True)
class SheetLimits:
    """The ceilings one read of a spreadsheet file is held to."""

    rows: int = DEFAULT_ROWS
    columns: int = DEFAULT_COLUMNS
    bytes: int = DEFAULT_BYTES
    line_chars: int = DEFAULT_LINE_CHARS

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> SheetLimits:
        """The defaults, each replaced by its environment variable when that is a positive number."""
        env = os.environ if env is None else env
        mb = _positive(env.get(BYTES_ENV), float)
        return cls(
            rows=int(_positive(env.get(ROWS_ENV), int) or DEFAULT_ROWS),
            columns=int(_positive(env.get(COLUMNS_ENV), int) or DEFAULT_COLUMNS),
            bytes=int(mb * 1024 * 1024) if mb else DEFAULT_BYTES,
        )


def _positive(raw: str | None, kind: type[int | float]) -> float:
    """`raw` as a positive number, or 0 when it is unset, not a number, or not positive."""
    try:
        value = kind(raw or "")
    except ValueError:
        return 0
    return value if 0 < value < float("inf") else 0  # NaN compares false
