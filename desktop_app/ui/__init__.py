"""PySide6 widgets: the only package (with app.py) that imports Qt."""

from .none_refcount import make_none_immortal

make_none_immortal()  # before any Qt call; see none_refcount.py
