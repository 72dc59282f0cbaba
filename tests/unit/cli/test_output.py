"""Terminal controls in names are printed as escapes in tables, lines and errors;
`--json` keeps the values exact (issue 12: "tables print raw terminal escape sequences")."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from desktop_app.cli.output import display_width, shown
from desktop_app.workspace import Workspace
from tests.helpers import TODAY
from tests.helpers.cli import run_cli
from tests.helpers.factories import make_certificate, make_product

# what a terminal acts on: C0 but newline, DEL, C1, bidi controls, line and paragraph separators
RAW = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]")

HOSTILE = "Bad\x1b[2J\x1b]0;owned\x07 name\rfake\x9b31m \u202eevil\u202c\ttab"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("clear\x1b[2J", "clear\\x1b[2J"),
        ("over\rwrite", "over\\rwrite"),
        ("bell\x07", "bell\\x07"),
        ("nul\x00", "nul\\x00"),
        ("del\x7f", "del\\x7f"),
        ("csi\x9b", "csi\\x9b"),
        ("right\u202eto left", "right\\u202eto left"),
        ("isolate\u2066x\u2069", "isolate\\u2066x\\u2069"),
        ("mark\u200f", "mark\\u200f"),
        ("line\u2028sep", "line\\u2028sep"),
        ("two\nlines", "two\\nlines"),
        ("tab\tbed", "tab\\tbed"),
        ("lone\udc80", "lone\\udc80"),
        # what names really hold stays as it is
        ("婴儿连体衣 Baby bodysuit", "婴儿连体衣 Baby bodysuit"),
        ("全角\u3000空格", "全角\u3000空格"),
        ("café 95% / elastane 5%", "café 95% / elastane 5%"),
        ("👩\u200d👧", "👩\u200d👧"),
    ],
)
def test_shown_escapes_controls_only(text: str, expected: str):
    assert shown(text) == expected


def test_lines_keep_their_own_newlines_but_nothing_else():
    assert shown("a\nb\x1b", lines=True) == "a\nb\\x1b"
    assert shown("a\rb", lines=True) == "a\\rb"


def test_an_escaped_cell_is_as_wide_as_it_prints():
    assert display_width(shown("中\x1b")) == 2 + len("\\x1b")


@pytest.fixture
def hostile_dir(data_dir: Path) -> Path:
    ws = Workspace(data_dir, today=lambda: TODAY)
    ws.products.add(make_product(sku="BAD-1", name=HOSTILE, customer="Cust\x1bomer"))
    ws.certificates.add(make_certificate(number="N-1", issuer="Lab\r\x1b[1A", products=("BAD-1",)))
    ws.close()
    return data_dir


@pytest.mark.parametrize(
    "command",
    [("product", "list"), ("product", "show", "BAD-1"), ("cert", "list"), ("cert", "show", "N-1")],
    ids=" ".join,
)
def test_tables_and_lines_show_names_escaped(hostile_dir: Path, command):
    r = run_cli(hostile_dir, *command)
    assert r.returncode == 0, r.stderr
    assert not RAW.search(r.stdout), repr(r.stdout)
    assert "\\x1b" in r.stdout


def test_a_table_keeps_one_line_per_row(hostile_dir: Path):
    lines = run_cli(hostile_dir, "product", "list").stdout.splitlines()
    assert len(lines) == 3  # header, rule, the product
    assert "Bad\\x1b[2J\\x1b]0;owned\\x07 name\\rfake\\x9b31m \\u202eevil\\u202c\\ttab" in lines[2]


def test_errors_show_the_value_escaped_on_one_line(hostile_dir: Path):
    r = run_cli(hostile_dir, "product", "show", "NO\x1b[2J\nPE")
    assert r.returncode == 2
    assert not RAW.search(r.stderr) and r.stderr.count("\n") == 1
    assert "NO\\x1b[2J\\nPE" in r.stderr


@pytest.mark.parametrize("command", [("product", "list"), ("product", "show", "BAD-1")], ids=" ".join)
def test_json_keeps_the_values_exact(hostile_dir: Path, command):
    r = run_cli(hostile_dir, *command, "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    product = data[0] if isinstance(data, list) else data.get("product", data)
    assert product["name"] == HOSTILE and product["customer"] == "Cust\x1bomer"
