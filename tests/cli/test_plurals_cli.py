"""English counts in the transfer and demo commands: "1 product", "1 row", never "1 products";
the same lines in Chinese for a Chinese firm (the default)."""

from __future__ import annotations

from pathlib import Path

from desktop_app.cli.plural import count
from desktop_app.workspace import Workspace
from tests.helpers.cli import run_cli as run
from tests.helpers.factories import make_product


def test_count_says_one_and_many():
    assert count(1, "product") == "1 product"
    assert count(0, "product") == "0 products"
    assert count(2, "entry", "entries") == "2 entries"


def test_one_product_exported_backed_up_and_restored_in_the_singular(data_dir: Path, tmp_path: Path):
    ws = Workspace(data_dir)
    try:
        ws.products.add(make_product(sku="ONE-1"))
    finally:
        ws.close()
    r = run(data_dir, "export", "products", "-o", str(tmp_path / "p.csv"))
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("已导出 1 行：")
    assert run(data_dir, "firm", "--language", "en").returncode == 0
    r = run(data_dir, "export", "products", "-o", str(tmp_path / "p.csv"))
    assert "exported 1 row:" in r.stdout and "1 rows" not in r.stdout

    assert run(data_dir, "backup", str(tmp_path / "b.zip")).returncode == 0
    r = run(data_dir, "restore", str(tmp_path / "b.zip"))
    assert r.returncode == 0, r.stderr
    assert "(1 product, 0 certificates, 0 scans)" in r.stdout, r.stdout  # the firm's language, read before


def test_demo_counts_in_the_plural(data_dir: Path, tmp_path: Path):
    r = run(data_dir, "demo", "--here")
    assert r.returncode == 0, r.stderr
    assert "已添加 12 个产品、9 份证书" in r.stdout
    r = run(data_dir, "demo", "--here")  # a second time: nothing added, and said so
    assert r.returncode == 0 and "演示数据已在其中" in r.stdout, r.stdout
    english = tmp_path / "english"
    assert run(english, "firm", "--language", "en").returncode == 0
    r = run(english, "demo")  # the separate demo firm, said in this firm's language
    assert r.returncode == 0, r.stderr
    assert "12 products, 9 certificates added" in r.stdout
    assert "(already filled)" in run(english, "demo").stdout
