"""The event hub: after a change, each view decides whether to reload."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

PRODUCTS = "products"
CERTIFICATES = "certificates"
FIRM = "firm"
CATALOGUE = "catalogue"
NOTICES = "notices"
EVERYTHING = frozenset({PRODUCTS, CERTIFICATES, FIRM, CATALOGUE, NOTICES})


class EventHub(QObject):
    """`data_changed(change_set)`: a frozenset of the kinds of record that changed."""

    data_changed = Signal(object)
    language_changed = Signal(str)

    def changed(self, *kinds: str) -> None:
        self.data_changed.emit(frozenset(kinds))
