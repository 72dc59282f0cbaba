"""The remembered `fp_str` (issue 16) writes every number as ReportLab's own does."""

from __future__ import annotations

import random

from reportlab.lib import rl_accel
from reportlab.pdfgen import canvas, textobject

from desktop_app.reports import accel, pdf  # noqa: F401 - pdf installs it


def test_installed_where_reportlab_draws() -> None:
    if not hasattr(rl_accel, "_py_fp_str"):  # the C accelerator: nothing to install
        return
    assert canvas.fp_str is textobject.fp_str is rl_accel.fp_str
    assert rl_accel.fp_str.plain is rl_accel._py_fp_str  # type: ignore[attr-defined]
    assert accel.install() is False  # once only


def test_same_text_for_the_same_numbers(monkeypatch) -> None:
    monkeypatch.setattr(accel, "LIMIT", 50)  # cleared and refilled on the way
    plain = rl_accel._py_fp_str if hasattr(rl_accel, "_py_fp_str") else rl_accel.fp_str
    fast = accel.remembering(plain)
    rng = random.Random(16)
    numbers = [rng.choice([0, 1, -1, 2.5, 1e-8, 841.89, 0.3333333]) * rng.random() * 10**rng.randint(-3, 4)
               for _ in range(400)]  # fmt: skip
    for _ in range(2):
        for i, x in enumerate(numbers):
            assert fast(x) == plain(x)
            assert fast(x, numbers[i - 1]) == plain(x, numbers[i - 1])
            assert fast(1, 1.0, True) == plain(1, 1.0, True)
    assert fast([1.5, 2]) == plain([1.5, 2])  # a list: not hashable, still right
