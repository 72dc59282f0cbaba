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

from ..core.products import FibreShare
from ..core.reasons import Reason
from ..core.vocabulary import (
    AGE_GROUPS,
    CATEGORIES,
    CLAIMS,
    FIBRES,
    FINISHES,
    MARKETS,
    SKIN_CONTACTS,
    STAGES,
)
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


def _lookup(table: dict[str, tuple[str, str]], extra: dict[str, str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for key, (zh, en) in table.items():
        for name in (key, key.replace("_", " "), zh, en):
            found[fold(name)] = key
    found.update({fold(k): v for k, v in extra.items()})
    return found


# Synonyms people write, compact on purpose.
# fmt: off
CATEGORY_WORDS = _lookup(
    CATEGORIES,
    {
        "纱": "yarn", "纱线": "yarn", "线": "yarn",
        "布": "fabric", "布料": "fabric", "面料": "fabric", "坯布": "fabric", "cloth": "fabric",
        "成衣": "garment", "服装": "garment", "服饰": "garment", "衣服": "garment",
        "clothing": "garment", "apparel": "garment",
        "家纺": "home_textile", "家用纺织品": "home_textile", "床品": "home_textile",
        "hometextile": "home_textile", "home": "home_textile",
        "辅料": "accessory", "配饰": "accessory", "accessories": "accessory", "trim": "accessory",
    },
)
AGE_WORDS = _lookup(
    AGE_GROUPS,
    {
        "婴幼儿": "infant", "婴儿": "infant", "幼儿": "infant", "婴童": "infant",
        "baby": "infant", "babies": "infant", "infants": "infant", "0-36个月": "infant",
        "儿童": "child", "童装": "child", "children": "child", "kids": "child", "kid": "child",
        "成人": "adult", "成年人": "adult", "adults": "adult",
    },
)
SKIN_WORDS = _lookup(
    SKIN_CONTACTS,
    {
        "是": "direct", "直接": "direct", "直接接触": "direct", "y": "direct", "yes": "direct",
        "true": "direct", "1": "direct", "√": "direct", "✓": "direct",
        "否": "indirect", "非直接": "indirect", "非直接接触": "indirect", "间接": "indirect",
        "不接触": "indirect", "n": "indirect", "no": "indirect", "false": "indirect", "0": "indirect",
        "×": "indirect", "✗": "indirect",
    },
)
STAGE_WORDS = _lookup(
    STAGES,
    {"成品": "final", "最终": "final", "finished": "final",
     "半成品": "intermediate", "中间": "intermediate", "中间品": "intermediate"},
)
FIBRE_WORDS = _lookup(
    FIBRES,
    {
        "全棉": "cotton", "纯棉": "cotton", "棉花": "cotton", "棉纤维": "cotton",
        "聚酯": "polyester", "聚酯纤维": "polyester", "涤": "polyester", "pes": "polyester", "pet": "polyester",
        "弹性纤维": "elastane", "莱卡": "elastane", "spandex": "elastane", "lycra": "elastane",
        "尼龙": "nylon", "锦": "nylon", "polyamide": "nylon", "pa": "nylon",
        "羊毛纤维": "wool", "毛": "wool", "真丝": "silk", "桑蚕丝": "silk", "丝": "silk",
        "麻": "linen", "粘胶": "viscose", "粘胶纤维": "viscose", "人造棉": "viscose", "人棉": "viscose",
        "rayon": "viscose", "天丝": "lyocell", "tencel": "lyocell", "羊绒": "cashmere",
        "竹": "bamboo", "竹浆纤维": "bamboo", "bamboo": "bamboo", "醋酸纤维": "acetate",
        "其他": "other", "其它": "other",
    },
)
CLAIM_WORDS = _lookup(CLAIMS, {"oekotex": "oeko-tex", "oeko-tex标签": "oeko-tex", "有机棉": "organic"})
FINISH_WORDS = _lookup(FINISHES, {"防水": "water_repellent", "阻燃": "flame_retardant", "抗菌": "antibacterial"})
MARKET_WORDS = _lookup(
    MARKETS, {"国内": "CN", "大陆": "CN", "欧洲": "EU", "美": "US", "日": "JP", "英": "GB", "uk": "GB"}
)
# fmt: on


def choice(value: object, words: dict[str, str], allowed: Iterable[str]) -> str:
    """A closed-vocabulary value from its key, Chinese or English name, or a common synonym."""
    raw = text(value)
    if not raw:
        raise CellError(Reason.EMPTY_CHOICE, allowed=list(allowed))
    found = words.get(fold(raw))
    if found is None:
        raise CellError(Reason.UNKNOWN_CHOICE, allowed=list(allowed))
    return found


def split_list(value: object, *, spaces: bool = False, slash: bool = False) -> list[str]:
    """`a, b; c、d` (full-width too) → [a, b, c, d]; spaces and `/` split only when asked."""
    raw = unicodedata.normalize("NFKC", text(value))
    seps = r"[,;、\n|" + (r"/" if slash else "") + "]" + (r"|\s+" if spaces else "")
    return [part.strip() for part in re.split(seps, raw) if part.strip()]


def words_list(value: object, words: dict[str, str]) -> tuple[str, ...]:
    """Claims or finishes: known names become their key; anything else is kept for validation."""
    out = []
    for part in split_list(value):
        out.append(words.get(fold(part), part.strip().lower().replace(" ", "_")))
    return tuple(out)


def markets(value: object) -> tuple[str, ...]:
    """`CN, EU`, `CN/EU`, `中国 欧盟` → ("CN", "EU"); empty → ("CN",), the firm's home market."""
    parts = split_list(value, spaces=True, slash=True)
    if not parts:
        return ("CN",)
    return tuple(MARKET_WORDS.get(fold(p), p.upper()) for p in parts)


# --- composition --------------------------------------------------------------

_TOKENS = re.compile(r"\d+(?:\.\d+)?|[^\d\s%,;/、+:()*&]+(?:\s+[^\d\s%,;/、+:()*&]+)*")
# fmt: off
_WHOLE = {"全棉": "cotton", "纯棉": "cotton", "100棉": "cotton", "真丝": "silk", "纯毛": "wool", "纯羊毛": "wool"}
# fmt: on


def _fibre(name: str) -> str:
    key = fold(name)
    found = FIBRE_WORDS.get(key)
    if found is not None:
        return found
    # 竹纤维 / 莱赛尔纤维: a known name followed by 纤维 (fibre)
    if key.endswith("纤维") and key[:-2] in FIBRE_WORDS:
        return FIBRE_WORDS[key[:-2]]
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
