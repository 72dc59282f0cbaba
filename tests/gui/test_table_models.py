"""Table models checked by Qt's model tester, without any widget."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui


def _tester(model):
    from PySide6.QtTest import QAbstractItemModelTester

    return QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)


def _no_model_warnings(qtlog):
    bad = [
        r.message for r in qtlog.records if "modeltest" in (r.context.category or "") or "FAIL" in r.message
    ]
    assert not bad


def test_product_model_passes_the_model_tester(qapp, demo_ws, qtlog):
    from desktop_app.ui.models.product_filter_proxy import ProductFilterProxy
    from desktop_app.ui.models.product_table_model import Column, ProductTableModel

    model = ProductTableModel()
    tester = _tester(model)
    proxy = ProductFilterProxy()
    proxy.setSourceModel(model)
    proxy_tester = _tester(proxy)
    gaps = {sku: len(g) for sku, g in demo_ws.certificates.gaps().items()}
    model.set_products(demo_ws.products.list(), gaps)
    proxy.sort(Column.NAME)
    proxy.set_text("婴儿")
    proxy.set_category("garment")
    proxy.set_text("")
    model.set_products([])
    assert tester and proxy_tester
    _no_model_warnings(qtlog)


def test_certificate_model_passes_the_model_tester(qapp, demo_ws, qtlog):
    from desktop_app.ui.models.certificate_table_model import CertificateTableModel

    model = CertificateTableModel()
    tester = _tester(model)
    model.set_states(demo_ws.certificates.states())
    assert model.rowCount() == len(demo_ws.certificates.states())
    model.set_states([])
    assert tester
    _no_model_warnings(qtlog)


def test_product_filter_matches_chinese_and_english_words(qapp, demo_ws):
    from desktop_app.ui.models.product_filter_proxy import ProductFilterProxy
    from desktop_app.ui.models.product_table_model import SKU_ROLE, ProductTableModel

    model = ProductTableModel()
    proxy = ProductFilterProxy()
    proxy.setSourceModel(model)
    model.set_products(demo_ws.products.list())

    def skus():
        return {proxy.index(r, 0).data(SKU_ROLE) for r in range(proxy.rowCount())}

    proxy.set_text("婴儿")
    assert skus() == {"BB-001", "BB-002"}
    proxy.set_text("baby")
    assert skus() == {"BB-001", "BB-002"}
    proxy.set_text("")
    proxy.set_market("US")
    assert skus() and all("US" in demo_ws.products.get(s).markets for s in skus())
