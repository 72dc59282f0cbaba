"""What an import reports when a row or a whole file cannot be read.

Both carry a reason code and parameters, never prose: the CLI words them
with its message table, the GUI's import dialog with `ui/messages/`. A row
error names the file, the row as the spreadsheet shows it (1 = the first
line), the column as written in the file's header and the value.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..core.errors import AssistantError
from ..core.reasons import Reason, describe


class CellError(ValueError):
    """A cell's parser refused the value; the row reader turns it into a `RowError`."""

    def __init__(self, code: Reason, **params: Any) -> None:
        super().__init__(describe(code, params))
        self.code = code
        self.params = params


@dataclass(frozen=True)
class RowError:
    file: str
    row: int
    column: str
    value: str
    code: Reason
    params: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    @property
    def text(self) -> str:
        """The reason in plain English (logs, tests); the UI and CLI use their tables."""
        return describe(self.code, self.params)

    def __str__(self) -> str:
        where = f"{self.file}:{self.row}"
        if self.column:
            where += f" [{self.column}]"
        shown = f" {self.value!r}" if self.value != "" else ""
        return f"{where}{shown}: {self.text}"


class ImportFileError(AssistantError):
    """The file as a whole cannot be imported or written: unreadable, or required columns missing.

    `missing` names the needed columns (also in `params["columns"]`).
    """

    def __init__(self, file: str, code: Reason, missing: tuple[str, ...] = (), **params: Any) -> None:
        params.setdefault("columns", list(missing))
        super().__init__(code, file=file, **params)
        self.file = file
        self.missing = tuple(missing)

    def __str__(self) -> str:
        return f"{self.file}: {describe(self.code, self.params)}"
