"""The command line in-process through `cli.main(argv)` (`tests.helpers.cli`)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.helpers.cli import run_cli as run


def test_issue_example_baby_bodysuit_and_curtain(data_dir: Path):
    r = run(
        data_dir,
        "product",
        "add",
        "--sku",
        "BB-001",
        "--name",
        "婴儿连体衣",
        "--category",
        "garment",
        "--age-group",
        "infant",
        "--skin-contact",
        "direct",
        "--market",
        "CN",
        "--fibre",
        "cotton:100",
    )
    assert r.returncode == 0, r.stderr
    r = run(data_dir, "standards", "BB-001", "--json")
    assert r.returncode == 0, r.stderr
    standards = {s["code"]: s for s in json.loads(r.stdout)}
    gb = standards["GB 18401-2010"]
    assert gb["grade"] == "A" and gb["mandatory"] is True
    assert set(gb) >= {"code", "title", "grade", "mandatory", "status", "reason", "requirements"}
    formaldehyde = next(q for q in gb["requirements"] if q["key"] == "formaldehyde")
    assert (formaldehyde["limit"], formaldehyde["unit"]) == ("≤ 20", "mg/kg")
    assert formaldehyde["method"].startswith("GB/T 2912.1")
    assert "GB 31701-2015" in standards

    r = run(
        data_dir,
        "product",
        "add",
        "--sku",
        "HT-301",
        "--name",
        "窗帘",
        "--category",
        "home_textile",
        "--age-group",
        "adult",
        "--skin-contact",
        "indirect",
        "--market",
        "CN",
        "--fibre",
        "polyester:100",
    )
    assert r.returncode == 0, r.stderr
    standards = {s["code"]: s for s in json.loads(run(data_dir, "standards", "HT-301", "--json").stdout)}
    assert standards["GB 18401-2010"]["grade"] == "C"


def test_bad_input_exit_2_with_one_line_naming_field(data_dir: Path):
    r = run(
        data_dir,
        "product",
        "add",
        "--sku",
        "X-1",
        "--name",
        "x",
        "--category",
        "shoes",
        "--age-group",
        "adult",
        "--skin-contact",
        "direct",
        "--fibre",
        "cotton:100",
    )
    assert r.returncode == 2
    assert r.stderr.strip().count("\n") == 0 and "category" in r.stderr and "shoes" in r.stderr
    r = run(
        data_dir,
        "product",
        "add",
        "--sku",
        "X-1",
        "--name",
        "x",
        "--category",
        "garment",
        "--age-group",
        "adult",
        "--skin-contact",
        "direct",
        "--fibre",
        "cotton:90",
    )
    assert r.returncode == 2 and "fibre" in r.stderr and "90" in r.stderr
    r = run(
        data_dir,
        "cert",
        "add",
        "--scheme",
        "gots",
        "--number",
        "G1",
        "--issuer",
        "CU",
        "--issued",
        "2026-05-01",
        "--expires",
        "2025-05-01",
    )
    assert r.returncode == 2 and "expires" in r.stderr
    r = run(
        data_dir,
        "cert",
        "add",
        "--scheme",
        "gots",
        "--number",
        "G1",
        "--issuer",
        "CU",
        "--issued",
        "2026-13-01",
    )
    assert r.returncode == 2 and "issued" in r.stderr
    r = run(
        data_dir,
        "cert",
        "add",
        "--scheme",
        "gots",
        "--number",
        "G1",
        "--issuer",
        "CU",
        "--issued",
        "2026-01-01",
        "--expires",
        "2027-01-01",
        "--product",
        "NOPE",
    )
    assert r.returncode == 2 and "NOPE" in r.stderr
    assert json.loads(run(data_dir, "product", "list", "--json").stdout) == []
    assert json.loads(run(data_dir, "cert", "list", "--json").stdout) == []


def test_demo_cert_list_gaps_catalogue(data_dir: Path):
    assert run(data_dir, "demo", "--here").returncode == 0
    certs = json.loads(run(data_dir, "cert", "list", "--json").stdout)
    assert {"scheme", "number", "issuer", "issued", "expires", "status", "days_left", "products"} <= set(
        certs[0]
    )
    expiring = json.loads(run(data_dir, "cert", "list", "--expiring-within", "30", "--json").stdout)
    assert expiring and all(c["days_left"] <= 30 for c in expiring)
    assert len(expiring) < len(certs)
    gaps = json.loads(run(data_dir, "gaps", "--json").stdout)
    assert any(g["sku"] == "HT-302" and g["kind"] == "claim" and g["gap"] == "expired" for g in gaps)
    stats = json.loads(run(data_dir, "catalogue", "stats", "--json").stdout)
    assert set(stats) == {"version", "standards", "rules", "notices"} and stats["version"] == 0
    found = json.loads(run(data_dir, "catalogue", "search", "婴幼儿", "--json").stdout)
    assert any(s["code"] == "GB 31701-2015" for s in found)
    table = run(data_dir, "product", "list")
    assert "婴儿连体衣" in table.stdout and "服装" in table.stdout and "Garment" not in table.stdout
    products = json.loads(run(data_dir, "product", "list", "--json").stdout)
    assert len(products) == 12 and {"sku", "name", "category", "markets", "composition"} <= set(products[0])


def test_version_and_unknown_sku(data_dir: Path):
    r = run(data_dir, "--version")
    assert r.returncode == 0 and "textile-assistant" in r.stdout
    r = run(data_dir, "standards", "NOPE")
    assert r.returncode == 2 and "NOPE" in r.stderr


def test_a_command_run_in_process_closes_its_database(data_dir: Path):
    assert run(data_dir, "demo", "--here").returncode == 0
    # the last connection closing checkpoints the WAL and removes it: nothing stays open
    assert not (data_dir / "assistant.sqlite3-wal").exists()
