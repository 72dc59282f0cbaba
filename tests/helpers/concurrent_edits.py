"""Several processes editing products on one database at once, as several PCs do.

`edit_products()` runs in a process of its own (multiprocessing, spawn): it
opens its own workspace on the database URL (a data folder of its own, as
on another PC) and appends a token of its own to each product's notes, one
save per edit. A save refused because another process saved the product
first (EditConflictError) is counted and retried from the product as it is
now, so every edit lands exactly once. `lost_updates()` counts, from the
final notes, the edits that did not.

Used by tests/unit/workspace/test_concurrent_edits.py and
bench/bench_concurrent_edits.py.
"""

from __future__ import annotations

import dataclasses
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.products import FibreShare, Product


@dataclass(frozen=True)
class Tally:
    worker: int
    edits: int
    refusals: int
    seconds: float
    tokens: tuple[tuple[str, str], ...]  # (sku, token) of every edit made


def product(sku: str) -> Product:
    return Product(
        sku=sku,
        name=f"并发测试 {sku}",
        category="garment",
        age_group="adult",
        skin_contact="direct",
        markets=("CN",),
        composition=(FibreShare("cotton", 100),),
    )


def edit_products(url: str, worker: int, skus: Sequence[str], *, retries: int = 1000) -> Tally:
    """Edit each of `skus` in turn (a SKU may repeat); the tally of saves and refusals."""
    from desktop_app.core.errors import EditConflictError
    from desktop_app.workspace import Workspace

    refusals = 0
    tokens: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory(prefix=f"pc{worker}-") as folder:
        ws = Workspace(Path(folder), database_url=url, load_bundled_catalogue=False)
        ws.audit.set_display_name(f"PC {worker}")
        start = time.perf_counter()
        try:
            for n, sku in enumerate(skus):
                token = f"w{worker}n{n};"
                for _attempt in range(retries):
                    seen = ws.products.get(sku)
                    try:
                        ws.products.replace(sku, dataclasses.replace(seen, notes=seen.notes + token))
                        break
                    except EditConflictError:
                        refusals += 1
                else:
                    raise RuntimeError(f"{sku}: still refused after {retries} attempts")
                tokens.append((sku, token))
            seconds = time.perf_counter() - start
        finally:
            ws.close()
    return Tally(worker, len(tokens), refusals, seconds, tuple(tokens))


def lost_updates(final_notes: dict[str, str], tallies: Iterable[Tally]) -> int:
    """Edits whose token is not exactly once in the final notes of their product."""
    lost = 0
    for tally in tallies:
        for sku, token in tally.tokens:
            if final_notes.get(sku, "").count(token) != 1:
                lost += 1
    return lost


def open_workspace(url: str, worker: int, start_at: float) -> int:
    """Open a workspace on `url` at `start_at` (time.time()), as a PC starting up; the standards it sees."""
    from desktop_app.workspace import Workspace

    with tempfile.TemporaryDirectory(prefix=f"pc{worker}-") as folder:
        time.sleep(max(0.0, start_at - time.time()))
        ws = Workspace(Path(folder), database_url=url)
        try:
            return ws.catalogue.stats().standards
        finally:
            ws.close()
