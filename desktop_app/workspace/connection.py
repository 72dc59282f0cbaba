"""Which database a workspace opens: the local SQLite file, or a PostgreSQL host.

The address comes from, highest first: the `--database-url` option, the
`TEXTILE_ASSISTANT_DATABASE_URL` variable, the firm's connection setting
(`connection.json` in the data folder: the database cannot hold its own
address), else the SQLite file in the data folder as always.

A password never goes in the setting, a log line or an error: the setting
holds the URL without it, the password lives in the OS keyring (service
`textile-assistant-database`, user name `role@host:port`, so one PC may
know roles on two hosts), and every URL shown is rendered with it hidden.
A password typed into a URL given by option or variable is used, never
stored, and masked in every message from then on.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import URL
from sqlalchemy.exc import ArgumentError

from ..core.errors import ValidationError
from ..core.masking import remember_secret
from ..core.reasons import Reason
from ..db.engine import database_url
from ..paths import CONNECTION_FILE, DATABASE_URL_ENV, DataPaths

URL_ENV = DATABASE_URL_ENV
SETTING_FILE = CONNECTION_FILE
KEYRING_SERVICE = "textile-assistant-database"
DEFAULT_PORT = 5432


@dataclass(frozen=True)
class DatabaseTarget:
    """Where the records are: `url` None for the local SQLite file; `source` says who chose it."""

    url: URL | None
    source: str  # "option", "environment", "setting" or "local"

    @property
    def is_local(self) -> bool:
        return self.url is None

    def label(self, paths: DataPaths) -> str:
        """What messages name: the file's path, or the URL with any password hidden."""
        return str(paths.database) if self.url is None else shown(self.url)


def shown(url: URL) -> str:
    """`url` for a message or a log line: the password replaced by `***`."""
    return url.render_as_string(hide_password=True)


def parse_url(text: str) -> URL:
    """A PostgreSQL (or SQLite) URL from `text`; ValidationError, without the text's password, if not."""
    try:
        url = database_url(text.strip())
    except (ArgumentError, ValueError):
        raise ValidationError("database_url", "<hidden>", Reason.DATABASE_URL_INVALID) from None
    if url.get_backend_name() == "postgresql" and not (url.host and url.database):
        raise ValidationError("database_url", shown(url), Reason.DATABASE_URL_INVALID)
    if url.password:
        remember_secret(str(url.password))
    return url


def host_url(*, host: str, port: int, database: str, role: str) -> URL:
    """The URL of a host from the fields of the window's setup (no password: that is the keyring's)."""
    host, database, role = host.strip(), database.strip(), role.strip()
    if not (host and database) or any(c in host for c in "/@:?# "):
        raise ValidationError("database_url", f"{role}@{host}:{port}/{database}", Reason.DATABASE_URL_INVALID)
    return URL.create(
        "postgresql+psycopg", username=role or None, host=host, port=int(port), database=database
    )


def _setting_path(paths: DataPaths) -> Path:
    return paths.root / SETTING_FILE


def read_setting(paths: DataPaths) -> URL | None:
    """The URL in the firm's connection setting, or None when there is none."""
    try:
        data = json.loads(_setting_path(paths).read_text("utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        raise ValidationError("connection", str(_setting_path(paths)), Reason.DATABASE_URL_INVALID) from None
    url = data.get("database_url") if isinstance(data, dict) else None
    return parse_url(url) if isinstance(url, str) and url else None


def save_setting(paths: DataPaths, url: URL) -> Path:
    """Keep `url` (without its password) as this PC's connection; the file written."""
    path = _setting_path(paths)
    tmp = path.with_suffix(".tmp")
    # `URL.set(password=None)` would keep the password (None means "unchanged" there)
    bare = url._replace(password=None).render_as_string(hide_password=False)
    tmp.write_text(json.dumps({"database_url": bare}, ensure_ascii=False, indent=2) + "\n", "utf-8")
    os.replace(tmp, path)
    return path


def clear_setting(paths: DataPaths) -> bool:
    """Back to the local SQLite file; False when no setting was there."""
    try:
        _setting_path(paths).unlink()
    except FileNotFoundError:
        return False
    return True


def resolve(paths: DataPaths, option: str | None = None) -> DatabaseTarget:
    """The database this workspace opens (see the module's docstring for the order)."""
    if option:
        return DatabaseTarget(parse_url(option), "option")
    env = os.environ.get(URL_ENV, "").strip()
    if env:
        return DatabaseTarget(parse_url(env), "environment")
    setting = read_setting(paths)
    if setting is not None:
        return DatabaseTarget(setting, "setting")
    return DatabaseTarget(None, "local")


def _keyring_user(url: URL) -> str:
    return f"{url.username or ''}@{url.host or ''}:{url.port or DEFAULT_PORT}"


def password(url: URL) -> str | None:
    """The password for `url`'s role and host: the URL's own, else the keyring's, else None.

    No keyring backend (a server without one) is not an error here: the
    host then refuses the login, and says so.
    """
    if url.password:
        return str(url.password)
    import keyring  # loaded only for a host, not on every start
    import keyring.errors

    try:
        found = keyring.get_password(KEYRING_SERVICE, _keyring_user(url))
    except keyring.errors.KeyringError:
        return None
    if found:
        remember_secret(found)
    return found


def store_password(url: URL, secret: str) -> None:
    """Keep `secret` in the keyring for `url`'s role and host, replacing any earlier one."""
    import keyring
    import keyring.errors

    from ..sync.errors import KeyringUnavailableError

    remember_secret(secret)
    try:
        keyring.set_password(KEYRING_SERVICE, _keyring_user(url), secret)
    except keyring.errors.NoKeyringError:
        raise KeyringUnavailableError() from None
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailableError(type(exc).__name__) from None
