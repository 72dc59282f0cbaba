"""What a mutation changed, so that nobody has to guess (Anki's `OpChanges`).

Every workspace mutation returns either a `ChangeSet` (when it has nothing
else to return) or a result carrying one in its `changes` attribute:
`Changed[T]` wraps a plain value (a saved `Product`, a `FirmProfile`), and
result records (`ImportReport`, `ChecklistRun`, `LoginResult`) have a
`changes` field of their own. The GUI's task runner publishes the change
set after the task succeeded, and each view decides from it whether to
reload. The CLI ignores change sets.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


class ChangeSet(enum.Flag):
    """The kinds of record a mutation changed; `NONE` is falsy, `|` combines."""

    NONE = 0
    PRODUCTS = enum.auto()
    CERTIFICATES = enum.auto()  # records, scans, and the products each one covers
    CATALOGUE = enum.auto()  # the platform's standards, rules and notices, and the catalogue version
    NOTICES = enum.auto()  # which notices the firm has read
    SYNC_STATE = enum.auto()  # when the catalogue was last synced, and the last sync's error
    CHECKLIST_LOG = enum.auto()  # checklists printed
    FIRM = enum.auto()  # the firm's profile and settings (language, lead days, platform address)
    TRUSTED_KEYS = enum.auto()  # platform keys the firm added
    BACKUPS = enum.auto()  # archives in the backups folder
    CARBON = enum.auto()  # carbon-footprint activity data, firm factors and estimates
    RESULTS = enum.auto()  # test results and the firm's requirement sets (the evidence of compliance)
    ALL = (
        PRODUCTS
        | CERTIFICATES
        | CATALOGUE
        | NOTICES
        | SYNC_STATE
        | CHECKLIST_LOG
        | FIRM
        | TRUSTED_KEYS
        | BACKUPS
        | CARBON
        | RESULTS
    )


@dataclass(frozen=True)
class Changed(Generic[T]):
    """A mutation's value together with what it changed."""

    value: T
    changes: ChangeSet


def changes_of(result: object) -> ChangeSet:
    """The change set `result` announces: itself, its `changes` attribute, else nothing."""
    if isinstance(result, ChangeSet):
        return result
    changes = getattr(result, "changes", None)
    return changes if isinstance(changes, ChangeSet) else ChangeSet.NONE


def value_of(result: object) -> object:
    """What a caller wants from `result`: the value of a `Changed`, else `result` itself."""
    return result.value if isinstance(result, Changed) else result
