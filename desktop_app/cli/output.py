"""How the command line prints: readable tables or `--json`, and errors.

Exit codes: 0 success, 1 the operation failed, 2 bad usage or bad input.

Names come from spreadsheets, restored backups and the platform, so they may
hold terminal controls (`ESC [2J` clears the screen, `CR` overwrites a line,
`U+202E` turns the rest of it around). Everything printed as text goes
through `shown()`, which writes those as escapes (`\x1b`, `\r`, `\u202e`);
`--json` prints the values exactly (JSON escapes its own controls).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import json
import re
import sys
import unicodedata
from collections.abc import Sequence
from typing import Any

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2

# C0 and C1 controls and DEL, the bidirectional marks, embeddings, overrides and isolates,
# the line and paragraph separators, and lone surrogates (not UTF-8 at all)
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]")
_CONTROLS_BUT_NEWLINE = re.compile(_CONTROLS.pattern.replace("\x00-\x1f", "\x00-\x09\x0b-\x1f"))


def _escape(match: re.Match[str]) -> str:
    ch = match.group()
    return ch.encode("unicode_escape").decode("ascii") if ord(ch) < 0xD800 else f"\\u{ord(ch):04x}"


def shown(text: str, *, lines: bool = False) -> str:
    """`text` with every control character written as its escape, so that what a
    terminal shows is what the text holds. `lines=True` keeps newlines (a message
    of several lines); a table cell or a one-line error keeps none."""
    return (_CONTROLS_BUT_NEWLINE if lines else _CONTROLS).sub(_escape, text)


def to_jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [to_jsonable(v) for v in value]
    return value


def requirement_json(r: Any) -> dict[str, Any]:
    """A requirement item as `standards --json` and `catalogue show --json` print it."""
    return {
        "key": r.key,
        "item": r.item.to_json(),
        "grade": r.grade,
        "limit": r.limit,
        "unit": r.unit,
        "method": r.method,
        "check": r.check.to_json() if getattr(r, "check", None) is not None else None,
        "effective": r.effective.isoformat() if getattr(r, "effective", None) else None,
        "until": r.until.isoformat() if getattr(r, "until", None) else None,
    }


def print_json(value: Any) -> None:
    out = json.dumps(to_jsonable(value), ensure_ascii=False, indent=2)
    sys.stdout.buffer.write(out.encode("utf-8") + b"\n")
    sys.stdout.flush()


def display_width(text: str) -> int:
    """Columns a string takes in a terminal: CJK characters are two wide."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))


def print_table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    cells = [[("" if c is None else shown(str(c))) for c in row] for row in rows]
    widths = [display_width(h) for h in headers]
    for row in cells:
        for i, c in enumerate(row):
            widths[i] = max(widths[i], display_width(c))
    line = "  ".join(_pad(h, widths[i]) for i, h in enumerate(headers)).rstrip()
    write(line)
    write("  ".join("-" * w for w in widths))
    for row in cells:
        write("  ".join(_pad(c, widths[i]) for i, c in enumerate(row)).rstrip())
    if not rows:
        write(say("（无）", "(none)"))


def say(zh: str, en: str, *, lang: str | None = None) -> str:
    """`zh` or `en`: the words of a line in `lang`, by default the firm's language
    (Chinese until a workspace says).

    The words are chosen here, where they are shown, and both are written at the
    call site, so a line cannot lack either language."""
    from .messages import current_language

    return zh if (lang or current_language()).startswith("zh") else en


def written_line(backup: object) -> str:
    """An import written: the same words for products and for results."""
    return say(
        f"已在一个事务中写入；导入前备份：{backup}",
        f"written in one transaction; backup before import: {backup}",
    )


def dry_run_line() -> str:
    return say("预览：未写入，加 --apply 导入", "dry run: nothing written; add --apply to import")


def write(text: str = "") -> None:
    """One line of text (or several, split by the caller's own newlines), controls escaped."""
    sys.stdout.buffer.write(shown(text, lines=True).encode("utf-8") + b"\n")


def error(text: str) -> None:
    """`错误：...` / `error: ...` on stderr (the firm's language), one line whatever the text holds."""
    from .messages import current_language

    label = "错误：" if current_language().startswith("zh") else "error: "
    sys.stderr.buffer.write((label + shown(text)).encode("utf-8") + b"\n")
    sys.stderr.flush()
