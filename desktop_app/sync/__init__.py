"""The platform client: fetch and check catalogue pages, offline packages, credentials.

Imports only `desktop_app.core` and its own libraries (requests, pydantic,
cryptography, keyring, truststore); applying pages to the database is the
workspace's job, page by page, through `desktop_app.db`.
"""

from __future__ import annotations

from .client import PlatformClient, use_system_certificates
from .credentials import delete_token, get_token, set_token
from .errors import (
    AuthError,
    HistoryExpiredError,
    KeyringUnavailableError,
    NotLoggedInError,
    NoTrustedKeysError,
    PackageError,
    PackageTooNewError,
    PageInvalidError,
    PlatformUnavailableError,
    PlatformUrlError,
    SignatureError,
    SyncError,
    TrustedKeyError,
    UnexpectedResponseError,
)
from .keys import bundled_keys
from .offline import OfflinePackage, read_package
from .pages import parse_page
from .signatures import load_public_key, parse_signature_header, verify_page

__all__ = [
    "AuthError",
    "HistoryExpiredError",
    "KeyringUnavailableError",
    "NoTrustedKeysError",
    "NotLoggedInError",
    "OfflinePackage",
    "PackageError",
    "PackageTooNewError",
    "PageInvalidError",
    "PlatformClient",
    "PlatformUnavailableError",
    "PlatformUrlError",
    "SignatureError",
    "SyncError",
    "TrustedKeyError",
    "UnexpectedResponseError",
    "bundled_keys",
    "delete_token",
    "get_token",
    "load_public_key",
    "parse_page",
    "parse_signature_header",
    "read_package",
    "set_token",
    "use_system_certificates",
    "verify_page",
]
