"""The dialogs check with the core's own validators and show the core's reasons.

A rule (the SKU pattern, the 0.01 % tolerance of a composition, the order
of the dates) lives once in `core`; these tests prove the dialogs follow it
rather than a copy, and word it by the reason code.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate

from desktop_app.core.reasons import Reason
from tests.conftest import TODAY
from tests.helpers.discard import discard

pytestmark = pytest.mark.gui


@pytest.fixture
def products_page(window, qtbot, demo_ws):
    window.go(window.PRODUCTS)
    qtbot.waitUntil(lambda: window.products.model.rowCount() > 0)
    return window.products


@pytest.fixture
def certificates_page(window, qtbot, demo_ws):
    window.go(window.CERTIFICATES)
    qtbot.waitUntil(lambda: window.certificates.model.rowCount() > 0)
    return window.certificates


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def test_the_product_dialog_refuses_what_the_core_refuses(products_page):
    from desktop_app.ui.messages import TEXTS

    dialog = products_page.add_product()
    dialog.name.setText("睡袋")
    dialog.composition.set_composition(())
    dialog.composition.rows[0][0].setCurrentIndex(dialog.composition.rows[0][0].findData("cotton"))
    dialog.composition.rows[0][1].setValue(100)
    dialog.sku.setText("has space")  # the core's SKU pattern, not only "not empty"
    assert not dialog.ok_button.isEnabled() and not dialog.sku_error.isHidden()
    assert dialog.sku_error.text() == TEXTS[Reason.SKU_PATTERN]
    dialog.sku.setText("NEW-1")
    assert dialog.ok_button.isEnabled()
    dialog.name.setText("   ")  # blank after trimming, as the core trims
    assert not dialog.ok_button.isEnabled() and dialog.name_error.text() == TEXTS[Reason.EMPTY]
    discard(dialog)  # edited: Esc asks first


def test_the_composition_follows_the_cores_tolerance(products_page):
    dialog = products_page.add_product()
    editor = dialog.composition
    editor.set_composition(())
    editor.rows[0][0].setCurrentIndex(editor.rows[0][0].findData("cotton"))
    editor.rows[0][1].setValue(95)
    editor.add_row("elastane", 4.9)
    assert editor.problem() is not None and "99.9" in editor.problem()
    editor.rows[1][1].setValue(5)
    assert editor.problem() is None
    editor.add_row("cotton", 1)
    from desktop_app.ui.messages import TEXTS

    assert editor.problem() == TEXTS[Reason.FIBRE_TWICE]
    discard(dialog)  # edited: Esc asks first


def test_the_certificate_dialog_checks_dates_and_the_scheme_number_pair(certificates_page, demo_ws):
    from desktop_app.ui.messages import reason_text

    taken = demo_ws.certificates.states()[0].certificate
    dialog = certificates_page.add_certificate()
    dialog.issuer.setText("Lab")
    dialog.scheme.setCurrentIndex(dialog.scheme.findData(taken.scheme))
    dialog.number.setText(taken.number)
    assert not dialog.number_error.isHidden()  # the same scheme and number: already recorded
    other = next(s for s in ("gots", "grs", "bluesign") if s != taken.scheme)
    dialog.scheme.setCurrentIndex(dialog.scheme.findData(other))
    assert dialog.number_error.isHidden()  # another scheme may use the same number
    dialog.issued.setDate(_qdate(TODAY))
    dialog.expires.setDate(_qdate(TODAY - dt.timedelta(days=1)))
    expected = reason_text(Reason.EXPIRES_BEFORE_ISSUED, {"issued": TODAY.isoformat()})
    assert dialog.expires_error.text() == expected and not dialog.ok_button.isEnabled()
    dialog.done(0)  # edited: reject() would ask before discarding (tested in test_certificates_page)
