"""Bring the .ts files up to date with the source, keeping every finished translation.

Run from the repository: python3 tools/update_translations.py [--donor FILE.ts ...]

`pyside6-lupdate` (6.11) re-reads desktop_app/, adds new messages as
unfinished and drops gone ones, but it also turns the plural (numerus)
messages of `QCoreApplication.translate(context, text, None, n)` calls back
into plain ones and loses their translations. So each .ts file is read
before lupdate runs, and afterwards every message still unfinished gets the
finished translation the old file (or a `--donor` file: during a merge, both
parents' versions) had for the same context, source and comment, with its
plural flag. Then `pyside6-lrelease` builds the .qm files and the Chinese
messages still to translate are listed (exit status 1 when there are any).

The files are edited as text, message by message, so a diff shows only what
changed.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
FILES = [FOLDER / "textile_assistant_zh_CN.ts", FOLDER / "textile_assistant_en.ts"]

CONTEXT = re.compile(r"<context>\s*<name>(.*?)</name>(.*?)</context>", re.DOTALL)
MESSAGE = re.compile(r"(?P<indent>[ \t]*)<message(?P<attrs>[^>]*)>(?P<body>.*?)</message>", re.DOTALL)
SOURCE = re.compile(r"<source>(.*?)</source>", re.DOTALL)
COMMENT = re.compile(r"<comment>(.*?)</comment>", re.DOTALL)
TRANSLATION = re.compile(r"<translation(?P<attrs>[^>]*?)(?:/>|>(?P<text>.*?)</translation>)", re.DOTALL)
UNFINISHED = ("unfinished", "vanished", "obsolete")

Key = tuple[str, str, str]


@dataclass(frozen=True)
class Finished:
    translation: str  # the whole <translation>...</translation> element
    numerus: bool


def _finished(attrs: str, text: str | None) -> bool:
    if any(f'type="{kind}"' in attrs for kind in UNFINISHED) or not text:
        return False
    forms = re.findall(r"<numerusform>(.*?)</numerusform>", text, re.DOTALL)
    return all(f.strip() for f in forms) if forms else bool(text.strip())


def _messages(ts: str):
    """(key, message match) for each message, key = (context, source, comment)."""
    for context in CONTEXT.finditer(ts):
        name = context.group(1)
        start = context.start(2)
        for message in MESSAGE.finditer(context.group(2)):
            body = message.group("body")
            source = SOURCE.search(body)
            comment = COMMENT.search(body)
            key = (name, source.group(1) if source else "", comment.group(1) if comment else "")
            yield key, message, start


def finished_translations(ts: str) -> dict[Key, Finished]:
    found: dict[Key, Finished] = {}
    for key, message, _start in _messages(ts):
        translation = TRANSLATION.search(message.group("body"))
        if translation and _finished(translation.group("attrs"), translation.group("text")):
            found[key] = Finished(translation.group(0), 'numerus="yes"' in message.group("attrs"))
    return found


def refill(ts: str, donors: list[dict[Key, Finished]]) -> tuple[str, int]:
    """`ts` with each unfinished message given a donor's finished translation; and how many."""
    edits: list[tuple[int, int, str]] = []
    for key, message, start in _messages(ts):
        body = message.group("body")
        translation = TRANSLATION.search(body)
        if translation and _finished(translation.group("attrs"), translation.group("text")):
            continue
        donor = next((d[key] for d in donors if key in d), None)
        if donor is None:
            continue
        attrs = message.group("attrs")
        if donor.numerus and 'numerus="yes"' not in attrs:
            attrs += ' numerus="yes"'
        if translation:
            body = body[: translation.start()] + donor.translation + body[translation.end() :]
        else:
            body = body.rstrip() + "\n" + message.group("indent") + "    " + donor.translation + "\n"
            body += message.group("indent")
        edits.append(
            (
                start + message.start(),
                start + message.end(),
                f"{message.group('indent')}<message{attrs}>{body}</message>",
            )
        )
    for begin, end, text in reversed(edits):
        ts = ts[:begin] + text + ts[end:]
    return ts, len(edits)


def unfinished(ts: str) -> list[Key]:
    done = finished_translations(ts)
    return [key for key, _message, _start in _messages(ts) if key not in done]


def tool(*names: str) -> str:
    for name in names:
        if found := shutil.which(name):
            return found
    raise SystemExit(f"{names[0]} not found (it comes with PySide6)")


def language(ts: str) -> str:
    found = re.search(r'<TS[^>]*\blanguage="([^"]+)"', ts)
    return found.group(1) if found else ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--donor",
        action="append",
        default=[],
        type=Path,
        help="another .ts to take finished translations from (matched to a file by its language)",
    )
    args = parser.parse_args(argv)
    donors: dict[str, list[dict[Key, Finished]]] = {}
    for donor in args.donor:
        text = donor.read_text(encoding="utf-8")
        donors.setdefault(language(text), []).append(finished_translations(text))
    before = {path: path.read_text(encoding="utf-8") for path in FILES}
    subprocess.run(
        [
            tool("pyside6-lupdate", "lupdate"),
            "-silent",
            "-extensions",
            "py",
            "-no-obsolete",
            "desktop_app",
            "-ts",
            *map(str, FILES),
        ],
        cwd=ROOT,
        check=True,
    )
    for path in FILES:
        own = finished_translations(before[path])
        text, count = refill(path.read_text(encoding="utf-8"), [own, *donors.get(language(before[path]), [])])
        path.write_text(text, encoding="utf-8")
        print(f"{path.name}: {count} translation(s) restored")
    subprocess.run([tool("pyside6-lrelease", "lrelease"), "-silent", *map(str, FILES)], cwd=ROOT, check=True)
    missing = unfinished(FILES[0].read_text(encoding="utf-8"))
    for context, source, comment in missing:
        print(f"to translate: [{context}] {source!r}" + (f" ({comment})" if comment else ""))
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
