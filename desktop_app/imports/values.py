"""Cell values as people type them, read into the domain's values.

Every parser takes the raw cell (a str from a CSV, or whatever openpyxl gives:
str, int, float, datetime) and returns a value or raises `CellError` (a
`ValueError`) with a reason code; the row reader adds file, row and column.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable

from ..core.errors import ValidationError
from ..core.products import FibreShare
from ..core.ranges import Range
from ..core.reasons import Reason
from ..core.suggest import find_value, parse_range, resolve_value, suggestions
from ..core.vocabulary import FIBRES, VOCABULARIES
from .errors import CellError

# Excel counts days from 1899-12-30 (it believes 1900 was a leap year).
EXCEL_EPOCH = dt.date(1899, 12, 30)
_SERIAL_RANGE = (20000, 80000)  # 1954 .. 2119: a number in a date column outside this is not a date


def text(value: object) -> str:
    """A cell as trimmed text; Excel's 12.0 for a typed 12 comes back as "12"."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def fold(value: str) -> str:
    """Full-width to half-width, lower case, no spaces: the form names are compared in."""
    return "".join(unicodedata.normalize("NFKC", value).lower().split())


# --- dates --------------------------------------------------------------------

_YMD = re.compile(
    r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$"
)
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_DMY = re.compile(r"^\d{1,2}[-/.]\d{1,2}[-/.]\d{4}$")
NO_EXPIRY = {"", "-", "—", "无", "长期", "长期有效", "永久", "永久有效", "none", "n/a", "na", "never"}


def _from_serial(number: float) -> dt.date:
    if not _SERIAL_RANGE[0] <= number <= _SERIAL_RANGE[1]:
        raise CellError(Reason.NOT_A_DATE)
    return EXCEL_EPOCH + dt.timedelta(days=int(number))


def parse_date(value: object) -> dt.date:
    """2025-10-24, 2025/10/24, 2025.10.24, 2025年10月24日, 20251024, a date cell or an Excel serial."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _from_serial(float(value))
    raw = unicodedata.normalize("NFKC", text(value))
    if not raw:
        raise CellError(Reason.DATE_NEEDED)
    match = _YMD.match(raw) or _COMPACT.match(raw)
    if match:
        year, month, day = (int(g) for g in match.groups())
        try:
            return dt.date(year, month, day)
        except ValueError:
            raise CellError(Reason.NO_SUCH_DAY) from None
    if raw.isdigit():
        return _from_serial(float(raw))
    if _DMY.match(raw):
        raise CellError(Reason.DATE_AMBIGUOUS)
    raise CellError(Reason.NOT_A_DATE)


def parse_optional_date(value: object) -> dt.date | None:
    """A date, or None for an empty cell or words like 长期 / none (no expiry)."""
    if value is None or (isinstance(value, str) and fold(value) in NO_EXPIRY):
        return None
    return parse_date(value)


# --- closed vocabularies --------------------------------------------------------

# The vocabulary fields of `core.vocabulary.VOCABULARIES` the importer reads; keys,
# Chinese and English names and the aliases of `core.vocabulary.ALIASES` are accepted.
CATEGORY_WORDS = "category"
AGE_WORDS = "age_group"
SKIN_WORDS = "skin_contact"
STAGE_WORDS = "stage"
FIBRE_WORDS = "fibre"
CLAIM_WORDS = "claim"
FINISH_WORDS = "finish"
MARKET_WORDS = "market"
TYPE_WORDS = "product_type"
CONSTRUCTION_WORDS = "construction"
COMPONENT_WORDS = "component"
ORIGIN_WORDS = "origin"


def _resolve(field: str, raw: str) -> str:
    try:
        return resolve_value(field, raw)
    except ValidationError as exc:
        raise CellError(
            exc.code, **{k: p for k, p in exc.params.items() if k not in ("field", "value")}
        ) from None


def choice(value: object, field: str, allowed: Iterable[str] = ()) -> str:
    """A closed-vocabulary value from its key, Chinese or English name, or a common synonym.

    An unknown value is refused with the nearest known values (UNKNOWN_VALUE, `suggestions`).
    """
    raw = text(value)
    if not raw:
        raise CellError(Reason.EMPTY_CHOICE, allowed=list(allowed or VOCABULARIES[field]))
    return _resolve(field, raw)


def optional_choice(value: object, field: str) -> str | None:
    """A product type or construction: None for an empty cell."""
    raw = text(value)
    return _resolve(field, raw) if raw else None


def split_list(value: object, *, spaces: bool = False, slash: bool = False) -> list[str]:
    """`a, b; c、d` (full-width too) → [a, b, c, d]; spaces and `/` split only when asked."""
    raw = unicodedata.normalize("NFKC", text(value))
    seps = r"[,;、\n|" + (r"/" if slash else "") + "]" + (r"|\s+" if spaces else "")
    return [part.strip() for part in re.split(seps, raw) if part.strip()]


def words_list(value: object, field: str) -> tuple[str, ...]:
    """Claims, finishes, components or origins: each name resolved to its key, unknown ones refused."""
    return tuple(dict.fromkeys(_resolve(field, part) for part in split_list(value)))


def markets(value: object) -> tuple[str, ...]:
    """`CN, EU`, `CN/EU`, `中国 欧盟`, `US-CA` → codes; empty → ("CN",), the firm's home market."""
    parts = split_list(value, spaces=True, slash=True)
    if not parts:
        return ("CN",)
    return tuple(dict.fromkeys(_resolve(MARKET_WORDS, p) for p in parts))


def age_range(value: object) -> Range | None:
    """`24-60`, `24–60个月`, `≥84`, `-9`, an empty cell (None)."""
    return _range(value, "age_months")


def height_range(value: object) -> Range | None:
    """`110-130`, `110–130cm`, `≥150`, an empty cell (None)."""
    return _range(value, "height_cm")


def _range(value: object, field: str) -> Range | None:
    try:
        return parse_range(text(value), field)
    except ValidationError as exc:
        raise CellError(
            exc.code, **{k: p for k, p in exc.params.items() if k not in ("field", "value")}
        ) from None


def range_text(value: Range | None) -> str:
    """How an export writes a range so it reads back: `24-60`, `84-`, `-9`."""
    if value is None:
        return ""
    low = "" if value.min is None else f"{value.min:g}"
    high = "" if value.max is None else f"{value.max:g}"
    if value.min is not None and value.min == value.max:
        return low
    return f"{low}-{high}"


# --- composition --------------------------------------------------------------

_TOKENS = re.compile(r"\d+(?:\.\d+)?|[^\d\s%,;/、+:()*&]+(?:\s+[^\d\s%,;/、+:()*&]+)*")
# fmt: off
_WHOLE = {"全棉": "cotton", "纯棉": "cotton", "100棉": "cotton", "真丝": "silk", "纯毛": "wool", "纯羊毛": "wool"}
# fmt: on


def _fibre(name: str) -> str:
    found = find_value(FIBRE_WORDS, name)
    if found is not None:
        return found
    # 竹纤维 / 莱赛尔纤维: a known name followed by 纤维 (fibre)
    key = fold(name)
    if key.endswith("纤维") and (found := find_value(FIBRE_WORDS, key[:-2])) is not None:
        return found
    near = suggestions(FIBRE_WORDS, name)
    if near:
        raise CellError(Reason.UNKNOWN_FIBRE_NEAR, fibre=name, suggestions=near)
    raise CellError(Reason.UNKNOWN_FIBRE, fibre=name)


def parse_composition(value: object) -> tuple[FibreShare, ...]:
    """`95%棉 5%氨纶`, `cotton 95, elastane 5`, `棉95%/氨纶5%`, `cotton:95 elastane:5`, `全棉`.

    Numbers and names alternate; whether the number comes first is read from
    the first token. The total is checked by `validate_product`, so a
    composition of 90 % is rejected with the sum in the reason.
    """
    raw = unicodedata.normalize("NFKC", text(value)).replace("：", ":")
    if not raw:
        raise CellError(Reason.NO_COMPOSITION)
    if fold(raw) in _WHOLE:
        return (FibreShare(_WHOLE[fold(raw)], 100.0),)
    tokens = _TOKENS.findall(raw)
    is_number = [t[0].isdigit() for t in tokens]
    if len(tokens) == 1 and not is_number[0]:
        return (FibreShare(_fibre(tokens[0]), 100.0),)
    if len(tokens) % 2 or not tokens:
        raise CellError(Reason.COMPOSITION_UNREADABLE)
    number_first = is_number[0]
    shares = []
    for i in range(0, len(tokens), 2):
        first, second = tokens[i], tokens[i + 1]
        number, name = (first, second) if number_first else (second, first)
        if not number[0].isdigit() or name[0].isdigit():
            raise CellError(Reason.COMPOSITION_UNREADABLE)
        shares.append(FibreShare(_fibre(name), float(number)))
    return tuple(shares)


def composition_text(shares: Iterable[FibreShare], lang: str = "zh") -> str:
    """How an export writes a composition: `棉95% 氨纶5%` or `cotton 95%, elastane 5%`."""
    parts = []
    for share in shares:
        pct = f"{share.percent:g}"
        if lang.startswith("zh"):
            parts.append(f"{FIBRES.get(share.fibre, (share.fibre,))[0]}{pct}%")
        else:
            parts.append(f"{share.fibre} {pct}%")
    return (" " if lang.startswith("zh") else ", ").join(parts)
