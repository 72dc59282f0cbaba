"""Check that every translatable string of the GUI is in both .ts files, and translated into Chinese.

Run from anywhere: python tools/check_translations.py

The strings are found the way the .ts files are made: `pyside6-lupdate`
reads desktop_app/ui/ and desktop_app/app.py (every `self.tr(...)`,
`QCoreApplication.translate(...)`, plurals with `%n`) into a new .ts file in
a temporary folder; the committed files are never written. Each message
(context and source text) must then be in resources/translations/
textile_assistant_en.ts and textile_assistant_zh_CN.ts, and in zh_CN have a
finished, non-empty translation (every plural form). English needs no
translation text: the source strings are English.

Exit status: 0 when all is well; 1 with the list of what is missing or
unfinished (then run `pyside6-lupdate -extensions py desktop_app/ui
desktop_app/app.py -ts resources/translations/*.ts`, translate, and build
the .qm files with `pyside6-lrelease`); 2 when lupdate cannot be run.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = (ROOT / "desktop_app" / "ui", ROOT / "desktop_app" / "app.py")
TRANSLATIONS = ROOT / "resources" / "translations"
TS_FILES = {"en": "textile_assistant_en.ts", "zh_CN": "textile_assistant_zh_CN.ts"}
MUST_BE_TRANSLATED = ("zh_CN",)


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translated: bool  # a finished translation with text (all plural forms)
    location: str = ""


def read_ts(path: Path) -> dict[tuple[str, str], Message]:
    """(context, source) → message, for every message of a .ts file that is not obsolete."""
    found: dict[tuple[str, str], Message] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            if translation is None:
                texts: list[str] = []
            elif message.get("numerus") == "yes":
                texts = [form.text or "" for form in translation.iter("numerusform")]
            else:
                texts = [translation.text or ""]
            done = kind != "unfinished" and bool(texts) and all(t.strip() for t in texts)
            where = message.find("location")
            location = (
                _location(path, where.get("filename", ""), where.get("line", "")) if where is not None else ""
            )
            found[(name, source)] = Message(name, source, done, location)
    return found


def _location(ts: Path, filename: str, line: str) -> str:
    """`desktop_app/ui/x.py:12`: the file relative to the repository when it lies in it."""
    file = (ts.parent / filename).resolve()
    shown = file.relative_to(ROOT) if file.is_relative_to(ROOT) else file
    return f"{shown}:{line}"


def lupdate() -> str:
    for name in ("pyside6-lupdate", "lupdate"):
        found = shutil.which(name)
        if found:
            return found
    raise SystemExit("pyside6-lupdate not found (it comes with PySide6)")


def extract(tool: str, sources: Sequence[Path] = SOURCES) -> dict[tuple[str, str], Message]:
    """The messages the source holds now, as lupdate sees them."""
    with tempfile.TemporaryDirectory(prefix="check-translations-") as tmp:
        fresh = Path(tmp) / "fresh.ts"
        done = subprocess.run(
            [tool, "-silent", "-extensions", "py", *map(str, sources), "-ts", str(fresh)],
            cwd=tmp,
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0 or not fresh.exists():
            print(done.stdout + done.stderr, file=sys.stderr)
            raise SystemExit(2)
        return read_ts(fresh)


def problems(
    source: dict[tuple[str, str], Message], committed: dict[str, dict[tuple[str, str], Message]]
) -> list[str]:
    lines = []
    for key in sorted(source):
        context, text = key
        where = source[key].location
        for language, messages in committed.items():
            message = messages.get(key)
            if message is None:
                lines.append(f"missing in {TS_FILES[language]}: [{context}] {text!r} ({where})")
            elif language in MUST_BE_TRANSLATED and not message.translated:
                lines.append(f"not translated in {TS_FILES[language]}: [{context}] {text!r} ({where})")
    return lines


def main() -> int:
    try:
        source = extract(lupdate())
    except SystemExit as exc:
        if isinstance(exc.code, str):
            print(exc.code, file=sys.stderr)
        return 2
    committed = {language: read_ts(TRANSLATIONS / name) for language, name in TS_FILES.items()}
    found = problems(source, committed)
    for line in found:
        print(line)
    if found:
        print(f"{len(found)} problem(s) in {len(source)} translatable strings", file=sys.stderr)
        return 1
    print(f"translations complete: {len(source)} strings, in {', '.join(TS_FILES.values())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
