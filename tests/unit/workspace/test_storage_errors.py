"""A full disk while writing: a clear error naming the problem, and not one record lost.

The disk is filled for real as far as SQLite can tell (`tests.helpers.storage`).
"""

from __future__ import annotations

import pytest

from desktop_app.core.errors import StorageError
from desktop_app.core.products import FibreShare, Product
from desktop_app.workspace.transfer import ImportWriteError
from tests.helpers.storage import fill_the_disk
from tests.unit.imports.files import write_csv


def many_products(n: int) -> list[Product]:
    return [
        Product(
            f"FULL-{i}",
            f"满盘 {i}",
            "fabric",
            "adult",
            "indirect",
            composition=(FibreShare("cotton", 100),),
            notes="备注 " * 300,
        )
        for i in range(n)
    ]


def test_a_full_disk_is_a_clear_error_and_loses_nothing(demo_ws):
    ws = demo_ws
    before = [p.sku for p in ws.products.list()]
    fill_the_disk(ws)
    with pytest.raises(StorageError) as err:
        for product in many_products(400):
            ws.products.add(product)
    assert err.value.problem == "disk_full" and "the disk is full" in str(err.value)
    assert "no record was lost" in str(err.value) and str(ws.paths.database) in str(err.value)
    # everything committed before the failure is still there and readable
    after = [p.sku for p in ws.products.list()]
    assert set(before) <= set(after) and ws.backups.quick_check() == "ok"
    assert all(s.startswith("FULL-") for s in set(after) - set(before))


def test_an_import_on_a_full_disk_writes_nothing(demo_ws, tmp_path):
    ws = demo_ws
    rows = [["货号", "名称", "类别", "年龄段", "接触皮肤", "成分", "备注"]] + [
        [f"N-{i}", f"新品 {i}", "面料", "成人", "否", "棉100%", "备注 " * 300] for i in range(400)
    ]
    path = write_csv(tmp_path / "big.csv", rows, encoding="utf-8")
    before = sorted(p.sku for p in ws.products.list())
    ws.backups.auto_backup("made before the disk filled")  # the import's own backup needs space too
    fill_the_disk(ws)
    with pytest.raises(ImportWriteError, match="nothing was written.*disk is full"):
        ws.transfer.import_products(path, apply=True)
    assert sorted(p.sku for p in ws.products.list()) == before  # one transaction: all or nothing
