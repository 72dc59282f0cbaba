"""What a catalogue search compares: normalised codes and word tokens.

Both sides of a search go through the same functions, so the index and the
query always agree, whatever engine holds the index:

- **Codes** are compared normalised: NFKC (full-width ＧＢ１８４０１ is GB18401),
  upper case, without spaces, `/`, `-`, `.`, `:` and `_`. A code's *base* is
  its normalised code without a trailing edition year (`GB 18401-2010` →
  `GB18401`, `ISO 9001:2015` → `ISO9001`), so a code typed without its year
  is an exact match too.
- **Text** (titles, item names, item keys, test methods) becomes a string of
  tokens between single spaces: runs of letters and digits (case-folded,
  accents removed), and for each run of CJK characters its character pairs
  followed by its last character (`甲醛含量` → `甲醛 醛含 含量 量`). A query
  is tokenised the same way and matches where its tokens follow each other,
  the last one as a prefix: 甲醛 (`甲醛 醛*`) is found inside 甲醛含量, and a
  single character (`棉*`) wherever it stands. Latin words match from their
  start (`formald` finds formaldehyde); a lone Latin query of one or two
  characters (`pH`, `A`) matches whole words only, so pH finds "pH value"
  and the item key `ph`, never "phthalates".
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass

_CODE_DROPPED = re.compile(r"[\s/\-.:_]+")
_YEAR = re.compile(r"[-:]\s*(?:19|20)\d{2}$")
# Hiragana, katakana, CJK extension A, unified ideographs, compatibility ideographs, hangul.
_CJK_CHARS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
_CJK = re.compile(f"[{_CJK_CHARS}]+")
_WORD_OR_CJK = re.compile(f"[{_CJK_CHARS}]+|[^\\W_{_CJK_CHARS}]+")

# A lone Latin query this short matches whole words, not word starts.
WHOLE_WORD_BELOW = 3


def _fold(text: str) -> str:
    """NFKC, then case-folded without accents (é → e), as the index stores words."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).casefold())
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def normalise_code(code: str) -> str:
    """`gb/t 2912.1` → `GBT29121`: what a code is compared as."""
    return _CODE_DROPPED.sub("", unicodedata.normalize("NFKC", code).upper())


def code_base(code: str) -> str:
    """The normalised code without its edition year: `GB 18401-2010` → `GB18401`."""
    return normalise_code(_YEAR.sub("", unicodedata.normalize("NFKC", code).strip()))


def named_code(typed: str, codes: Collection[str]) -> str | None:
    """The one code of `codes` that `typed` names: itself, or without its edition year
    (`GB 18401` names `GB 18401-2010`); None when it names none or several."""
    if typed in codes:
        return typed
    wanted = normalise_code(typed)
    found = {c for c in codes if wanted in (normalise_code(c), code_base(c))}
    return found.pop() if len(found) == 1 else None


def tokens(text: str | None) -> list[str]:
    """The tokens of `text`, in order (see the module's docstring)."""
    out: list[str] = []
    for run in _WORD_OR_CJK.findall(_fold(text or "")):
        if _CJK.fullmatch(run):
            out.extend(run[i : i + 2] for i in range(len(run) - 1))
            out.append(run[-1])
        else:
            out.append(run)
    return out


def indexed(*texts: str | None) -> str:
    """The stored form of some texts: their tokens between single spaces, a space at each end.

    The spaces at the ends let a plain `LIKE '% tok%'` find a token start, so
    an engine without a word index gives the same results as one with it.
    """
    words = " ".join(w for w in map(_words, texts) if w)
    return f" {words} " if words else ""


@functools.lru_cache(maxsize=1 << 16)
def _words(text: str | None) -> str:
    """The tokens of one text, joined; memoised, since a catalogue repeats its item names
    and test methods across thousands of standards (a full sync tokenises 1.5 million)."""
    return " ".join(tokens(text))


@dataclass(frozen=True)
class TextQuery:
    """A query's tokens and whether its last token may be the start of a longer one."""

    tokens: tuple[str, ...]
    prefix: bool

    @property
    def like(self) -> str:
        """The substring of an `indexed` string it matches (before LIKE escaping)."""
        return " " + " ".join(self.tokens) + ("" if self.prefix else " ")


def text_query(text: str) -> TextQuery | None:
    """How `text` is matched against tokens, or None when it has none (only symbols)."""
    found = tokens(text)
    if not found:
        return None
    if len(found) >= 2 and len(found[-2]) == 2 and found[-2][1] == found[-1] and _CJK.fullmatch(found[-2]):
        # A query ending in two or more CJK characters: its last pair says it all
        # (every text holding the pair holds the characters), and a whole token is
        # much cheaper to look up than the prefix of many.
        return TextQuery(tuple(found[:-1]), prefix=False)
    whole_word = len(found) == 1 and not _CJK.match(found[0]) and len(found[0]) < WHOLE_WORD_BELOW
    return TextQuery(tuple(found), prefix=not whole_word)
