"""A batch shared among worker processes: the same checklists, in the same order, whatever happens to a worker."""

from __future__ import annotations

import io
import os

import pytest
from pypdf import PdfReader

from desktop_app.reports import render_checklists
from desktop_app.reports.parallel import SMALL_BATCH, WORKERS_VARIABLE, batch_workers, rendered
from desktop_app.reports.pdf import _render

from .conftest import checklist, product


def _texts(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


@pytest.fixture(scope="module")
def docs(catalogue):
    skus = [f"P-{n:02d}" for n in range(5)]
    return [
        checklist(catalogue, product(sku=sku, name=f"产品 {sku}"), checklist_id=f"CL-20261201-0000{n:04d}")
        for n, sku in enumerate(skus)
    ]


def test_two_workers_write_the_same_pages_in_the_same_order(docs):
    alone, shared = io.BytesIO(), io.BytesIO()
    one = render_checklists(iter(docs), alone, workers=1)
    two = render_checklists(iter(docs), shared, workers=2)
    assert (two.products, two.pages) == (one.products, one.pages)
    assert _texts(shared.getvalue()) == _texts(alone.getvalue())
    firsts = [t for t in _texts(shared.getvalue()) if "P-0" in t and "1 / " in t]
    assert [next(s for s in ("P-00", "P-01", "P-02", "P-03", "P-04") if s in t) for t in firsts] == [
        "P-00",
        "P-01",
        "P-02",
        "P-03",
        "P-04",
    ]


def die_in_worker(doc, paper):
    """A render that kills the worker process it runs in (and renders normally in the parent).

    The parent's pid comes through the environment, which spawned workers inherit.
    """
    if str(os.getpid()) != os.environ["TEST_PARENT_PID"]:
        os._exit(3)
    return _render(doc, paper)


def test_a_dead_worker_does_not_lose_the_batch(docs, monkeypatch, caplog):
    monkeypatch.setenv("TEST_PARENT_PID", str(os.getpid()))
    out = list(rendered(iter(docs), "a4", die_in_worker, workers=2))
    assert [d.sku for d, _pdf, _pages in out] == [d.sku for d in docs]
    assert all(pdf.startswith(b"%PDF") and pages >= 1 for _d, pdf, pages in out)
    assert "checklist workers stopped" in caplog.text  # the workers really died


def test_a_cancelled_batch_stops_and_says_so(docs):
    class Stop(Exception):
        pass

    def cancelled():
        yield from docs[:3]
        raise Stop

    seen = []
    with pytest.raises(Stop):
        for doc, _pdf, _pages in rendered(cancelled(), "a4", _render, workers=2):
            seen.append(doc.sku)
    assert seen == [d.sku for d in docs[: len(seen)]]


def test_small_batches_stay_in_this_process_and_the_variable_caps_the_workers(monkeypatch):
    monkeypatch.delenv(WORKERS_VARIABLE, raising=False)
    assert batch_workers(SMALL_BATCH - 1) == 1
    assert batch_workers(500) == len(os.sched_getaffinity(0))
    monkeypatch.setenv(WORKERS_VARIABLE, "1")
    assert batch_workers(500) == 1
