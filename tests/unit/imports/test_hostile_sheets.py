"""Spreadsheets made to hurt: each is refused with a reason that names the ceiling, or read within it.

The files are generated small (a few hundred KB on disk) and expand when
read; memory is measured with tracemalloc while reading (a resource bound,
not a timing).
"""

from __future__ import annotations

import threading
import tracemalloc
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import openpyxl.xml
import pytest

from desktop_app.core.reasons import Reason
from desktop_app.imports import (
    ImportFileError,
    read_sheets,
    xlsx_stream,  # noqa: F401 (imported before memory is measured)
)
from desktop_app.imports.limits import BYTES_ENV, COLUMNS_ENV, ROWS_ENV, SheetLimits
from tests.helpers.hostile_sheets import MAIN, declare_size, shared_strings, text_cell, write_xlsx
from tests.helpers.odd_zips import ODD_ZIPS

MB = 1024 * 1024


def peak_while(read):
    """What `read()` returned or raised, and the peak of Python memory it allocated meanwhile."""
    tracemalloc.start()
    try:
        try:
            outcome = read()
        except ImportFileError as exc:
            outcome = exc
        return outcome, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def refused(path, code, **kwargs):
    with pytest.raises(ImportFileError) as info:
        read_sheets(path, **kwargs)
    assert info.value.code is code, info.value
    return info.value


def test_a_value_in_column_xfd_is_refused_at_once_in_little_memory(tmp_path):
    # 20,000 rows with a value in XFD: read naively, 20,000 x 16,384 cells (2.6 GB of pointers)
    rows = (
        f'<row r="{i}">{text_cell(f"A{i}", "x")}<c r="XFD{i}"><v>1</v></c></row>' for i in range(1, 20_001)
    )
    path = write_xlsx(tmp_path / "xfd.xlsx", rows)
    assert path.stat().st_size < 400_000
    error, peak = peak_while(lambda: read_sheets(path))
    assert isinstance(error, ImportFileError) and error.code is Reason.SHEET_TOO_MANY_COLUMNS
    assert error.params | {"columns": [], "file": str(path)} == {
        "file": str(path),
        "limit": 200,
        "limit_column": "GR",
        "sheet": "Sheet1",
        "row": 1,
        "column": "XFD",
        "columns": [],
    }
    assert "XFD" in str(error) and "GR" in str(error)
    assert peak < 8 * MB


def test_empty_formatted_cells_far_right_are_not_data(tmp_path):
    rows = (
        f'<row r="{i}">{text_cell(f"A{i}", f"v{i}")}<c r="XFD{i}" s="1"/><c r="ZZ{i}"><v></v></c></row>'
        for i in range(1, 5_001)
    )
    path = write_xlsx(tmp_path / "formatted.xlsx", rows)
    (sheet,), peak = peak_while(lambda: read_sheets(path))
    assert len(sheet.rows) == 5_000 and sheet.rows[-1] == (5_000, ["v5000"])
    assert peak < 16 * MB


def test_the_column_ceiling_is_a_parameter_and_counts_values_only(tmp_path):
    rows = [
        f'<row r="1">{text_cell("A1", "a")}{text_cell("E1", "  ")}</row>',
        f'<row r="2">{text_cell("F2", "f")}</row>',
    ]
    path = write_xlsx(tmp_path / "narrow.xlsx", rows)
    # blanks in E1 do not count; F2 does
    error = refused(path, Reason.SHEET_TOO_MANY_COLUMNS, limits=SheetLimits(columns=5))
    assert (error.params["row"], error.params["column"], error.params["limit_column"]) == (2, "F", "E")
    (sheet,) = read_sheets(path, limits=SheetLimits(columns=6))
    assert sheet.rows == [(1, ["a"]), (2, [None, None, None, None, None, "f"])]


def test_many_rows_stop_at_the_row_ceiling_in_little_memory(tmp_path):
    rows = (f'<row r="{i}"><c r="A{i}"><v>{i}</v></c></row>' for i in range(1, 21_001))
    path = write_xlsx(tmp_path / "rows.xlsx", rows)
    error, peak = peak_while(lambda: read_sheets(path))
    assert isinstance(error, ImportFileError) and error.code is Reason.SHEET_TOO_MANY_ROWS
    assert (error.params["limit"], error.params["row"], error.params["sheet"]) == (20_000, 20_001, "Sheet1")
    assert peak < 16 * MB


def test_near_empty_rows_do_not_count_nor_fill_memory(tmp_path):
    # row elements with attributes and a formatted empty cell: no data, nothing kept
    rows = (f'<row r="{i}" ht="15" customHeight="1"><c r="A{i}" s="1"/></row>' for i in range(1, 30_001))
    path = write_xlsx(tmp_path / "empty.xlsx", rows)
    (sheet,), peak = peak_while(lambda: read_sheets(path))
    assert sheet.rows == []
    assert peak < 4 * MB


def test_sheet_xml_beyond_the_byte_ceiling_is_refused_while_it_inflates(tmp_path, monkeypatch):
    rows = (f'<row r="{i}">{text_cell(f"A{i}", "x" * 50)}</row>' for i in range(1, 15_001))
    path = write_xlsx(tmp_path / "big.xlsx", rows)  # about 1.3 MB of XML, 30 KB on disk
    monkeypatch.setenv(BYTES_ENV, "0.5")
    error = refused(path, Reason.SHEET_TOO_LARGE)
    assert error.params["limit_mb"] == 0.5 and error.params["member"] == "xl/worksheets/sheet1.xml"
    monkeypatch.delenv(BYTES_ENV)
    assert len(read_sheets(path)[0].rows) == 15_000


def test_a_zip_header_declaring_gigabytes_is_refused_before_reading(tmp_path):
    path = write_xlsx(tmp_path / "declared.xlsx", [f'<row r="1">{text_cell("A1", "x")}</row>'])
    declare_size(path, "xl/sharedStrings.xml", 3 * 1024 * MB)
    error, peak = peak_while(lambda: read_sheets(path))
    assert isinstance(error, ImportFileError) and error.code is Reason.SHEET_TOO_LARGE
    assert error.params["member"] == "xl/sharedStrings.xml" and peak < 2 * MB


def test_a_zip_header_that_understates_a_member_is_no_way_around_the_ceiling(tmp_path):
    rows = (f'<row r="{i}">{text_cell(f"A{i}", "y" * 50)}</row>' for i in range(1, 15_001))
    path = declare_size(write_xlsx(tmp_path / "lies.xlsx", rows), "xl/worksheets/sheet1.xml", 1000)
    error = refused(path, Reason.XLSX_UNREADABLE)  # zipfile stops at the declared size: the CRC fails
    assert "sheet1.xml" in error.params["detail"]


BOMB = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">' for i in range(1, 10))
    + f']><sst xmlns="{MAIN}"><si><t>&lol9;</t></si></sst>'
)


@pytest.mark.parametrize("member", ["xl/sharedStrings.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"])
def test_a_billion_laughs_bomb_is_refused(tmp_path, member):
    path = write_xlsx(tmp_path / "bomb.xlsx", [], members={member: BOMB})
    error, peak = peak_while(lambda: read_sheets(path))
    assert isinstance(error, ImportFileError) and error.code is Reason.XML_FORBIDDEN
    assert error.params["member"] == member and peak < 2 * MB


class _Counting(BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def do_GET(self):
        _Counting.hits.append(self.path)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"fetched")

    def log_message(self, *args):
        pass


def test_an_external_entity_is_refused_and_nothing_is_read_or_fetched(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-TOKEN", encoding="utf-8")
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Counting)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/xxe"
        for target in (secret.as_uri(), url):
            xxe = (
                f'<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY e SYSTEM "{target}">]>'
                f'<sst xmlns="{MAIN}"><si><t>&e;</t></si></sst>'
            )
            rows = ['<row r="1"><c r="A1" t="s"><v>0</v></c></row>']
            path = write_xlsx(tmp_path / "xxe.xlsx", rows, members={"xl/sharedStrings.xml": xxe})
            error = refused(path, Reason.XML_FORBIDDEN)
            assert "TOP-SECRET" not in str(error) and "fetched" not in str(error)
    finally:
        server.shutdown()
        server.server_close()
    assert _Counting.hits == []


def test_shared_strings_rich_text_and_dates_read_as_openpyxl_would(tmp_path):
    strings = shared_strings("plain", "<r><t>rich </t></r><r><t>text</t></r><rPh><t>phonetic</t></rPh>")
    rows = [
        (
            '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c>'
            '<c r="C2" s="1"><v>45954</v></c><c r="D2"><v>45954</v></c><c r="E2"><v>2.5</v></c>'
            '<c r="F2" t="b"><v>1</v></c><c r="G2" t="str"><v>formula text</v></c></row>'
        )
    ]
    path = write_xlsx(tmp_path / "ok.xlsx", rows, members={"xl/sharedStrings.xml": strings})
    (sheet,) = read_sheets(path)
    ((number, cells),) = sheet.rows
    assert number == 2
    assert cells[:2] == ["plain", "rich text"] and cells[2].isoformat() == "2025-10-24T00:00:00"
    assert cells[3:] == [45954, 2.5, True, "formula text"]


@pytest.mark.parametrize(
    "cell",
    [
        '<c r="A1" t="s"><v>7</v></c>',
        '<c r="A1"><v>1' + "0" * 5000 + "</v></c>",
        '<c r="A1"><v>1e999</v></c>',
    ],
)
def test_cells_that_point_nowhere_are_an_unreadable_file_not_a_traceback(tmp_path, cell):
    path = write_xlsx(tmp_path / "odd.xlsx", [f'<row r="1">{cell}</row>'])
    refused(path, Reason.XLSX_UNREADABLE)


def test_malformed_xml_is_unreadable(tmp_path):
    path = write_xlsx(
        tmp_path / "bad.xlsx", [], members={"xl/worksheets/sheet1.xml": "<worksheet><sheetData><row>"}
    )
    refused(path, Reason.XLSX_UNREADABLE)


def test_limits_from_the_environment(monkeypatch):
    assert SheetLimits.from_env({}) == SheetLimits()
    env = {ROWS_ENV: "50000", COLUMNS_ENV: "30", BYTES_ENV: "128"}
    assert SheetLimits.from_env(env) == SheetLimits(rows=50_000, columns=30, bytes=128 * MB)
    for bad in ("", "many", "-1", "0", "nan", "inf"):
        assert SheetLimits.from_env({ROWS_ENV: bad, COLUMNS_ENV: bad, BYTES_ENV: bad}) == SheetLimits()
    monkeypatch.setenv(ROWS_ENV, "7")
    assert SheetLimits.from_env().rows == 7


def test_openpyxl_itself_parses_through_defusedxml():
    # tests and any future openpyxl reading rely on it; the app's reader uses defusedxml directly
    assert openpyxl.xml.DEFUSEDXML is True


# --- CSV ---------------------------------------------------------------------------


def write_text(path, text):
    path.write_text(text, encoding="utf-8", newline="")
    return path


def test_csv_row_ceiling_counts_data_rows(tmp_path):
    path = write_text(tmp_path / "r.csv", "SKU,Name\r\n" + "".join(f"A-{i},n\r\n,\r\n" for i in range(10)))
    error = refused(path, Reason.SHEET_TOO_MANY_ROWS, limits=SheetLimits(rows=6))
    assert error.params["row"] == 12 and error.params["sheet"] == "r.csv"  # blank rows 3, 5, ... not counted
    assert len(read_sheets(path, limits=SheetLimits(rows=11))[0].rows) == 11


def test_csv_column_ceiling_counts_values_not_separators(tmp_path):
    trailing = write_text(tmp_path / "t.csv", "SKU,Name" + "," * 500 + "\r\nA-1,n" + "," * 500 + "\r\n")
    (sheet,) = read_sheets(trailing)
    assert sheet.rows == [(1, ["SKU", "Name"]), (2, ["A-1", "n"])]
    far = write_text(tmp_path / "f.csv", "SKU,Name\r\nA-1,n" + "," * 300 + "x\r\n")
    error = refused(far, Reason.SHEET_TOO_MANY_COLUMNS)
    assert (error.params["row"], error.params["column"]) == (2, "KP")  # column 302


def test_csv_line_and_size_ceilings(tmp_path):
    long_line = write_text(tmp_path / "l.csv", "SKU,Name\r\nA-1," + "x" * 5000 + "\r\n")
    error = refused(long_line, Reason.CSV_LINE_TOO_LONG, limits=SheetLimits(line_chars=1000))
    assert (error.params["row"], error.params["limit"]) == (2, 1000)
    big = write_text(tmp_path / "b.csv", "SKU,Name\r\n" + "A-1,n\r\n" * 2000)
    error = refused(big, Reason.SHEET_TOO_LARGE, limits=SheetLimits(bytes=4096))
    assert error.params["member"] == "b.csv"
    refused(tmp_path / "b.xlsx", Reason.NO_SUCH_FILE)


def test_csv_memory_stays_near_the_file_size(tmp_path):
    # 2 MB of CSV: no buffer of the 64 MB ceiling's size, no four-bytes-a-character copy of the text
    body = "".join(f"A-{i}," + "x" * 100 + "\r\n" for i in range(19_000))
    path = write_text(tmp_path / "big.csv", "SKU,Name\r\n" + body)
    (sheet,), peak = peak_while(lambda: read_sheets(path))
    assert len(sheet.rows) == 19_001
    assert peak < 6 * path.stat().st_size


@pytest.mark.parametrize("encoding", ["rot13", "base64", "hex", "no-such-codec"])
def test_a_codec_that_is_not_a_text_encoding_is_an_unknown_encoding(tmp_path, encoding):
    path = write_text(tmp_path / "e.csv", "SKU,Name\r\nA-1,n\r\n")
    refused(path, Reason.UNKNOWN_ENCODING, encoding=encoding)


@pytest.mark.parametrize("spoil", ODD_ZIPS.values(), ids=ODD_ZIPS.keys())
def test_a_workbook_python_cannot_open_is_unreadable(tmp_path, spoil):
    path = spoil(write_xlsx(tmp_path / "odd.xlsx", [f'<row r="1">{text_cell("A1", "x")}</row>']))
    refused(path, Reason.XLSX_UNREADABLE)
