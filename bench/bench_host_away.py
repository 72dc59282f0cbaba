"""When the host is away: how long a CLI command takes to fail, and with what words.

Run: python bench/bench_host_away.py

Three hosts that cannot serve, each tried with a new
`python -m desktop_app --data-dir D --database-url URL product list` process:

- a stopped server (a real cluster, started, used once, stopped): the PC
  answers "connection refused" at once;
- a port nobody listens on: the same, without the cluster;
- a host that takes the connection and never answers (a listening socket
  that never accepts: what a hung or half-started server looks like; a PC
  that is switched off, whose SYN goes unanswered, waits the same timeout).

Printed: wall and child CPU seconds, the exit code and the first words of
the error. The figure to watch is the third: `db.engine.CONNECT_TIMEOUT`
(5 s) plus the interpreter's start. No targets are asserted here.
"""

from __future__ import annotations

import os
import resource
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def run(data: Path, url: str) -> tuple[float, float, int, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop_app",
            "--data-dir",
            str(data),
            "--database-url",
            url,
            "product",
            "list",
        ],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    wall = time.monotonic() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, done.returncode, " ".join(done.stderr.split())[:110]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def main() -> None:
    from tests.helpers.postgres import PostgresServer, find_bindir

    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-away-") as tmp:
        data = Path(tmp) / "pc"
        bindir = find_bindir()
        if bindir is not None:
            server = PostgresServer(bindir).start()
            url = server.admin_url
            try:
                rows.append(("server up (for scale)", *run(data, url)))
            finally:
                server.stop()
            rows.append(("the same server, stopped", *run(data, url)))
        rows.append(("a port nobody listens on", *run(data, f"postgresql://a@127.0.0.1:{free_port()}/x")))
        with socket.socket() as hung:
            hung.bind(("127.0.0.1", 0))
            hung.listen(8)  # takes the connection, never answers
            port = hung.getsockname()[1]
            rows.append(("a host that never answers", *run(data, f"postgresql://a@127.0.0.1:{port}/x")))
    print("machine shared with other jobs: wall times are noisy, CPU time less so")
    print(f"{'host':28} {'wall s':>7} {'cpu s':>6} {'exit':>4}  error")
    for name, wall, cpu, code, error in rows:
        print(f"{name:28} {wall:7.2f} {cpu:6.2f} {code:4}  {error}")


if __name__ == "__main__":
    main()
