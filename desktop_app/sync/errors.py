"""Typed errors of the platform client.

Each carries a reason code (`core.reasons.Reason`) and the data a message
needs (which page, which field, which key, the HTTP status as a number) so
that the CLI and the GUI word it in the user's language; nothing parses
text. None of them ever holds the access token: the client redacts
server-supplied text before it gets here, and the errors keep no reference
to requests or responses (whose headers carry it).
"""

from __future__ import annotations

from typing import Any

from desktop_app.core.errors import AssistantError
from desktop_app.core.reasons import Reason, describe


class SyncError(AssistantError):
    """Base of every error raised by `desktop_app.sync`."""


class PageInvalidError(SyncError):
    """A `changes` page broke the schema or the paging rules; none of it may be applied.

    `version`, `type` and `id` are None when the fault is in the page's own
    fields rather than in one change. `field` is a path inside the change's
    `data` (e.g. ``requirements[2].limit``) or inside the page
    (``changes[4].version``, ``next``); `detail` is the schema's technical
    text, for the log.
    """

    def __init__(
        self,
        page_since: int | None,
        version: int | None,
        type: str | None,
        id: str | None,
        field: str,
        detail: str = "",
        source: str = "",
        *,
        code: Reason = Reason.PAGE_INVALID,
        **params: Any,
    ) -> None:
        super().__init__(code, field=field, detail=detail, page_since=page_since, **params)
        self.page_since, self.version, self.type, self.id = page_since, version, type, id
        self.field, self.detail, self.source = field, detail, source

    def __str__(self) -> str:
        where = f" in {self.source}" if self.source else ""
        return (
            f"invalid catalogue page since={self.page_since}{where}: change "
            f"version={self.version} type={self.type} id={self.id!r}, "
            f"field {self.field}: {describe(self.code, self.params)}"
        )


class SignatureError(SyncError):
    """A page's signature is missing, malformed, by an unknown key, or wrong."""

    def __init__(self, code: Reason, key_id: str | None = None, source: str = "", **params: Any) -> None:
        super().__init__(code, key_id=key_id, **params)
        self.key_id, self.source = key_id, source

    def __str__(self) -> str:
        where = f" in {self.source}" if self.source else ""
        return f"catalogue page signature rejected{where}: {describe(self.code, self.params)}"


class AuthError(SyncError):
    """401/403: the token is missing, invalid, expired or not allowed; log in again."""

    def __init__(self, status: int, error_code: str = "") -> None:
        code = Reason.TOKEN_REJECTED if status == 401 else Reason.TOKEN_FORBIDDEN
        super().__init__(code, status=status, error_code=error_code)
        self.status, self.error_code = status, error_code


class HistoryExpiredError(SyncError):
    """410: `since` is older than the platform's history; a full pass from 0 is needed."""

    def __init__(self, since: int) -> None:
        super().__init__(Reason.HISTORY_EXPIRED, since=since)
        self.since = since


BUSY_STATUSES = (429, 503)


class PlatformUnavailableError(SyncError):
    """The platform could not be reached or kept failing after every retry.

    `status` is the last HTTP status (an int) when the platform answered,
    None when it could not be reached; `detail` is technical text for the log.
    """

    def __init__(self, attempts: int, *, status: int | None = None, detail: str = "") -> None:
        if status is None:
            code = Reason.PLATFORM_UNREACHABLE
        elif status in BUSY_STATUSES:
            code = Reason.PLATFORM_BUSY
        else:
            code = Reason.PLATFORM_ERROR
        super().__init__(code, attempts=attempts, status=status, detail=detail)
        self.attempts, self.status, self.detail = attempts, status, detail


class UnexpectedResponseError(SyncError):
    """A status the API does not allow here (e.g. 400 or 404); retrying will not help."""

    def __init__(self, status: int, error_code: str = "", message: str = "") -> None:
        super().__init__(Reason.UNEXPECTED_RESPONSE, status=status, error_code=error_code, message=message)
        self.status, self.error_code, self.message = status, error_code, message


class PlatformUrlError(SyncError):
    """The platform base URL is not usable (bad scheme, no host, plain HTTP off loopback)."""

    def __init__(self, url: str, code: Reason) -> None:
        super().__init__(code, url=url)
        self.url = url

    def __str__(self) -> str:
        return f"platform URL {self.url!r} not usable: {describe(self.code, self.params)}"


class PackageError(SyncError):
    """An offline update package is unreadable or fails a check; nothing of it is applied."""

    def __init__(self, path: str, member: str | None, code: Reason, **params: Any) -> None:
        super().__init__(code, path=path, member=member, **params)
        self.path, self.member = path, member

    def __str__(self) -> str:
        return f"offline update package {self.path}: {describe(self.code, self.params)}"


class KeyringUnavailableError(SyncError):
    """No OS keyring backend exists; the token can only come from the environment."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(Reason.KEYRING_UNAVAILABLE, detail=detail)
        self.detail = detail


class TrustedKeyError(SyncError):
    """A platform public key is not a raw 32-byte Ed25519 key in base64."""

    def __init__(self, key_id: str, code: Reason, **params: Any) -> None:
        super().__init__(code, key_id=key_id, **params)
        self.key_id = key_id

    def __str__(self) -> str:
        return f"platform key {self.key_id!r} not usable: {describe(self.code, self.params)}"


class NotLoggedInError(SyncError):
    """No platform URL is set, or no token is stored for it: the user must log in first."""

    def __init__(self, url: str = "") -> None:
        super().__init__(Reason.NOT_LOGGED_IN if url else Reason.NO_PLATFORM_URL, url=url)
        self.url = url


class NoTrustedKeysError(SyncError):
    """Neither the app nor the firm trusts any platform key, so no page could be accepted."""

    def __init__(self) -> None:
        super().__init__(Reason.NO_TRUSTED_KEYS)


class PackageTooNewError(SyncError):
    """An offline package starts after the local catalogue's version: changes in between would be lost."""

    def __init__(self, path: str, from_version: int, local_version: int) -> None:
        super().__init__(
            Reason.PACKAGE_TOO_NEW, path=path, from_version=from_version, local_version=local_version
        )
        self.path, self.from_version, self.local_version = path, from_version, local_version
