"""The lines of the host setup's report (Settings → Several PCs), in the interface language.

`check_lines` words a `HostReport` the way `textile-assistant host check`
prints it, one line per thing checked: reachable, the version, UTF8,
pg_trgm, the right to create tables, the schema. `move_lines` words the
per-table result of moving the records; `unkept_line` the note after a step
whose password the keyring could not keep. Each line is `(ok, text)`: True ✓,
False ✗, None for a note; what went wrong is the reason code's own words.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from ..core.reasons import Reason
from ..db.revision import HEAD_REVISION
from ..workspace.host import MINIMUM_SERVER_TEXT, HostReport
from ..workspace.host_move import MoveResult
from .errors import message_for

Line = tuple[bool | None, str]


def place(host: str) -> str:
    """`role@host:port/database` for a person: the URL without its driver and its hidden password."""
    return re.sub(r"^postgresql(\+\w+)?://", "", host).replace(":***@", "@")


def check_lines(report: HostReport) -> list[Line]:
    problems = {p.code: p for p in report.problems}

    def line(code: Reason, good: str) -> Line:
        problem = problems.get(code)
        return (True, good) if problem is None else (False, message_for(problem))

    lines: list[Line] = [
        (
            True,
            QCoreApplication.translate(
                "HostReport", "Reachable: the host {host} answered in {seconds} s."
            ).format(host=place(report.host), seconds=f"{report.seconds:.2f}"),
        ),
        line(
            Reason.HOST_VERSION_TOO_OLD,
            QCoreApplication.translate(
                "HostReport", "PostgreSQL {version}: supported ({minimum} or newer)."
            ).format(version=report.server_version, minimum=MINIMUM_SERVER_TEXT),
        ),
        line(
            Reason.HOST_NOT_UTF8,
            QCoreApplication.translate("HostReport", "Encoding UTF8: Chinese text is kept as typed."),
        ),
        line(
            Reason.HOST_NO_TRGM,
            QCoreApplication.translate(
                "HostReport", "The pg_trgm extension is there, for the standards search."
            ),
        ),
    ]
    if report.can_create:
        lines.append((True, QCoreApplication.translate("HostReport", "The role may create tables.")))
    elif report.schema_revision is not None:
        lines.append(
            (
                True,
                QCoreApplication.translate(
                    "HostReport", "The role may not create tables, but the schema is there already."
                ),
            )
        )
    else:
        lines.append(
            line(
                Reason.HOST_NO_PRIVILEGE,
                QCoreApplication.translate("HostReport", "The role may create tables."),
            )
        )
    if report.schema_revision is None:
        lines.append(
            (
                None,
                QCoreApplication.translate(
                    "HostReport", "No schema yet: on the host PC, press Create the schema."
                ),
            )
        )
    elif report.schema_revision == HEAD_REVISION:
        lines.append(
            (
                True,
                QCoreApplication.translate(
                    "HostReport", "The schema is there and up to date ({revision})."
                ).format(revision=HEAD_REVISION),
            )
        )
    else:
        lines.append(
            (
                None,
                QCoreApplication.translate(
                    "HostReport", "The schema is at {found}; Create the schema brings it to {revision}."
                ).format(found=report.schema_revision, revision=HEAD_REVISION),
            )
        )
    if report.ok:
        lines.append(
            (True, QCoreApplication.translate("HostReport", "The host can keep the firm's records."))
        )
    return lines


def unkept_line() -> Line:
    """The note after a step done on a PC whose keyring could not keep the password (a note, not
    a failure: the step's own lines stand); what to do instead is `textile-assistant host`'s advice."""
    return (
        None,
        QCoreApplication.translate(
            "HostReport",
            "The password was not kept: this PC has no usable system keyring. The step itself is "
            "done. Without the keyring, the app reaches the host only when the PGPASSWORD "
            "environment variable holds the password: set it on this PC for the user who runs the "
            "app, or the host will refuse the login at the next start.",
        ),
    )


def move_lines(result: MoveResult) -> list[Line]:
    lines: list[Line] = [
        (
            True,
            QCoreApplication.translate(
                "HostReport", "Every table was moved to {host} and checked: the same rows, the same checksum."
            ).format(host=place(result.host)),
        )
    ]
    for name, digest in result.tables.items():
        lines.append(
            (
                True,
                _tr_rows(digest.rows).format(table=name, checksum=digest.checksum[:16]),
            )
        )
    lines.append(
        (
            None,
            QCoreApplication.translate(
                "HostReport", "The local file was kept as it was; this PC uses the host from its next start."
            ),
        )
    )
    return lines


def _tr_rows(rows: int) -> str:
    """`{table}: 1 row, checksum {checksum}` with the plural English needs."""
    return QCoreApplication.translate("HostReport", "{table}: %n row(s), checksum {checksum}", "", rows)
