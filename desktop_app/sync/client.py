"""HTTP client of the platform's `changes` feed: fetch, retry, verify, parse.

Every page handed out has had its signature verified and its schema
checked, so the caller can apply it without further thought. Faults are
sorted into what a retry can fix (429/503 after `Retry-After`, other 5xx,
dropped connections, timeouts, truncated bodies: retried with capped
exponential backoff and jitter) and what it cannot (401/403, 410, a bad
signature or schema: raised at once as typed errors). The token is sent
only as a bearer header, never logged, and scrubbed from any text that the
server or the network stack puts into an error.
"""

from __future__ import annotations

import email.utils
import logging
import random
import time
from collections.abc import Callable, Iterator, Mapping
from typing import Any
from urllib.parse import urljoin, urlsplit

import requests
from requests.auth import AuthBase

from desktop_app import __version__
from desktop_app.core.catalogue import ChangePage

from ..core.masking import mask, mask_error, remember_secret
from ..core.reasons import Reason
from .credentials import check_token_text
from .errors import (
    AuthError,
    HistoryExpiredError,
    PageInvalidError,
    PlatformUnavailableError,
    SyncError,
    UnexpectedResponseError,
)
from .pages import parse_page
from .signatures import SIGNATURE_HEADER, verify_page
from .urls import normalise_base_url

log = logging.getLogger(__name__)

USER_AGENT = f"textile-assistant/{__version__}"
MAX_REDIRECTS = 3
CHANGES_PATH = "/catalogue/changes"
# Asked for on every request; an older server ignores it and answers protocol 1,
# and each page is read by its own `protocol` (sync.pages).
PROTOCOL = 2
_RETRYABLE_EXCEPTIONS = (
    requests.ConnectionError,  # includes ConnectTimeout and refused/reset connections
    requests.Timeout,
    requests.exceptions.ChunkedEncodingError,  # body shorter than Content-Length
    requests.exceptions.ContentDecodingError,  # truncated or corrupt gzip
)


class _BearerAuth(AuthBase):
    """Adds the bearer header; as an auth object it also stops requests using ~/.netrc."""

    def __init__(self, token: str) -> None:
        self._token = token

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        request.headers["Authorization"] = f"Bearer {self._token}"
        return request

    def __repr__(self) -> str:
        return "_BearerAuth(<hidden>)"


def make_session() -> requests.Session:
    """A session with our User-Agent; proxies come from the environment as usual."""
    session = requests.Session()
    session.headers["User-Agent"] = USER_AGENT
    session.headers["Accept-Encoding"] = "gzip"
    session.headers["Accept"] = "application/json"
    return session


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait from a `Retry-After` header (seconds or an HTTP date), or None."""
    if value is None:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    current = time.time() if now is None else now
    return max(0.0, when.timestamp() - current)


class PlatformClient:
    """One platform account: base URL, token, and the keys its pages must be signed with."""

    def __init__(
        self,
        base_url: str,
        token: str,
        trusted_keys: Mapping[str, bytes],
        *,
        timeout: tuple[float, float] = (5, 30),
        max_retries: int = 5,
        backoff_base: float = 0.5,
        backoff_cap: float = 30.0,
        retry_after_cap: float = 60,
        sleep: Callable[[float], None] = time.sleep,
        session: requests.Session | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self.base_url = normalise_base_url(base_url)
        self._token = check_token_text(token)
        remember_secret(self._token)  # masked in every message and log line from now on
        self._auth = _BearerAuth(self._token)
        self.trusted_keys = dict(trusted_keys)
        self.timeout = timeout
        self.max_retries = max_retries
        self.backoff_base = backoff_base
        self.backoff_cap = backoff_cap
        self.retry_after_cap = retry_after_cap
        self._sleep = sleep
        self._session = session if session is not None else make_session()
        self._rng = rng if rng is not None else random.Random()

    def __repr__(self) -> str:
        return f"PlatformClient({self.base_url!r}, keys={sorted(self.trusted_keys)})"

    def close(self) -> None:
        self._session.close()

    def __enter__(self) -> PlatformClient:  # noqa: PYI034 - Self needs Python 3.11
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- public API -------------------------------------------------------

    def fetch_page(self, since: int, limit: int = 1000) -> tuple[ChangePage, bytes]:
        """The checked page after `since` and its exact (decoded) body bytes.

        Raises `SignatureError` or `PageInvalidError` for a page that must
        not be applied, `HistoryExpiredError` for 410, `AuthError` for
        401/403, and `PlatformUnavailableError` once retries are spent.
        """
        source = f"{self.base_url}{CHANGES_PATH}?since={since}"
        headers, body = self._get({"since": since, "limit": limit, "protocol": PROTOCOL}, since=since)
        try:  # the key id, a field, a detail: whatever the server sent may echo the token
            verify_page(body, headers.get(SIGNATURE_HEADER), self.trusted_keys, source=source)
            page = parse_page(body, source=source)
        except SyncError as exc:
            raise mask_error(exc, self._token) from None
        if page.since != since:
            raise PageInvalidError(
                page.since,
                None,
                None,
                None,
                "since",
                source=source,
                code=Reason.PAGE_SINCE_MISMATCH,
                asked=since,
                got=page.since,
            )
        if page.has_more and page.next <= page.since:
            raise PageInvalidError(
                page.since, None, None, None, "next", source=source, code=Reason.PAGE_NO_PROGRESS
            )
        return page, body

    def iter_pages(self, since: int, limit: int = 1000) -> Iterator[ChangePage]:
        """Checked pages from `since` on, until one says `has_more` is false.

        A failure stops the generator; every page yielded before it is good
        and may already have been applied by the caller.
        """
        while True:
            page, _body = self.fetch_page(since, limit)
            yield page
            if not page.has_more:
                return
            since = page.next

    def check_token(self) -> bool:
        """True when the platform accepts the token; `AuthError` when it does not."""
        self._get({"since": 0, "limit": 1, "protocol": PROTOCOL}, since=0)
        return True

    # -- transport --------------------------------------------------------

    def _redact(self, text: str) -> str:
        return mask(text, self._token)

    def _backoff(self, attempt: int) -> float:
        """Capped exponential backoff with equal jitter (half fixed, half random)."""
        delay = min(self.backoff_cap, self.backoff_base * 2.0 ** (attempt - 1))
        return delay / 2 + float(self._rng.uniform(0, delay / 2))

    def _error_fields(self, response: requests.Response) -> tuple[str, str]:
        try:
            error = response.json().get("error", {})
            code, message = str(error.get("code", "")), str(error.get("message", ""))
        except (ValueError, AttributeError):
            return "", ""
        return self._redact(code)[:100], self._redact(message)[:300]

    def _follow(self, url: str, params: dict[str, Any]) -> requests.Response:
        """GET `url`, following redirects only to the same origin and at most `MAX_REDIRECTS` times.

        requests would follow 30 redirects anywhere; a platform (or whoever
        answers in its name) could loop us or send the token's requests elsewhere.
        """
        origin = _origin(url)
        response = self._session.get(
            url, params=params, auth=self._auth, timeout=self.timeout, allow_redirects=False
        )
        for _ in range(MAX_REDIRECTS):
            if not response.is_redirect:
                return response
            target = urljoin(response.url, response.headers.get("Location", ""))
            response.close()
            if _origin(target) != origin:
                raise SyncError(Reason.REDIRECT_REFUSED, url=mask(target, self._token)[:200])
            response = self._session.get(target, auth=self._auth, timeout=self.timeout, allow_redirects=False)
        if response.is_redirect:
            response.close()
            raise SyncError(Reason.TOO_MANY_REDIRECTS, limit=MAX_REDIRECTS)
        return response

    def _get(self, params: dict[str, Any], *, since: int) -> tuple[Mapping[str, str], bytes]:
        """GET the changes feed with retries; the 200 response's headers and body."""
        url = self.base_url + CHANGES_PATH
        attempt = 0
        while True:
            attempt += 1
            wait: float | None = None
            try:
                response = self._follow(url, params)
                try:
                    body = response.content  # reads it all: truncation raises here
                finally:
                    response.close()
            except _RETRYABLE_EXCEPTIONS as exc:
                reason = self._redact(f"{type(exc).__name__}: {exc}")
                last_status: int | None = None
            else:
                status = response.status_code
                if status == 200:
                    return response.headers, body
                code, message = self._error_fields(response)
                if status in (401, 403):
                    raise AuthError(status, code)
                if status == 410:
                    raise HistoryExpiredError(since)
                if status in (429, 503):
                    wait = parse_retry_after(response.headers.get("Retry-After"))
                    if wait is not None:
                        wait = min(wait, self.retry_after_cap)
                elif not 500 <= status < 600:
                    raise UnexpectedResponseError(status, code, message)
                reason = f"HTTP {status}" + (f" {code}" if code else "")
                last_status = status
            if attempt > self.max_retries:
                raise PlatformUnavailableError(attempt, status=last_status, detail=reason)
            if wait is None:
                wait = self._backoff(attempt)
            log.warning("platform request failed (%s); retry %d in %.1f s", reason, attempt, wait)
            self._sleep(wait)


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url)
    port = parts.port or {"https": 443, "http": 80}.get(parts.scheme)
    return parts.scheme, (parts.hostname or "").lower(), port


_truststore_injected = False


def use_system_certificates() -> None:
    """Verify HTTPS against the operating system's certificate store (once).

    Firms behind a TLS-inspecting proxy have its root in the Windows store,
    not in certifi's bundle; truststore makes `ssl` (and so requests) use
    the system store. Called by the app at start, never at import.
    """
    global _truststore_injected
    if not _truststore_injected:
        import truststore

        truststore.inject_into_ssl()
        _truststore_injected = True
