"""Listings read quickly (`workspace.quick`) print exactly what the full path prints.

Each command runs twice on the same data folder: once as it runs for a user
(the quick view answers; the test checks that it did) and once with the
quick view declining, as it does for a folder it may not read, so that the
workspace answers. The outputs must be byte for byte the same, in both of
the firm's languages, as tables and as `--json`.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from desktop_app.cli.messages import reason_line
from desktop_app.core.reasons import Reason
from desktop_app.workspace import Workspace, quick
from tests.helpers import TODAY
from tests.helpers.cli import CliResult, run_cli
from tests.helpers.factories import make_certificate, make_product

LISTINGS = [
    ("catalogue", "stats"),
    ("product", "list"),
    ("product", "list", "--search", "bb"),
    ("product", "list", "--search", "婴儿"),
    ("product", "list", "--category", "fabric"),
    ("product", "list", "--market", "EU"),
    ("product", "list", "--search", "%"),
    ("cert", "list"),
    ("cert", "list", "--history"),
    ("cert", "list", "--expiring-within", "90"),
    ("cert", "list", "--product", "BB-001"),
]


def _both_paths(monkeypatch: pytest.MonkeyPatch, data_dir: Path, *args: str) -> tuple[CliResult, CliResult]:
    answers: list[Any] = []
    real = quick.read_quickly

    def spy(*a: Any, **kw: Any) -> Any:
        answers.append(real(*a, **kw))
        return answers[-1]

    with monkeypatch.context() as m:
        m.setattr(quick, "read_quickly", spy)
        fast = run_cli(data_dir, *args)
    assert answers and answers[-1] is not None, f"{args}: the quick view did not answer"
    with monkeypatch.context() as m:
        m.setattr(quick, "read_quickly", lambda *a, **kw: None)  # what it says for a folder it may not read
        full = run_cli(data_dir, *args)
    return fast, full


def _firm(data_dir: Path, *, demo: bool, language: str) -> None:
    ws = Workspace(data_dir, today=lambda: TODAY)
    try:
        if demo:
            ws.demo.load()
            # a renewal, so that --history has something to show or hide
            ws.products.add(make_product(sku="QK-001", name="Quick 快速", customer="Ａcme"))
            old = ws.certificates.add(make_certificate(number="QK-OLD", products=("QK-001",))).value
            ws.certificates.renew(old.number, make_certificate(number="QK-NEW", products=("QK-001",)))
        ws.save_firm(replace(ws.firm(), language=language))
    finally:
        ws.close()


@pytest.mark.parametrize("language", ["zh_CN", "en"])
@pytest.mark.parametrize("demo", [True, False], ids=["demo-firm", "empty-firm"])
@pytest.mark.parametrize("as_json", [False, True], ids=["table", "json"])
@pytest.mark.parametrize("command", LISTINGS, ids=" ".join)
def test_quick_output_is_the_full_paths(
    monkeypatch: pytest.MonkeyPatch, data_dir: Path, command, as_json: bool, demo: bool, language: str
):
    _firm(data_dir, demo=demo, language=language)
    args = (*command, "--json") if as_json else command
    fast, full = _both_paths(monkeypatch, data_dir, *args)
    assert full.returncode == 0, full.stderr
    assert (fast.returncode, fast.stdout, fast.stderr) == (full.returncode, full.stdout, full.stderr)
    assert fast.stdout.strip()


def test_the_quick_view_reads_the_firms_language_for_the_cli(data_dir: Path):
    _firm(data_dir, demo=False, language="en")
    assert run_cli(data_dir, "product", "list").returncode == 0
    assert reason_line(Reason.UNKNOWN_SKU, {"value": "X"}) == reason_line(
        Reason.UNKNOWN_SKU, {"value": "X"}, language="en"
    )
    _firm(data_dir, demo=False, language="zh_CN")
    assert run_cli(data_dir, "catalogue", "stats").returncode == 0
    assert reason_line(Reason.UNKNOWN_SKU, {"value": "X"}) == reason_line(
        Reason.UNKNOWN_SKU, {"value": "X"}, language="zh_CN"
    )
