"""The platform access token, kept only in the OS keyring.

Service `textile-assistant`, user name = the normalised base URL, so a firm
could hold tokens for two platforms. `TEXTILE_ASSISTANT_TOKEN` overrides the
keyring (scheduled tasks run where no keyring is unlocked). There is
deliberately no file fallback: where no keyring backend exists,
`KeyringUnavailableError` tells the user to use the variable instead.
"""

from __future__ import annotations

import os

import keyring
import keyring.errors

from desktop_app.core.errors import ValidationError
from desktop_app.core.reasons import Reason

from .errors import KeyringUnavailableError
from .urls import normalise_base_url

SERVICE = "textile-assistant"
TOKEN_ENV = "TEXTILE_ASSISTANT_TOKEN"


def check_token_text(token: str) -> str:
    """The token without surrounding whitespace; refuses what cannot go in a header.

    The error never carries the token itself, only why it was refused.
    """
    token = token.strip()
    if not token:
        raise ValidationError("token", "", Reason.EMPTY)
    if any(ch.isspace() or ord(ch) < 0x21 or ord(ch) > 0x7E for ch in token):
        raise ValidationError("token", "<hidden>", Reason.TOKEN_CHARACTERS)
    return token


def token_from_env() -> str | None:
    value = os.environ.get(TOKEN_ENV, "").strip()
    return value or None


def get_token(base_url: str) -> str | None:
    """The token for `base_url`: the environment variable first, then the keyring.

    None when neither has one. Raises `KeyringUnavailableError` only when
    the variable is unset and no keyring backend exists.
    """
    env = token_from_env()
    if env is not None:
        return env
    try:
        return keyring.get_password(SERVICE, normalise_base_url(base_url))
    except keyring.errors.NoKeyringError:
        raise KeyringUnavailableError() from None
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailableError(type(exc).__name__) from None


def set_token(base_url: str, token: str) -> None:
    """Store `token` for `base_url` in the keyring, replacing any earlier one."""
    token = check_token_text(token)
    try:
        keyring.set_password(SERVICE, normalise_base_url(base_url), token)
    except keyring.errors.NoKeyringError:
        raise KeyringUnavailableError() from None
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailableError(type(exc).__name__) from None


def delete_token(base_url: str) -> bool:
    """Remove the stored token; False when there was none. The variable is not touched."""
    try:
        keyring.delete_password(SERVICE, normalise_base_url(base_url))
    except keyring.errors.PasswordDeleteError:
        return False
    except keyring.errors.NoKeyringError:
        raise KeyringUnavailableError() from None
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailableError(type(exc).__name__) from None
    return True
