"""Reading an .xlsx workbook as a stream of rows, within ceilings, whatever its zip and XML say.

openpyxl's reader believes the file: a sheet's rows are widened to their
last cell (one cell in column XFD makes every row 16,384 cells), row
attributes are kept for every row, and its members are read whole. This
reader parses each member's XML as it inflates (`xml_events`: defusedxml,
no document types, no entities, so neither a billion-laughs bomb nor an
external entity), builds no tree, keeps only cells that hold a value, and counts the bytes inflated against one budget for the file
(`core.bounded.BoundedReader`). Only small helpers of openpyxl are used:
which number formats are dates, and the Excel date serials.
"""

from __future__ import annotations

import math
import posixpath
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from xml.sax import SAXException

from defusedxml import DefusedXmlException  # type: ignore[import-untyped]
from openpyxl.styles.numbers import (  # type: ignore[import-untyped]
    BUILTIN_FORMATS,
    is_date_format,
    is_timedelta_format,
)
from openpyxl.utils.datetime import (  # type: ignore[import-untyped]
    CALENDAR_MAC_1904,
    CALENDAR_WINDOWS_1900,
    from_excel,
    from_ISO8601,
)

from ..core.bounded import ZIP_OR_OS_ERRORS, BoundedReader, LimitExceeded
from ..core.reasons import Reason
from .errors import ImportFileError
from .limits import SheetLimits
from .sheet import RowCeilings, Sheet, empty
from .xml_events import XmlEvent, xml_events

_REF = re.compile(r"^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$")
_INDEX = re.compile(r"^[0-9]{1,9}$")
_WORKSHEET = "/worksheet"  # the end of a worksheet relationship's type (chartsheets are left out)
_OFFICE_DOCUMENT = "/officeDocument"
SHEET_NAME_CHARS = 31  # Excel's own limit; a longer name (shown in messages) is cut there


class _Workbook:
    """One open .xlsx: its members read within one byte budget."""

    def __init__(self, path: Path, zf: zipfile.ZipFile, limits: SheetLimits) -> None:
        self.file = str(path)
        self.zf = zf
        self.limits = limits
        self.used = 0

    def unreadable(self, detail: str) -> ImportFileError:
        return ImportFileError(self.file, Reason.XLSX_UNREADABLE, detail=detail)

    def too_large(self, member: str) -> ImportFileError:
        limit = self.limits.bytes
        return ImportFileError(
            self.file, Reason.SHEET_TOO_LARGE, limit=limit, limit_mb=round(limit / 2**20, 1), member=member
        )

    def has(self, name: str) -> bool:
        try:
            self.zf.getinfo(name)
        except KeyError:
            return False
        return True

    def events(self, name: str) -> Iterator[XmlEvent]:
        """The XML events of member `name`, read within the file's byte budget."""
        try:
            info = self.zf.getinfo(name)
        except KeyError:
            raise self.unreadable(f"{name} missing") from None
        if self.used + info.file_size > self.limits.bytes:  # zipfile never gives more than this
            raise self.too_large(name)
        try:
            with self.zf.open(info) as raw:
                reader = BoundedReader(raw, limit=self.limits.bytes, start=self.used)
                try:
                    yield from xml_events(reader)
                finally:
                    self.used = reader.count
        except LimitExceeded:
            raise self.too_large(name) from None
        except DefusedXmlException:
            raise ImportFileError(self.file, Reason.XML_FORBIDDEN, member=name) from None
        except SAXException as exc:
            raise self.unreadable(f"{name}: {exc}") from None
        except (LookupError, ValueError) as exc:  # an unknown encoding in the XML declaration, ...
            raise self.unreadable(f"{name}: {exc.__class__.__name__}") from None
        except ZIP_OR_OS_ERRORS as exc:
            raise self.unreadable(f"{name}: {exc.__class__.__name__}") from None


def _relations(book: _Workbook, part: str) -> dict[str, tuple[str, str]]:
    """Id → (type, member name) of the relationships of `part` (e.g. xl/workbook.xml)."""
    folder, base = posixpath.split(part)
    rels = posixpath.join(folder, "_rels", base + ".rels")
    found: dict[str, tuple[str, str]] = {}
    if not book.has(rels):
        return found
    for ev in book.events(rels):
        if not ev.end and ev.tag == "Relationship" and ev.get("TargetMode") != "External":
            target = ev.get("Target") or ""
            name = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
            found[ev.get("Id") or ""] = (ev.get("Type") or "", posixpath.normpath(name))
    return found


def _sheets(
    book: _Workbook, workbook: str, rels: dict[str, tuple[str, str]]
) -> tuple[list[tuple[str, str]], bool]:
    """(name, member) of each worksheet in the workbook's order, and whether dates count from 1904."""
    sheets: list[tuple[str, str]] = []
    seen: set[str] = set()  # a member listed twice is read once
    date1904 = False
    for ev in book.events(workbook):
        if ev.end:
            continue
        if ev.tag == "workbookPr":
            date1904 = (ev.get("date1904") or "").lower() in ("1", "true")
        elif ev.tag == "sheet":
            kind, member = rels.get(ev.get_prefixed("id") or "", ("", ""))  # r:id
            if kind.endswith(_WORKSHEET) and member not in seen:
                seen.add(member)
                sheets.append(((ev.get("name") or "")[:SHEET_NAME_CHARS], member))
    return sheets, date1904


def _workbook_part(book: _Workbook) -> str:
    for kind, member in _relations(book, "").values():
        if kind.endswith(_OFFICE_DOCUMENT):
            return member
    return "xl/workbook.xml"


def _shared_strings(book: _Workbook, member: str | None) -> list[str]:
    strings: list[str] = []
    if member is None or not book.has(member):
        return strings
    parts: list[str] = []
    for ev in book.events(member):
        if not ev.end:
            continue
        if ev.tag == "t" and "rPh" not in ev.path:  # phonetic runs are not part of the text
            parts.append(ev.text)
        elif ev.tag == "si":
            strings.append("".join(parts))
            parts = []
    return strings


def _date_styles(book: _Workbook, member: str | None) -> tuple[set[int], set[int]]:
    """The style ids (cellXfs positions) whose number format is a date, and those that are durations."""
    dates: set[int] = set()
    durations: set[int] = set()
    if member is None or not book.has(member):
        return dates, durations
    custom: dict[int, str] = {}
    index = 0
    for ev in book.events(member):
        if ev.end:
            continue
        fmt_id = _small_int(ev.get("numFmtId"))
        if ev.tag == "numFmt" and fmt_id is not None:
            custom[fmt_id] = ev.get("formatCode") or ""
        elif ev.tag == "xf" and ev.parent == "cellXfs":
            code = custom.get(fmt_id or 0) or BUILTIN_FORMATS.get(fmt_id or 0)
            if code and is_date_format(code):
                (durations if is_timedelta_format(code) else dates).add(index)
            index += 1
    return dates, durations


class _Cells:
    """Turns a `<c>` element's type, style and text into the value openpyxl would give (data only)."""

    def __init__(
        self, book: _Workbook, strings: list[str], styles: tuple[set[int], set[int]], date1904: bool
    ):
        self.book = book
        self.strings = strings
        self.dates, self.durations = styles
        self.epoch = CALENDAR_MAC_1904 if date1904 else CALENDAR_WINDOWS_1900

    def value(self, kind: str, style: str, raw: str | None, inline: list[str]) -> object:
        if kind == "inlineStr":
            return "".join(inline) if inline else None
        if not raw:
            return None
        if kind == "s":
            return self._shared(raw)
        if kind == "b":
            return raw.strip() in ("1", "true")
        if kind in ("str", "e"):
            return raw
        if kind == "d":
            try:
                return from_ISO8601(raw)
            except (ValueError, TypeError):
                return raw
        return self._number(raw, _small_int(style) or 0)

    def _shared(self, raw: str) -> str:
        try:
            return self.strings[int(raw)]
        except (ValueError, IndexError):
            raise self.book.unreadable(f"shared string {raw[:20]}") from None

    def _number(self, raw: str, style: int) -> object:
        try:
            number: float = float(raw) if any(c in raw for c in ".eE") else int(raw)
        except ValueError:
            raise self.book.unreadable(f"number {raw[:20]}") from None
        if not math.isfinite(number):
            raise self.book.unreadable(f"number {raw[:20]}")
        if style in self.dates or style in self.durations:
            try:
                return from_excel(number, self.epoch, timedelta=style in self.durations)
            except (OverflowError, ValueError):
                return "#VALUE!"  # what openpyxl gives for a date serial out of range
        return number


def _rows(book: _Workbook, member: str, name: str, cells: _Cells, ceilings: RowCeilings) -> Sheet:
    rows: list[tuple[int, list[object]]] = []
    row_number = 0
    column = 0
    kept: dict[int, object] = {}
    kind = style = ""
    raw: str | None = None
    inline: list[str] = []
    for ev in book.events(member):
        if not ev.end:
            if ev.tag == "row" and ev.parent == "sheetData":
                row_number = _small_int(ev.get("r")) or row_number + 1
                column = 0
                kept = {}
            elif ev.tag == "c" and ev.parent == "row":
                ref = _REF.match(ev.get("r") or "")
                column = _column(ref.group(1)) if ref else column + 1
                kind, style, raw, inline = ev.get("t") or "n", ev.get("s") or "", None, []
        elif ev.tag == "v" and ev.parent == "c":
            raw = ev.text
        elif ev.tag == "t" and "is" in ev.path and "rPh" not in ev.path:
            inline.append(ev.text)
        elif ev.tag == "c" and ev.parent == "row":
            value = cells.value(kind, style, raw, inline)
            if not empty(value):
                ceilings.check_column(name, row_number, column)
            if value is not None and column <= ceilings.limits.columns:
                kept[column] = value
        elif ev.tag == "row" and ev.parent == "sheetData":
            row = ceilings.row(name, row_number, kept)
            if row is not None:
                rows.append((row_number, row))
    return Sheet(name, rows)


def _small_int(text: str | None) -> int | None:
    """An index written in the file (ASCII digits, at most 9), else None."""
    return int(text) if text and _INDEX.match(text) else None


def _column(letters: str) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + ord(letter) - 64
    return number


def read_xlsx(path: Path, limits: SheetLimits) -> list[Sheet]:
    """Every worksheet of the workbook at `path`, within `limits`."""
    try:
        zf = zipfile.ZipFile(path)
    except ZIP_OR_OS_ERRORS as exc:
        raise ImportFileError(str(path), Reason.XLSX_UNREADABLE, detail=exc.__class__.__name__) from None
    with zf:
        book = _Workbook(path, zf, limits)
        workbook = _workbook_part(book)
        rels = _relations(book, workbook)
        sheets, date1904 = _sheets(book, workbook, rels)
        if not sheets:
            raise book.unreadable("no worksheet")
        by_type = {kind.rpartition("/")[2]: member for kind, member in rels.values()}
        strings = _shared_strings(book, by_type.get("sharedStrings"))
        cells = _Cells(book, strings, _date_styles(book, by_type.get("styles")), date1904)
        ceilings = RowCeilings(str(path), limits)
        return [_rows(book, member, name, cells, ceilings) for name, member in sheets]
