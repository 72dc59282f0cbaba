"""One PC at a time applies catalogue pages (issue 15, part 2).

On a PostgreSQL host every page is applied under an advisory lock, and the
cursor is read again once the lock is held: a PC that finds the catalogue
moved by another PC stops and says so (`applied_by_other_pc`) instead of
applying the same pages a second time. The first test runs on both engines
(two workspaces on one database); the second starts two real processes
against the real PostgreSQL test server and the loopback platform.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pytest

from desktop_app.db.dialect import CATALOGUE_SYNC_LOCK
from desktop_app.workspace import Workspace
from tests.helpers import ROOT, TODAY
from tests.helpers.sync_platform import fill, matches_platform, trust
from tests.platform_server import PlatformServer


@pytest.fixture
def platform(platform: PlatformServer) -> PlatformServer:
    platform.max_page = 4
    fill(platform)  # versions 1..15, four pages
    return platform


@pytest.fixture
def online(ws: Workspace, platform: PlatformServer) -> Workspace:
    trust(ws, platform, max_retries=0)
    ws.sync.login(platform.url, platform.token)
    return ws


@pytest.mark.parametrize("database_url", ["sqlite", "postgresql"], indirect=True)
def test_a_sync_overtaken_by_another_pc_stops_and_says_so(online, platform, data_dir) -> None:
    other = trust(Workspace(data_dir, today=lambda: TODAY), platform, max_retries=0)
    results = []

    def after_page(applied: int, total: int) -> None:
        if not results:  # after this PC's first page, the other PC syncs to the end
            results.append(other.sync.run())

    try:
        mine = online.sync.run(progress=after_page)
    finally:
        other.close()

    theirs = results[0]
    assert not theirs.applied_by_other_pc and theirs.to_version == 15 and theirs.pages == 3
    assert mine.applied_by_other_pc and mine.pages == 1
    assert (mine.from_version, mine.to_version) == (0, 15)
    assert mine.complete  # nothing is left to do: the catalogue is the platform's latest
    matches_platform(online, platform)  # this PC's caches show the other PC's catalogue
    status = online.sync.status()
    assert status.platform_synced and not status.full_pass_active and status.version == 15


def test_the_flag_reaches_the_change_set() -> None:
    from desktop_app.workspace.changes import ChangeSet
    from desktop_app.workspace.sync_tally import SyncResult

    moved = SyncResult("x", 4, 15, 15, applied_by_other_pc=True)
    assert ChangeSet.CATALOGUE in moved.changes  # views reload the other PC's catalogue


_CHILD = """
import json, sys
from pathlib import Path
from desktop_app.workspace import Workspace
ws = Workspace(Path(sys.argv[1]))
ws.sync.client_options = {"timeout": (5, 30), "max_retries": 0}
r = ws.sync.run()
print(json.dumps({"pages": r.pages, "other": r.applied_by_other_pc, "to": r.to_version,
                  "added": r.standards.added}))
ws.close()
"""


def _psycopg_params(url: str) -> dict[str, object]:
    from sqlalchemy import make_url

    return dict(make_url(url).translate_connect_args(username="user", database="dbname"))


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_two_processes_syncing_at_once_apply_the_catalogue_once(
    online, platform, data_dir, database_url
) -> None:
    import psycopg

    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "TEXTILE_ASSISTANT_TOKEN": platform.token,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
        "NO_PROXY": "127.0.0.1,localhost",
    }
    requests_before = len(platform.requests)
    # Hold the sync lock here until both processes have fetched their first
    # page and wait for it: then they really meet at the lock.
    with psycopg.connect(**_psycopg_params(database_url)) as holder:
        holder.execute("SELECT pg_advisory_xact_lock(%s)", (CATALOGUE_SYNC_LOCK,))
        children = [
            subprocess.Popen(
                [sys.executable, "-c", _CHILD, str(data_dir)],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(2)
        ]
        deadline = time.monotonic() + 120
        with psycopg.connect(**_psycopg_params(database_url), autocommit=True) as watcher:
            while True:
                row = watcher.execute(
                    "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
                ).fetchone()
                if row is not None and row[0] == 2:
                    break
                failed = [c for c in children if c.poll() is not None]
                assert not failed, failed[0].stderr.read() if failed[0].stderr else ""
                assert time.monotonic() < deadline, "the two syncs never both waited for the lock"
                time.sleep(0.05)
        holder.commit()  # the lock goes; one process takes it
    outputs = []
    for child in children:
        out, err = child.communicate(timeout=300)
        assert child.returncode == 0, err
        outputs.append(json.loads(out.strip().splitlines()[-1]))

    applied = [o for o in outputs if not o["other"]]
    stopped = [o for o in outputs if o["other"]]
    assert len(applied) == 1 and len(stopped) == 1, outputs
    assert applied[0]["pages"] == 4 and applied[0]["added"] == 9 and applied[0]["to"] == 15
    assert stopped[0]["pages"] == 0
    assert stopped[0]["to"] >= 4  # the version the other PC had reached when this one looked
    # the winner fetched its four pages, the other only its first
    assert len(platform.requests) - requests_before == 5
    online.catalogue.invalidate()
    matches_platform(online, platform)
    status = online.sync.status()
    assert status.platform_synced and status.version == 15 and status.last_sync_error is None
