"""Import of 5,000 products from .xlsx and .csv: dry run, apply, and a re-import.

Run: python bench/bench_import.py [N]
Prints seconds for writing the test files, reading them, a dry run, an apply
(one transaction, backup included) and a second import that changes nothing.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop_app.core.products import FibreShare, Product
from desktop_app.imports import PRODUCT_COLUMNS, headers, product_cells, read_records, write_table
from desktop_app.workspace import Workspace

FIBRES = ["cotton", "polyester", "elastane", "nylon", "wool", "silk", "viscose", "linen"]


def make_products(n: int, rnd: random.Random) -> list[Product]:
    out = []
    for i in range(n):
        a, b = rnd.sample(FIBRES, 2)
        pct = rnd.choice([60, 70, 80, 95])
        out.append(
            Product(
                sku=f"SKU-{i:05d}",
                name=f"产品 {i} Product",
                category=rnd.choice(["yarn", "fabric", "garment", "home_textile", "accessory"]),
                age_group=rnd.choice(["infant", "child", "adult"]),
                skin_contact=rnd.choice(["direct", "indirect"]),
                markets=tuple(rnd.sample(["CN", "EU", "US", "JP"], rnd.randint(1, 3))),
                composition=(FibreShare(a, pct), FibreShare(b, 100 - pct)),
                claims=tuple(rnd.sample(["organic", "recycled", "oeko-tex"], rnd.randint(0, 2))),
                customer=f"客户 {i % 50}",
            )
        )
    return out


def timed(label: str, fn):
    start = time.perf_counter()
    result = fn()
    print(f"{label:<44} {time.perf_counter() - start:7.2f} s")
    return result


def bench_format(products: list[Product], root: Path, suffix: str) -> None:
    n = len(products)
    path = root / f"products{suffix}"
    rows = (product_cells(p) for p in products)
    timed(f"write {suffix}", partial(write_table, path, headers(PRODUCT_COLUMNS), rows))
    parsed = timed(f"read and check {suffix} (no database)", partial(read_records, path, "products"))
    assert len(parsed.rows) == n and not parsed.errors
    ws = Workspace(root / f"data{suffix}")
    try:
        run = ws.transfer.import_products
        dry = timed(f"dry run {suffix}", partial(run, path))
        assert len(dry.added) == n
        done = timed(f"apply {suffix} (backup + one transaction)", partial(run, path, apply=True))
        assert done.written == n
        again = timed(f"re-import {suffix} (all unchanged)", partial(run, path, apply=True))
        assert len(again.unchanged) == n and not again.applied
    finally:
        ws.close()


def main(n: int = 5000) -> None:
    products = make_products(n, random.Random(7))
    print(f"{n} products")
    with tempfile.TemporaryDirectory() as tmp:
        for suffix in (".xlsx", ".csv"):
            bench_format(products, Path(tmp), suffix)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000)
