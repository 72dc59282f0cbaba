"""`product add/edit` refuse typos with a suggestion, accept the Chinese names; `standards --json` shape."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from desktop_app.cli.product_commands import _print_applicable, applicable_json
from desktop_app.core.applicability import POSSIBLE, UPCOMING, Applicable
from desktop_app.core.catalogue import Check, LocalText, Requirement, Standard
from tests.helpers.cli import run_cli as run

BASE = (
    "product", "add", "--sku", "PJ-1", "--name", "儿童睡衣",
    "--category", "garment", "--age-group", "child", "--skin-contact", "direct",
)  # fmt: skip


@pytest.mark.parametrize(
    "extra, field, value, near",
    [
        (("--fibre", "coton:100"), "fibre", "coton", "cotton"),
        (("--fibre", "cotton:100", "--claim", "organc"), "claim", "organc", "organic"),
        (("--fibre", "cotton:100", "--type", "sleepware"), "product_type", "sleepware", "sleepwear"),
        (("--fibre", "cotton:100", "--component", "zipp"), "component", "zipp", "zip"),
        (("--fibre", "cotton:100", "--finish", "coatd"), "finish", "coatd", "coated"),
    ],
)
def test_typos_exit_2_with_one_line_naming_field_value_and_suggestion(
    data_dir: Path, extra, field, value, near
):
    r = run(data_dir, *BASE, *extra)
    assert r.returncode == 2, r.stdout
    line = r.stderr.strip()
    assert "\n" not in line
    assert field in line and value in line and f"did you mean {near}?" in line
    assert run(data_dir, "product", "show", "PJ-1").returncode == 2  # nothing written


def test_unknown_market_is_refused(data_dir: Path):
    r = run(data_dir, *BASE, "--fibre", "cotton:100", "--market", "XX")
    assert r.returncode == 2 and "market" in r.stderr and "'XX'" in r.stderr
    assert r.stderr.strip().count("\n") == 0


@pytest.mark.parametrize(
    "extra, field",
    [
        (("--age-months", "60-24"), "age_months"),
        (("--age-months", "0-1300"), "age_months"),
        (("--height-cm", "300"), "height_cm"),
        (("--height-cm", "tall"), "height_cm"),
    ],
)
def test_bad_ranges_exit_2(data_dir: Path, extra, field):
    r = run(data_dir, *BASE, "--fibre", "cotton:100", *extra)
    assert r.returncode == 2 and field in r.stderr


def test_chinese_names_are_accepted(data_dir: Path):
    r = run(
        data_dir,
        "product", "add", "--sku", "PJ-2", "--name", "成人睡衣",
        "--category", "服装", "--fibre", "棉:95", "--fibre", "氨纶:5", "--type", "睡衣",
        "--construction", "针织", "--component", "拉链", "--age-group", "成人",
        "--skin-contact", "直接接触", "--market", "US-CA", "--origin", "CN-XJ",
        "--age-months", "216-", "--height-cm", "150–190",
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    data = json.loads(run(data_dir, "product", "show", "PJ-2", "--json").stdout)
    assert (data["category"], data["age_group"], data["skin_contact"]) == ("garment", "adult", "direct")
    assert data["composition"] == [
        {"fibre": "cotton", "percent": 95.0},
        {"fibre": "elastane", "percent": 5.0},
    ]
    assert data["markets"] == ["US-CA"]
    assert {"product_type", "construction", "components", "age_months", "height_cm", "origins"} <= set(data)


def test_standards_json_shape_and_as_of(data_dir: Path):
    assert run(data_dir, *BASE, "--fibre", "cotton:100", "--market", "CN").returncode == 0
    for extra in ((), ("--as-of", "2027-11-01")):
        r = run(data_dir, "standards", "PJ-1", "--json", *extra)
        assert r.returncode == 0, r.stderr
        standards = json.loads(r.stdout)
        assert standards
        for s in standards:
            assert {
                "code", "title", "grade", "mandatory", "status", "applies", "effective", "until",
                "missing", "reason", "requirements", "upcoming_requirements",
            } <= set(s)  # fmt: skip
            assert s["applies"] in ("in_force", "upcoming", "possible")
            for q in s["requirements"] + s["upcoming_requirements"]:
                assert {"key", "item", "limit", "unit", "method", "check", "effective", "until"} <= set(q)
    r = run(data_dir, "standards", "PJ-1", "--as-of", "2027-13-01")
    assert r.returncode == 2 and "as_of" in r.stderr


def _standard(items: tuple[Requirement, ...]) -> Standard:
    return Standard(
        code="X 1-2026",
        title=LocalText("测试", "Test"),
        issuer="x",
        markets=("EU",),
        status="current",
        mandatory=True,
        requirements=items,
    )


def test_upcoming_items_and_possible_standards_are_shown_apart(capsys):
    now = Requirement("pfhxa", LocalText("全氟己酸", "PFHxA"), None, "≤ 25", "ppb", check=Check("max", 25))
    later = Requirement(
        "pfhxa_textiles", LocalText("全氟己酸（家纺）", "PFHxA (home textiles)"), None, "≤ 25", "ppb",
        effective=dt.date(2027, 10, 10),
    )  # fmt: skip
    upcoming = Applicable(
        _standard((later,)), None, (LocalText("因", "because"),), ("r1",),
        applies=UPCOMING, effective=dt.date(2027, 10, 10), requirements=(), upcoming_requirements=(later,),
    )  # fmt: skip
    possible = Applicable(
        _standard((now,)), None, (), ("r2",), applies=POSSIBLE, missing=("age_months",), requirements=(now,)
    )
    _print_applicable([upcoming, possible], "en")
    out = capsys.readouterr().out
    assert "upcoming: from 2027-10-10" in out and "[from 2027-10-10]" in out
    assert "possible: record the age range (months)" in out and "适用月龄" not in out
    _print_applicable([upcoming, possible], "zh")
    out = capsys.readouterr().out
    assert "即将适用：自 2027-10-10" in out and "可能适用：请填写适用月龄" in out
    assert "upcoming" not in out and "age range" not in out
    data = applicable_json(upcoming)
    assert data["applies"] == "upcoming" and data["effective"] == "2027-10-10"
    assert data["upcoming_requirements"][0]["effective"] == "2027-10-10"
    assert applicable_json(possible)["requirements"][0]["check"] == {"kind": "max", "value": 25}
    assert applicable_json(possible)["missing"] == ["age_months"]


def test_an_exemption_the_record_cannot_settle_leaves_the_standard_in_force(data_dir: Path):
    """GB 18401 exempts some product types: a baby garment that records none still gets it, in force,
    with the product type named to record (never dropped to "possible" on an unproven exemption)."""
    r = run(
        data_dir, "product", "add", "--sku", "BB-9", "--name", "婴儿连体衣", "--category", "garment",
        "--age-group", "infant", "--skin-contact", "direct", "--fibre", "cotton:100", "--market", "CN",
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    standards = {s["code"]: s for s in json.loads(run(data_dir, "standards", "BB-9", "--json").stdout)}
    gb18401 = standards["GB 18401-2010"]
    assert gb18401["applies"] == "in_force" and gb18401["grade"] == "A"
    assert "product_type" in gb18401["missing"]
    text = run(data_dir, "standards", "BB-9").stdout
    section = text.split("GB 18401-2010", 1)[1].split("\nGB ", 1)[0]
    assert "请填写产品类型" in section and "product type" not in section
    english = run(data_dir, "standards", "BB-9", "--lang", "en").stdout
    assert "record the product type" in english.split("GB 18401-2010", 1)[1].split("\nGB ", 1)[0]


def test_limits_in_words_print_in_the_firms_language(capsys):
    banned = Requirement("pfas", LocalText("不得含有PFAS", "No PFAS"), None, "not permitted", "mg/kg")
    fast = Requirement("water", LocalText("耐水色牢度", "Colour fastness to water"), None, "≥ 3-4", "grade")
    applicable = Applicable(_standard((banned, fast)), None, (), ("r",), requirements=(banned, fast))
    _print_applicable([applicable], "zh")
    zh = capsys.readouterr().out
    assert "不得含有PFAS：不允许\n" in zh and "耐水色牢度：≥ 3-4 级" in zh
    _print_applicable([applicable], "en")
    en = capsys.readouterr().out
    assert "No PFAS: not permitted\n" in en and "Colour fastness to water: ≥ 3-4 grade" in en
