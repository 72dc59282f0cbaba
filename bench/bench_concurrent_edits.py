"""Benchmark: five processes each making 200 product edits at once on one PostgreSQL database.

    python bench/bench_concurrent_edits.py                 # 5 processes × 200 edits
    python bench/bench_concurrent_edits.py --processes 3 --edits 50

Starts a throw-away PostgreSQL cluster on a loopback port the way the tests
do (tests/helpers/postgres.py; or uses TEXTILE_ASSISTANT_TEST_DATABASE_URL),
migrates a database and adds the products. Each process is a PC of its own
(its own workspace and data folder): half of its edits go to five products
every process edits (so saves collide and are refused), half to its own
product. A refused save (EditConflictError) is retried from the newest
version. Prints the edits per second over all processes, the refusals, and
the lost updates counted from the final notes (the issue asks for none).
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.helpers.concurrent_edits import edit_products, lost_updates, product
from tests.helpers.postgres import SERVER_ENV, Databases, PostgresServer, find_bindir

SHARED = [f"SHARED-{i}" for i in range(5)]


def plan(worker: int, edits: int) -> list[str]:
    """Every second edit on a shared product (in turn), the others on the worker's own."""
    return [SHARED[(n // 2) % len(SHARED)] if n % 2 == 0 else f"OWN-{worker}" for n in range(edits)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--processes", type=int, default=5)
    parser.add_argument("--edits", type=int, default=200, help="edits per process")
    args = parser.parse_args()

    from desktop_app.workspace import Workspace

    server = None
    if os.environ.get(SERVER_ENV):
        admin = os.environ[SERVER_ENV]
    else:
        bindir = find_bindir()
        if bindir is None:
            print(
                "PostgreSQL is not installed (no initdb); install Debian's postgresql package",
                file=sys.stderr,
            )
            return 1
        server = PostgresServer(bindir).start()
        admin = server.admin_url
    databases = Databases(admin)
    try:
        with tempfile.TemporaryDirectory() as folder:
            databases.make_template(
                lambda url: Workspace(
                    Path(folder) / "template", database_url=url, load_bundled_catalogue=False
                ).close()
            )
            url = databases.url(databases.create())
            ws = Workspace(Path(folder) / "setup", database_url=url, load_bundled_catalogue=False)
            for sku in [*SHARED, *(f"OWN-{i}" for i in range(args.processes))]:
                ws.products.add(product(sku))
            ws.close()

            plans = [(url, i, plan(i, args.edits)) for i in range(args.processes)]
            start = time.perf_counter()
            with multiprocessing.get_context("spawn").Pool(args.processes) as pool:
                tallies = pool.starmap_async(edit_products, plans).get(timeout=1800)
            wall = time.perf_counter() - start  # includes each process's start and workspace opening

            ws = Workspace(Path(folder) / "check", database_url=url, load_bundled_catalogue=False)
            final = {p.sku: p.notes for p in ws.products.list()}
            ws.close()
        edits = sum(t.edits for t in tallies)
        refusals = sum(t.refusals for t in tallies)
        editing = max(t.seconds for t in tallies)  # the slowest process's edit loop
        lost = lost_updates(final, tallies)
        print(f"processes            {args.processes}")
        print(f"edits                {edits} ({args.edits} each)")
        print(f"edits/s (edit loops) {edits / editing:.0f}   ({editing:.2f} s, slowest process)")
        print(f"edits/s (wall)       {edits / wall:.0f}   ({wall:.2f} s incl. process start)")
        print(f"refusals (retried)   {refusals}")
        print(f"lost updates         {lost}")
        return 0 if lost == 0 else 1
    finally:
        databases.close()
        if server is not None:
            server.stop()


if __name__ == "__main__":
    sys.exit(main())
