"""English counts in the transfer and demo commands: "1 product", "1 row", never "1 products"."""

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
    assert "exported 1 row /" in r.stdout and "1 rows" not in r.stdout

    assert run(data_dir, "backup", str(tmp_path / "b.zip")).returncode == 0
    r = run(data_dir, "restore", str(tmp_path / "b.zip"))
    assert r.returncode == 0, r.stderr
    assert "(1 product, 0 certificates, 0 scans)" in r.stdout, r.stdout


def test_demo_counts_in_the_plural(data_dir: Path):
    r = run(data_dir, "demo", "--here")
    assert r.returncode == 0, r.stderr
    assert "12 products, 8 certificates added" in r.stdout
