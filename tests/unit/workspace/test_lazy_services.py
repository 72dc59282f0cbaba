"""ws.sync, ws.reports and ws.transfer: always there, built once on first use, rebuilt after a reopen."""

from __future__ import annotations

import threading

from desktop_app.workspace import Workspace
from desktop_app.workspace.reports import ReportService
from desktop_app.workspace.sync import SyncService
from desktop_app.workspace.transfer import TransferService


def test_every_service_is_there_and_built_once(ws: Workspace):
    assert isinstance(ws.sync, SyncService)
    assert isinstance(ws.reports, ReportService)
    assert isinstance(ws.transfer, TransferService)
    assert ws.sync is ws.sync and ws.reports is ws.reports and ws.transfer is ws.transfer


def test_threads_asking_at_once_share_one_service(data_dir):
    ws = Workspace(data_dir)
    try:
        start = threading.Barrier(8)
        seen: list[object] = []

        def ask() -> None:
            start.wait()
            seen.append(ws.sync)

        threads = [threading.Thread(target=ask) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert len(seen) == 8 and all(s is seen[0] for s in seen)
    finally:
        ws.close()


def test_reopen_builds_them_again_over_the_new_file(ws: Workspace):
    before = (ws.sync, ws.reports, ws.transfer)
    ws.reopen()
    after = (ws.sync, ws.reports, ws.transfer)
    assert all(a is not b for a, b in zip(after, before))
    assert all(s.ws is ws for s in after)


def test_a_service_can_be_replaced_on_the_instance(ws: Workspace):
    class Recording(ReportService):
        pass

    ws.reports = Recording(ws)
    assert type(ws.reports) is Recording
    assert type(Workspace.__dict__["reports"].__get__(ws, Workspace)) is Recording
