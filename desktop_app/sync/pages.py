"""Parse and check one `changes` page: JSON bytes in, core dataclasses out.

One parser serves the network, offline packages and the bundled catalogue
(`resources/catalogue/catalogue.json` is one page body), so the same rules
hold for all three. A page is all or nothing: the first bad change raises
`PageInvalidError` naming the page's `since`, the change's version, type
and id, and the field path inside `data`, and nothing of the page is
returned. Changes of a type this version does not know are kept with
`data=None` so the caller skips them but still advances its cursor.

A page is read by its own `protocol`: 1 (an older server) or 2. A
protocol-1 page may not carry what protocol 2 adds; a protocol-2 page is
checked with the stricter protocol-2 models (closed vocabularies, ranges,
dates in order, `check`, `factor` objects).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
from collections.abc import Iterator, Sequence
from typing import Any

from pydantic import ValidationError

from desktop_app.core.bounded import LimitExceeded, loads_json
from desktop_app.core.catalogue import Change, ChangePage, Factor, Requirement, Rule, Standard

from .errors import PageInvalidError
from .schema import ID_FIELDS, ChangeHead, PageHead
from .schema_p2 import MODELS_BY_PROTOCOL, P2_ITEM_FIELDS, P2_RULE_FIELDS, P2_WHEN_KEYS

# Versions are stored as SQLite's signed 64-bit integers. One beyond 63 bits cannot be stored
# at all, and one near 2**63 - 1 would leave the catalogue no room to move on: versions above
# 2**62 are refused (a platform stamping a change per nanosecond would take 146 years to get there).
MAX_VERSION = 2**62


def _version_fits(value: object) -> bool:
    return not isinstance(value, int) or 0 <= value <= MAX_VERSION


def format_loc(loc: Sequence[int | str], prefix: str = "") -> str:
    """Pydantic's error location as a path a person reads: ``requirements[2].limit``."""
    path = prefix
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path += f".{part}" if path else str(part)
    return path or "<page>"


def _first_error(exc: ValidationError, prefix: str = "") -> tuple[str, str]:
    errors = exc.errors(include_url=False, include_input=False)
    first = errors[0]
    reason = first["msg"]
    if len(errors) > 1:
        reason += f" (and {len(errors) - 1} more error(s))"
    return format_loc(first["loc"], prefix), reason


_Who = tuple[int | None, str | None, str | None]


class _PageContext:
    """What an error must name about the page it happened in, and its protocol."""

    __slots__ = ("protocol", "since", "source")

    def __init__(self, since: int | None, source: str) -> None:
        self.since = since
        self.source = source
        self.protocol = 1

    def error(self, field: str, reason: str, who: _Who = (None, None, None)) -> PageInvalidError:
        """The error for `field`; `who` is the change's (version, type, id) when known."""
        return PageInvalidError(
            page_since=self.since,
            version=who[0],
            type=who[1],
            id=who[2],
            field=field,
            detail=reason,
            source=self.source,
        )


def _hint(raw: dict[str, Any], key: str, kind: type) -> Any:
    """A value for an error message, only if it has the expected type."""
    value = raw.get(key)
    return value if isinstance(value, kind) and not isinstance(value, bool) else None


def _parse_change(raw: object, index: int, ctx: _PageContext) -> Change:
    if not isinstance(raw, dict):
        raise ctx.error(f"changes[{index}]", "a change must be a JSON object")
    version, type_, id_ = _hint(raw, "version", int), _hint(raw, "type", str), _hint(raw, "id", str)
    try:
        head = ChangeHead.model_validate(raw)
    except ValidationError as exc:
        field, reason = _first_error(exc, f"changes[{index}]")
        raise ctx.error(field, reason, (version, type_, id_)) from None
    if head.op == "delete":
        return Change(version=head.version, type=head.type, id=head.id, op="delete")
    who: _Who = (head.version, head.type, head.id)
    data = raw.get("data")
    if ctx.protocol == 1:
        added = _protocol2_addition(head.type, data)
        if added is not None:
            raise ctx.error(added, "protocol 2 only: a protocol-1 page cannot carry it", who)
    model = MODELS_BY_PROTOCOL[ctx.protocol].get(head.type)
    if model is None:
        return Change(version=head.version, type=head.type, id=head.id, op=head.op)
    if data is None:
        raise ctx.error("data", "an upsert needs data", who)
    try:
        obj = model.model_validate(data)
    except ValidationError as exc:
        field, reason = _first_error(exc)
        raise ctx.error(field, reason, who) from None
    id_field = ID_FIELDS[head.type]
    if getattr(obj, id_field) != head.id:
        raise ctx.error(id_field, f"{getattr(obj, id_field)!r} does not match the change id", who)
    core = obj.to_core()  # type: ignore[attr-defined]
    if isinstance(core, Rule | Factor):
        _check_dates(core, "", ctx, who)
    if isinstance(core, Standard):
        for n, req in enumerate(core.requirements):
            _check_dates(req, f"requirements[{n}].", ctx, who)
        _check_unique_items(core, ctx, who)
    return Change(version=head.version, type=head.type, id=head.id, op=head.op, data=core)


def _protocol2_addition(type_: str, data: object) -> str | None:
    """The path of the first protocol-2 field in a protocol-1 change's data, if any."""
    if type_ == "factor":
        return "type"
    if not isinstance(data, dict):
        return None
    if type_ == "rule":
        for name in P2_RULE_FIELDS:
            if name in data:
                return name
        when = data.get("when")
        if isinstance(when, dict):
            for key in P2_WHEN_KEYS:
                if key in when:
                    return f"when.{key}"
            markets = when.get("market")
            for n, market in enumerate(markets if isinstance(markets, list) else ()):
                if isinstance(market, str) and "-" in market:
                    return f"when.market[{n}]"  # a subdivision such as US-CA
    if type_ == "standard" and isinstance(data.get("requirements"), list):
        for index, item in enumerate(data["requirements"]):
            if isinstance(item, dict):
                for name in P2_ITEM_FIELDS:
                    if name in item:
                        return f"requirements[{index}].{name}"
    return None


def _check_dates(obj: Rule | Requirement | Factor, prefix: str, ctx: _PageContext, who: _Who) -> None:
    if obj.effective is not None and obj.until is not None and obj.effective >= obj.until:
        raise ctx.error(f"{prefix}until", f"{obj.until} is not after effective {obj.effective}", who)


def _check_unique_items(standard: Standard, ctx: _PageContext, who: _Who) -> None:
    # The database keys items by (standard, key, grade); a repeat would fail
    # half way through applying the page, so it is a schema error here.
    # Protocol 2 writes a limit tightened on a date as two items with one key
    # and grade whose periods do not overlap: that repeat is allowed.
    seen: dict[tuple[str, str | None], list[Requirement]] = {}
    for index, req in enumerate(standard.requirements):
        earlier = seen.setdefault((req.key, req.grade), [])
        if any(_periods_overlap(req, other) for other in earlier):
            raise ctx.error(
                f"requirements[{index}].key",
                f"key {req.key!r} with grade {req.grade!r} is repeated for the same period",
                who,
            )
        earlier.append(req)


def _periods_overlap(a: Requirement, b: Requirement) -> bool:
    """[effective, until) of both share a day (open ends reach forever)."""
    low, high = dt.date.min, dt.date.max
    return (a.effective or low) < (b.until or high) and (b.effective or low) < (a.until or high)


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Hold off the cyclic garbage collector while a page is built.

    A page of 5,000 standards allocates about a million containers, none of
    them garbage; the collector's repeated passes over them made parsing
    more than twice as slow (measured: 0.95 s against 0.43 s a page). The
    pause is bounded by one page, and reference counting still frees memory.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def parse_page(body: bytes, *, source: str = "") -> ChangePage:
    """Check a page body against the API schema and the paging rules.

    `source` (a URL, a package member, a file name) only goes into errors.
    Raises `PageInvalidError`; returns a page only when every change is valid.
    """
    with _gc_paused():
        return _parse_page(body, source)


def _parse_page(body: bytes, source: str) -> ChangePage:
    ctx = _PageContext(None, source)
    try:
        raw = loads_json(body)
    except LimitExceeded as exc:
        raise ctx.error("<body>", f"nested deeper than {exc.limit} levels") from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise ctx.error("<body>", f"not JSON: {exc}") from None
    if not isinstance(raw, dict):
        raise ctx.error("<body>", "a page must be a JSON object")
    ctx.since = _hint(raw, "since", int)
    try:
        head = PageHead.model_validate(raw)
    except ValidationError as exc:
        field, reason = _first_error(exc)
        raise ctx.error(field, reason) from None
    if head.protocol not in MODELS_BY_PROTOCOL:
        raise ctx.error("protocol", f"protocol {head.protocol} is not supported (expected 1 or 2)")
    ctx.protocol = head.protocol
    if head.since < 0:
        raise ctx.error("since", "must be 0 or more")
    if head.next < head.since:
        raise ctx.error("next", f"{head.next} is before since {head.since}")
    for name in ("since", "next", "latest"):
        if not _version_fits(getattr(head, name)):
            raise ctx.error(name, f"must be at most {MAX_VERSION}")
    changes: list[Change] = []
    previous = head.since
    for index, item in enumerate(head.changes):
        change = _parse_change(item, index, ctx)
        if not _version_fits(change.version):
            raise ctx.error(
                f"changes[{index}].version",
                f"must be at most {MAX_VERSION}",
                (change.version, change.type, change.id),
            )
        if not previous < change.version <= head.next:
            raise ctx.error(
                f"changes[{index}].version",
                f"must be ascending, after {previous} and at most next={head.next}",
                (change.version, change.type, change.id),
            )
        previous = change.version
        changes.append(change)
    return ChangePage(
        protocol=head.protocol,
        since=head.since,
        next=head.next,
        latest=head.latest,
        has_more=head.has_more,
        changes=tuple(changes),
    )
