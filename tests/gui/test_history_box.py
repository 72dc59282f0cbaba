"""The history box names the changed fields as the forms do, in the window's language.

The audit log keeps the stored field names and values (`age_group`, `infant`); the
box shows 年龄段 / Age group in the line, and 婴幼儿 / Infant in its tooltip. Every field a
product, certificate, result or the firm's settings records has a word.
"""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.core.audit import Actor, AuditEntry
from desktop_app.core.field_names import FIELD_NAMES
from desktop_app.db import convert
from desktop_app.db.certificates_repo import _values as certificate_values
from desktop_app.db.firm_repo import SAVED as FIRM_FIELDS
from desktop_app.db.results_repo import _AUDITED as RESULT_FIELDS
from desktop_app.ui.widgets.history_box import HistoryBox
from tests.helpers.factories import make_certificate, make_product


@pytest.fixture
def language(qapp, request):
    """The window's language for the test (`indirect` parameter), Chinese again afterwards."""
    from desktop_app.app import apply_language
    from desktop_app.paths import resources_dir

    apply_language(qapp, request.param, resources_dir())
    yield request.param
    apply_language(qapp, "zh_CN", resources_dir())


EDIT = AuditEntry(
    at=dt.datetime(2026, 11, 30, 8, 15),
    actor=Actor(pc_user="wangf", display_name="王芳"),
    kind="product",
    key="BB-001",
    action="edited",
    changes={"age_group": ["adult", "infant"], "scan_file": [None, "a.pdf"]},
    version=2,
)


def test_every_audited_field_has_a_word():
    audited = {
        *convert.product_values(make_product()),
        *certificate_values(make_certificate()),
        *RESULT_FIELDS,
        *FIRM_FIELDS,
    }
    assert audited - set(FIELD_NAMES) == set()


@pytest.mark.parametrize("language", ["zh_CN"], indirect=True)
def test_field_names_are_translated_in_chinese(qtbot, language):
    box = HistoryBox()
    qtbot.addWidget(box)
    box.show_entries([EDIT])
    line, tip = box.list.item(0).text(), box.list.item(0).toolTip()
    assert line.endswith("修改: 年龄段, 扫描件")
    assert "age_group" not in line + tip and "scan_file" not in line + tip
    assert tip.splitlines() == ["年龄段: 成人 → 婴幼儿", "扫描件: - → a.pdf"]  # values in words too


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_field_names_are_translated_in_english(qtbot, language):
    box = HistoryBox()
    qtbot.addWidget(box)
    box.show_entries([EDIT])
    assert box.list.item(0).text().endswith(": Age group, Scan")
    assert box.list.item(0).toolTip().splitlines() == [
        "Age group: Adult → Infant (≤36 months)",
        "Scan: - → a.pdf",
    ]


def test_an_unknown_field_shows_as_stored(qtbot):
    box = HistoryBox()
    qtbot.addWidget(box)
    box.show_entries([AuditEntry(EDIT.at, EDIT.actor, "product", "X", "edited", {"brand_new": [1, 2]})])
    assert box.list.item(0).toolTip() == "brand_new: 1 → 2"
