"""Secrets never leave in a message: text that came from outside is masked before it is shown.

A platform can echo the access token anywhere: in an error message, in a
page's field, inside the key id of a signature header. Whatever it sends is
therefore passed through `mask` before it is put in an error, on stderr or in
the log: every secret the process knows (`remember_secret`, called when a
client gets its token), in its plain and its URL-encoded forms, is replaced
by `<hidden>`. `MaskingFilter` does the same to every log record.
"""

from __future__ import annotations

import logging
import threading
import urllib.parse
from typing import Any

HIDDEN = "<hidden>"
_MIN_SECRET = 8  # shorter strings would mask ordinary words
_secrets: set[str] = set()
_lock = threading.Lock()


def remember_secret(secret: str) -> None:
    """Mask `secret` (and its URL-encoded form) in every message from now on."""
    if len(secret) < _MIN_SECRET:
        return
    with _lock:
        _secrets.update({secret, urllib.parse.quote(secret, safe=""), urllib.parse.quote_plus(secret)})


def mask(text: str, *secrets: str) -> str:
    """`text` with every remembered secret, and `secrets`, replaced by `<hidden>`."""
    with _lock:
        known = _secrets | {s for s in secrets if len(s) >= _MIN_SECRET}
    for secret in sorted(known, key=len, reverse=True):
        if secret in text:
            text = text.replace(secret, HIDDEN)
    return text


def _masked(value: Any, secrets: tuple[str, ...]) -> Any:
    if isinstance(value, str):
        return mask(value, *secrets)
    if isinstance(value, (list, tuple)):
        return type(value)(_masked(v, secrets) for v in value)
    return value


def mask_error(exc: BaseException, *secrets: str) -> BaseException:
    """Mask the secrets in `exc`'s arguments, parameters and text attributes, in place."""
    exc.args = tuple(_masked(a, secrets) for a in exc.args)
    params = getattr(exc, "params", None)
    if isinstance(params, dict):
        for key, value in list(params.items()):
            params[key] = _masked(value, secrets)
    for key, value in list(vars(exc).items()):
        if key != "params" and isinstance(value, (str, list, tuple)):
            setattr(exc, key, _masked(value, secrets))
    return exc


class MaskingFilter(logging.Filter):
    """A handler filter: the record's message and traceback text, with the secrets masked."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except (TypeError, ValueError):  # a bad format: keep the raw text
            message = str(record.msg)
        record.msg, record.args = mask(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask(record.exc_text)
        if record.stack_info:
            record.stack_info = mask(record.stack_info)
        return True
