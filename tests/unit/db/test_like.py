"""A short search means what was typed: `%`, `_` and `\\` match only themselves.

Through the workspace on a real SQLite file, and the SQL the PostgreSQL
dialect would send (the same ESCAPE clause).
"""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite

from desktop_app.core.products import ProductFilter
from desktop_app.db.like import LIKE_ESCAPE, contains, like_pattern
from desktop_app.db.models import ProductRow
from tests.helpers.factories import make_product


def test_like_pattern_escapes_wildcards_and_the_escape_itself():
    assert like_pattern("50%") == "%50\\%%"
    assert like_pattern("A_1") == "%A\\_1%"
    assert like_pattern("a\\b") == "%a\\\\b%"
    assert like_pattern("棉") == "%棉%"


@pytest.fixture
def firm(ws):
    for sku, name, customer in [
        ("A_1", "婴儿连体衣", ""),
        ("AB1", "窗帘", "100% 棉 客户"),
        ("C-1", "T恤", "back\\slash"),
        ("D-1", "围巾", ""),
    ]:
        ws.products.add(make_product(sku=sku, name=name, customer=customer))
    return ws


@pytest.mark.parametrize(
    "typed, found",
    [
        ("%", ["AB1"]),
        ("_", ["A_1"]),
        ("A_", ["A_1"]),
        ("\\", ["C-1"]),
        ("%%", []),
        ("a", ["AB1", "A_1", "C-1"]),  # ASCII letters still match either case
        ("窗", ["AB1"]),
    ],
)
def test_product_search_takes_wildcards_literally(firm, typed, found):
    assert [p.sku for p in firm.products.list(ProductFilter(text=typed))] == found


@pytest.mark.parametrize("dialect", [postgresql.dialect(), sqlite.dialect()])
def test_both_dialects_name_the_escape_character(dialect):
    sql = str(select(ProductRow.id).where(contains(ProductRow.sku, "50%")).compile(dialect=dialect))
    assert f"ESCAPE '{LIKE_ESCAPE}'" in sql
