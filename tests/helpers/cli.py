"""The command line in-process, through `desktop_app.cli.main(argv)`, as the shell would see it.

`run_cli` captures what the command writes (it writes UTF-8 to
`sys.stdout.buffer`), gives it a stdin that is not a terminal, and turns an
argparse exit (`--version`, a usage error) into its exit code. Whatever else
the command raises is a bug and fails the test with its traceback.

`subprocess_env` is for the few tests that need a real process (the smoke
test, killing a process): the child imports this checkout, whatever the
working directory.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Mapping
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

from . import ROOT


@dataclass(frozen=True)
class CliResult:
    """Like `subprocess.CompletedProcess`: the exit code and the decoded output."""

    returncode: int
    stdout: str
    stderr: str


def _stream() -> io.TextIOWrapper:
    return io.TextIOWrapper(io.BytesIO(), encoding="utf-8", write_through=True)


def _text(stream: io.TextIOWrapper) -> str:
    stream.flush()
    return stream.buffer.getvalue().decode("utf-8")  # type: ignore[attr-defined]


def run_cli(data_dir: Path | None, *args: str, stdin: str | None = None) -> CliResult:
    """`textile-assistant --data-dir DATA_DIR ARGS...` in this process."""
    from desktop_app.cli import main

    argv = ([] if data_dir is None else ["--data-dir", str(data_dir)]) + list(args)
    out, err = _stream(), _stream()
    saved_stdin = sys.stdin
    sys.stdin = io.StringIO(stdin or "")
    try:
        with redirect_stdout(out), redirect_stderr(err):
            try:
                code = main(argv)
            except SystemExit as exc:  # argparse: --version, --help, usage errors
                code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    finally:
        sys.stdin = saved_stdin
    return CliResult(int(code), _text(out), _text(err))


def subprocess_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment for a child Python that must import this checkout, offscreen."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), *filter(None, [env.get("PYTHONPATH")])])
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.update(extra or {})
    return env


def add_bodysuit_with_report(data_dir: Path, report: str, *, customer: str | None = None) -> None:
    """The issue's baby bodysuit BB-001 (knitted, infant, CN) and a test report `report` covering it."""
    product = ["product", "add", "--sku", "BB-001", "--name", "婴儿连体衣", "--category", "garment"]
    product += [
        "--age-group",
        "infant",
        "--skin-contact",
        "direct",
        "--market",
        "CN",
        "--fibre",
        "cotton:100",
    ]
    product += ["--type", "bodysuit", "--construction", "knitted"]
    product += ["--customer", customer] if customer else []
    r = run_cli(data_dir, *product)
    assert r.returncode == 0, r.stderr
    cert = ["cert", "add", "--scheme", "test-report", "--number", report, "--issuer", "SGS 上海"]
    r = run_cli(data_dir, *cert, "--issued", "2026-11-20", "--product", "BB-001")
    assert r.returncode == 0, r.stderr
