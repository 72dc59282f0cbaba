"""`product show --history`, `cert show --history` and `product edit` from the version it read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.workspace.audit import DISPLAY_NAME_ENV
from tests.helpers.cli import run_cli as run


@pytest.fixture(autouse=True)
def display_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DISPLAY_NAME_ENV, "王芳")


def _add(data_dir: Path) -> None:
    result = run(
        data_dir, "product", "add", "--sku", "BB-1", "--name", "连体衣", "--category", "garment",
        "--age-group", "infant", "--skin-contact", "direct", "--fibre", "cotton:100",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr


def test_product_history_as_a_table_in_chinese_and_as_json(data_dir: Path) -> None:
    _add(data_dir)
    assert run(data_dir, "product", "edit", "BB-1", "--customer", "Brand X").returncode == 0
    out = run(data_dir, "product", "show", "BB-1", "--history").stdout
    header, _rule, edited, created = out.splitlines()[:4]
    assert header.split()[:2] == ["时间", "(UTC)"] and "修改人" in header
    assert (
        "修改" in edited and "王芳" in edited and "客户: - → Brand X" in edited
    )  # the field as the forms name it
    assert "新建" in created
    entries = json.loads(run(data_dir, "product", "show", "BB-1", "--history", "--json").stdout)
    assert [e["action"] for e in entries] == ["edited", "created"]
    assert entries[0]["changes"] == {"customer": ["", "Brand X"]}
    assert entries[0]["display_name"] == "王芳" and entries[0]["version"] == 2
    assert entries[0]["at"].endswith("Z")


def test_history_in_english_for_an_english_firm(data_dir: Path) -> None:
    assert run(data_dir, "firm", "--language", "en").returncode == 0
    _add(data_dir)
    out = run(data_dir, "product", "show", "BB-1", "--history").stdout
    assert "Who" in out and "created" in out
    assert run(data_dir, "product", "edit", "BB-1", "--notes", "shelf 4").returncode == 0
    assert "Notes: - → shelf 4" in run(data_dir, "product", "show", "BB-1", "--history").stdout
    stale = run(data_dir, "product", "edit", "BB-1", "--if-version", "1", "--customer", "Brand Z")
    assert "product BB-1 was changed by 王芳" in stale.stderr and "Notes: shelf 4" in stale.stderr


def test_edit_refuses_a_version_that_is_no_longer_the_products(data_dir: Path) -> None:
    _add(data_dir)
    assert json.loads(run(data_dir, "product", "show", "BB-1", "--json").stdout)["version"] == 1
    assert run(data_dir, "product", "edit", "BB-1", "--notes", "another PC").returncode == 0
    stale = run(data_dir, "product", "edit", "BB-1", "--if-version", "1", "--customer", "Brand Z")
    assert stale.returncode != 0
    assert "王芳" in stale.stderr and "备注: another PC" in stale.stderr and "没有保存" in stale.stderr
    data = json.loads(run(data_dir, "product", "show", "BB-1", "--json").stdout)
    assert (data["customer"], data["notes"], data["version"]) == ("", "another PC", 2)


def test_certificate_history(data_dir: Path) -> None:
    assert run(data_dir, "demo", "--here").returncode == 0
    entries = json.loads(run(data_dir, "cert", "show", "CU-GOTS-862311", "--history", "--json").stdout)
    assert [e["action"] for e in entries] == ["created"]
    assert entries[0]["key"] == "gots:CU-GOTS-862311"
    assert "新建" in run(data_dir, "cert", "show", "CU-GOTS-862311", "--history").stdout


def test_a_conflict_on_the_firm_settings_names_them_without_a_key() -> None:
    from desktop_app.cli.messages import reason_line
    from desktop_app.core.errors import EditConflictError

    exc = EditConflictError("firm", "firm", changed={"checklist_lang": "both", "lead_days": 90}, who="王芳")
    zh = reason_line(exc.code, exc.params, language="zh_CN")
    assert "修改了企业设置：清单语言: 中英双语；到期前提醒天数: 90；" in zh and "firm" not in zh
    en = reason_line(exc.code, exc.params, language="en")
    assert en.startswith("the firm settings were changed by 王芳")
    assert "Checklist language: Chinese and English; Reminder days before expiry: 90;" in en
