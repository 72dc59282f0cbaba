"""Typed errors that carry a reason code and parameters, never prose.

The CLI (`cli/messages.py`) and the GUI (`ui/messages/`) turn `code` and
`params` into words in the user's language; `str(error)` is plain English
for log files only. `params` holds plain values (text, numbers, lists of
text) so a message can name the field, the value, the accepted values,
the row or the HTTP status without parsing anything.
"""

from __future__ import annotations

from typing import Any

from .reasons import Reason, describe

__all__ = [
    "AssistantError",
    "ConflictError",
    "DatabaseCorruptError",
    "DatabaseHostError",
    "DatabaseVersionError",
    "EditConflictError",
    "NotFoundError",
    "Reason",
    "StorageError",
    "ValidationError",
]


class AssistantError(Exception):
    """Base of every error the app expects and explains to the user.

    Subclasses set `code` (a `Reason`) and `params` (a dict of plain values).
    """

    code: Reason
    params: dict[str, Any]

    def __init__(self, code: Reason, **params: Any) -> None:
        super().__init__(code.value)
        self.code = code
        self.params = params

    def __str__(self) -> str:
        return describe(self.code, self.params)

    def __reduce__(self) -> tuple[Any, ...]:
        # subclasses take other arguments than Exception.args: copy and pickle by state
        return (_rebuild, (type(self), self.__dict__.copy()))

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and self.code == other.code and self.params == other.params

    def __hash__(self) -> int:
        return hash((type(self), self.code))


def _rebuild(cls: type[AssistantError], state: dict[str, Any]) -> AssistantError:
    error = cls.__new__(cls)
    Exception.__init__(error, state["code"].value)
    error.__dict__.update(state)
    return error


class ValidationError(AssistantError):
    """A value the user gave is not acceptable; nothing was written.

    `field` and `value` say which one; `params` has them too (as "field" and
    "value"), with what the reason needs (e.g. "allowed", "total").
    """

    def __init__(self, field: str, value: object, code: Reason, **params: Any) -> None:
        super().__init__(code, field=field, value=value, **params)
        self.field = field
        self.value = value

    def __str__(self) -> str:
        return f"{self.field}={self.value!r}: {describe(self.code, self.params)}"


class NotFoundError(AssistantError):
    """A record named by the user does not exist; `kind` is e.g. "product", "certificate"."""

    def __init__(self, kind: str, key: str) -> None:
        super().__init__(Reason.NOT_FOUND, kind=kind, key=key)
        self.kind = kind
        self.key = key


class ConflictError(AssistantError):
    """The change would break a uniqueness rule (e.g. a duplicate SKU)."""

    def __init__(self, field: str, value: object) -> None:
        super().__init__(Reason.ALREADY_EXISTS, field=field, value=value)
        self.field = field
        self.value = value

    def __str__(self) -> str:
        return f"{self.field}={self.value!r}: already exists"


class DatabaseVersionError(AssistantError):
    """The database was written by a newer (or unknown) version of the app."""

    def __init__(self, path: str, found: str, known: str) -> None:
        super().__init__(Reason.DATABASE_TOO_NEW, path=path, found=found, known=known)
        self.path, self.found, self.known = path, found, known


class DatabaseCorruptError(AssistantError):
    """The database file failed SQLite's check at start; it was left untouched.

    `backup` is the newest backup that passes every check, if any.
    """

    def __init__(self, path: str, detail: str, backup: str | None = None) -> None:
        code = Reason.DATABASE_DAMAGED if backup else Reason.DATABASE_DAMAGED_NO_BACKUP
        super().__init__(code, path=path, detail=detail, backup=backup)
        self.path, self.detail, self.backup = path, detail, backup


STORAGE_PROBLEMS = (Reason.DISK_FULL, Reason.READ_ONLY, Reason.IO_ERROR, Reason.CANNOT_OPEN)


class StorageError(AssistantError):
    """The database file could not be written; the transaction was rolled back, nothing was lost.

    `problem` is one of `STORAGE_PROBLEMS` (also given as its plain value,
    e.g. "disk_full"); it is the error's code.
    """

    def __init__(self, path: str, problem: Reason | str, detail: str = "") -> None:
        code = Reason(problem)
        super().__init__(code, path=path, detail=detail)
        self.path, self.problem, self.detail = path, code, detail

    def __str__(self) -> str:
        return f"{self.path}: {describe(self.code, self.params)} ({self.detail})"


class DatabaseHostError(AssistantError):
    """The PostgreSQL host could not be used: away, login refused, or not fit for the records.

    `host` is the URL with any password hidden; `detail` the driver's words
    (for the log). A transaction in progress was rolled back: nothing was
    written and no record was lost.
    """

    def __init__(self, code: Reason, host: str, detail: str = "", **params: Any) -> None:
        super().__init__(code, host=host, detail=detail, **params)
        self.host, self.detail = host, detail


class EditConflictError(AssistantError):
    """The record was changed by someone else since the user read it; nothing was written.

    `kind` ("product", "certificate", "result", "firm") and `key` name the
    record; `changed` is {field: the other user's new value}, `fields` the
    same as "field=value" texts for a message, `who` and `when` the other
    user's name and time (from the audit log; empty when it has no entry).
    `current_version` is the version the record has now, to reload.
    """

    def __init__(
        self,
        kind: str,
        key: str,
        *,
        changed: dict[str, Any] | None = None,
        who: str = "",
        when: str = "",
        current_version: int | None = None,
    ) -> None:
        changed = dict(changed or {})
        fields = [f"{name}={_shown(value)}" for name, value in changed.items()]
        super().__init__(
            Reason.EDITED_ELSEWHERE,
            kind=kind,
            key=key,
            fields=fields,
            changed=changed,
            who=who,
            when=when,
            current_version=current_version,
        )
        self.kind, self.key, self.changed = kind, key, changed
        self.who, self.when, self.current_version = who, when, current_version


def _shown(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, (list, tuple)):
        return "/".join(_shown(v) for v in value) or "-"
    return str(value)
