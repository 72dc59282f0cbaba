"""Two imports at once (issue 15, what was left), on SQLite and on the PostgreSQL test server.

Two PCs (two workspaces, each on its own thread) write a products file at
the same moment, both adding the same new SKU. SQLite's BEGIN IMMEDIATE
lets one write at a time; on PostgreSQL the import lock does the same: the
second waits, plans again against the first one's records and writes. Both
imports are applied whole; no row is lost or doubled; the shared SKU is
added by one and updated by the other.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from desktop_app.workspace import Workspace
from desktop_app.workspace.backups import BackupService
from desktop_app.workspace.transfer import ImportReport, TransferService
from tests.helpers import TODAY
from tests.unit.imports.files import PRODUCT_HEADERS_ZH, write_csv

both_engines = pytest.mark.parametrize("database_url", ["sqlite", "postgresql"], indirect=True)


def sheet(path: Path, *rows: tuple[str, str]) -> Path:
    lines = [[sku, name, "服装", "婴幼儿", "是", "中国", "100%棉", ""] for sku, name in rows]
    return write_csv(path, [PRODUCT_HEADERS_ZH, *lines], encoding="gb18030")


@both_engines
def test_two_imports_at_once_are_applied_one_after_the_other(data_dir: Path, tmp_path: Path, monkeypatch):
    files = {
        "A": sheet(tmp_path / "a.csv", ("SHARED-1", "甲厂的名字"), ("ONLY-A", "甲")),
        "B": sheet(tmp_path / "b.csv", ("SHARED-1", "乙厂的名字"), ("ONLY-B", "乙")),
    }
    # both reach the writing transaction together; each holds it a moment after planning
    together = threading.Barrier(2, timeout=60)
    real_backup, real_plan = BackupService.auto_backup, TransferService._plan_products

    def backup_then_meet(self, reason):
        path = real_backup(self, reason)
        together.wait()
        return path

    def plan_then_linger(self, s, parsed, report, write):
        real_plan(self, s, parsed, report, write)
        if write:
            time.sleep(0.5)  # the other PC tries meanwhile

    monkeypatch.setattr(BackupService, "auto_backup", backup_then_meet)
    monkeypatch.setattr(TransferService, "_plan_products", plan_then_linger)
    reports: dict[str, ImportReport] = {}
    errors: dict[str, BaseException] = {}

    def run(name: str) -> None:
        ws = Workspace(data_dir, today=lambda: TODAY)
        try:
            reports[name] = ws.transfer.import_products(files[name], apply=True)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors[name] = exc
            together.abort()
        finally:
            ws.close()

    threads = [threading.Thread(target=run, args=(n,)) for n in files]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors, errors
    assert all(r.applied for r in reports.values())
    added = {name: {c.key for c in r.added} for name, r in reports.items()}
    updated = {name: {c.key for c in r.updated} for name, r in reports.items()}
    assert sorted(n for n in files if "SHARED-1" in added[n]) in (["A"], ["B"])  # added once
    second = "B" if "SHARED-1" in added["A"] else "A"
    assert updated[second] == {"SHARED-1"}

    ws = Workspace(data_dir, today=lambda: TODAY)
    try:
        products = {p.sku: p for p in ws.products.list()}
        assert {"SHARED-1", "ONLY-A", "ONLY-B"} <= set(products)
        assert products["SHARED-1"].name == ("甲厂的名字" if second == "A" else "乙厂的名字")
        assert products["SHARED-1"].version == 2
        history = ws.audit.product_history("SHARED-1")
        assert sorted(e.action for e in history) == ["created", "edited"]
    finally:
        ws.close()
