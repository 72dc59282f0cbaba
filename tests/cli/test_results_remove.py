"""`results remove ID` passes the version it read (or `--if-version N`): a changed result is kept."""

from __future__ import annotations

import json
from pathlib import Path

from tests.helpers.cli import add_bodysuit_with_report
from tests.helpers.cli import run_cli as run

REPORT = "SGS-SH-2026-0002"


def _one_result(data_dir: Path) -> dict:
    add_bodysuit_with_report(data_dir, REPORT)
    add = ["results", "add", "--report", REPORT, "--sku", "BB-001", "--standard", "GB 18401-2010"]
    r = run(data_dir, *add, "--item", "formaldehyde=12", "--unit", "mg/kg", "--json")
    assert r.returncode == 0, r.stderr
    (stored,) = json.loads(r.stdout)
    return stored


def _count(data_dir: Path) -> int:
    return len(json.loads(run(data_dir, "results", "list", "--json").stdout))


def test_a_result_is_removed_at_the_version_listed(data_dir: Path) -> None:
    stored = _one_result(data_dir)
    assert stored["version"] == 1  # `results list --json` and `add --json` print it
    r = run(data_dir, "results", "remove", str(stored["id"]), "--if-version", "1")
    assert r.returncode == 0, r.stderr
    assert _count(data_dir) == 0


def test_a_result_at_another_version_is_kept(data_dir: Path) -> None:
    stored = _one_result(data_dir)
    r = run(data_dir, "results", "remove", str(stored["id"]), "--if-version", "2")
    assert r.returncode != 0
    assert str(stored["id"]) in r.stderr and r.stderr.count("\n") <= 2
    assert _count(data_dir) == 1


def test_without_a_version_the_one_read_is_passed_and_a_missing_id_is_refused(data_dir: Path) -> None:
    stored = _one_result(data_dir)
    assert run(data_dir, "results", "remove", str(stored["id"])).returncode == 0
    again = run(data_dir, "results", "remove", str(stored["id"]))
    assert again.returncode != 0 and str(stored["id"]) in again.stderr
    assert _count(data_dir) == 0
