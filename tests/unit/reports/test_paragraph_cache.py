"""The shared parse and line breaks of `layout.paragraph` give what a plain Paragraph gives.

Issue 16: a batch's checklists share their parsed markup and broken lines
(`layout._Paragraph`); nothing a paragraph does (a split at a page end
included) may change what another paragraph with the same text shows.
"""

from __future__ import annotations

from reportlab.platypus import Paragraph

from desktop_app.reports import layout
from desktop_app.reports.layout import markup, paragraph, styles

TEXT = markup(
    (
        "甲醛含量（水萃取法）不得超过规定限值，婴幼儿用品须符合 A 类要求" * 3,
        "Formaldehyde (water extraction) within the limit; infant articles class A " * 3,
    ),
    second_size=9,
)


def _lines(p: Paragraph) -> list[str]:
    """The words of each broken line, as drawn."""
    out = []
    for line in p.blPara.lines:
        if isinstance(line, tuple):  # kind 0: (extra space, words)
            out.append(" ".join(line[1]))
        else:  # kind 1: frag words
            out.append("".join(getattr(w, "text", "") for w in line.words))
    return out


def test_shared_lines_are_the_plain_paragraphs_lines() -> None:
    st = styles().body
    for width in (120.0, 200.0, 333.5):
        plain = Paragraph(TEXT, st)
        size = plain.wrap(width, 1000)
        first, second = paragraph(TEXT, st), paragraph(TEXT, st)
        assert first.frags is second.frags  # parsed once
        assert first.wrap(width, 1000) == size
        assert second.wrap(width, 50) == size  # from the shared lines
        assert second.blPara is first.blPara
        assert _lines(second) == _lines(plain) and len(_lines(plain)) > 1


def test_a_split_paragraph_leaves_the_shared_lines_alone() -> None:
    st = styles().body
    whole = paragraph(TEXT, st)
    width, height = whole.wrap(150, 1000)
    before = _lines(whole)
    split = paragraph(TEXT, st)
    split.wrap(150, 1000)
    parts = split.split(150, height / 2)
    assert len(parts) == 2
    shown = []
    for part in parts:
        part.wrap(150, 1000)
        shown += _lines(part)
    assert shown == before  # the same lines, over two frames
    again = paragraph(TEXT, st)
    assert again.wrap(150, 1000) == (width, height)
    assert _lines(again) == before


def test_the_caches_stay_bounded(monkeypatch) -> None:
    monkeypatch.setattr(layout, "_CACHE_LIMIT", 5)
    st = styles().small
    for i in range(12):
        paragraph(f"item {i}", st).wrap(100, 100)
    assert len(layout._frags) <= 5 and len(layout._lines) <= 5
