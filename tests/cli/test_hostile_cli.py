"""The command line never ends in a traceback: a byte that is not UTF-8 in an argument,
a reader that goes away (`| head`)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.helpers.cli import run_cli, subprocess_env


def test_an_argument_with_a_byte_that_is_not_utf8_is_named(data_dir):
    # how Python hands a non-UTF-8 byte of argv to the program (surrogateescape)
    result = run_cli(data_dir, "product", "show", "ab\udcffc")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr
    assert "ab\\xffc" in lines[0]


def test_the_option_of_the_bad_argument_is_named_too(data_dir):
    result = run_cli(data_dir, "product", "list", "--category", "\udce9t\udce9")
    assert result.returncode == 2 and "--category" in result.stderr and "\\xe9" in result.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="Windows passes arguments as UTF-16 text")
def test_a_real_process_given_a_latin1_byte(data_dir):
    proc = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--data-dir", str(data_dir), "product", "show", b"caf\xe9"],
        env=subprocess_env({"LC_ALL": "C.UTF-8"}),
        capture_output=True,
        timeout=120,
        check=False,
    )
    err = proc.stderr.decode("utf-8")
    assert proc.returncode == 2 and "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert "caf\\xe9" in err


def test_a_reader_that_goes_away_ends_quietly(demo_data_dir):
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop_app", "--data-dir", str(demo_data_dir), "product", "list"],
        env=subprocess_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # `| head` that has read enough: every write now meets a closed pipe
    err = proc.stderr.read().decode("utf-8", "replace")
    proc.wait(timeout=120)
    assert err == "", err
    assert proc.returncode in (0, 1)


@pytest.fixture
def demo_data_dir(demo_ws):
    root = demo_ws.paths.root
    demo_ws.close()
    return root
