"""Only the page on show reloads when data changes; the others when they are shown again."""

from __future__ import annotations

import pytest

from tests.helpers.factories import make_product

pytestmark = pytest.mark.gui


def test_a_hidden_page_reloads_when_shown_not_at_each_change(window, qtbot):
    products = window.products
    window.go(window.PRODUCTS)
    qtbot.waitUntil(lambda: products.model.rowCount() > 0)
    before = products.model.rowCount()
    window.go(window.CERTIFICATES)
    reloads: list[str] = []
    products.reload = lambda original=products.reload: (reloads.append("products"), original())[1]

    done: list[object] = []
    window.runner.submit(
        lambda ctx: window.ws.products.add(make_product(sku="ZZ-900", name="隐藏页测试")),
        on_done=done.append,
    )
    qtbot.waitUntil(lambda: bool(done))
    qtbot.wait(50)
    assert reloads == [] and products.model.rowCount() == before  # behind the Certificates page

    window.go(window.PRODUCTS)
    qtbot.waitUntil(lambda: products.model.rowCount() == before + 1)
    assert reloads == ["products"]
    window.go(window.CERTIFICATES)
    window.go(window.PRODUCTS)
    qtbot.wait(50)
    assert reloads == ["products"]  # nothing changed meanwhile: shown as it was
