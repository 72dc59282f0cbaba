"""A hostile spreadsheet imported with apply=True: refused with one clear error, the firm as it was.

Nothing is written and no backup is taken (the file is read and refused
before either), through the workspace and through the command line.
"""

from __future__ import annotations

import pytest

from desktop_app.core.reasons import Reason
from desktop_app.imports import ImportFileError
from desktop_app.imports.limits import ROWS_ENV
from tests.helpers.cli import run_cli
from tests.helpers.factories import make_product
from tests.helpers.hostile_sheets import MAIN, text_cell, write_xlsx

HEADER = ["货号", "品名", "类别", "年龄段", "接触皮肤", "成分"]
GOOD = ["N-1", "围巾", "服装", "成人", "是", "棉100%"]


def product_rows(extra: str = "", count: int = 1) -> list[str]:
    """A valid product sheet (header plus `count` rows), with `extra` XML appended to the first data row."""
    cols = "ABCDEF"
    head = "".join(text_cell(f"{c}1", h) for c, h in zip(cols, HEADER, strict=True))
    rows = [f'<row r="1">{head}</row>']
    for i in range(2, count + 2):
        cells = "".join(
            text_cell(f"{c}{i}", v if c != "A" else f"N-{i}") for c, v in zip(cols, GOOD, strict=True)
        )
        rows.append(f'<row r="{i}">{cells}{extra if i == 2 else ""}</row>')
    return rows


def hostile_files(tmp_path):
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        f'<sst xmlns="{MAIN}"><si><t>&b;</t></si></sst>'
    )
    return {
        Reason.SHEET_TOO_MANY_COLUMNS: write_xlsx(
            tmp_path / "xfd.xlsx", product_rows('<c r="XFD2"><v>1</v></c>')
        ),
        Reason.XML_FORBIDDEN: write_xlsx(
            tmp_path / "bomb.xlsx", product_rows(), members={"xl/sharedStrings.xml": bomb}
        ),
        Reason.SHEET_TOO_MANY_ROWS: write_xlsx(tmp_path / "rows.xlsx", product_rows(count=30)),
    }


def firm_state(ws):
    return [p.with_changes(id=None, created_at=None, updated_at=None) for p in ws.products.list()], len(
        ws.backups.automatic()
    )


@pytest.mark.parametrize(
    "code", [Reason.SHEET_TOO_MANY_COLUMNS, Reason.XML_FORBIDDEN, Reason.SHEET_TOO_MANY_ROWS]
)
def test_a_hostile_file_changes_nothing(ws, tmp_path, monkeypatch, code):
    monkeypatch.setenv(ROWS_ENV, "10")
    ws.products.add(make_product(sku="KEEP-1"))
    before = firm_state(ws)
    path = hostile_files(tmp_path)[code]
    with pytest.raises(ImportFileError) as info:
        ws.transfer.import_products(path, apply=True)
    assert info.value.code is code
    assert firm_state(ws) == before


def test_the_same_file_within_the_ceiling_imports(ws, tmp_path):
    report = ws.transfer.import_products(write_xlsx(tmp_path / "ok.xlsx", product_rows(count=3)), apply=True)
    assert [c.key for c in report.added] == ["N-2", "N-3", "N-4"]


def test_the_command_line_says_which_ceiling_in_one_line(data_dir, tmp_path):
    path = hostile_files(tmp_path)[Reason.SHEET_TOO_MANY_COLUMNS]
    result = run_cli(data_dir, "import", "products", str(path), "--apply")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "XFD" in lines[0] and "GR" in lines[0], result.stderr
