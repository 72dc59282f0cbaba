"""Reading `.xlsx` and `.csv` files into rows of cells, whatever wrote them.

Chinese Excel saves "CSV" in the system code page (GBK, which GB18030
extends), newer versions UTF-8 with a BOM, and "Unicode text" as tab-separated
UTF-16; European Excel separates with semicolons. The encoding and the
separator are detected, and the caller may override the encoding.

Every file is hostile until read: both readers hold it to the ceilings of
`limits.SheetLimits` (rows, columns, bytes, CSV line length), and `.xlsx`
is parsed as a stream by `xlsx_stream` rather than trusted to openpyxl.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path

from ..core.bounded import LimitExceeded, copy_bounded
from ..core.reasons import Reason
from .errors import ImportFileError
from .formula_guard import unescape_formula
from .limits import SheetLimits
from .sheet import RowCeilings, Sheet, empty

__all__ = ["SEPARATORS", "SPREADSHEET_SUFFIXES", "Sheet", "detect_encoding", "read_sheets", "sniff_separator"]

SEPARATORS = (",", ";", "\t")
SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm")
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")


def read_sheets(path: Path, *, encoding: str | None = None, limits: SheetLimits | None = None) -> list[Sheet]:
    """Every sheet of a workbook, or the one table of a CSV file, within `limits`.

    `limits` defaults to `SheetLimits.from_env()`; crossing one raises an
    `ImportFileError` whose reason names the ceiling and where it was crossed.
    """
    path = Path(path)
    if not path.is_file():
        raise ImportFileError(str(path), Reason.NO_SUCH_FILE)
    limits = limits or SheetLimits.from_env()
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise ImportFileError(str(path), Reason.OLD_XLS)
    if path.stat().st_size > limits.bytes:
        raise _too_large(path, limits)
    if suffix in SPREADSHEET_SUFFIXES:
        from .xlsx_stream import read_xlsx  # CSV-only imports need not load openpyxl

        return read_xlsx(path, limits)
    return [_read_csv(path, encoding, limits)]


def _too_large(path: Path, limits: SheetLimits) -> ImportFileError:
    limit = limits.bytes
    return ImportFileError(
        str(path), Reason.SHEET_TOO_LARGE, limit=limit, limit_mb=round(limit / 2**20, 1), member=path.name
    )


def detect_encoding(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 (a superset of GBK and GB2312)."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return "gb18030"
    return "utf-8"


def sniff_separator(text: str) -> str:
    """The separator that splits the header line into the most fields (comma on a tie)."""
    # the first megabyte is enough: a longer line is refused by the reader anyway
    header = next((line for line in text[:1_000_000].splitlines() if line.strip()), "")
    counts = {sep: len(next(csv.reader([header], delimiter=sep), [])) for sep in SEPARATORS}
    best = max(SEPARATORS, key=lambda sep: (counts[sep], sep == ","))
    return best


def _lines(path: Path, text: str, limits: SheetLimits) -> Iterator[str]:
    """The lines of `text` (line ends kept, as csv wants them), refusing one longer than the ceiling."""
    # slices of `text`, split like a file opened with newline="" (\r\n, \r or \n kept);
    # io.StringIO would first copy the whole text at four bytes a character
    for number, match in enumerate(_LINE.finditer(text), start=1):
        line = match.group()
        if len(line) > limits.line_chars:
            raise ImportFileError(str(path), Reason.CSV_LINE_TOO_LONG, limit=limits.line_chars, row=number)
        yield line


def _read_csv(path: Path, encoding: str | None, limits: SheetLimits) -> Sheet:
    buffer = io.BytesIO()
    try:
        with path.open("rb") as fh:  # counted: the file may have grown since it was measured
            copy_bounded(fh, buffer, limit=limits.bytes)  # in chunks: no buffer of the ceiling's size
    except LimitExceeded:
        raise _too_large(path, limits) from None
    except OSError as exc:  # no permission, a device error
        raise ImportFileError(str(path), Reason.CSV_UNREADABLE, detail=str(exc.strerror or exc)) from None
    data = buffer.getvalue()
    del buffer
    chosen = encoding or detect_encoding(data)
    try:
        text = data.decode(chosen)
    except UnicodeDecodeError as exc:
        raise ImportFileError(str(path), Reason.WRONG_ENCODING, encoding=chosen, byte=exc.start) from None
    except LookupError:  # no such codec, or one that is not a text encoding (rot13, base64)
        raise ImportFileError(str(path), Reason.UNKNOWN_ENCODING, encoding=chosen) from None
    del data
    if chosen in ("utf-8", "gb18030", "gbk", "gb2312") and text.startswith("\ufeff"):
        text = text[1:]
    if "\x00" in text:
        raise ImportFileError(str(path), Reason.NOT_TEXT)
    separator = sniff_separator(text)
    ceilings = RowCeilings(str(path), limits)
    rows = []
    try:
        for number, record in enumerate(csv.reader(_lines(path, text, limits), delimiter=separator), 1):
            cells: dict[int, object] = {}
            for column, cell in enumerate(record, start=1):
                if not empty(cell):
                    ceilings.check_column(path.name, number, column)
                if column <= limits.columns:
                    cells[column] = unescape_formula(cell)
            row = ceilings.row(path.name, number, cells)
            if row is not None:
                rows.append((number, row))
    except csv.Error as exc:
        raise ImportFileError(str(path), Reason.CSV_UNREADABLE, detail=str(exc)) from None
    return Sheet(path.name, rows, encoding=chosen, separator=separator)
