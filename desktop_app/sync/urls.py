"""The platform base URL: one normal form, and no token sent in the clear.

The URL is the keyring user name for the token, so `https://p.example/`
and `https://p.example` must be the same account. Plain HTTP is accepted
only on loopback (the tests' server): anywhere else it would send the
bearer token readable to every hop. `TEXTILE_ASSISTANT_ALLOW_HTTP=1` lifts
that for a test rig on another host, deliberately and visibly.
"""

from __future__ import annotations

import ipaddress
import os
from urllib.parse import urlsplit, urlunsplit

from desktop_app.core.reasons import Reason

from .errors import PlatformUrlError

ALLOW_HTTP_ENV = "TEXTILE_ASSISTANT_ALLOW_HTTP"


def _is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def normalise_base_url(url: str) -> str:
    """`scheme://host[:port][/path]` without a trailing slash, query or fragment.

    Raises `PlatformUrlError` for a non-HTTP(S) scheme, a missing host, or
    plain HTTP to a host that is not loopback.
    """
    text = url.strip()
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise PlatformUrlError(url, Reason.URL_NOT_HTTPS)
    if not parts.hostname:
        raise PlatformUrlError(url, Reason.URL_NO_HOST)
    if parts.username or parts.password:
        raise PlatformUrlError(url, Reason.URL_CREDENTIALS)
    if parts.query or parts.fragment:
        raise PlatformUrlError(url, Reason.URL_QUERY)
    if scheme == "http" and not _is_loopback(parts.hostname) and os.environ.get(ALLOW_HTTP_ENV) != "1":
        raise PlatformUrlError(url, Reason.URL_PLAIN_HTTP)
    return urlunsplit((scheme, parts.netloc.lower(), parts.path.rstrip("/"), "", ""))
