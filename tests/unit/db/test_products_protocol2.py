"""Products with protocol 2's attributes stored and read back, in a real SQLite file."""

from __future__ import annotations

import sqlite3

import pytest

from desktop_app.core.products import FibreShare, Product
from desktop_app.core.ranges import Range


def jacket() -> Product:
    return Product(
        sku="KD-P2",
        name="儿童连帽外套 Hooded children's jacket",
        category="garment",
        age_group="child",
        skin_contact="indirect",
        markets=("CN", "US"),
        composition=(FibreShare("polyester", 100.0),),
        finishes=("water_repellent",),
        product_type="outerwear",
        construction="woven",
        components=("zip", "hood_neck_cords", "lining"),
        age_months=Range(36, 84),
        height_cm=Range(100, 122.5),
        origins=("CN", "CN-XJ"),
    )


def test_new_attributes_round_trip_through_the_workspace(ws) -> None:
    added = ws.products.add(jacket()).value
    got = ws.products.get("KD-P2")
    assert got == added
    assert (got.product_type, got.construction) == ("outerwear", "woven")
    assert got.components == ("zip", "hood_neck_cords", "lining")
    assert got.age_months == Range(36, 84) and got.height_cm == Range(100, 122.5)
    assert got.age_months.label() == "36–84" and got.height_cm.label() == "100–122.5"
    assert got.origins == ("CN", "CN-XJ")

    ws.products.edit("KD-P2", age_months=Range(None, 36), height_cm=Range(90, None), components=())
    edited = ws.products.get("KD-P2")
    assert edited.age_months == Range(None, 36) and edited.height_cm == Range(90, None)
    assert edited.components == () and edited.origins == ("CN", "CN-XJ")

    ws.products.edit(
        "KD-P2", age_months=None, height_cm=None, product_type=None, construction=None, origins=()
    )
    cleared = ws.products.get("KD-P2")
    assert (cleared.age_months, cleared.height_cm, cleared.product_type, cleared.construction) == (None,) * 4
    assert cleared.origins == ()


@pytest.mark.sqlite_only  # reads the file's own text with sqlite3
def test_ranges_are_plain_number_columns(ws) -> None:
    ws.products.add(jacket())
    con = sqlite3.connect(ws.paths.database)
    try:
        row = con.execute(
            "select product_type, construction, components, age_min_months, age_max_months, "
            "height_min_cm, height_max_cm, origins from products where sku = 'KD-P2'"
        ).fetchone()
    finally:
        con.close()
    assert row == (
        "outerwear",
        "woven",
        '["zip","hood_neck_cords","lining"]',
        36,
        84,
        100,
        122.5,
        '["CN","CN-XJ"]',
    )


def test_a_product_without_the_new_attributes_reads_back_without_them(ws) -> None:
    plain = Product(
        sku="MS-P1",
        name="衬衫面料",
        category="fabric",
        age_group="adult",
        skin_contact="direct",
        composition=(FibreShare("cotton", 100.0),),
    )
    got = ws.products.add(plain).value
    assert (
        got.product_type,
        got.construction,
        got.components,
        got.age_months,
        got.height_cm,
        got.origins,
    ) == (
        None,
        None,
        (),
        None,
        None,
        (),
    )
