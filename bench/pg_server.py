"""A throw-away PostgreSQL database for the benchmarks (`--postgres`).

`TEXTILE_ASSISTANT_TEST_DATABASE_URL` names an existing server (a superuser
URL); otherwise a cluster of its own is started in a temporary folder, as the
tests do (tests/helpers/postgres.py: Debian's `postgresql` package). The
database is empty (no schema): the workspace migrates it, as a first start
on a new host does.

`measured_database()` also gives `server_cpu()`: the CPU time the server of its own has used so far (the
postmaster and the backends it has reaped, from /proc), so the benchmark can
report the work done on the other side of the connection; None for a server
named by URL or where /proc is not at hand.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tests.helpers.postgres import SERVER_ENV, Databases, PostgresServer, find_bindir


@dataclass(frozen=True)
class EmptyDatabase:
    url: str
    server_cpu: Callable[[], float | None]


def _postmaster_cpu(data: Path) -> float | None:
    """Seconds of CPU of the cluster's postmaster and its reaped children (utime, stime, cutime, cstime)."""
    try:
        pid = (data / "postmaster.pid").read_text().split()[0]
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return sum(int(f) for f in fields[11:15]) / os.sysconf("SC_CLK_TCK")


@contextmanager
def empty_database() -> Iterator[str]:
    """The URL of a new, empty database; dropped (and the server stopped) afterwards."""
    with measured_database() as db:
        yield db.url


@contextmanager
def measured_database() -> Iterator[EmptyDatabase]:
    """`empty_database`, with the server's CPU at hand (`EmptyDatabase.server_cpu`)."""
    server = None
    if os.environ.get(SERVER_ENV):
        admin = os.environ[SERVER_ENV]
    else:
        bindir = find_bindir()
        if bindir is None:
            raise SystemExit("PostgreSQL is not installed (no initdb); install Debian's postgresql package")
        server = PostgresServer(bindir).start()
        admin = server.admin_url
    databases = Databases(admin)
    name = databases.create(empty=True)
    data = server.data if server is not None else None
    try:
        yield EmptyDatabase(databases.url(name), lambda: _postmaster_cpu(data) if data else None)
    finally:
        databases.drop(name)
        if server is not None:
            server.stop()
