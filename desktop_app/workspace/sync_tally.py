"""What a sync changed, counted for its summary: `SyncResult` and the tally behind it.

Split from `sync.py`, which fetches and applies pages; this module only
remembers each object's stored version before and after, so the summary
("3 standards changed, 1 new notice, 2 of your products affected") counts
what really changed rather than how many changes the pages carried.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..core.applicability import ApplicabilityEngine
from ..core.catalogue import ChangePage, Notice, Rule
from ..db.catalogue_repo import ApplySummary, CatalogueRepo
from .changes import ChangeSet

_KINDS = ("standard", "rule", "notice", "factor")
_EXISTED = -1  # "was there before this sync", version unknown or not comparable


@dataclass(frozen=True)
class ObjectCounts:
    """Catalogue objects of one type that a sync added, changed or removed."""

    added: int = 0
    changed: int = 0
    removed: int = 0

    @property
    def upserted(self) -> int:
        return self.added + self.changed


@dataclass(frozen=True)
class SyncResult:
    """What a sync did, for the summary, `--json` and the GUI (plain data only).

    `complete` is False when the sync was cancelled between pages: the pages
    applied so far are kept and the next sync continues from `to_version`.
    `package_not_newer` is True when an offline package held nothing newer
    than the local catalogue (nothing was changed). `applied_by_other_pc`
    is True when another PC sharing the database moved the catalogue while
    this sync ran (PostgreSQL host): this one stopped, and `to_version` is
    the version the other PC brought it to.
    """

    source: str
    from_version: int
    to_version: int
    latest: int
    full_pass: bool = False
    pages: int = 0
    complete: bool = True
    standards: ObjectCounts = ObjectCounts()
    rules: ObjectCounts = ObjectCounts()
    notices: ObjectCounts = ObjectCounts()
    factors: ObjectCounts = ObjectCounts()  # emission factors (protocol 2)
    new_notices: tuple[str, ...] = ()
    affected_products: tuple[str, ...] = ()  # SKUs
    skipped_changes: int = 0  # of types this version of the app does not know
    package_not_newer: bool = False
    recomputed_estimates: tuple[str, ...] = ()  # SKUs whose carbon estimate a changed factor recomputed
    applied_by_other_pc: bool = False

    @property
    def changed(self) -> bool:
        counts = (self.standards, self.rules, self.notices, self.factors)
        return any(c.added or c.changed or c.removed for c in counts)

    @property
    def changes(self) -> ChangeSet:
        """The catalogue and its cursor moved with every page applied; an up-to-date run still
        records when it synced; a changed factor that recomputed an estimate changed carbon data."""
        if self.package_not_newer:
            return ChangeSet.NONE
        carbon = ChangeSet.CARBON if self.recomputed_estimates else ChangeSet.NONE
        moved = self.pages or self.applied_by_other_pc
        return (ChangeSet.CATALOGUE if moved else ChangeSet.NONE) | ChangeSet.SYNC_STATE | carbon


class SyncTally:
    """Each object's stored version before the sync and after it, to word the summary.

    Comparing versions (not counting changes) means an object changed three
    times counts once, and a full pass that re-sends an unchanged object
    does not count it. Rows of the bundled catalogue carry versions of its
    own, not the platform's, so they only ever count as "existed".
    """

    def __init__(self, *, bundled: bool) -> None:
        self.bundled = bundled
        self.start: dict[tuple[str, str], int | None] = {}
        self.final: dict[tuple[str, str], int | None] = {}
        self.rule_standards: dict[str, str] = {}  # rule id -> its standard, as upserted
        self.notice_standards: dict[str, tuple[str, ...]] = {}
        self.skipped = 0

    def lookup(self, repo: CatalogueRepo, page: ChangePage) -> dict[tuple[str, str], int | None]:
        """Stored versions of the objects this page is the first to mention (in its transaction)."""
        fresh: dict[str, set[str]] = {}
        for change in page.changes:
            if change.type in _KINDS and (change.type, change.id) not in self.start:
                fresh.setdefault(change.type, set()).add(change.id)
        found: dict[tuple[str, str], int | None] = {}
        for kind, ids in fresh.items():
            stored = repo.versions(kind, ids)
            for id_ in ids:
                version = stored.get(id_)
                found[(kind, id_)] = _EXISTED if version is not None and self.bundled else version
        return found

    def record(
        self, page: ChangePage, start: dict[tuple[str, str], int | None], swept: ApplySummary | None
    ) -> None:
        """Take in a page once its transaction has committed."""
        for key, version in start.items():
            self.start.setdefault(key, version)
        for change in page.changes:
            if change.type not in _KINDS:
                self.skipped += 1
                continue
            key = (change.type, change.id)
            self.final[key] = None if change.op == "delete" or change.data is None else change.version
            if isinstance(change.data, Rule):
                self.rule_standards[change.id] = change.data.standard
            elif isinstance(change.data, Notice):
                self.notice_standards[change.id] = change.data.standards
        for kind, ids in swept.deleted.items() if swept is not None else ():
            for id_ in ids:
                self.start.setdefault((kind, id_), _EXISTED)
                self.final[(kind, id_)] = None

    def outcome(self, kind: str) -> tuple[set[str], set[str], set[str]]:
        """The ids of `kind` added, changed and removed."""
        added: set[str] = set()
        changed: set[str] = set()
        removed: set[str] = set()
        for (k, id_), final in self.final.items():
            start = self.start.get((k, id_), _EXISTED)
            if k != kind or start == final:
                continue
            (added if start is None else removed if final is None else changed).add(id_)
        return added, changed, removed

    def touched_standards(self, before: ApplicabilityEngine | None) -> set[str]:
        """Standards added, changed or removed, of rules added, changed or removed, of new notices."""
        codes = set().union(*self.outcome("standard"))
        rules = set().union(*self.outcome("rule"))
        codes.update(self.rule_standards[r] for r in rules if r in self.rule_standards)
        if before is not None:
            codes.update(r.standard for r in before.rules if r.id in rules)
        for notice_id in self.outcome("notice")[0]:
            codes.update(self.notice_standards.get(notice_id, ()))
        return codes

    def result(self, **fields: Any) -> SyncResult:
        counts = {kind: ObjectCounts(*map(len, self.outcome(kind))) for kind in _KINDS}
        return SyncResult(
            standards=counts["standard"],
            rules=counts["rule"],
            notices=counts["notice"],
            factors=counts["factor"],
            new_notices=tuple(sorted(self.outcome("notice")[0])),
            skipped_changes=self.skipped,
            **fields,
        )
