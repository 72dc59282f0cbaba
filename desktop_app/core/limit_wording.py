"""How a requirement's limit is worded, in Chinese and in English.

The catalogue writes a limit as the standard does: a figure ("≤ 20") with its
unit apart ("mg/kg"), or words ("not permitted"), sometimes with figures and
units inside ("≤ 3 in (7.62 cm) per free end"). Every place that shows a limit
(the checklist, the standards page, the product panel, the CLI) words it here,
so a Chinese screen never shows an English word and no unit is written twice.
"""

from __future__ import annotations

import re

UNIT_WORDS = {"grade": ("级", "grade"), "µg/cm²/week": ("µg/cm²/周", "µg/cm²/week")}

# Limits the catalogue states in words (English only, as the standards' texts put them),
# in Chinese for a Chinese sheet. Only the wording: figures inside are kept as written.
LIMIT_WORDS = {
    "none": ("无", "none"),
    "required": ("须具备", "required"),
    "required where applicable": ("适用时须具备", "required where applicable"),
    "recommended": ("建议", "recommended"),
    "not permitted": ("不允许", "not permitted"),
    "prohibited": ("禁止", "prohibited"),
    "banned": ("禁用", "banned"),
    "not detected": ("不得检出", "not detected"),
    "class 1 (normal flammability)": ("1 级（正常可燃性）", "class 1 (normal flammability)"),
    "alternative to the flammability test": ("可替代燃烧性能试验", "alternative to the flammability test"),
    "no abnormal odour": ("无异常气味", "no abnormal odour"),
    "fast": ("牢固", "fast"),
    "see standard": ("见标准", "see standard"),
    "see standard text": ("见标准原文", "see standard text"),
    "see decree": ("见法令原文", "see decree"),
    "see regulations": ("见法规原文", "see regulations"),
    "see kats annex": ("见 KATS 附录", "see KATS annex"),
    "level to be set by nys dec": ("限值由纽约州环保局（NYS DEC）确定", "level to be set by NYS DEC"),
    "< 25.4 cm each specimen": ("每个试样 < 25.4 cm", "< 25.4 cm each specimen"),
    "≤ 3 in (7.62 cm) per free end": ("每个自由端 ≤ 3 in (7.62 cm)", "≤ 3 in (7.62 cm) per free end"),
    "proof on request above 50 mg/kg": (
        "高于 50 mg/kg 时须应要求提供证明",
        "proof on request above 50 mg/kg",
    ),
    "absorbance difference ≤ 0.05 (≤ 16 µg/g)": (
        "吸光度差 ≤ 0.05（≤ 16 µg/g）",
        "absorbance difference ≤ 0.05 (≤ 16 µg/g)",
    ),
}
# "meets GB 18401" → "符合 GB 18401": the words before a standard's code or clause.
LIMIT_PREFIXES = {"meets ": "符合 "}


def limit_words(limit: str) -> tuple[str, str]:
    """A limit in Chinese and English: its words translated, its figures as written."""
    text = limit.strip()
    known = LIMIT_WORDS.get(text.lower())
    if known is not None:
        return known
    for en, zh in LIMIT_PREFIXES.items():
        if text.lower().startswith(en):
            return zh + text[len(en) :], text
    return text, text


def unit_named(limit: str, unit: str) -> bool:
    """The limit already writes its unit ("≤ 17.8 cm (7.0 in)", "< 25.4 cm each specimen")."""
    return re.search(r"(?<![\w/])" + re.escape(unit) + r"(?![\w/])", limit) is not None


def _with_unit(limit: str, unit: str) -> str:
    """The unit after the figure, before a note in brackets: "< 0.01 % w/w (100 mg/kg)"."""
    head, bracket, rest = limit.partition(" (")
    if bracket and any(c.isdigit() for c in head):
        return f"{head} {unit} ({rest}"
    return f"{limit} {unit}"


def limit_pair(limit: str, unit: str | None) -> tuple[str, str]:
    """'≤ 20' + 'mg/kg' → ('≤ 20 mg/kg', '≤ 20 mg/kg'); 'grade' and words like 'required'
    translated.

    The unit follows a figure only: never a word ("not detected", not "not detected
    mg/kg"), nor a limit that already names it ("≤ 17.8 cm (7.0 in)")."""
    zh_limit, en_limit = limit_words(limit)
    figure = any(c.isdigit() for c in limit) and limit.strip().lower() not in LIMIT_WORDS
    if unit and figure and not unit_named(limit, unit):
        zh_unit, en_unit = UNIT_WORDS.get(unit, (unit, unit))
        return _with_unit(zh_limit, zh_unit), _with_unit(en_limit, en_unit)
    return zh_limit, en_limit


def limit_text(limit: str, unit: str | None, lang: str) -> str:
    """The limit in one language (`zh` or `en`, "zh_CN" read as `zh`): what a screen shows."""
    zh, en = limit_pair(limit, unit)
    return zh if lang.lower().startswith("zh") else en
