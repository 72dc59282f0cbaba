"""Every reason the importer gives for the test files' bad rows reads in Chinese in a Chinese window."""

from __future__ import annotations

import re

import pytest

from desktop_app.core.errors import ValidationError
from tests.unit.imports.files import certificates_gb18030, products_gb18030, products_xlsx

pytestmark = pytest.mark.gui

CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def chinese(qapp, ws):
    from desktop_app.app import apply_language

    apply_language(qapp, "zh_CN", ws.resources)
    yield


def _reasons(ws, tmp_path) -> list[str]:
    products = ws.transfer.import_products(products_gb18030(tmp_path / "p.csv"), apply=True)
    xlsx = ws.transfer.import_products(products_xlsx(tmp_path / "p.xlsx"))
    certs = ws.transfer.import_certificates(certificates_gb18030(tmp_path / "c.csv"))
    return [e.reason for r in (products, xlsx, certs) for e in r.rejected]


def test_the_importers_reasons_are_all_translated(ws, chinese, tmp_path):
    from desktop_app.ui.reason_texts import reason_text

    reasons = _reasons(ws, tmp_path)
    assert len(reasons) >= 5
    untranslated = [
        r for r in reasons if not CJK.search(reason_text(r).replace("棉", "").replace("氨纶", ""))
    ]
    assert untranslated == []
    # the variable part is carried over
    assert "90" in reason_text("percentages sum to 90, not 100")
    assert reason_text("something new the table does not know") == "something new the table does not know"


def test_a_validation_error_message_is_in_chinese(ws, chinese):
    from desktop_app.ui.errors import message_for

    text = message_for(ValidationError("fibre", "cotton:90", "percentages sum to 90, not 100"))
    assert "90" in text and "合计" in text
