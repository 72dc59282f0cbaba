"""The products page: filter, add through the dialog, validation, delete."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_app.core.errors import NotFoundError
from tests.helpers.discard import discard

pytestmark = pytest.mark.gui


@pytest.fixture
def page(window, qtbot):
    window.go(window.PRODUCTS)
    page = window.products
    qtbot.waitUntil(lambda: page.model.rowCount() == 12)
    return page


def _fill_valid(dialog, sku="TS-900", name="女士真丝衬衫 Silk blouse"):
    dialog.sku.setText(sku)
    dialog.name.setText(name)
    dialog.category.setCurrentIndex(dialog.category.findData("garment"))
    dialog.age_group.setCurrentIndex(dialog.age_group.findData("adult"))
    combo, spin, _ = dialog.composition.rows[0]
    combo.setCurrentIndex(combo.findData("silk"))
    spin.setValue(100)


def test_filter_box_finds_products_by_a_chinese_word(page):
    page.search.setText("睡袋")
    assert page.proxy.rowCount() == 1
    assert page.proxy.index(0, 0).data() == "BB-002"
    page.search.setText("")
    page.category.setCurrentIndex(page.category.findData("home_textile"))
    assert {page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())} >= {"HT-301", "HT-302"}


def test_add_product_through_the_dialog(page, demo_ws, qtbot):
    dialog = page.add_product()
    _fill_valid(dialog)
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.row_of("TS-900") >= 0)
    saved = demo_ws.products.get("TS-900")
    assert saved.name == "女士真丝衬衫 Silk blouse"
    assert [(s.fibre, s.percent) for s in saved.composition] == [("silk", 100.0)]
    qtbot.waitUntil(lambda: page.current_sku() == "TS-900")


def test_composition_of_90_percent_keeps_ok_disabled(page):
    dialog = page.add_product()
    _fill_valid(dialog)
    dialog.composition.rows[0][1].setValue(90)
    assert not dialog.ok_button.isEnabled()
    assert not dialog.composition_error.isHidden()
    assert "90" in dialog.composition_error.text() and "100" in dialog.composition_error.text()
    dialog.composition.add_row("elastane", 10)
    assert dialog.ok_button.isEnabled()
    assert dialog.composition_error.isHidden()
    discard(dialog)  # edited: Esc asks first


def test_duplicate_sku_is_refused(page):
    dialog = page.add_product()
    _fill_valid(dialog, sku="BB-001")
    assert not dialog.ok_button.isEnabled()
    assert "BB-001" in dialog.sku_error.text()
    dialog.sku.setText("bb-001")
    assert not dialog.ok_button.isEnabled()
    discard(dialog)  # edited: Esc asks first


def test_duplicate_dialog_starts_from_the_selected_product(page):
    page.select("BB-001")
    dialog = page.duplicate_product()
    assert dialog.sku.text() == "BB-001-COPY"
    assert dialog.ok_button.isEnabled()
    dialog.reject()


def test_delete_keeps_the_certificates(page, demo_ws, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    numbers = {st.certificate.number for st in demo_ws.certificates.states(sku="BB-001")}
    assert numbers
    asked = []

    def answer(box):
        asked.append(box.informativeText())
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(page, "confirm", answer)
    page.select("BB-001")
    page.delete_products()
    qtbot.waitUntil(lambda: page.model.row_of("BB-001") < 0)
    with pytest.raises(NotFoundError):
        demo_ws.products.get("BB-001")
    assert "kept" in asked[0]
    remaining = {st.certificate.number for st in demo_ws.certificates.states(include_replaced=True)}
    assert numbers <= remaining


def test_side_panel_shows_standards_certificates_and_gaps(page, qtbot):
    page.select("HT-302")
    qtbot.waitUntil(lambda: page.panel.overview is not None and page.panel.overview.product.sku == "HT-302")
    assert page.panel.standards.topLevelItemCount() > 0
    assert page.panel.gaps.count() == 1
    assert "OT-19.CN.30077" in page.panel.gaps.item(0).text()


def test_a_full_disk_keeps_the_dialog_open_with_a_clear_message(page, demo_ws, qtbot):
    from tests.helpers.storage import fill_the_disk

    fill_the_disk(demo_ws)
    dialog = page.add_product()
    _fill_valid(dialog)
    dialog.notes.setPlainText("备注 " * 20000)  # more than the capped file has room for
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.save_error.isHidden(), timeout=10000)
    assert "disk is full" in dialog.save_error.text() and "no record was lost" in dialog.save_error.text()
    assert dialog.isVisible() and dialog.sku.text() == "TS-900"  # what was typed is still there
    with pytest.raises(NotFoundError):
        demo_ws.products.get("TS-900")
    discard(dialog)  # edited: Esc asks first


def test_the_type_column_names_the_type_in_the_interface_language(qapp, ws):
    from desktop_app.app import apply_language
    from desktop_app.core.products import FibreShare, Product
    from desktop_app.ui.models.product_filter_proxy import ProductFilterProxy
    from desktop_app.ui.models.product_table_model import Column, ProductTableModel

    apply_language(qapp, "zh_CN", ws.resources)
    pyjamas = Product(
        sku="SL-900",
        name="Kids pyjamas",
        category="garment",
        age_group="child",
        skin_contact="direct",
        composition=(FibreShare("cotton", 100.0),),
        product_type="sleepwear",
    )
    plain = Product(sku="X-1", name="Fabric", category="fabric", age_group="adult", skin_contact="indirect")
    model = ProductTableModel()
    proxy = ProductFilterProxy()
    proxy.setSourceModel(model)
    model.set_products([pyjamas, plain])
    assert model.index(0, Column.PRODUCT_TYPE).data() == "睡衣"
    assert model.index(1, Column.PRODUCT_TYPE).data() == ""
    assert model.headerData(Column.PRODUCT_TYPE, Qt.Orientation.Horizontal) == "类型"
    for word in ("睡衣", "sleepwear"):  # the type is searched in both languages
        proxy.set_text(word)
        assert proxy.rowCount() == 1


def test_at_1024_pixels_the_gaps_column_is_whole_and_nothing_scrolls_sideways(page, qtbot):
    window = page.window()
    window.resize(1024, 728)
    qtbot.waitUntil(lambda: window.width() <= 1024)
    table = page.table
    header = table.horizontalHeader()
    from desktop_app.ui.models.product_table_model import Column

    qtbot.waitUntil(lambda: header.length() <= table.viewport().width())
    assert not table.horizontalScrollBar().isVisible()
    assert table.columnWidth(Column.GAPS) >= header.sectionSizeFromContents(Column.GAPS).width()
    for col in Column:  # shown whole enough to read, or left out (English: the detail pane has them)
        assert header.isSectionHidden(col) or table.columnWidth(col) >= 36, col


def test_header_sorting_is_done_by_the_model_and_keeps_the_selection(page):
    from desktop_app.ui.models.product_table_model import Column

    page.select("BB-001")
    page.table.sortByColumn(Column.GAPS, Qt.SortOrder.DescendingOrder)
    assert page.proxy.index(0, Column.SKU).data() == "HT-302"  # the one product with a gap
    assert page.model.product(0).sku == "HT-302"  # the source itself is in that order
    assert page.current_sku() == "BB-001"
    page.table.sortByColumn(Column.SKU, Qt.SortOrder.DescendingOrder)
    skus = [page.proxy.index(r, Column.SKU).data() for r in range(page.proxy.rowCount())]
    assert skus == sorted(skus, reverse=True)
    page.search.setText("BB")  # the filter keeps the model's order
    assert [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())] == ["BB-002", "BB-001"]
