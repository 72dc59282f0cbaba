"""Offline update packages: the platform's pages in one zip, for machines without a connection.

Layout (API "Offline update package"): `manifest.json` with `protocol`,
`from`, `to` and the ordered `pages`; each page file holds the exact body
of one `changes` response and `<page>.sig` its signature header value.

`read_package` checks everything before it returns: the manifest, every
page's signature, every page's schema, and that the pages chain from
`from` to `to`. So a package with one tampered page is refused whole,
before the database is touched. The checked bodies are kept (not the
parsed objects, which for a full catalogue would take several times the
memory) and parsed again, page by page, as the caller applies them.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import overload

from desktop_app.core.bounded import ZIP_OR_OS_ERRORS, LimitExceeded, loads_json, read_bounded
from desktop_app.core.catalogue import ChangePage
from desktop_app.core.reasons import Reason

from .errors import PackageError, PageInvalidError, SignatureError
from .pages import MAX_VERSION, parse_page
from .signatures import verify_page

MANIFEST = "manifest.json"
# Packages of either protocol; each page is then read by its own `protocol`.
PROTOCOLS = (1, 2)
# Far above a real page (5,000 standards is ~12 MB) but stops a zip bomb.
MAX_MEMBER_BYTES = 256 * 1024 * 1024
MAX_MANIFEST_BYTES = 1024 * 1024
MAX_SIGNATURE_BYTES = 4096


class CheckedPages(Sequence[ChangePage]):
    """The package's pages, in order; each is parsed when asked for.

    Every body here was verified and parsed once already, so parsing it
    again cannot fail.
    """

    def __init__(self, bodies: Sequence[bytes], names: Sequence[str]) -> None:
        self._bodies = tuple(bodies)
        self._names = tuple(names)

    def __len__(self) -> int:
        return len(self._bodies)

    @overload
    def __getitem__(self, index: int) -> ChangePage: ...
    @overload
    def __getitem__(self, index: slice) -> list[ChangePage]: ...
    def __getitem__(self, index: int | slice) -> ChangePage | list[ChangePage]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        return parse_page(self._bodies[index], source=self._names[index])

    def __iter__(self) -> Iterator[ChangePage]:
        for i in range(len(self)):
            yield self[i]


@dataclass(frozen=True)
class OfflinePackage:
    """A checked package: apply `pages` in order, as if they came over the network."""

    path: str
    from_version: int
    to_version: int
    pages: CheckedPages

    @property
    def is_full_pass(self) -> bool:
        """`from = 0`: a snapshot; afterwards anything it did not mention is removed."""
        return self.from_version == 0


def _read_member(zf: zipfile.ZipFile, path: str, name: str, *, limit: int = MAX_MEMBER_BYTES) -> bytes:
    try:
        info = zf.getinfo(name)
    except KeyError:
        raise PackageError(path, name, Reason.PACKAGE_MEMBER_MISSING) from None
    if info.file_size > limit:
        raise PackageError(path, name, Reason.PACKAGE_MEMBER_TOO_LARGE, size=info.file_size)
    try:  # counted as it inflates: a header that lies about the size is caught at its word
        with zf.open(info) as fh:
            return read_bounded(fh, limit=info.file_size)
    except LimitExceeded:
        raise PackageError(path, name, Reason.PACKAGE_MEMBER_TOO_LARGE, size=f"> {info.file_size}") from None
    except ZIP_OR_OS_ERRORS as exc:
        raise PackageError(path, name, Reason.PACKAGE_UNREADABLE, detail=str(exc)) from None


def _read_manifest(zf: zipfile.ZipFile, path: str) -> tuple[int, int, list[str]]:
    raw = _read_member(zf, path, MANIFEST, limit=MAX_MANIFEST_BYTES)
    try:
        manifest = loads_json(raw)
    except LimitExceeded as exc:
        raise PackageError(
            path, MANIFEST, Reason.PACKAGE_MANIFEST_INVALID, detail=f"nested deeper than {exc.limit} levels"
        ) from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise PackageError(
            path, MANIFEST, Reason.PACKAGE_MANIFEST_INVALID, detail=f"not JSON: {exc}"
        ) from None
    if not isinstance(manifest, dict):
        raise PackageError(path, MANIFEST, Reason.PACKAGE_MANIFEST_INVALID, detail="not a JSON object")
    protocol = manifest.get("protocol")
    if protocol not in PROTOCOLS or isinstance(protocol, bool):
        raise PackageError(
            path,
            MANIFEST,
            Reason.PACKAGE_MANIFEST_INVALID,
            detail=f"protocol {protocol!r} is not supported (expected 1 or 2)",
        )
    ints = {}
    for key in ("from", "to"):
        value = manifest.get(key)
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= MAX_VERSION:
            raise PackageError(
                path,
                MANIFEST,
                Reason.PACKAGE_MANIFEST_INVALID,
                detail=f"{key!r} must be an integer from 0 to {MAX_VERSION}",
            )
        ints[key] = value
    if ints["to"] < ints["from"]:
        raise PackageError(path, MANIFEST, Reason.PACKAGE_MANIFEST_INVALID, detail="'to' is before 'from'")
    pages = manifest.get("pages")
    if not isinstance(pages, list) or not pages or not all(isinstance(p, str) and p for p in pages):
        raise PackageError(
            path, MANIFEST, Reason.PACKAGE_MANIFEST_INVALID, detail="'pages' must be a non-empty list"
        )
    if len(set(pages)) != len(pages):
        raise PackageError(
            path, MANIFEST, Reason.PACKAGE_MANIFEST_INVALID, detail="'pages' names a member twice"
        )
    return ints["from"], ints["to"], pages


def read_package(path: Path | str, trusted_keys: Mapping[str, bytes]) -> OfflinePackage:
    """Open and check a package; raises `PackageError` and returns nothing if any part fails.

    Signature and schema failures are reported as `PackageError` naming the
    member, with the underlying `SignatureError`/`PageInvalidError` as cause.
    """
    path_text = str(path)
    try:
        zf = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise PackageError(path_text, None, Reason.NO_SUCH_FILE) from None
    except ZIP_OR_OS_ERRORS as exc:
        raise PackageError(path_text, None, Reason.PACKAGE_NOT_ZIP, detail=str(exc)) from None
    with zf:
        from_version, to_version, names = _read_manifest(zf, path_text)
        bodies: list[bytes] = []
        expected_since = from_version
        for name in names:
            body = _read_member(zf, path_text, name)
            sig = _read_member(zf, path_text, name + ".sig", limit=MAX_SIGNATURE_BYTES)
            try:
                header = sig.decode("ascii")
                verify_page(body, header, trusted_keys, source=name)
                page = parse_page(body, source=name)
            except UnicodeDecodeError:
                raise PackageError(
                    path_text,
                    name + ".sig",
                    Reason.PACKAGE_PAGE_REJECTED,
                    detail="signature file is not ASCII",
                ) from None
            except (SignatureError, PageInvalidError) as exc:
                raise PackageError(path_text, name, Reason.PACKAGE_PAGE_REJECTED, detail=str(exc)) from exc
            if page.since != expected_since:
                raise PackageError(
                    path_text, name, Reason.PACKAGE_PAGES_GAP, got=page.since, expected=expected_since
                )
            expected_since = page.next
            bodies.append(body)
            del page  # keep only the bytes; see the module docstring
        if expected_since != to_version:
            raise PackageError(
                path_text, names[-1], Reason.PACKAGE_ENDS_EARLY, got=expected_since, expected=to_version
            )
    return OfflinePackage(path_text, from_version, to_version, CheckedPages(bodies, names))
