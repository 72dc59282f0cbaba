"""`db.quick_read` reads the same records as the repositories, typed the same way."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import JSON, Boolean, Date, DateTime

from desktop_app.core.products import ProductFilter
from desktop_app.db.models import Base
from desktop_app.db.quick_read import TYPED_COLUMNS, QuickReader, QuickReadUnavailable
from desktop_app.db.revision import HEAD_REVISION
from desktop_app.workspace import Workspace
from desktop_app.workspace.quick import read_quickly
from tests.helpers import ROOT, TODAY


def _typed(table: str) -> dict[str, tuple[str, ...]]:
    kinds: dict[str, list[str]] = {}
    for column in Base.metadata.tables[table].columns:
        kind = (
            "datetime"
            if isinstance(column.type, DateTime)
            else "date"
            if isinstance(column.type, Date)
            else "json"
            if isinstance(column.type, JSON)
            else "bool"
            if isinstance(column.type, Boolean)
            else None
        )
        if kind:
            kinds.setdefault(kind, []).append(column.name)
    return {kind: tuple(names) for kind, names in kinds.items()}


@pytest.mark.parametrize("table", sorted(TYPED_COLUMNS))
def test_the_typed_columns_are_the_orms(table: str):
    """A new JSON, date or flag column must be typed here too, or a quick listing would differ."""
    assert {k: set(v) for k, v in TYPED_COLUMNS[table].items()} == {
        k: set(v) for k, v in _typed(table).items()
    }


@pytest.fixture
def frozen_head(tmp_path: Path) -> Path:
    """The frozen database of the current revision: protocol-2 attributes, renewals, scans."""
    source = ROOT / "tests" / "data" / f"schema-{HEAD_REVISION}.sqlite3"
    if not source.exists():
        pytest.skip(f"no frozen database for {HEAD_REVISION} yet")
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(source, data / "assistant.sqlite3")
    return data


def test_the_records_equal_the_repositories(frozen_head: Path):
    ws = Workspace(frozen_head, today=lambda: TODAY)
    try:
        products = ws.products.list()
        filtered = ws.products.list(ProductFilter(text="o", market="CN"))
        certificates = ws.certificates.states(include_replaced=True)
        current = ws.certificates.states()
        firm, stats = ws.firm(), ws.catalogue.stats()
    finally:
        ws.close()
    reader = QuickReader.open(frozen_head / "assistant.sqlite3")
    try:
        assert reader.products() == products and any(p.age_months for p in products)
        assert reader.products(ProductFilter(text="o", market="CN")) == filtered
        assert reader.certificates() == [st.certificate for st in certificates]
        assert (reader.firm(), reader.catalogue_stats()) == (firm, stats)
    finally:
        reader.close()
    states = read_quickly(frozen_head, lambda view: view.certificates.states(), today=lambda: TODAY)
    assert states == current and len(current) < len(certificates)  # the renewed one left out


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path):
    db = tmp_path / "assistant.sqlite3"
    db.write_bytes(b"not a database at all" * 100)
    with pytest.raises(QuickReadUnavailable):
        QuickReader.open(db)


def test_every_query_of_a_reader_sees_one_snapshot(frozen_head: Path):
    """A write another process commits meanwhile shows in the next listing, not half in this one."""
    db = frozen_head / "assistant.sqlite3"
    Workspace(frozen_head, today=lambda: TODAY).close()  # WAL mode, as the app leaves it
    reader = QuickReader.open(db)
    try:
        before = reader.products()
        ws = Workspace(frozen_head, today=lambda: TODAY)
        try:
            ws.products.remove(before[0].sku)
        finally:
            ws.close()
        assert reader.products() == before
    finally:
        reader.close()
    again = QuickReader.open(db)
    try:
        assert again.products() == before[1:]
    finally:
        again.close()


def test_a_value_the_app_never_writes_sends_the_listing_to_the_full_path(frozen_head: Path):
    import sqlite3

    con = sqlite3.connect(frozen_head / "assistant.sqlite3")
    with con:
        con.execute("update products set markets = '[not json' where id = (select min(id) from products)")
    con.close()
    reader = QuickReader.open(frozen_head / "assistant.sqlite3")
    try:
        with pytest.raises(QuickReadUnavailable, match="products.markets"):
            reader.products()
    finally:
        reader.close()
