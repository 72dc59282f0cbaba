"""A sheet as the readers return it, and the row and column ceilings both readers apply.

The ceilings count data, not cells: a blank row, an empty cell, or a cell
that is only formatted (Excel stores those as far right as column XFD) does
not count; a value beyond the last column read, or one data row more than
the ceiling, stops the read with an `ImportFileError` naming where.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ..core.reasons import Reason
from .errors import ImportFileError
from .limits import SheetLimits


@dataclass(frozen=True)
class Sheet:
    """Rows of one sheet: (row number as the spreadsheet shows it, cells); blank rows left out."""

    name: str
    rows: list[tuple[int, list[object]]]
    encoding: str | None = None  # CSV only: the encoding used
    separator: str | None = None  # CSV only


def empty(cell: object) -> bool:
    """No data: nothing, or only blanks."""
    return cell is None or (isinstance(cell, str) and not cell.strip())


def column_letter(number: int) -> str:
    """1 → A, 27 → AA, 16384 → XFD."""
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


class RowCeilings:
    """Counts the data rows of one file and refuses a value beyond the last column read."""

    def __init__(self, file: str, limits: SheetLimits) -> None:
        self.file = file
        self.limits = limits
        self.data_rows = 0

    def check_column(self, sheet: str, row: int, column: int) -> None:
        """Called for a cell that holds data, before it is kept."""
        if column > self.limits.columns:
            raise ImportFileError(
                self.file,
                Reason.SHEET_TOO_MANY_COLUMNS,
                limit=self.limits.columns,
                limit_column=column_letter(self.limits.columns),
                sheet=sheet,
                row=row,
                column=column_letter(column),
            )

    def row(self, sheet: str, row: int, cells: Mapping[int, object]) -> list[object] | None:
        """The row's cells (1-based columns) as a list up to its last value; None for a blank row.

        Every column in `cells` must already have passed `check_column` if it holds data.
        """
        last = max((c for c, v in cells.items() if not empty(v)), default=0)
        if not last:
            return None
        self.data_rows += 1
        if self.data_rows > self.limits.rows:
            raise ImportFileError(
                self.file, Reason.SHEET_TOO_MANY_ROWS, limit=self.limits.rows, sheet=sheet, row=row
            )
        return [cells.get(c) for c in range(1, last + 1)]
