"""Checklists rendered on every core of the PC.

ReportLab is pure Python, so one process lays out one checklist at a time and
a batch of 500 keeps one core busy for most of a minute. Laying out is the
whole cost and each product's checklist is independent, so a batch is shared
among worker processes (spawned, never forked: the GUI process has threads
and Qt state a fork would copy half-way). Results come back in the order
given, at most a few documents ahead of the writer, so memory stays flat
however long the batch. A small batch is not worth a worker's start (about
half a second to import ReportLab and parse the font): it is rendered here.
If the workers die (killed, out of memory), the rest of the batch is rendered
here: the batch finishes either way.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from .checklist import ChecklistDocument

log = logging.getLogger(__name__)

Render = Callable[[ChecklistDocument, str], tuple[bytes, int]]

SMALL_BATCH = 12  # fewer products than this: rendered in this process
AHEAD = 2  # documents in flight per worker
WORKERS_VARIABLE = "TEXTILE_ASSISTANT_WORKERS"


def batch_workers(products: int) -> int:
    """How many processes render a batch of `products` checklists: 1 for a small batch, else one per core.

    `TEXTILE_ASSISTANT_WORKERS` caps it (1 turns the pool off, e.g. on a PC
    that must stay responsive for other work).
    """
    if products < SMALL_BATCH:
        return 1
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    wanted = os.environ.get(WORKERS_VARIABLE, "").strip()
    if wanted.isdigit() and int(wanted) > 0:
        cores = min(cores, int(wanted))
    return max(1, min(cores, products))


def rendered(
    docs: Iterable[ChecklistDocument], paper: str, render: Render, *, workers: int = 1
) -> Iterator[tuple[ChecklistDocument, bytes, int]]:
    """(doc, pdf, pages) for each of `docs`, in order, rendered by `workers` processes.

    `docs` is read lazily; an exception it raises (a cancelled run) propagates
    after the workers are told to drop what they have not started.
    """
    if workers <= 1:
        for doc in docs:
            data, pages = render(doc, paper)
            yield doc, data, pages
        return
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"), initializer=_warm)
    pending: deque[tuple[ChecklistDocument, Future[tuple[bytes, int]]]] = deque()
    broken = False

    def result(doc: ChecklistDocument, future: Future[tuple[bytes, int]]) -> tuple[bytes, int]:
        nonlocal broken
        if not broken:
            try:
                return future.result()
            except BrokenProcessPool:  # a worker died (killed, out of memory, a host script's quirk)
                log.warning("checklist workers stopped; rendering the rest in this process", exc_info=True)
                broken = True
        return render(doc, paper)

    try:
        for doc in docs:
            if broken:
                pending.append((doc, Future()))
            else:
                try:
                    pending.append((doc, pool.submit(render, doc, paper)))
                except BrokenProcessPool:
                    broken = True
                    pending.append((doc, Future()))
            if len(pending) >= workers * AHEAD:
                first, future = pending.popleft()
                yield (first, *result(first, future))
        while pending:
            first, future = pending.popleft()
            yield (first, *result(first, future))
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _warm() -> None:
    """A worker loads the font once, before its first checklist."""
    from .fonts import ensure_font

    ensure_font()
