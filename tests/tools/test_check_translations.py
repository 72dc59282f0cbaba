"""tools/check_translations.py finds strings missing from a .ts file or left untranslated in Chinese."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("check_translations", ROOT / "tools" / "check_translations.py")
assert _spec is not None and _spec.loader is not None
check = importlib.util.module_from_spec(_spec)
sys.modules["check_translations"] = check  # dataclasses look their module up there
_spec.loader.exec_module(check)

SOURCE = """
from PySide6.QtCore import QCoreApplication, QObject


class Greeter(QObject):
    def texts(self, n):
        return [self.tr("Hello"), self.tr("%n file(s)", "", n), self.tr("Only in the source")]


def status():
    return QCoreApplication.translate("Status", "All good")
"""


def _ts(language: str, messages: str) -> str:
    return f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="{language}">\n{messages}</TS>\n'


EN = """<context><name>Greeter</name>
<message><source>Hello</source><translation type="unfinished"></translation></message>
<message numerus="yes"><source>%n file(s)</source><translation type="unfinished"><numerusform></numerusform></translation></message>
</context>
<context><name>Status</name>
<message><source>All good</source><translation type="unfinished"></translation></message>
</context>
"""

ZH = """<context><name>Greeter</name>
<message><source>Hello</source><translation>你好</translation></message>
<message numerus="yes"><source>%n file(s)</source><translation><numerusform></numerusform></translation></message>
<message><source>Only in the source</source><translation type="unfinished">仅</translation></message>
</context>
<context><name>Status</name>
<message><source>All good</source><translation>一切正常</translation></message>
<message><source>Gone</source><translation type="vanished">旧</translation></message>
</context>
"""


@pytest.fixture
def lupdate() -> str:
    if shutil.which("pyside6-lupdate") is None and shutil.which("lupdate") is None:
        pytest.skip("pyside6-lupdate is not installed")
    return check.lupdate()


def test_missing_and_unfinished_strings_are_listed(tmp_path: Path, lupdate: str):
    source = tmp_path / "greeter.py"
    source.write_text(SOURCE, encoding="utf-8")
    (tmp_path / "en.ts").write_text(_ts("en", EN), encoding="utf-8")
    (tmp_path / "zh.ts").write_text(_ts("zh_CN", ZH), encoding="utf-8")

    found = check.extract(lupdate, [source])
    assert set(found) == {
        ("Greeter", "Hello"),
        ("Greeter", "%n file(s)"),
        ("Greeter", "Only in the source"),
        ("Status", "All good"),
    }
    committed = {"en": check.read_ts(tmp_path / "en.ts"), "zh_CN": check.read_ts(tmp_path / "zh.ts")}
    assert ("Status", "Gone") not in committed["zh_CN"]  # vanished messages do not count
    lines = check.problems(found, committed)
    assert len(lines) == 3, lines
    assert any(
        l.startswith("missing in textile_assistant_en.ts: [Greeter] 'Only in the source'") for l in lines
    )
    assert any(
        l.startswith("not translated in textile_assistant_zh_CN.ts: [Greeter] 'Only in the source'")
        for l in lines
    )
    assert any(
        l.startswith("not translated in textile_assistant_zh_CN.ts: [Greeter] '%n file(s)'") for l in lines
    )


def test_a_complete_translation_has_no_problems(tmp_path: Path, lupdate: str):
    source = tmp_path / "status.py"
    source.write_text(
        SOURCE.split("class Greeter")[0]
        + '\n\ndef status():\n    return QCoreApplication.translate("Status", "All good")\n',
        encoding="utf-8",
    )
    (tmp_path / "en.ts").write_text(_ts("en", EN), encoding="utf-8")
    (tmp_path / "zh.ts").write_text(_ts("zh_CN", ZH), encoding="utf-8")
    committed = {"en": check.read_ts(tmp_path / "en.ts"), "zh_CN": check.read_ts(tmp_path / "zh.ts")}
    assert check.problems(check.extract(lupdate, [source]), committed) == []
