"""Reading `.xlsx` and `.csv` files into rows of cells, whatever wrote them.

Chinese Excel saves "CSV" in the system code page (GBK, which GB18030
extends), newer versions UTF-8 with a BOM, and "Unicode text" as tab-separated
UTF-16; European Excel separates with semicolons. The encoding and the
separator are detected, and the caller may override the encoding.
"""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from ..core.reasons import Reason
from .errors import ImportFileError
from .formula_guard import unescape_formula

SEPARATORS = (",", ";", "\t")
SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm")


@dataclass(frozen=True)
class Sheet:
    """Rows of one sheet: (row number as the spreadsheet shows it, cells); blank rows left out."""

    name: str
    rows: list[tuple[int, list[object]]]
    encoding: str | None = None  # CSV only: the encoding used
    separator: str | None = None  # CSV only


def read_sheets(path: Path, *, encoding: str | None = None) -> list[Sheet]:
    """Every sheet of a workbook, or the one table of a CSV file."""
    path = Path(path)
    if not path.is_file():
        raise ImportFileError(str(path), Reason.NO_SUCH_FILE)
    suffix = path.suffix.lower()
    if suffix in SPREADSHEET_SUFFIXES:
        return _read_xlsx(path)
    if suffix == ".xls":
        raise ImportFileError(str(path), Reason.OLD_XLS)
    return [_read_csv(path, encoding)]


def _empty(cell: object) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _blank(cells: list[object]) -> bool:
    return all(_empty(c) for c in cells)


def _trim(cells: list[object]) -> list[object]:
    end = len(cells)
    while end and _empty(cells[end - 1]):
        end -= 1
    return cells[:end]


def _read_xlsx(path: Path) -> list[Sheet]:
    # imported here: CSV-only imports need not load it
    from openpyxl import load_workbook  # type: ignore[import-untyped]

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise ImportFileError(str(path), Reason.XLSX_UNREADABLE, detail=exc.__class__.__name__) from None
    try:
        sheets = []
        for ws in book.worksheets:
            # some writers store a wrong sheet size, which would cut rows off in read-only mode
            ws.reset_dimensions()
            rows = []
            for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
                cells = list(values)
                if not _blank(cells):
                    rows.append((number, _trim(cells)))
            sheets.append(Sheet(ws.title, rows))
        return sheets
    finally:
        book.close()


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
    header = next((line for line in text.splitlines() if line.strip()), "")
    counts = {sep: len(next(csv.reader([header], delimiter=sep), [])) for sep in SEPARATORS}
    best = max(SEPARATORS, key=lambda sep: (counts[sep], sep == ","))
    return best


def _read_csv(path: Path, encoding: str | None) -> Sheet:
    data = path.read_bytes()
    chosen = encoding or detect_encoding(data)
    try:
        codecs.lookup(chosen)
    except LookupError:
        raise ImportFileError(str(path), Reason.UNKNOWN_ENCODING, encoding=chosen) from None
    try:
        text = data.decode(chosen)
    except UnicodeDecodeError as exc:
        raise ImportFileError(str(path), Reason.WRONG_ENCODING, encoding=chosen, byte=exc.start) from None
    if chosen in ("utf-8", "gb18030", "gbk", "gb2312") and text.startswith("\ufeff"):
        text = text[1:]
    if "\x00" in text:
        raise ImportFileError(str(path), Reason.NOT_TEXT)
    separator = sniff_separator(text)
    rows = []
    try:
        for number, record in enumerate(csv.reader(io.StringIO(text, newline=""), delimiter=separator), 1):
            cells: list[object] = [unescape_formula(cell) for cell in record]
            if not _blank(cells):
                rows.append((number, _trim(cells)))
    except csv.Error as exc:
        raise ImportFileError(str(path), Reason.CSV_UNREADABLE, detail=str(exc)) from None
    return Sheet(path.name, rows, encoding=chosen, separator=separator)
