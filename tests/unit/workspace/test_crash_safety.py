"""A process killed mid-write loses at most the change in flight."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests.helpers.cli import subprocess_env

WRITER = r"""
import sys
from pathlib import Path
from desktop_app.core.products import FibreShare, Product
from desktop_app.workspace import Workspace
ws = Workspace(Path(sys.argv[1]))
i = 0
while True:
    ws.products.add(Product(sku=f"K-{i}", name="产品", category="fabric", age_group="adult",
                            skin_contact="direct", composition=(FibreShare("cotton", 100),)))
    print(i, flush=True)
    i += 1
"""


def test_kill_during_writes_keeps_every_committed_product(data_dir: Path):
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(data_dir)],
        stdout=subprocess.PIPE,
        text=True,
        env=subprocess_env(),
    )
    acknowledged = -1
    deadline = time.monotonic() + 30
    assert proc.stdout is not None
    while acknowledged < 30 and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if line:
            acknowledged = int(line)
    proc.kill()  # SIGKILL on POSIX, TerminateProcess on Windows: no clean-up runs
    proc.wait()
    assert acknowledged >= 30, "the writer did not get going"

    con = sqlite3.connect(data_dir / "assistant.sqlite3")
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        skus = {row[0] for row in con.execute("select sku from products")}
    finally:
        con.close()
    # every product the writer reported as added is there; at most one more was in flight
    assert {f"K-{i}" for i in range(acknowledged + 1)} <= skus
    assert len(skus) <= acknowledged + 2
