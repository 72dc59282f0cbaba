from __future__ import annotations

import datetime as dt
import zipfile

import pytest

from desktop_app.imports import ImportFileError, read_sheets

from .files import certificates_xlsx, products_xlsx, write_csv

ROWS = [["货号", "品名", "备注"], ["A-1", "婴儿连体衣", "含,逗号"], [], ["A-2", "窗帘", ""]]


@pytest.mark.parametrize(
    "encoding, expected",
    [
        ("gb18030", "gb18030"),
        ("utf-8-sig", "utf-8-sig"),
        ("utf-8", "utf-8"),
        ("gbk", "gb18030"),
        ("utf-16", "utf-16"),
    ],
)
def test_csv_encoding_is_detected(tmp_path, encoding, expected):
    path = write_csv(tmp_path / "p.csv", ROWS, encoding=encoding, sep="\t" if encoding == "utf-16" else ",")
    (sheet,) = read_sheets(path)
    assert sheet.encoding == expected
    assert sheet.rows == [
        (1, ["货号", "品名", "备注"]),
        (2, ["A-1", "婴儿连体衣", "含,逗号"]),
        (4, ["A-2", "窗帘"]),
    ]


@pytest.mark.parametrize("sep", [",", ";", "\t"])
def test_separator_is_sniffed(tmp_path, sep):
    (sheet,) = read_sheets(
        write_csv(tmp_path / "p.csv", [["SKU", "Name", "Notes"], ["A", "B", "C"]], encoding="utf-8", sep=sep)
    )
    assert sheet.separator == sep and sheet.rows[1] == (2, ["A", "B", "C"])


def test_encoding_override_and_a_wrong_one(tmp_path):
    path = write_csv(tmp_path / "p.csv", ROWS, encoding="gb18030")
    assert read_sheets(path, encoding="gbk")[0].rows[1][1][1] == "婴儿连体衣"
    with pytest.raises(ImportFileError, match="utf-8"):
        read_sheets(path, encoding="utf-8")
    with pytest.raises(ImportFileError, match="unknown encoding"):
        read_sheets(path, encoding="klingon")


def test_files_that_are_not_tables(tmp_path):
    with pytest.raises(ImportFileError, match=".xls"):
        (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0")
        read_sheets(tmp_path / "old.xls")
    (tmp_path / "fake.xlsx").write_bytes(b"not a zip")
    with pytest.raises(ImportFileError, match="xlsx"):
        read_sheets(tmp_path / "fake.xlsx")
    with zipfile.ZipFile(tmp_path / "empty.xlsx", "w") as zf:
        zf.writestr("x.txt", "x")
    with pytest.raises(ImportFileError):
        read_sheets(tmp_path / "empty.xlsx")
    with pytest.raises(ImportFileError, match="no such file"):
        read_sheets(tmp_path / "missing.csv")


def test_xlsx_rows_keep_spreadsheet_row_numbers_and_cell_types(tmp_path):
    (sheet,) = read_sheets(products_xlsx(tmp_path / "p.xlsx"))
    numbers = [n for n, _ in sheet.rows]
    assert numbers == [1, 3, 4, 6, 7]  # title row, header, rows; blank rows 2 and 5 left out
    assert sheet.rows[3][1][0] == 10023
    (certs,) = read_sheets(certificates_xlsx(tmp_path / "c.xlsx"))
    assert certs.rows[1][1][3] == dt.datetime(2025, 10, 24) and certs.rows[2][1][3] == 45954
