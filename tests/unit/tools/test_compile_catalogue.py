"""tools/compile_catalogue.py: the TOML sources compile to the shipped page, checked by the app's parser."""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import sys
import textwrap
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[3]


def _load_tool() -> ModuleType:
    name = "compile_catalogue"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / "compile_catalogue.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


tool = _load_tool()

STANDARD = """\
[[standard]]
code = "GB 1-2020"
title.zh = "标准一"
title.en = "Standard one"
issuer = "SAC"
markets = ["CN"]
status = "current"
mandatory = true
published = 2020-01-02
"""


def sources(tmp_path: Path, family: str, settings: str = "protocol = 1\n") -> Path:
    folder = tmp_path / "source"
    folder.mkdir(exist_ok=True)
    (folder / "catalogue.toml").write_text(settings, encoding="utf-8")
    (folder / "family.toml").write_text(textwrap.dedent(family), encoding="utf-8")
    return folder


def test_compiling_the_sources_reproduces_the_shipped_file() -> None:
    assert tool.build() == tool.OUTPUT.read_text(encoding="utf-8")


def test_check_mode_passes_on_the_tree_and_fails_on_a_stale_file(tmp_path: Path, capsys) -> None:
    assert tool.main(["--check"]) == 0
    stale = tmp_path / "catalogue.json"
    stale.write_text(tool.OUTPUT.read_text(encoding="utf-8").replace("GB 18401-2010", "GB 18401-2011"))
    assert tool.main(["--check", "--output", str(stale)]) == 1
    assert "out of date" in capsys.readouterr().err
    assert tool.main(["--check", "--output", str(tmp_path / "missing.json")]) == 1


def test_check_mode_fails_when_a_source_changed(tmp_path: Path) -> None:
    folder = tmp_path / "source"
    shutil.copytree(tool.SOURCE, folder)
    path = folder / "gb-safety.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('"≤ 75"', '"≤ 70"', 1), encoding="utf-8")
    assert tool.main(["--check", "--source", str(folder)]) == 1


def test_objects_get_page_order_versions_and_nulls_for_absent_fields(tmp_path: Path) -> None:
    folder = sources(
        tmp_path,
        STANDARD
        + """
        [[standard.rules]]
        id = "R-1"
        when.market = ["CN"]

        [[standard.requirements]]
        key = "odour"
        item.zh = "异味"
        item.en = "Odour"
        limit = "none"

        [[notice]]
        id = "N-1"
        published = 2026-01-05
        severity = "info"
        title.en = "A notice"
        standards = ["GB 1-2020"]
        """,
    )
    page = json.loads(tool.render(tool.compile_page(folder)))
    assert {k: v for k, v in page.items() if k != "changes"} == {
        "protocol": 1,
        "since": 0,
        "next": 3,
        "latest": 3,
        "has_more": False,
    }
    assert [(c["version"], c["type"], c["id"]) for c in page["changes"]] == [
        (1, "standard", "GB 1-2020"),
        (2, "rule", "R-1"),
        (3, "notice", "N-1"),
    ]
    standard, rule, notice = (c["data"] for c in page["changes"])
    assert list(standard) == [
        *("code", "title", "issuer", "markets", "status", "mandatory", "published", "effective"),
        *("withdrawn", "replaced_by", "tags", "requirements"),
    ]
    assert standard["published"] == "2020-01-02" and standard["effective"] is None and standard["tags"] == []
    assert standard["requirements"] == [
        {"key": "odour", "item": {"zh": "异味", "en": "Odour"}, "grade": None, "limit": "none"}
        | {"unit": None, "method": None}
    ]
    assert rule == {"id": "R-1", "standard": "GB 1-2020", "grade": None, "when": {"market": ["CN"]}}
    assert notice["published"] == "2026-01-05" and (notice["effective"], notice["url"]) == (None, None)


def test_grades_write_one_item_per_grade_and_caveats_extend_the_text(tmp_path: Path) -> None:
    folder = sources(
        tmp_path,
        STANDARD
        + """
        [[standard.requirements]]
        key = "formaldehyde"
        item.zh = "甲醛"
        item.en = "Formaldehyde"
        unit = "mg/kg"
        grades.A = "≤ 20"
        grades.B = { limit = "≤ 75", caveat = "unverified", method = "GB/T 2912.1" }
        """,
        settings='protocol = 1\n[caveat.unverified]\nzh = "（待核实）"\nen = " (unverified)"\n',
    )
    items = tool.compile_page(folder)["changes"][0]["data"]["requirements"]
    assert [(i["grade"], i["limit"], i["item"], i["method"]) for i in items] == [
        ("A", "≤ 20", {"zh": "甲醛", "en": "Formaldehyde"}, None),
        ("B", "≤ 75", {"zh": "甲醛（待核实）", "en": "Formaldehyde (unverified)"}, "GB/T 2912.1"),
    ]
    assert all(i["unit"] == "mg/kg" and "caveat" not in i and "grades" not in i for i in items)


def test_protocol_2_fields_pass_through_as_data(tmp_path: Path) -> None:
    folder = sources(
        tmp_path,
        STANDARD
        + """
        [[standard.rules]]
        id = "R-1615"
        when.product_type = ["sleepwear"]
        when.age_months = { max = 84 }
        unless.age_months = { max = 9 }
        effective = 2026-10-10
        until = 2027-10-10

        [[standard.requirements]]
        key = "tof"
        item.en = "Total organic fluorine"
        limit = "< 100"
        unit = "ppm"
        until = 2027-01-01
        when.finish = ["water_repellent"]
        check = { kind = "max_exclusive", value = 100, unit = "ppm" }
        """,
        settings="protocol = 2\n",
    )
    page = json.loads(tool.render(tool.compile_page(folder)))
    assert page["protocol"] == 2
    standard, rule = (c["data"] for c in page["changes"])
    assert rule["when"] == {"product_type": ["sleepwear"], "age_months": {"max": 84}}
    assert (rule["unless"], rule["effective"], rule["until"]) == (
        {"age_months": {"max": 9}},
        "2026-10-10",
        "2027-10-10",
    )
    item = standard["requirements"][0]
    assert item["check"] == {"kind": "max_exclusive", "value": 100, "unit": "ppm"}
    assert (item["until"], item["when"]) == ("2027-01-01", {"finish": ["water_repellent"]})


def test_a_page_the_app_would_refuse_is_not_written(tmp_path: Path, capsys) -> None:
    folder = sources(tmp_path, STANDARD.replace('status = "current"', 'status = "valid"'))
    output = tmp_path / "catalogue.json"
    assert tool.main(["--source", str(folder), "--output", str(output)]) == 1
    err = capsys.readouterr().err
    assert "GB 1-2020" in err and "status" in err and not output.exists()


@pytest.mark.parametrize(
    ("family", "message"),
    [
        ("[[standards]]\ncode = 'X'\n", "'standards' is not an array of a known object type"),
        (STANDARD + "\n" + STANDARD, "standard 'GB 1-2020' is written twice"),
        (
            STANDARD + "[[standard.requirements]]\nkey = 'k'\nitem.en = 'K'\nlimit = '1'\ncaveat = 'nope'\n",
            "no caveat named 'nope'",
        ),
        ('[[notice]]\nid = "N-1"\npublished = 2026-01-01T10:00:00\n', "has no JSON form"),
        ("[[standard]\n", "family.toml"),
    ],
)
def test_source_mistakes_are_refused_with_the_place(tmp_path: Path, family: str, message: str) -> None:
    folder = sources(tmp_path, family)
    with pytest.raises(tool.SourceError, match=message.replace("(", r"\(").replace("[", r"\[")):
        tool.build(folder)


@pytest.mark.parametrize(
    ("protocol", "extra", "field"),
    [
        (2, 'check = { kind = "maximum", value = 20, unit = "mg/kg" }', "requirements[0].check"),
        (2, 'when.finish = ["pigment_print"]', "requirements[0].when.finish[0]"),
        (2, "when.age_months = { min = 36, max = 12 }", "requirements[0].when.age_months"),
        (1, 'check = { kind = "max", value = 20, unit = "mg/kg" }', "requirements[0].check"),
    ],
)
def test_protocol_2_sources_the_parser_refuses_are_not_compiled(
    tmp_path: Path, protocol: int, extra: str, field: str
) -> None:
    item = '[[standard.requirements]]\nkey = "f"\nitem.en = "F"\nitem.zh = "甲"\nlimit = "≤ 20"\n'
    folder = sources(tmp_path, STANDARD + item + extra + "\n", settings=f"protocol = {protocol}\n")
    with pytest.raises(tool.SourceError, match=re.escape(f"field {field}")):
        tool.build(folder)
