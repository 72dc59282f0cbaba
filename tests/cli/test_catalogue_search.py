"""`catalogue search TEXT [--json]`: the same ranked results as the window, with what matched."""

from __future__ import annotations

import json
from pathlib import Path

from tests.helpers.cli import run_cli as run


def test_search_json_says_what_matched(data_dir: Path):
    found = json.loads(run(data_dir, "catalogue", "search", "甲醛", "--json").stdout)
    by_code = {s["code"]: s["matched"] for s in found}
    assert by_code["GB 18401-2010"] == {
        "field": "item",
        "item": "formaldehyde",
        "name": {"zh": "甲醛含量", "en": "Formaldehyde content"},
    }
    assert by_code["REACH Annex XVII-72"]["item"] == "formaldehyde"
    assert by_code["GB/T 2912.1-2009"] == {"field": "title", "item": None, "name": None}
    gb18401 = next(s for s in found if s["code"] == "GB 18401-2010")
    assert any(r["key"] == "formaldehyde" for r in gb18401["requirements"])  # the whole standard
    code = json.loads(run(data_dir, "catalogue", "search", "gb 18401", "--json").stdout)
    assert code[0]["code"] == "GB 18401-2010" and code[0]["matched"]["field"] == "code"


def test_search_table_names_the_matched_item(data_dir: Path):
    out = run(data_dir, "catalogue", "search", "甲醛").stdout
    line = next(l for l in out.splitlines() if l.startswith("GB 18401-2010"))
    assert line.rstrip().endswith("甲醛含量")
    assert out.splitlines()[0].split()[-1] == "匹配"
    assert "（无）" in run(data_dir, "catalogue", "search", "%%%").stdout
