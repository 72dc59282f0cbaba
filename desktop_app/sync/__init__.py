"""The platform client: fetch and check catalogue pages, offline packages, credentials.

Imports only `desktop_app.core` and its own libraries (requests, pydantic,
cryptography, keyring, truststore); applying pages to the database is the
workspace's job, page by page, through `desktop_app.db`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# Each name loads its module on first use (PEP 562): importing `desktop_app.sync.errors` for an
# error class, or this package for the sync status, loads neither requests, pydantic, keyring
# nor cryptography (the window's start-up; tests/gui/test_startup_imports.py).
_WHERE = {
    "AuthError": "errors",
    "HistoryExpiredError": "errors",
    "KeyringUnavailableError": "errors",
    "NoTrustedKeysError": "errors",
    "NotLoggedInError": "errors",
    "OfflinePackage": "offline",
    "PackageError": "errors",
    "PackageTooNewError": "errors",
    "PageInvalidError": "errors",
    "PlatformClient": "client",
    "PlatformUnavailableError": "errors",
    "PlatformUrlError": "errors",
    "SignatureError": "errors",
    "SyncError": "errors",
    "TrustedKeyError": "errors",
    "UnexpectedResponseError": "errors",
    "bundled_keys": "keys",
    "delete_token": "credentials",
    "get_token": "credentials",
    "load_public_key": "signatures",
    "parse_page": "pages",
    "parse_signature_header": "signatures",
    "read_package": "offline",
    "set_token": "credentials",
    "use_system_certificates": "client",
    "verify_page": "signatures",
}

if TYPE_CHECKING:
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


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


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
