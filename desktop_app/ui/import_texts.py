"""The import dialog's words: what a report found or did, and why a file cannot be imported.

Kept apart from the dialog so its layout code stays short; the strings use
the dialog's translation context. Whole-file problems (`ImportFileError`)
carry a reason code; the ones a user meets get a sentence with what to do,
any other is worded by `messages`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core.reasons import Reason
from .messages import reason_text

ENCODING_NAMES = {"utf-8-sig": "UTF-8 (BOM)", "utf-8": "UTF-8", "gb18030": "GB18030", "utf-16": "UTF-16"}


def source_line(report) -> str:
    """Where the rows came from: encoding and separator of a CSV, or the workbook's sheet."""
    if report.encoding:
        separators = {
            ",": QCoreApplication.translate("ImportDialog", "comma"),
            ";": QCoreApplication.translate("ImportDialog", "semicolon"),
            "\t": QCoreApplication.translate("ImportDialog", "tab"),
        }
        return QCoreApplication.translate(
            "ImportDialog", "Read as {encoding}, separated by {separator}; header on row {row}."
        ).format(
            encoding=ENCODING_NAMES.get(report.encoding, report.encoding.upper()),
            separator=separators.get(report.separator or ",", repr(report.separator)),
            row=report.header_row,
        )
    return QCoreApplication.translate("ImportDialog", "Sheet “{sheet}”, header on row {row}.").format(
        sheet=report.sheet, row=report.header_row
    )


def summary_lines(report, *, all_or_nothing: bool, after_apply: bool) -> list[str]:
    """Counts first, then the source, then what happens next (or what happened).

    `all_or_nothing` is the dialog's checkbox now (a dry run's report does not
    depend on it); `after_apply` says the report answers a press of Import.
    """
    r = report
    if r.applied:
        counts = QCoreApplication.translate(
            "ImportDialog", "Imported: {added}, {updated}; {rejected}."
        ).format(
            added=QCoreApplication.translate("ImportDialog", "%n added", None, len(r.added)),
            updated=QCoreApplication.translate("ImportDialog", "%n updated", None, len(r.updated)),
            rejected=QCoreApplication.translate(
                "ImportDialog", "%n rejected row(s) left out", None, len(r.rejected_rows)
            ),
        )
        name = r.backup.name if r.backup else "—"
        return [
            counts,
            source_line(r),
            QCoreApplication.translate("ImportDialog", "A backup was saved first: {name}").format(name=name),
        ]
    counts = QCoreApplication.translate(
        "ImportDialog", "{added}, {updated}, {unchanged}; {rejected}."
    ).format(
        added=QCoreApplication.translate("ImportDialog", "%n to add", None, len(r.added)),
        updated=QCoreApplication.translate("ImportDialog", "%n to update", None, len(r.updated)),
        unchanged=QCoreApplication.translate("ImportDialog", "%n unchanged", None, len(r.unchanged)),
        rejected=QCoreApplication.translate("ImportDialog", "%n row(s) rejected", None, len(r.rejected_rows)),
    )
    if after_apply and r.blocked:
        outcome = QCoreApplication.translate(
            "ImportDialog", "Nothing was written: some rows are rejected and “All or nothing” is on."
        )
    elif after_apply:
        outcome = QCoreApplication.translate(
            "ImportDialog", "Nothing was written: the records already match the file."
        )
    elif all_or_nothing and r.rejected:
        outcome = QCoreApplication.translate(
            "ImportDialog", "All or nothing: nothing can be imported while any row is rejected."
        )
    elif not (r.added or r.updated):
        outcome = QCoreApplication.translate(
            "ImportDialog", "Nothing to import: the file has no new or changed rows."
        )
    else:
        outcome = QCoreApplication.translate(
            "ImportDialog", "Nothing has been written yet; Import writes the new and changed rows."
        )
    return [counts, source_line(r), outcome]


def file_error_message(exc) -> str:
    """An `ImportFileError` in the user's language, with what to do; by its reason code."""
    columns = ", ".join(exc.missing)
    texts = {
        Reason.COLUMNS_MISSING: lambda: QCoreApplication.translate(
            "ImportDialog", "The file lacks required columns: {columns}."
        ),
        Reason.NO_HEADER: lambda: QCoreApplication.translate(
            "ImportDialog",
            "No header row naming the needed columns was found near the top of the file. It needs: {columns}.",
        ),
        Reason.NO_SUCH_FILE: lambda: QCoreApplication.translate(
            "ImportDialog", "The file was not found; it may have been moved or deleted."
        ),
        Reason.WRONG_ENCODING: lambda: QCoreApplication.translate(
            "ImportDialog", "The file is not {encoding} text. Choose another encoding, or Automatic."
        ),
        Reason.OLD_XLS: lambda: QCoreApplication.translate(
            "ImportDialog", "Old .xls workbooks cannot be read; save the file as .xlsx or .csv in Excel."
        ),
        Reason.XLSX_UNREADABLE: lambda: QCoreApplication.translate(
            "ImportDialog", "This is not a readable .xlsx workbook; it may be damaged or of another kind."
        ),
        Reason.TEMPLATE_XLSX: lambda: QCoreApplication.translate(
            "ImportDialog", "A template is an .xlsx file; choose a name ending in .xlsx."
        ),
    }
    found = texts.get(exc.code)
    if found is not None:
        encoding = str(exc.params.get("encoding", ""))
        return found().format(columns=columns, encoding=ENCODING_NAMES.get(encoding, encoding.upper()))
    return QCoreApplication.translate("ImportDialog", "This file cannot be imported: {reason}").format(
        reason=reason_text(exc.code, exc.params)
    )
