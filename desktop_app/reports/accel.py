"""ReportLab's number formatting, remembered.

Every coordinate, width and font size ReportLab writes into a page goes
through `fp_str`; without ReportLab's optional C accelerator (`rl_accel`,
not installed with the app) that is a pure-Python function called some
5,000 times per checklist with a few thousand distinct numbers (the same
layout on every sheet), a sixth of a checklist's time. `install()` puts a
remembering wrapper in the modules that bound the name at import: the same
function of the same numbers, so the same PDF byte for byte.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from reportlab.lib import rl_accel

# the ReportLab modules a checklist draws through (each did `from rl_accel import fp_str`)
MODULES = (
    "reportlab.pdfgen.canvas",
    "reportlab.pdfgen.textobject",
    "reportlab.pdfgen.pathobject",
    "reportlab.platypus.tables",
    "reportlab.platypus.flowables",
    "reportlab.pdfbase.pdfdoc",
    "reportlab.pdfbase.ttfonts",
    "reportlab.lib.colors",
)
LIMIT = 50_000  # numbers kept (a batch of checklists needs ~6,000; each a short string)


def remembering(plain: Callable[..., str]) -> Callable[..., str]:
    """`plain`, with its answers kept (`fp_str` is a pure function of its numbers)."""
    seen: dict[tuple, str] = {}

    def fp_str(*numbers: object) -> str:
        try:
            return seen[numbers]
        except KeyError:
            text = seen[numbers] = plain(*numbers)
            if len(seen) > LIMIT:
                seen.clear()
            return text
        except TypeError:  # a list argument: not hashable, not remembered
            return plain(*numbers)

    fp_str.plain = plain  # type: ignore[attr-defined]
    return fp_str


def install() -> bool:
    """Use the remembering `fp_str` in ReportLab (once; not over the C accelerator)."""
    plain = rl_accel.fp_str
    if getattr(plain, "__name__", "") != "_py_fp_str":
        return False  # the C version (rl_accel installed) or already installed
    fast = remembering(plain)
    rl_accel.fp_str = fast
    for name in MODULES:
        module = importlib.import_module(name)
        if getattr(module, "fp_str", None) is plain:
            module.fp_str = fast  # type: ignore[attr-defined]
    return True
