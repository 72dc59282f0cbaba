"""The streaming .xlsx reader against openpyxl's read-only reader: time and peak memory.

Run: python bench/bench_sheet_reader.py [ROWS]
For a plain products sheet of ROWS rows x 18 columns (20,000 by default, the
row ceiling) and for a hostile sheet of 2,000 rows with a value in column XFD,
prints seconds and the peak of Python memory (tracemalloc) for
`imports.read_sheets` and for what the app did before (openpyxl read-only,
`reset_dimensions`, `iter_rows(values_only=True)`), and the ratios. On the
hostile file the app's reader stops at row 1 (column ceiling); openpyxl widens
every row to 16,384 cells.
"""

from __future__ import annotations

import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from openpyxl import Workbook, load_workbook

from desktop_app.imports import (
    ImportFileError,
    read_sheets,
    xlsx_stream,  # noqa: F401 (imported before memory is measured)
)
from tests.helpers.hostile_sheets import text_cell, write_xlsx


def measured(fn: Callable[[], object]) -> tuple[float, float, str]:
    """Seconds, peak MB and what happened."""
    tracemalloc.start()
    start = time.perf_counter()
    try:
        result = fn()
        outcome = f"{result} rows"
    except ImportFileError as exc:
        outcome = f"refused: {exc.code.value}"
    seconds = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return seconds, peak, outcome


def ours(path: Path) -> int:
    return sum(len(s.rows) for s in read_sheets(path))


def openpyxl_read_only(path: Path) -> int:
    book = load_workbook(path, read_only=True, data_only=True)
    try:
        count = 0
        for ws in book.worksheets:
            ws.reset_dimensions()
            kept = [list(row) for row in ws.iter_rows(values_only=True) if any(v is not None for v in row)]
            count += len(kept)
        return count
    finally:
        book.close()


def products(path: Path, rows: int) -> Path:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("产品 Products")
    sheet.append([f"列 {i}" for i in range(18)])
    for i in range(rows - 1):
        sheet.append(
            [f"SKU-{i:05d}", f"产品 {i}", "服装", "成人", "是", "CN, EU", "95%棉 5%氨纶", *[""] * 10, i]
        )
    book.save(path)
    return path


def compare(label: str, path: Path) -> None:
    print(f"{label}: {path.stat().st_size / 1e3:.0f} KB on disk")
    new = measured(lambda: ours(path))
    old = measured(lambda: openpyxl_read_only(path))
    for name, (seconds, peak, outcome) in (("streaming reader", new), ("openpyxl read-only", old)):
        print(f"  {name:<20} {seconds:7.2f} s  peak {peak:8.1f} MB  {outcome}")
    print(f"  ratio new/old        time {new[0] / old[0]:.2f}  memory {new[1] / old[1]:.3f}")


def main(rows: int = 20_000) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        compare(f"products, {rows} rows x 18 columns", products(root / "p.xlsx", rows))
        xfd = (
            f'<row r="{i}">{text_cell(f"A{i}", "x")}<c r="XFD{i}"><v>1</v></c></row>' for i in range(1, 2001)
        )
        compare("hostile: 2,000 rows with a value in XFD", write_xlsx(root / "xfd.xlsx", xfd))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20_000)
