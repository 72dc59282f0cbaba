"""Listing commands load only what they use: no SQLAlchemy (they read with `sqlite3`,
`workspace.quick`), no PDF, HTTP, migration, spreadsheet or Qt code.

Run in a fresh interpreter (this test process has imported everything
already), on a data folder whose database is at the current revision.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
HEAVY = (
    "sqlalchemy",
    "alembic",
    "reportlab",
    "pypdf",
    "requests",
    "pydantic",
    "cryptography",
    "keyring",
    "openpyxl",
    "PySide6",
)
CODE = """
import json, sys
from desktop_app.cli import main
code = main(sys.argv[1:])
loaded = sorted({m.split(".")[0] for m in sys.modules} & set(json.loads(sys.stdin.readline())))
ours = sorted(m for m in sys.modules if m.startswith(("desktop_app.sync", "desktop_app.reports", "desktop_app.imports")))
print(json.dumps({"code": code, "loaded": loaded, "ours": ours}))
"""


@pytest.mark.parametrize("command", [["catalogue", "stats"], ["product", "list"], ["cert", "list"]])
def test_a_listing_command_imports_nothing_it_does_not_use(data_dir: Path, command: list[str]):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", CODE, "--data-dir", str(data_dir), *command, "--json"],
        input=json.dumps(HEAVY) + "\n",
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result == {"code": 0, "loaded": [], "ours": []}
