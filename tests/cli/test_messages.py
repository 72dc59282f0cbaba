"""The CLI's message table: every reason code in Chinese and English, with the same parameters."""

from __future__ import annotations

import re
import string

import pytest

from desktop_app.cli.messages import ZH, error_line, reason_line
from desktop_app.core.certificates import CertificateKey
from desktop_app.core.errors import NotFoundError, StorageError, ValidationError
from desktop_app.core.reasons import ENGLISH, Reason

CJK = re.compile(r"[\u4e00-\u9fff]")


def _names(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("code", list(Reason))
def test_every_code_has_chinese_and_english_with_the_same_parameters(code):
    assert code in ZH and CJK.search(ZH[code]), f"{code} has no Chinese text in cli/messages.py"
    assert (
        code in ENGLISH and ENGLISH[code].strip() and not CJK.search(re.sub("[棉涤纶氨]", "", ENGLISH[code]))
    ), f"{code} has no English text in core/reasons.py"
    assert _names(ZH[code]) <= _names(ENGLISH[code]) | {"kind"}, code


def test_the_line_names_field_and_value_in_the_firms_language():
    exc = ValidationError("category", "shoes", Reason.NOT_ONE_OF, allowed=["yarn", "fabric"])
    zh = error_line(exc, language="zh_CN")
    en = error_line(exc, language="en")
    assert zh == "category='shoes': 必须是以下之一：yarn, fabric"
    assert en == "category='shoes': must be one of yarn, fabric"
    assert error_line(NotFoundError("product", "NOPE"), language="zh_CN") == "找不到产品 NOPE"
    assert "磁盘已满" in error_line(StorageError("/data/db.sqlite3", "disk_full"), language="zh_CN")


def test_an_ambiguous_number_says_how_to_name_the_scheme():
    text = reason_line(
        Reason.AMBIGUOUS_CERTIFICATE,
        {"number": "CU-1", "schemes": ["gots", "grs"], "example": "gots:CU-1"},
        language="zh_CN",
    )
    assert "gots, grs" in text and "gots:CU-1" in text and "--scheme" in text
    assert CertificateKey.parse("gots:CU-1") == CertificateKey("CU-1", "gots")
    assert CertificateKey.parse("GOTS:CU-1") == CertificateKey("CU-1", "gots")
    assert CertificateKey.parse("SH:2025:7") == CertificateKey(
        "SH:2025:7"
    )  # not a scheme: part of the number
    assert CertificateKey.parse("CU-1", scheme="grs") == CertificateKey("CU-1", "grs")
