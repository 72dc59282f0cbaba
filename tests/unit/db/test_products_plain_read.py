"""The bulk product read (plain columns, JSON decoded once per distinct text) equals the ORM's.

`ProductsRepo.list` reads plain rows and `ProductsRepo.claiming` only the
products that make a claim; both must give exactly the products the ORM
path (`convert.product_from_row`) gives, on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from sqlalchemy import select

from desktop_app.core.products import FibreShare, ProductFilter
from desktop_app.core.ranges import Range
from desktop_app.db import convert
from desktop_app.db.models import ProductRow
from desktop_app.db.products_repo import ProductsRepo
from tests.helpers.factories import make_product

PRODUCTS = [
    make_product(),
    make_product(
        sku="BB-002",
        claims=("organic",),
        markets=("CN", "EU"),
        composition=(FibreShare("cotton", 94.5), FibreShare("elastane", 5.5)),
    ),
    make_product(
        sku="BB-003", claims=("organic", "oeko-tex"), age_months=Range(0, 24), height_cm=Range(None, 92.5)
    ),
    make_product(
        sku="KD-004",
        age_group="child",
        product_type="outerwear",
        construction="woven",
        components=("zip", "hood_neck_cords"),
        origins=("CN", "CN-XJ"),
        finishes=("coated",),
        customer="Buyer Y",
        notes="第二批 second lot",
    ),
    make_product(
        sku="AD-005", age_group="adult", markets=("CN", "EU"), composition=(FibreShare("wool", 100),)
    ),
]


def orm_products(ws) -> list:
    with ws.session() as s:
        return [convert.product_from_row(r) for r in s.scalars(select(ProductRow).order_by(ProductRow.sku))]


def test_plain_read_equals_the_orm_read(ws) -> None:
    for p in PRODUCTS:
        ws.products.add(p)
    ws.products.replace("BB-003", ws.products.get("BB-003").with_changes(name="改名 renamed"))
    expected = orm_products(ws)
    got = ws.products.list()
    assert got == expected and len(got) == len(PRODUCTS)
    assert [p.updated_at for p in got] == [p.updated_at for p in expected]  # compared field by field too
    assert [p.version for p in got] == [p.version for p in expected]
    assert next(p for p in got if p.sku == "BB-002").composition == (
        FibreShare("cotton", 94.5),
        FibreShare("elastane", 5.5),
    )
    with ws.session() as s:
        repo = ProductsRepo(s)
        assert repo.claiming() == [p for p in expected if p.claims]
        assert [p.sku for p in repo.claiming()] == ["BB-002", "BB-003"]
        assert repo.list(ProductFilter(text="buyer")) == [p for p in expected if p.sku == "KD-004"]
        assert repo.list(ProductFilter(market="EU")) == [p for p in expected if "EU" in p.markets]


def test_gaps_read_only_claiming_products_and_find_the_same(ws) -> None:
    for p in PRODUCTS:
        ws.products.add(p)
    gaps = ws.certificates.gaps()
    assert set(gaps) == {"BB-002", "BB-003"}
    assert [g.claim for g in gaps["BB-003"]] == ["organic", "oeko-tex"]
    # the Products page hands over the products it has just listed: the same gaps
    assert ws.certificates.gaps(ws.products.list()) == gaps
