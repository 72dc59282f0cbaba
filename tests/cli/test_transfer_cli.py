"""`import`, `export`, `backup` and `restore` in-process through `cli.main(argv)`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.helpers.cli import run_cli as run
from tests.unit.imports.files import certificates_gb18030, products_gb18030


def products(data_dir: Path) -> list[str]:
    return [p["sku"] for p in json.loads(run(data_dir, "product", "list", "--json").stdout)]


def test_import_dry_run_apply_and_all_or_nothing(data_dir: Path, tmp_path: Path):
    path = products_gb18030(tmp_path / "产品.csv")
    r = run(data_dir, "import", "products", str(path), "--all-or-nothing", "--apply")
    assert r.returncode == 2 and "未写入任何数据" in r.stdout
    assert products(data_dir) == []

    r = run(data_dir, "import", "products", str(path))  # dry run: bad rows listed, exit 0
    assert r.returncode == 0, r.stderr
    assert (
        "gb18030" in r.stdout and "鞋类" in r.stdout and "合计 90%" in r.stdout and "预览：未写入" in r.stdout
    )
    assert products(data_dir) == []

    r = run(data_dir, "import", "products", str(path), "--apply", "--json")
    assert r.returncode == 0, r.stderr
    report = json.loads(r.stdout)
    assert report["applied"] and [a["key"] for a in report["added"]] == [
        "BB-101",
        "HT-201",
        "KD-301",
        "FB-401",
    ]
    assert [(e["row"], e["column"]) for e in report["rejected"]] == [(6, "类别"), (7, "成分"), (8, "货号")]
    assert Path(report["backup"]).exists()
    assert sorted(products(data_dir)) == ["BB-101", "FB-401", "HT-201", "KD-301"]

    r = run(
        data_dir,
        "import",
        "certificates",
        str(certificates_gb18030(tmp_path / "证书.csv")),
        "--apply",
        "--json",
    )
    report = json.loads(r.stdout)
    assert len(report["added"]) == 3 and {e["value"] for e in report["rejected"]} == {"2025-02-30", "NOPE-1"}

    r = run(data_dir, "import", "products", str(tmp_path / "missing.csv"))
    assert r.returncode == 2 and "文件不存在" in r.stderr and str(tmp_path / "missing.csv") in r.stderr


def test_template_export_backup_restore(data_dir: Path, tmp_path: Path):
    assert run(data_dir, "demo", "--here").returncode == 0
    r = run(data_dir, "import", "template", "products", "-o", str(tmp_path / "tpl.xlsx"))
    assert r.returncode == 0, r.stderr
    assert load_workbook(tmp_path / "tpl.xlsx").worksheets[0]["A1"].value == "货号 SKU"

    for kind, name in (("products", "p.csv"), ("certificates", "c.xlsx"), ("matrix", "m.xlsx")):
        r = run(data_dir, "export", kind, "-o", str(tmp_path / name))
        assert r.returncode == 0, r.stderr
    assert (tmp_path / "p.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert run(data_dir, "export", "products", "-o", str(tmp_path / "p.pdf")).returncode == 2

    r = run(data_dir, "backup", str(tmp_path / "b.zip"))
    assert r.returncode == 0, r.stderr
    assert run(data_dir, "product", "remove", "BB-001").returncode == 0
    r = run(data_dir, "restore", str(tmp_path / "p.csv"))
    assert r.returncode == 2 and str(tmp_path / "p.csv") in r.stderr
    assert "BB-001" not in products(data_dir)
    r = run(data_dir, "restore", str(tmp_path / "b.zip"))
    assert r.returncode == 0, r.stderr
    assert "12 个产品" in r.stdout and "BB-001" in products(data_dir)


def test_import_lists_old_to_new_and_asks_before_a_safety_relevant_change(data_dir: Path, tmp_path: Path):
    from tests.unit.imports.files import write_csv

    run(data_dir, "import", "products", str(products_gb18030(tmp_path / "p.csv")), "--apply")
    rows = [
        ["SKU", "Name", "Category", "Age group", "Skin contact", "Composition"],
        ["BB-101", "婴儿连体衣", "服装", "成人", "是", "95%棉 5%氨纶"],
    ]
    path = write_csv(tmp_path / "u.csv", rows, encoding="utf-8")

    dry = run(data_dir, "import", "products", str(path))
    assert dry.returncode == 0
    assert "婴幼儿 → 成人" in dry.stdout and "⚠" in dry.stdout and "--yes" in dry.stdout

    refused = run(data_dir, "import", "products", str(path), "--apply")
    assert refused.returncode == 2 and "未写入" in refused.stdout
    [bb] = [p for p in json.loads(run(data_dir, "product", "list", "--json").stdout) if p["sku"] == "BB-101"]
    assert bb["age_group"] == "infant"

    as_json = json.loads(run(data_dir, "import", "products", str(path), "--apply", "--json").stdout)
    assert as_json["needs_confirmation"] and not as_json["applied"]
    assert as_json["updated"][0]["diffs"] == [
        {"field": "age_group", "old": "婴幼儿", "new": "成人", "safety": True}
    ]

    done = run(data_dir, "import", "products", str(path), "--apply", "--yes")
    assert done.returncode == 0
    [bb] = [p for p in json.loads(run(data_dir, "product", "list", "--json").stdout) if p["sku"] == "BB-101"]
    assert bb["age_group"] == "adult"


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_backup_and_restore_of_a_shared_database(data_dir: Path, tmp_path: Path, database_url: str | None):
    """The folder names a PostgreSQL host: `backup` writes a logical export of its tables, `restore`
    puts it back there (and says which PCs are in the way while others are connected)."""
    import zipfile

    from desktop_app.workspace import Workspace

    assert run(data_dir, "demo", "--here").returncode == 0
    r = run(data_dir, "backup", str(tmp_path / "b.zip"))
    assert r.returncode == 0, r.stderr
    with zipfile.ZipFile(tmp_path / "b.zip") as zf:
        assert json.loads(zf.read("manifest.json"))["format_version"] == 2
    assert run(data_dir, "product", "remove", "BB-001").returncode == 0

    other = Workspace(data_dir)  # another PC with the app open
    try:
        other.products.list()
        r = run(data_dir, "restore", str(tmp_path / "b.zip"))
        assert r.returncode == 2 and "其他电脑" in r.stderr
    finally:
        other.close()
    _until_no_other_pc(database_url)  # the server ends a closed connection's backend a moment later
    assert "BB-001" not in products(data_dir)

    r = run(data_dir, "restore", str(tmp_path / "b.zip"))
    assert r.returncode == 0, r.stderr
    assert "12 个产品" in r.stdout and "BB-001" in products(data_dir)


def _until_no_other_pc(url: str | None, seconds: float = 10.0) -> None:
    import time

    from desktop_app.db.engine import make_engine
    from desktop_app.workspace.backup_logical import other_pcs

    assert url is not None
    engine = make_engine(url)
    try:
        deadline = time.monotonic() + seconds
        while other_pcs(engine) and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        engine.dispose()
