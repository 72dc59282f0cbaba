"""Three processes editing the same and different products on one PostgreSQL database at once.

Each process is a PC of its own (its own workspace and data folder, one
database). A save from an old version is refused and retried from the
newest, so at the end every edit is in its product exactly once: no lost
update; and the refusals are counted and seen in the audit log's versions.
"""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

from desktop_app.workspace import Workspace
from tests.helpers import TODAY
from tests.helpers.concurrent_edits import edit_products, lost_updates, product

pytestmark = pytest.mark.slow

ROUNDS = 15


@pytest.fixture
def shared_url(postgres) -> str:
    name = postgres.create()
    yield postgres.url(name)
    postgres.drop(name)


def test_three_processes_lose_no_edit_of_the_same_or_different_products(
    shared_url: str, tmp_path: Path
) -> None:
    ws = Workspace(tmp_path / "setup", today=lambda: TODAY, database_url=shared_url)
    try:
        for sku in ("SHARED-1", "OWN-0", "OWN-1", "OWN-2"):
            ws.products.add(product(sku))
    finally:
        ws.close()
    # each process: the shared product and its own, in turn
    plans = [(shared_url, i, ["SHARED-1", f"OWN-{i}"] * ROUNDS) for i in range(3)]
    with multiprocessing.get_context("spawn").Pool(3) as pool:
        tallies = pool.starmap_async(edit_products, plans).get(timeout=300)

    ws = Workspace(tmp_path / "check", today=lambda: TODAY, database_url=shared_url)
    try:
        final = {p.sku: p for p in ws.products.list()}
        assert lost_updates({s: p.notes for s, p in final.items()}, tallies) == 0
        assert sum(t.edits for t in tallies) == 3 * 2 * ROUNDS
        assert final["SHARED-1"].notes.count(";") == 3 * ROUNDS
        for i in range(3):
            assert final[f"OWN-{i}"].notes.count(";") == ROUNDS
            assert final[f"OWN-{i}"].version == 1 + ROUNDS
        assert final["SHARED-1"].version == 1 + 3 * ROUNDS
        history = ws.audit.product_history("SHARED-1")
        assert len(history) == 1 + 3 * ROUNDS
        assert {e.actor.display_name for e in history if e.action == "edited"} == {"PC 0", "PC 1", "PC 2"}
        # the versions in the log run without a gap: every save was seen by the next one
        assert sorted(e.version for e in history) == list(range(1, 2 + 3 * ROUNDS))
    finally:
        ws.close()


def test_three_pcs_opening_an_empty_host_at_once_migrate_and_load_it_once(empty_postgres: str) -> None:
    """The first migrates and loads the bundled catalogue; the others wait for its locks and find it."""
    import time

    from tests.helpers.concurrent_edits import open_workspace

    start_at = time.time() + 8  # after the three processes have imported the app
    with multiprocessing.get_context("spawn").Pool(3) as pool:
        seen = pool.starmap_async(open_workspace, [(empty_postgres, i, start_at) for i in range(3)]).get(
            timeout=300
        )
    assert len(set(seen)) == 1 and seen[0] > 0
