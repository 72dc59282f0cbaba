"""Where the app keeps its data and finds its resources.

Data lives in the user data folder (platformdirs: %LOCALAPPDATA% on
Windows), never in the install folder, so upgrades and uninstalls leave it
alone. `--data-dir` or TEXTILE_ASSISTANT_HOME point elsewhere (tests, USB).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

ENV_HOME = "TEXTILE_ASSISTANT_HOME"
# A PostgreSQL host instead of the folder's SQLite file (workspace/connection.py)
DATABASE_URL_ENV = "TEXTILE_ASSISTANT_DATABASE_URL"
CONNECTION_FILE = "connection.json"


def default_data_dir() -> Path:
    env = os.environ.get(ENV_HOME)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir("TextileAssistant", appauthor=False, roaming=False))


def resources_dir() -> Path:
    """The `resources/` folder (catalogue, fonts, icons, translations, keys).

    The one place that knows where it lies:

    - a frozen (PyInstaller) build: `resources/` in the bundle
      (installer/textile_assistant.spec puts it there);
    - an installed wheel: the data-only package `desktop_app/resources/`
      (setup.py maps the repository's top-level folder there);
    - a checkout (and an editable install): `resources/` beside the package.
    """
    frozen = getattr(sys, "_MEIPASS", None)  # set by PyInstaller's bootloader, absent otherwise
    if frozen:
        return Path(frozen) / "resources"
    package = Path(__file__).resolve().parent
    installed = package / "resources"
    if installed.is_dir():
        return installed
    return package.parent / "resources"


@dataclass(frozen=True)
class DataPaths:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / "assistant.sqlite3"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def scans(self) -> Path:
        return self.root / "scans"

    @property
    def checklists(self) -> Path:
        return self.root / "checklists"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    def ensure(self) -> None:
        for folder in (self.root, self.backups, self.scans, self.checklists, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
