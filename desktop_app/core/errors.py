"""Typed errors that carry data, not prose.

The CLI and the GUI turn these into messages in the user's language; the
fields say what was wrong and where, so a message can name the field, the
value and (for imports) the file and row.
"""

from __future__ import annotations

from dataclasses import dataclass


class AssistantError(Exception):
    """Base of every error the app expects and explains to the user."""


@dataclass
class ValidationError(AssistantError):
    """A value the user gave is not acceptable; nothing was written."""

    field: str
    value: object
    reason: str

    def __str__(self) -> str:
        return f"{self.field}={self.value!r}: {self.reason}"


@dataclass
class NotFoundError(AssistantError):
    """A record named by the user does not exist."""

    kind: str
    key: str

    def __str__(self) -> str:
        return f"{self.kind} {self.key!r} not found"


@dataclass
class ConflictError(AssistantError):
    """The change would break a uniqueness rule (e.g. a duplicate SKU)."""

    field: str
    value: object
    reason: str = "already exists"

    def __str__(self) -> str:
        return f"{self.field}={self.value!r}: {self.reason}"


@dataclass
class DatabaseVersionError(AssistantError):
    """The database was written by a newer (or unknown) version of the app."""

    path: str
    found: str
    known: str

    def __str__(self) -> str:
        return (
            f"database {self.path} has schema revision {self.found!r}, which this "
            f"version of the app does not know (newest known: {self.known!r}); "
            "it was written by a newer version and was left untouched"
        )


@dataclass
class DatabaseCorruptError(AssistantError):
    """The database file failed SQLite's check at start; it was left untouched."""

    path: str
    detail: str
    backup: str | None = None  # the newest backup that passes every check, if any

    def __str__(self) -> str:
        advice = (
            f"restore the newest good backup with `textile-assistant restore {self.backup}`"
            if self.backup
            else "no good backup was found; keep the file and ask for help"
        )
        return f"database {self.path} is damaged ({self.detail}); it was left untouched: {advice}"


STORAGE_PROBLEMS = {
    "disk_full": "the disk is full",
    "read_only": "the data folder cannot be written (read-only)",
    "io_error": "the disk reported an error while writing",
    "cannot_open": "the database file cannot be opened",
}


@dataclass
class StorageError(AssistantError):
    """The database file could not be written; the transaction was rolled back, nothing was lost."""

    path: str
    problem: str  # a key of STORAGE_PROBLEMS
    detail: str = ""

    def __str__(self) -> str:
        what = STORAGE_PROBLEMS.get(self.problem, self.problem)
        return f"{self.path}: {what}; the change was not saved and no record was lost ({self.detail})"
