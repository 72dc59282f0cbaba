"""Every reason code reads in Chinese in a Chinese window, and in English in an English one.

The window's words for an error come from `ui/messages` by the error's
code; these tests raise every code of `core.reasons.Reason` through the
window's message paths and fail on a code without a translation or on
English text left in a Chinese message.
"""

from __future__ import annotations

import re
import string

import pytest

from desktop_app.core.errors import AssistantError, ValidationError
from desktop_app.core.reasons import Reason
from tests.unit.imports.files import certificates_gb18030, products_gb18030, products_xlsx

pytestmark = pytest.mark.gui

CJK = re.compile(r"[\u4e00-\u9fff]")
# words a Chinese message may keep: file formats, protocols, names of things on screen
TECHNICAL = {
    "ascii", "base64", "csv", "ed25519", "excel", "global", "gb18030", "has_more", "http", "https",
    "json", "manifest", "organic", "pem", "since", "utf", "water_repellent", "xlsx", "zip", "cotton",
    "elastane", "expected", "from", "key", "id", "to", "xls", "postgresql", "pg_trgm",
}  # fmt: skip


@pytest.fixture
def chinese(qapp, ws):
    from desktop_app.app import apply_language

    apply_language(qapp, "zh_CN", ws.resources)
    yield


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _sample(code: Reason) -> dict[str, object]:
    """A value for every parameter the code's texts name; digits, so no English slips in."""
    from desktop_app.ui.messages import TEXTS

    params: dict[str, object] = {name: "7" for name in _placeholders(TEXTS[code])}
    if "kind" in params:
        params["kind"] = "certificate"
    return params


def _without(params: dict[str, object], *names: str) -> dict[str, object]:
    return {k: v for k, v in params.items() if k not in names}


def _english_words(text: str) -> set[str]:
    """Words in lower case or capitalised (not codes such as EU, HTTP, PDF), less technical ones."""
    return {w for w in re.findall(r"\b[A-Za-z][a-z_]+\b", text) if w.lower() not in TECHNICAL}


def test_every_code_has_english_and_a_chinese_translation_with_the_same_parameters(chinese):
    from PySide6.QtCore import QCoreApplication

    from desktop_app.ui.messages import TEXTS

    assert set(TEXTS) == set(Reason)
    for code, source in TEXTS.items():
        translated = QCoreApplication.translate("Reasons", source)
        assert source.strip(), code
        assert translated != source and CJK.search(translated), f"{code} has no Chinese text"
        assert _placeholders(translated) == _placeholders(source), code


@pytest.mark.parametrize("code", list(Reason))
def test_a_chinese_window_shows_no_english_reason(chinese, code):
    from desktop_app.imports import ImportFileError
    from desktop_app.ui.dialogs.sync_summary_dialog import failure_message
    from desktop_app.ui.errors import message_for
    from desktop_app.ui.import_texts import file_error_message
    from desktop_app.ui.messages import reason_text

    params = _sample(code)
    shown = [
        reason_text(code, params),
        message_for(AssistantError(code, **params)),
        message_for(ValidationError("7", "7", code, **_without(params, "field", "value"))),
        failure_message(AssistantError(code, **params)),
        file_error_message(ImportFileError("7.csv", code, ("货号 SKU",), **_without(params, "file"))),
    ]
    for text in shown:
        assert CJK.search(text), (code, text)
        assert _english_words(text) == set(), (code, text)


def test_the_same_codes_read_in_english_in_an_english_window(english):
    from desktop_app.core.reasons import fill
    from desktop_app.ui.messages import TEXTS, reason_text

    for code in Reason:
        params = _sample(code)
        expected = fill(TEXTS[code], {**params, "kind": "certificate"} if "kind" in params else params)
        assert reason_text(code, params) == expected
        assert not CJK.search(
            expected.replace("棉", "").replace("涤纶", "").replace("氨纶", "").replace("“", "")
        )


def test_the_importers_row_reasons_read_in_chinese(ws, chinese, tmp_path):
    from desktop_app.ui.messages import reason_text

    products = ws.transfer.import_products(products_gb18030(tmp_path / "p.csv"), apply=True)
    xlsx = ws.transfer.import_products(products_xlsx(tmp_path / "p.xlsx"))
    certs = ws.transfer.import_certificates(certificates_gb18030(tmp_path / "c.csv"))
    rejected = [e for r in (products, xlsx, certs) for e in r.rejected]
    assert len(rejected) >= 5
    for e in rejected:
        assert CJK.search(reason_text(e.code, e.params)), e
    sums = [e for e in rejected if e.code is Reason.PERCENT_SUM]
    assert sums and "90" in reason_text(sums[0].code, sums[0].params)  # the variable part is carried over


def test_a_validation_error_message_is_in_chinese(ws, chinese):
    from desktop_app.ui.errors import message_for

    text = message_for(ValidationError("fibre", "cotton:90", Reason.PERCENT_SUM, total="90"))
    assert "90" in text and "合计" in text and text.startswith("成分")
