"""Quick commands: whole-process wall time and peak memory of listing commands.

Run: python bench/bench_cli.py [--runs N]

Each run is a new `python -m desktop_app --data-dir D ...` process on a data
folder set up beforehand (demo firm loaded, database at the current schema),
so the figure covers interpreter start, imports, opening the database and the
revision check, the query and the output: what a user waits for at a prompt.
The three listings read the database with `sqlite3` (workspace/quick.py) and
never import SQLAlchemy; the floors printed after them are a bare interpreter
and one that imports SQLAlchemy's ORM, as every command did before.

Wall time is what the target is about; CPU time (user + system of the child)
is printed beside it because it hardly moves when other processes share the
machine, while wall time does.
The code runs from this checkout (it is put first on PYTHONPATH). Bytecode
may be cached (PYTHONDONTWRITEBYTECODE is dropped for the child processes,
and one warm-up run per command comes first) because an installed copy has
its .pyc files too. Target: a median of at most 0.35 s per listing command.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_S = 0.35
COMMANDS = (("catalogue", "stats"), ("product", "list"), ("cert", "list"))
FLOORS = (("pass", "a bare interpreter"), ("import sqlalchemy.orm", "what every command paid before"))


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), *filter(None, [env.get("PYTHONPATH")])])
    env.pop("TEXTILE_ASSISTANT_HOME", None)
    return env


def run_once(args: list[str], env: dict[str, str]) -> tuple[float, float | None, int | None]:
    """Wall seconds, CPU seconds and peak resident memory in KiB (None where the OS does not say)."""
    return _run([sys.executable, "-m", "desktop_app", *args], env)


def _run(cmd: list[str], env: dict[str, str]) -> tuple[float, float | None, int | None]:
    t0 = time.perf_counter()
    # cwd: `python -m` puts the current folder first on sys.path, before PYTHONPATH
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if hasattr(os, "wait4"):
        _pid, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        rss: int | None = usage.ru_maxrss
        cpu: float | None = usage.ru_utime + usage.ru_stime
    else:  # Windows: no rusage for one child
        proc.wait()
        wall, cpu, rss = time.perf_counter() - t0, None, None
    err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {err}")
    return wall, cpu, rss


def _medians(cmd: list[str], env: dict[str, str], runs: int) -> tuple[list[float], str]:
    """The wall times of `runs` runs (after one warm-up), and the CPU and memory figures as text."""
    _run(cmd, env)  # warm-up: bytecode written, files in the page cache
    walls, cpus, peaks = [], [], []
    for _ in range(runs):
        wall, cpu, rss = _run(cmd, env)
        walls.append(wall)
        if cpu is not None:
            cpus.append(cpu)
        if rss is not None:
            peaks.append(rss)
    extra = f", CPU {statistics.median(cpus):.3f} s" if cpus else ""
    extra += f", peak RSS {max(peaks) / 1024:.0f} MB" if peaks else ""
    return walls, extra


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="timed runs per command (default 7)")
    opts = parser.parse_args()
    env = _env()
    with tempfile.TemporaryDirectory(prefix="bench-cli-") as tmp:
        data = Path(tmp) / "data"
        run_once(["--data-dir", str(data), "demo", "--here"], env)
        worst = 0.0
        for command in COMMANDS:
            walls, extra = _medians(
                [sys.executable, "-m", "desktop_app", "--data-dir", str(data), *command], env, opts.runs
            )
            median = statistics.median(walls)
            worst = max(worst, median)
            print(
                f"{' '.join(command):16s} median {median:.3f} s, best {min(walls):.3f} s, "
                f"worst {max(walls):.3f} s over {opts.runs} runs{extra}"
            )
        for code, what in FLOORS:
            walls, extra = _medians([sys.executable, "-c", code], env, opts.runs)
            print(
                f"{'(floor)':16s} median {statistics.median(walls):.3f} s{extra}: python -c '{code}', {what}"
            )
        verdict = "within" if worst <= TARGET_S else "OVER"
        print(f"slowest median {worst:.3f} s: {verdict} the {TARGET_S} s target")
    return 0


if __name__ == "__main__":
    sys.exit(main())
