"""Random damage to valid spreadsheets (seeded, a bounded number of runs): sheets or one clear error.

Whatever the mutation, `read_sheets` returns sheets within the ceilings or
raises `ImportFileError`; never another exception (a traceback for the user).
"""

from __future__ import annotations

import io
import random
import zipfile

import pytest

from desktop_app.imports import ImportFileError, read_sheets
from desktop_app.imports.limits import SheetLimits
from tests.helpers.hostile_sheets import text_cell, write_xlsx

RUNS = 120
LIMITS = SheetLimits(rows=50, columns=12, bytes=256 * 1024, line_chars=400)
SNIPPETS = [
    b"<",
    b">",
    b"&",
    b'"',
    b"<!DOCTYPE x>",
    b"&e;",
    b"\x00",
    b"\xff\xfe",
    b"r=",
    b"XFD9",
    b"t=",
    b"</row>",
]


def mutate(data: bytes, rnd: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rnd.randint(1, 6)):
        at = rnd.randrange(len(out) or 1)
        kind = rnd.random()
        if kind < 0.4:
            out[at : at + 1] = bytes([rnd.randrange(256)])
        elif kind < 0.7:
            out[at:at] = rnd.choice(SNIPPETS)
        else:
            del out[at : at + rnd.randint(1, 40)]
    return bytes(out)


def valid_members(tmp_path) -> dict[str, bytes]:
    rows = [
        f'<row r="{i}">{text_cell(f"A{i}", f"SKU-{i}")}<c r="B{i}" s="1"><v>{45000 + i}</v></c></row>'
        for i in range(1, 20)
    ]
    path = write_xlsx(tmp_path / "valid.xlsx", rows)
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def outcome(path):
    try:
        sheets = read_sheets(path, limits=LIMITS)
    except ImportFileError as exc:
        return exc.code
    assert sum(len(s.rows) for s in sheets) <= LIMITS.rows
    assert all(len(cells) <= LIMITS.columns for s in sheets for _, cells in s.rows)
    return "read"


@pytest.mark.parametrize("seed", range(3))
def test_damaged_members_never_end_in_a_traceback(tmp_path, seed):
    rnd = random.Random(seed)
    members = valid_members(tmp_path)
    seen = set()
    for run in range(RUNS // 3):
        victim = rnd.choice(sorted(members))
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, data in members.items():
                zf.writestr(name, mutate(data, rnd) if name == victim else data)
        path = tmp_path / f"m{run}.xlsx"
        path.write_bytes(buf.getvalue())
        seen.add(outcome(path))
    assert len(seen) > 1  # the mutations did reach the reader


def test_damaged_zip_bytes_and_csv_never_end_in_a_traceback(tmp_path):
    rnd = random.Random(99)
    raw = write_xlsx(tmp_path / "valid.xlsx", [f'<row r="1">{text_cell("A1", "x")}</row>']).read_bytes()
    text = '货号,品名\r\nA-1,围巾\r\n"q,uoted","multi\r\nline"\r\n'.encode()
    for run in range(RUNS // 2):
        path = tmp_path / f"z{run}.xlsx"
        path.write_bytes(mutate(raw, rnd))
        outcome(path)
        for encoding in (None, "utf-8", "gb18030"):
            csv_path = tmp_path / f"c{run}.csv"
            csv_path.write_bytes(mutate(text, rnd))
            try:
                read_sheets(csv_path, encoding=encoding, limits=LIMITS)
            except ImportFileError:
                pass
