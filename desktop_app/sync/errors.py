"""Typed errors of the platform client.

Each carries the data a message needs (which page, which change, which
field, which key, which HTTP status) so that the CLI and the GUI can word
it in the user's language. None of them ever holds the access token: the
client redacts server-supplied text before it gets here, and the errors
keep no reference to requests or responses (whose headers carry it).
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.core.errors import AssistantError


class SyncError(AssistantError):
    """Base of every error raised by `desktop_app.sync`."""


@dataclass
class PageInvalidError(SyncError):
    """A `changes` page broke the schema or the paging rules; none of it may be applied.

    `version`, `type` and `id` are None when the fault is in the page's own
    fields rather than in one change. `field` is a path inside the change's
    `data` (e.g. ``requirements[2].limit``) or inside the page
    (``changes[4].version``, ``next``).
    """

    page_since: int | None
    version: int | None
    type: str | None
    id: str | None
    field: str
    reason: str
    source: str = ""

    def __str__(self) -> str:
        where = f" in {self.source}" if self.source else ""
        return (
            f"invalid catalogue page since={self.page_since}{where}: change "
            f"version={self.version} type={self.type} id={self.id!r}, "
            f"field {self.field}: {self.reason}"
        )


@dataclass
class SignatureError(SyncError):
    """A page's signature is missing, malformed, by an unknown key, or wrong."""

    reason: str
    key_id: str | None = None
    source: str = ""

    def __str__(self) -> str:
        key = f" (key {self.key_id!r})" if self.key_id else ""
        where = f" in {self.source}" if self.source else ""
        return f"catalogue page signature rejected{where}{key}: {self.reason}"


@dataclass
class AuthError(SyncError):
    """401/403: the token is missing, invalid, expired or not allowed; log in again."""

    status: int
    code: str = ""

    def __str__(self) -> str:
        what = "not accepted" if self.status == 401 else "not allowed to read the catalogue"
        return f"platform access token {what} (HTTP {self.status}); log in again"


@dataclass
class HistoryExpiredError(SyncError):
    """410: `since` is older than the platform's history; a full pass from 0 is needed."""

    since: int

    def __str__(self) -> str:
        return f"the platform no longer keeps history since version {self.since}; a full sync is needed"


@dataclass
class PlatformUnavailableError(SyncError):
    """The platform could not be reached or kept failing after every retry."""

    reason: str
    attempts: int

    def __str__(self) -> str:
        return f"the platform is unavailable after {self.attempts} attempt(s): {self.reason}"


@dataclass
class UnexpectedResponseError(SyncError):
    """A status the API does not allow here (e.g. 400 or 404); retrying will not help."""

    status: int
    code: str = ""
    message: str = ""

    def __str__(self) -> str:
        detail = f" {self.code}: {self.message}" if self.code or self.message else ""
        return f"unexpected platform response HTTP {self.status}{detail}"


@dataclass
class PlatformUrlError(SyncError):
    """The platform base URL is not usable (bad scheme, no host, plain HTTP off loopback)."""

    url: str
    reason: str

    def __str__(self) -> str:
        return f"platform URL {self.url!r} not usable: {self.reason}"


@dataclass
class PackageError(SyncError):
    """An offline update package is unreadable or fails a check; nothing of it is applied."""

    path: str
    member: str | None
    reason: str

    def __str__(self) -> str:
        member = f" member {self.member}" if self.member else ""
        return f"offline update package {self.path}{member}: {self.reason}"


@dataclass
class KeyringUnavailableError(SyncError):
    """No OS keyring backend exists; the token can only come from the environment."""

    detail: str = ""

    def __str__(self) -> str:
        extra = f" ({self.detail})" if self.detail else ""
        return (
            "no system keyring is available to store the platform token"
            f"{extra}; set the TEXTILE_ASSISTANT_TOKEN environment variable instead"
        )


@dataclass
class TrustedKeyError(SyncError):
    """A platform public key is not a raw 32-byte Ed25519 key in base64."""

    key_id: str
    reason: str

    def __str__(self) -> str:
        return f"platform key {self.key_id!r} not usable: {self.reason}"


@dataclass
class NotLoggedInError(SyncError):
    """No platform URL is set, or no token is stored for it: the user must log in first."""

    url: str = ""

    def __str__(self) -> str:
        if not self.url:
            return "no platform URL is set; run `textile-assistant login --url URL` first"
        return (
            f"no access token for {self.url}; run `textile-assistant login --url {self.url}` "
            "or set the TEXTILE_ASSISTANT_TOKEN environment variable"
        )


@dataclass
class NoTrustedKeysError(SyncError):
    """Neither the app nor the firm trusts any platform key, so no page could be accepted."""

    def __str__(self) -> str:
        return (
            "no trusted platform key: add the platform's public key with "
            "`textile-assistant trust-key add KEY_ID BASE64`"
        )


@dataclass
class PackageTooNewError(SyncError):
    """An offline package starts after the local catalogue's version: changes in between would be lost."""

    path: str
    from_version: int
    local_version: int

    def __str__(self) -> str:
        return (
            f"offline update package {self.path} starts at catalogue version {self.from_version}, "
            f"but this catalogue is at version {self.local_version}; get a package from version "
            f"{self.local_version} or earlier, or a full package (from 0)"
        )
