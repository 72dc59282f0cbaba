"""What an import reports when a row or a whole file cannot be read.

Both carry data, not prose: the CLI prints them, the GUI's import dialog
puts them in its error table, and a row error names the file, the row as
the spreadsheet shows it (1 = the first line), the column as written in
the file's header, the value and the reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..core.errors import AssistantError


@dataclass(frozen=True)
class RowError:
    file: str
    row: int
    column: str
    value: str
    reason: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.row}"
        if self.column:
            where += f" [{self.column}]"
        shown = f" {self.value!r}" if self.value != "" else ""
        return f"{where}{shown}: {self.reason}"


@dataclass
class ImportFileError(AssistantError):
    """The file as a whole cannot be imported: unreadable, or required columns missing."""

    file: str
    reason: str
    missing: tuple[str, ...] = field(default_factory=tuple)

    def __str__(self) -> str:
        text = f"{self.file}: {self.reason}"
        if self.missing:
            text += " (" + ", ".join(self.missing) + ")"
        return text
