"""Every limit of the WHOLE compiled catalogue as a screen or a sheet words it: no English
word on a Chinese line, no unit written twice, the unit after its figure."""

from __future__ import annotations

import re

from desktop_app.core.limit_wording import limit_pair, limit_text
from desktop_app.reports.wording import limit_lines

# codes, abbreviations and unit symbols a Chinese text writes as they are
ALLOWED = {"GB", "GB/T", "KATS", "NYS", "DEC", "in", "cm", "ppm", "ppb", "w/w", "mg/kg", "µg/kg", "µg/g", "s"}
WORD = re.compile(r"[A-Za-z][A-Za-z/\-]*")


def _requirements(catalogue):
    for std in catalogue.standards.values():
        for r in std.requirements:
            yield std.code, r


def _english_words(text: str, unit: str | None) -> list[str]:
    words = []
    for w in WORD.findall(text):
        if w in ALLOWED or (unit and w in unit and w not in ("week", "grade")):
            continue
        if re.fullmatch(r"[A-Z]{1,3}", w):  # a grade, a class: "B类", "A"
            continue
        words.append(w)
    return words


def test_no_english_word_on_a_chinese_line_of_the_whole_catalogue(catalogue):
    leaks = set()
    for code, r in _requirements(catalogue):
        zh = limit_text(r.limit, r.unit, "zh_CN")
        if _english_words(zh, r.unit):
            leaks.add((code, zh))
    assert not leaks, sorted(leaks)


def test_no_unit_is_written_twice_in_either_language(catalogue):
    twice = set()
    checked = 0
    for code, r in _requirements(catalogue):
        if not r.unit:
            continue
        for line in limit_pair(r.limit, r.unit):
            checked += 1
            if line.count(r.unit) > 1:
                twice.add((code, line))
    assert checked > 100
    assert not twice, sorted(twice)


def test_a_figure_gets_its_unit_and_a_word_none():
    assert limit_text("≤ 20", "mg/kg", "zh") == "≤ 20 mg/kg"
    assert limit_text("≥ 3-4", "grade", "zh") == "≥ 3-4 级"
    assert limit_text("≥ 3-4", "grade", "en") == "≥ 3-4 grade"
    assert limit_text("not permitted", None, "zh_CN") == "不允许"
    assert limit_text("not detected", "mg/kg", "en") == "not detected"
    # the CPSC tie-down rule names its units itself: never "… per free end cm"
    assert limit_text("≤ 3 in (7.62 cm) per free end", "cm", "en") == "≤ 3 in (7.62 cm) per free end"
    assert limit_text("≤ 3 in (7.62 cm) per free end", "cm", "zh") == "每个自由端 ≤ 3 in (7.62 cm)"
    # the unit goes after the figure, before the note in brackets
    assert limit_text("< 0.01 (100 mg/kg)", "% w/w", "en") == "< 0.01 % w/w (100 mg/kg)"
    assert limit_text("≤ 0.5", "µg/cm²/week", "zh") == "≤ 0.5 µg/cm²/周"
    # the checklist prints the same words
    assert limit_lines("≤ 3 in (7.62 cm) per free end", "cm", "both") == (
        "每个自由端 ≤ 3 in (7.62 cm)",
        "≤ 3 in (7.62 cm) per free end",
    )


def test_16_cfr_1120_reads_in_chinese(catalogue):
    std = catalogue.standards["16 CFR 1120"]
    lines = {limit_text(r.limit, r.unit, "zh") for r in std.requirements}
    assert lines and not any("permitted" in x for x in lines), lines
