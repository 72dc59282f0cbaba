"""`textile-assistant checklist` and `checklist log` in-process through `cli.main(argv)`."""

from __future__ import annotations

import json
from pathlib import Path

from pypdf import PdfReader

from tests.helpers.cli import run_cli as run


def test_demo_then_all_checklists_then_the_log(data_dir: Path, tmp_path: Path):
    assert run(data_dir, "demo", "--here").returncode == 0
    out = tmp_path / "all.pdf"
    r = run(data_dir, "checklist", "--all", "-o", str(out), "--json")
    assert r.returncode == 0, r.stderr
    made = json.loads(r.stdout)
    assert len(made["checklists"]) == 12 and made["file"] == str(out.resolve())
    reader = PdfReader(out)
    assert len(reader.pages) == made["pages"]
    assert [m.title.split()[0] for m in reader.outline] == [c["sku"] for c in made["checklists"]]

    r = run(data_dir, "checklist", "log", "--json")
    assert r.returncode == 0, r.stderr
    log = json.loads(r.stdout)
    assert {e["id"] for e in log} == {c["id"] for c in made["checklists"]}
    assert {e["file"] for e in log} == {str(out.resolve())}

    r = run(
        data_dir,
        "checklist",
        "BB-001",
        "--lang",
        "both",
        "--paper",
        "letter",
        "--split",
        str(tmp_path / "each"),
    )
    assert r.returncode == 0, r.stderr
    (single,) = (tmp_path / "each").iterdir()
    assert single.name.startswith("BB-001_CL-") and "BB-001" in r.stdout

    r = run(data_dir, "checklist", "log", "--product", "BB-001")
    assert r.returncode == 0 and r.stdout.count("BB-001") >= 2 and "both" in r.stdout


def test_checklist_usage_errors(data_dir: Path, tmp_path: Path):
    r = run(data_dir, "checklist", "NOPE", "-o", str(tmp_path / "x.pdf"))
    assert r.returncode == 2 and "NOPE" in r.stderr
    r = run(data_dir, "checklist", "--all")
    assert r.returncode == 2 and "-o" in r.stderr
    r = run(data_dir, "checklist", "-o", str(tmp_path / "x.pdf"))
    assert r.returncode == 2
    assert not (tmp_path / "x.pdf").exists()
