"""`ws.sync`: the catalogue follows the platform, online or from an offline package.

A sync is "fetch and check a page" (`desktop_app.sync`), then "apply it in
one transaction together with the new cursor" (`desktop_app.db`), page
after page. So a sync stopped at any moment (killed, cancelled, a bad page,
the network gone) leaves the catalogue at the end of the last whole page,
and the next run carries on from there. A full pass (the first sync from
the bundled catalogue, a `410`, a package from version 0) keeps its "seen"
list in the database, so a resumed pass still removes, at its end, what
the platform no longer has.

Fetching and checking a page is network and CPU work; applying it is a
database write. `run`, `import_package` and `login` take a `db_lane`: a
function that runs a step where the database writes happen and returns its
result. The CLI runs steps in place; the GUI passes its task context's
`on_db_lane`, so a sync fetches on the network lane while every write (a
page, the cursor, the error of a failed sync) goes through the one database
worker, and the runner announces, when the sync ends, what those steps changed.

Only catalogue tables change: the firm's products, certificates, checklists
and notice read-state are never touched. The access token lives in the
keyring (or `TEXTILE_ASSISTANT_TOKEN`) and never reaches the database, a log
line or an error text.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import functools
import gc
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from ..core.applicability import ApplicabilityEngine
from ..core.catalogue import ChangePage
from ..core.errors import AssistantError, NotFoundError, Reason, ValidationError
from ..core.products import Product
from ..db import dialect
from ..db.catalogue_repo import ApplySummary, CatalogueRepo
from ..db.catalogue_search import SEARCH_TABLES
from ..db.firm_repo import FirmRepo

# the errors and URL rules are light; the client (requests), the page schema (pydantic), the
# keyring and the signature code (cryptography) load on first use, not when the window asks
# for the sync status at start (tests/gui/test_startup_imports.py)
from ..sync.errors import (
    HistoryExpiredError,
    KeyringUnavailableError,
    NotLoggedInError,
    NoTrustedKeysError,
    PackageTooNewError,
    PlatformUnavailableError,
)
from ..sync.urls import normalise_base_url
from .changes import Changed, ChangeSet
from .sync_tally import SyncResult, SyncTally

if TYPE_CHECKING:
    from ..sync.client import PlatformClient
    from ..sync.offline import OfflinePackage
    from . import Workspace


def _client(*args: Any, **kwargs: Any) -> PlatformClient:
    from ..sync.client import PlatformClient

    return PlatformClient(*args, **kwargs)


def get_token(base: str) -> str | None:
    from ..sync.credentials import get_token

    return get_token(base)


def set_token(base: str, token: str) -> None:
    from ..sync.credentials import set_token

    set_token(base, token)


def delete_token(base: str) -> bool:
    from ..sync.credentials import delete_token

    return delete_token(base)


def check_token_text(token: str) -> str:
    from ..sync.credentials import check_token_text

    return check_token_text(token)


def bundled_keys(resources: Path) -> dict[str, bytes]:
    from ..sync.keys import bundled_keys

    return bundled_keys(resources)


def load_public_key(b64: str, *, key_id: str) -> bytes:
    from ..sync.signatures import load_public_key

    return load_public_key(b64, key_id=key_id)


def read_package(path: Path | str, keys: Any) -> OfflinePackage:
    from ..sync.offline import read_package

    return read_package(path, keys)


log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]
T = TypeVar("T")
DbLane = Callable[[Callable[[], T]], T]  # runs a database step where writes are serial


def in_place(step: Callable[[], T]) -> T:
    """The `db_lane` of a caller without lanes (the CLI, tests): the step runs right here."""
    return step()


@dataclass(frozen=True)
class SyncStatus:
    """The cursor and the outcome of the last sync, for a status bar."""

    platform_url: str
    version: int
    latest: int
    platform_synced: bool
    full_pass_active: bool
    last_sync_at: dt.datetime | None
    last_sync_error: str | None


@dataclass(frozen=True)
class LoginResult:
    """`checked` is False when the platform could not be reached; the token was stored anyway."""

    url: str
    checked: bool
    detail: str = ""
    changes: ChangeSet = ChangeSet.NONE  # FIRM when the platform address was saved


@dataclass(frozen=True)
class TrustedKey:
    key_id: str
    public_key: str  # base64 of the raw 32-byte Ed25519 key
    bundled: bool  # shipped in resources/keys: the firm cannot remove it


@dataclass(frozen=True)
class _PageApplied:
    """What the database step of one page reports back to the fetching side.

    `moved_to` is set (and nothing applied) when the cursor was no longer
    where this sync left it: another PC applied pages meanwhile.
    """

    start: dict[tuple[str, str], int | None]
    swept: ApplySummary | None  # what the end of a full pass removed
    full_pass: bool
    finished: bool  # the last page: the catalogue is the platform's latest
    moved_to: int | None = None

    @property
    def changes(self) -> ChangeSet:
        return ChangeSet.CATALOGUE | (ChangeSet.SYNC_STATE if self.finished else ChangeSet.NONE)


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Hold off the cyclic garbage collector while one page is applied.

    Applying a page of 5,000 standards builds ~80,000 rows of parameters,
    none of them garbage, on top of the parsed page; the collector's passes
    over all of it cost about a second per full sync. Reference counting
    still frees memory, and the pause ends with the page.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


class SyncService:
    """Account, trusted keys, and applying the platform's catalogue pages."""

    page_size = 5000  # the API's maximum: fewer round trips, one transaction each

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        # Passed to every PlatformClient (timeouts, retries, a fake sleep in tests).
        self.client_options: dict[str, Any] = {}

    # -- account ------------------------------------------------------------------

    def platform_url(self, url: str | None = None) -> str:
        """`url` normalised, else the firm's saved platform URL; `NotLoggedInError` if neither."""
        chosen = url if url else self.ws.firm().platform_url
        if not chosen:
            raise NotLoggedInError("")
        return normalise_base_url(chosen)

    def login(self, url: str, token: str, *, db_lane: DbLane[Any] = in_place) -> LoginResult:
        """Check `token` with the platform when it answers, keep it in the keyring, save the URL.

        A token the platform refuses (401/403) is not stored (`AuthError`).
        An unreachable platform is no reason to refuse: the token is stored
        and `checked` is False, so a firm can log in while offline. The URL is
        saved through `db_lane`.
        """
        base = normalise_base_url(url)
        token = check_token_text(token)
        checked, detail = True, ""
        options = {"timeout": (5, 15), **self.client_options, "max_retries": 0}
        try:
            with _client(base, token, {}, **options) as client:
                client.check_token()
        except PlatformUnavailableError as exc:
            checked, detail = False, str(exc).replace(token, "<hidden>")
        set_token(base, token)
        changes = db_lane(lambda: self._save_platform_url(base))
        log.info("logged in to %s (token checked: %s)", base, checked)
        return LoginResult(base, checked, detail, changes)

    def _save_platform_url(self, base: str) -> ChangeSet:
        profile = self.ws.firm()
        if profile.platform_url == base:
            return ChangeSet.NONE
        return self.ws.save_firm(replace(profile, platform_url=base)).changes

    def status(self) -> SyncStatus:
        with self.ws.session() as s:
            state = CatalogueRepo(s).state()
            status = SyncStatus(
                platform_url=FirmRepo(s).get().platform_url,
                version=state.version,
                latest=state.latest,
                platform_synced=state.platform_synced,
                full_pass_active=state.full_pass_active,
                last_sync_at=state.last_sync_at,
                last_sync_error=state.last_sync_error,
            )
        return status

    def has_token(self, url: str | None = None) -> bool:
        """Whether a token is at hand for the platform (variable or keyring); never the token itself."""
        try:
            return get_token(self.platform_url(url)) is not None
        except (NotLoggedInError, KeyringUnavailableError):
            return False

    def logout(self, url: str | None = None) -> bool:
        """Forget the stored token (the URL setting stays); False when none was stored."""
        return delete_token(self.platform_url(url))

    # -- trusted keys ---------------------------------------------------------------

    def trusted_keys(self) -> list[TrustedKey]:
        """Keys shipped with the app and keys the firm added, by key id."""
        keys = {
            key_id: TrustedKey(key_id, base64.b64encode(raw).decode("ascii"), True)
            for key_id, raw in bundled_keys(self.ws.resources).items()
        }
        with self.ws.session() as s:
            for key_id, b64 in FirmRepo(s).trusted_keys().items():
                keys.setdefault(key_id, TrustedKey(key_id, b64, False))
        return [keys[k] for k in sorted(keys)]

    def trusted_key_bytes(self) -> dict[str, bytes]:
        """Key id → raw public key: what pages are verified against."""
        keys = dict(bundled_keys(self.ws.resources))
        with self.ws.session() as s:
            for key_id, b64 in FirmRepo(s).trusted_keys().items():
                keys.setdefault(key_id, load_public_key(b64, key_id=key_id))
        return keys

    def add_trusted_key(self, key_id: str, public_key_b64: str) -> Changed[TrustedKey]:
        """Trust a platform key; `TrustedKeyError` if it is not an Ed25519 public key."""
        key_id = key_id.strip()
        if not key_id or len(key_id) > 100 or any(ch.isspace() for ch in key_id):
            raise ValidationError("key_id", key_id, Reason.KEY_ID_FORMAT)
        raw = load_public_key(public_key_b64, key_id=key_id)
        shipped = bundled_keys(self.ws.resources).get(key_id)
        if shipped is not None and shipped != raw:
            raise ValidationError("key_id", key_id, Reason.KEY_SHIPPED_DIFFERENT)
        b64 = base64.b64encode(raw).decode("ascii")
        with self.ws.session() as s:
            FirmRepo(s).add_trusted_key(key_id, b64)
        return Changed(TrustedKey(key_id, b64, shipped is not None), ChangeSet.TRUSTED_KEYS)

    def remove_trusted_key(self, key_id: str) -> ChangeSet:
        with self.ws.session() as s:
            removed = FirmRepo(s).remove_trusted_key(key_id)
        if not removed:
            if key_id in bundled_keys(self.ws.resources):
                raise ValidationError("key_id", key_id, Reason.KEY_SHIPPED_FIXED)
            raise NotFoundError("trusted key", key_id)
        return ChangeSet.TRUSTED_KEYS

    # -- syncing --------------------------------------------------------------------

    def run(
        self,
        *,
        url: str | None = None,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
        db_lane: DbLane[Any] = in_place,
    ) -> SyncResult:
        """Bring the catalogue up to the platform's latest version, page by page.

        Pages are fetched and checked here and applied through `db_lane`.
        `progress(applied, total)` is called after each page, in catalogue
        versions; `cancel()` is asked between pages. Raises the typed errors
        of `desktop_app.sync` (and `NotLoggedInError`, `NoTrustedKeysError`);
        the pages applied before an error are kept, and the error is
        recorded as the state's `last_sync_error`.
        """
        token: str | None = None
        try:
            base = self.platform_url(url)
            token = get_token(base)
            if not token:
                raise NotLoggedInError(base)
            keys = self.trusted_key_bytes()
            if not keys:
                raise NoTrustedKeysError()
            options = {"timeout": (5, 30), **self.client_options}
            with _client(base, token, keys, **options) as client:
                return self._apply(self._network_pages(client), base, progress, cancel, db_lane)
        except Exception as exc:
            self._record_error(exc, token, db_lane)
            raise

    def import_package(
        self,
        path: Path | str,
        *,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
        db_lane: DbLane[Any] = in_place,
    ) -> SyncResult:
        """Apply an offline update package (API "Offline update package").

        Every page's signature and schema are checked before anything is
        applied (here); the pages are applied through `db_lane`. A package
        starting after the local version is refused (`PackageTooNewError`);
        one ending at or before it changes nothing (`package_not_newer`); one
        from version 0 is a full pass.
        """
        try:
            keys = self.trusted_key_bytes()
            if not keys:
                raise NoTrustedKeysError()
            package = read_package(path, keys)
            local = self.ws.catalogue.version()
            if package.to_version <= local:
                return SyncResult(str(path), local, local, local, package_not_newer=True)
            if package.from_version > local:
                raise PackageTooNewError(str(path), package.from_version, local)
            pages = (
                (page, index == 0 and package.is_full_pass, package.from_version)
                for index, page in enumerate(package.pages)
            )
            return self._apply(pages, str(path), progress, cancel, db_lane, cursor=local)
        except Exception as exc:
            self._record_error(exc, None, db_lane)
            raise

    def _network_pages(self, client: PlatformClient) -> Iterator[tuple[ChangePage, bool, int]]:
        """(page, begin a full pass with it, progress base), fetched one at a time.

        A stored version of 0 (the bundled catalogue, or a pass that had not
        applied a page yet) starts a full pass; a stored pass in progress is
        resumed; a 410 starts one over from 0, once.
        """
        since = self.ws.catalogue.version()
        begin = since == 0
        base, restarted = since, False
        while True:
            try:
                page, _body = client.fetch_page(since, self.page_size)
            except HistoryExpiredError:
                if since == 0 or restarted:
                    raise
                log.info("platform history expired at version %d: full pass from 0", since)
                since, begin, base, restarted = 0, True, 0, True
                continue
            yield page, begin, base
            begin = False
            if not page.has_more:
                return
            since = page.next

    def _apply(
        self,
        pages: Iterable[tuple[ChangePage, bool, int]],
        source: str,
        progress: Progress | None,
        cancel: Cancel | None,
        db_lane: DbLane[Any],
        *,
        cursor: int | None = None,
    ) -> SyncResult:
        """Fetch (here) and apply (through `db_lane`) page after page; reads stay here.

        `cursor` is the stored version the first page must find (an offline
        package was checked against it); by default the version read here.
        """
        with self.ws.session() as s:
            state = CatalogueRepo(s).state()
        from_version, full_pass, bundled = state.version, state.full_pass_active, not state.platform_synced
        if cursor is not None:
            from_version = cursor
        tally = SyncTally(bundled=bundled)
        products = self.ws.products.list()
        before = self.ws.catalogue.engine() if products else None
        count, complete, finished, latest = 0, True, False, from_version
        cursor = from_version  # where this sync left the stored version (for the next page to find)
        by_other_pc = False
        iterator = iter(pages)
        while True:
            if cancel is not None and cancel():
                complete = False
                log.info("sync cancelled after %d page(s)", count)
                break
            item = next(iterator, None)
            if item is None:
                break
            page, begin, base = item
            step = functools.partial(self._apply_page, page, begin, tally, cursor)
            applied: _PageApplied = db_lane(step)
            if applied.moved_to is not None:
                by_other_pc, latest = True, max(latest, applied.moved_to)
                log.info(
                    "another PC moved the catalogue from version %d to %d: this sync stops",
                    cursor,
                    applied.moved_to,
                )
                break
            cursor = page.next
            full_pass = full_pass or applied.full_pass
            finished = finished or applied.finished
            tally.record(page, applied.start, applied.swept)
            count += 1
            latest = max(latest, page.latest, page.next)
            if progress is not None:
                done = page.next - base
                progress(done, max(done, page.latest - base))
        if complete and count and not finished and not by_other_pc:
            db_lane(self._mark_synced)
        if count:  # maintenance, not a change of records: not through the lane, nothing announced
            self._tidy_search_index()
        result = tally.result(
            source=source,
            from_version=from_version,
            to_version=self.ws.catalogue.version(),
            latest=latest,
            full_pass=full_pass,
            pages=count,
            complete=complete,
        )
        if by_other_pc:
            result = replace(result, applied_by_other_pc=True)
        if products:
            result = replace(result, affected_products=self._affected(tally, products, before))
        if self.ws.carbon.has_estimates():  # where a factor value changed (or a cancel left some)
            # reads here, writes through `db_lane` in short batches: the lane stays free between them
            recomputed = self.ws.carbon.recompute_stale(db_lane=db_lane, cancel=cancel, progress=progress)
            result = replace(result, recomputed_estimates=tuple(recomputed.value))
        log.info(
            "sync from %s: version %d -> %d in %d page(s); standards +%d ~%d -%d; factors +%d ~%d -%d",
            source,
            result.from_version,
            result.to_version,
            count,
            result.standards.added,
            result.standards.changed,
            result.standards.removed,
            result.factors.added,
            result.factors.changed,
            result.factors.removed,
        )
        return result

    def _apply_page(self, page: ChangePage, begin: bool, tally: SyncTally, cursor: int) -> _PageApplied:
        """The database step of one page: one transaction with the new cursor.

        One PC at a time applies pages (`dialect.lock_catalogue_sync`); with
        the turn taken, the stored version is read again: when it is no longer
        `cursor`, where this sync left it, another PC applied these pages (or
        others) meanwhile, and nothing is applied.
        """
        try:
            with _gc_paused(), self.ws.session() as s:
                dialect.lock_catalogue_sync(s)
                repo = CatalogueRepo(s)
                stored = repo.state().version
                if stored != cursor:
                    return _PageApplied({}, None, False, finished=False, moved_to=stored)
                if begin:
                    repo.begin_full_pass()
                full_pass = begin or repo.state().full_pass_active
                start = tally.lookup(repo, page)
                repo.apply_page(page)
                swept = None
                if not page.has_more:
                    if repo.state().full_pass_active:
                        swept = repo.finish_full_pass()
                    repo.mark_synced(_now())
        finally:
            self.ws.catalogue.invalidate()
        return _PageApplied(start, swept, full_pass, finished=not page.has_more)

    def _tidy_search_index(self) -> None:
        """On a PostgreSQL host, what autovacuum would do a minute later (`dialect.vacuum`).
        The sync is done either way: a failure here only leaves the tidying to autovacuum."""
        try:
            dialect.vacuum(self.ws.engine, SEARCH_TABLES)
        except Exception:  # the pages are applied and committed already
            log.warning("could not vacuum the search index after the sync", exc_info=True)

    def _mark_synced(self) -> ChangeSet:
        with self.ws.session() as s:
            CatalogueRepo(s).mark_synced(_now())
        return ChangeSet.SYNC_STATE

    def _affected(
        self, tally: SyncTally, products: list[Product], before: ApplicabilityEngine | None
    ) -> tuple[str, ...]:
        """SKUs to which a touched standard applies, by the rules before or after the sync.

        Asking both the old and the new rules reports a product that a change
        brings into a standard's reach and one that it takes out of it.
        """
        codes = tally.touched_standards(before)
        engines = [self.ws.catalogue.engine(), *([before] if before is not None else [])]
        return tuple(sorted({p.sku for e in engines for p in e.products_affected(products, codes)}))

    def _record_error(self, exc: BaseException, token: str | None, db_lane: DbLane[Any]) -> None:
        """Keep the failure's one-line text for the status bar; never the token."""
        text = str(exc) if isinstance(exc, AssistantError) else f"{type(exc).__name__}: {exc}"
        if token:
            text = text.replace(token, "<hidden>")

        def record() -> ChangeSet:
            with self.ws.session() as s:
                CatalogueRepo(s).record_sync_error(text)
            return ChangeSet.SYNC_STATE

        try:
            db_lane(record)
        except Exception:  # the database itself may be what failed
            log.warning("could not record the sync error", exc_info=True)
