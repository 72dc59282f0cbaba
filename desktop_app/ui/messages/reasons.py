"""Reason codes in the interface language: the one table the window words errors with.

`core`, `imports`, `sync` and the workspace raise errors with a
`core.reasons.Reason` and plain parameters; here each code has an English
source text (marked for lupdate with `QT_TRANSLATE_NOOP`, context
"Reasons") translated at the moment it is shown, so a language switch
needs no restart. Parameters fill `{name}` places; lists are joined by
commas. The CLI has its own table (`cli/messages.py`).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...core.field_names import record_key
from ...core.reasons import Reason, fill
from ..i18n import vocab_lang
from ..widgets.carbon_labels import kind_label
from ..widgets.history_box import field_word, value_words

CONTEXT = "Reasons"

TEXTS: dict[Reason, str] = {
    Reason.NOT_ONE_OF: QT_TRANSLATE_NOOP("Reasons", "must be one of {allowed}"),
    Reason.LOWER_CASE_WORDS: QT_TRANSLATE_NOOP(
        "Reasons", "use lower-case words such as 'organic' or 'water_repellent'"
    ),
    Reason.REPEATED_VALUE: QT_TRANSLATE_NOOP("Reasons", "a value is repeated"),
    Reason.SKU_PATTERN: QT_TRANSLATE_NOOP(
        "Reasons", "1–64 letters, digits or . _ / - (no spaces), starting with a letter or digit"
    ),
    Reason.EMPTY: QT_TRANSLATE_NOOP("Reasons", "must not be empty"),
    Reason.TOO_LONG: QT_TRANSLATE_NOOP("Reasons", "at most {max} characters"),
    Reason.NO_MARKET: QT_TRANSLATE_NOOP("Reasons", "at least one market is needed"),
    Reason.MARKET_CODE: QT_TRANSLATE_NOOP("Reasons", "use a two-letter country code, EU or GLOBAL"),
    Reason.NO_COMPOSITION: QT_TRANSLATE_NOOP(
        "Reasons", "give the fibre composition, e.g. 95%棉 5%氨纶 or cotton:95 elastane:5"
    ),
    Reason.FIBRE_NAME: QT_TRANSLATE_NOOP("Reasons", "fibre names are lower-case words, e.g. cotton"),
    Reason.FIBRE_TWICE: QT_TRANSLATE_NOOP("Reasons", "fibre listed twice"),
    Reason.PERCENT_RANGE: QT_TRANSLATE_NOOP("Reasons", "percent must be above 0 and at most 100"),
    Reason.PERCENT_SUM: QT_TRANSLATE_NOOP("Reasons", "percentages sum to {total}, not 100"),
    Reason.FIBRE_ARG: QT_TRANSLATE_NOOP("Reasons", "write fibre:percent, e.g. cotton:95"),
    Reason.PERCENT_NOT_NUMBER: QT_TRANSLATE_NOOP("Reasons", "the percent is not a number"),
    Reason.NO_ISSUER: QT_TRANSLATE_NOOP("Reasons", "name the certification body or lab"),
    Reason.EXPIRES_BEFORE_ISSUED: QT_TRANSLATE_NOOP("Reasons", "is before the issue date {issued}"),
    Reason.DEMO_INTO_FIRM_RECORDS: QT_TRANSLATE_NOOP(
        "Reasons", "this data folder holds the firm's own records; the demo firm is in {folder}"
    ),
    Reason.EXPIRY_REQUIRED: QT_TRANSLATE_NOOP(
        "Reasons", "{scheme} certificates always expire: enter the expiry date"
    ),
    Reason.UNKNOWN_SKU: QT_TRANSLATE_NOOP("Reasons", "no product with this SKU"),
    Reason.AMBIGUOUS_CERTIFICATE: QT_TRANSLATE_NOOP(
        "Reasons", "certificate {number} exists in several schemes ({schemes}); choose the scheme"
    ),
    Reason.NO_SUCH_FILE: QT_TRANSLATE_NOOP("Reasons", "no such file"),
    Reason.SCAN_KIND: QT_TRANSLATE_NOOP("Reasons", "attach a PDF or an image"),
    Reason.NOT_A_DATE: QT_TRANSLATE_NOOP("Reasons", "not a date; write it as 2025-10-24"),
    Reason.OUT_OF_RANGE: QT_TRANSLATE_NOOP("Reasons", "must be between {low} and {high}"),
    Reason.NO_PRODUCT_IN_CATEGORY: QT_TRANSLATE_NOOP("Reasons", "no product in this category"),
    Reason.NO_PRODUCTS_CHOSEN: QT_TRANSLATE_NOOP("Reasons", "choose one or more products"),
    Reason.NOTHING_TO_PRINT: QT_TRANSLATE_NOOP("Reasons", "no product to print a checklist for"),
    Reason.NO_OUTPUT: QT_TRANSLATE_NOOP(
        "Reasons", "choose a file to write, or a folder for one file per product"
    ),
    Reason.FOLDER_MISSING: QT_TRANSLATE_NOOP("Reasons", "its folder does not exist"),
    Reason.KEY_ID_FORMAT: QT_TRANSLATE_NOOP("Reasons", "must be 1 to 100 characters without spaces"),
    Reason.KEY_SHIPPED_DIFFERENT: QT_TRANSLATE_NOOP(
        "Reasons", "is a key shipped with the app, with other bytes"
    ),
    Reason.KEY_SHIPPED_FIXED: QT_TRANSLATE_NOOP("Reasons", "is shipped with the app and cannot be removed"),
    Reason.TOKEN_CHARACTERS: QT_TRANSLATE_NOOP("Reasons", "must be printable ASCII without spaces"),
    Reason.NOT_FOUND: QT_TRANSLATE_NOOP("Reasons", "{kind} “{key}” was not found"),
    Reason.ALREADY_EXISTS: QT_TRANSLATE_NOOP("Reasons", "already exists"),
    Reason.DATABASE_TOO_NEW: QT_TRANSLATE_NOOP(
        "Reasons",
        "the database was written by a newer version of the app (schema {found}; this version knows up to {known}) and was left untouched",
    ),
    Reason.DATABASE_DAMAGED: QT_TRANSLATE_NOOP(
        "Reasons",
        "the database {path} is damaged ({detail}) and was left untouched; the newest good backup is {backup}",
    ),
    Reason.DATABASE_DAMAGED_NO_BACKUP: QT_TRANSLATE_NOOP(
        "Reasons",
        "the database {path} is damaged ({detail}) and was left untouched; no good backup was found",
    ),
    Reason.DISK_FULL: QT_TRANSLATE_NOOP("Reasons", "the disk is full"),
    Reason.READ_ONLY: QT_TRANSLATE_NOOP("Reasons", "the data folder cannot be written (read-only)"),
    Reason.IO_ERROR: QT_TRANSLATE_NOOP("Reasons", "the disk reported an error while writing"),
    Reason.CANNOT_OPEN: QT_TRANSLATE_NOOP("Reasons", "the database file cannot be opened"),
    Reason.DATABASE_URL_INVALID: QT_TRANSLATE_NOOP(
        "Reasons", "not a database address; write it as postgresql://role@host/database"
    ),
    Reason.HOST_UNREACHABLE: QT_TRANSLATE_NOOP(
        "Reasons", "the database host {host} cannot be reached; nothing was saved and no record was lost"
    ),
    Reason.HOST_LOGIN_REFUSED: QT_TRANSLATE_NOOP(
        "Reasons", "the database host {host} refused the login: check the role and the password"
    ),
    Reason.HOST_NO_DATABASE: QT_TRANSLATE_NOOP(
        "Reasons", "the database host {host} has no such database; create it first"
    ),
    Reason.HOST_VERSION_TOO_OLD: QT_TRANSLATE_NOOP(
        "Reasons", "the database host {host} runs PostgreSQL {found}; version {minimum} or newer is needed"
    ),
    Reason.HOST_NO_TRGM: QT_TRANSLATE_NOOP(
        "Reasons", "the database host {host} lacks the pg_trgm extension, which the standards search needs"
    ),
    Reason.HOST_NO_PRIVILEGE: QT_TRANSLATE_NOOP(
        "Reasons",
        "role {role} may not create tables on the database host {host}; make it the database's owner",
    ),
    Reason.HOST_NOT_UTF8: QT_TRANSLATE_NOOP(
        "Reasons",
        "the database on {host} uses the encoding {encoding}, not UTF8, so Chinese text cannot be kept",
    ),
    Reason.EDITED_ELSEWHERE: QT_TRANSLATE_NOOP(
        "Reasons",
        "{who} changed {kind} “{key}” at {when}, after you opened it: {fields}. "
        "Your changes were not saved and nothing was overwritten.",
    ),
    Reason.HOST_NOT_EMPTY: QT_TRANSLATE_NOOP(
        "Reasons",
        "the database on {host} already holds a firm's records ({tables}); records are moved only into an empty database",
    ),
    Reason.HOST_COPY_MISMATCH: QT_TRANSLATE_NOOP(
        "Reasons", "the copy of table {table} did not match the local file ({detail}); nothing was moved"
    ),
    Reason.DATE_NEEDED: QT_TRANSLATE_NOOP("Reasons", "a date is needed"),
    Reason.NO_SUCH_DAY: QT_TRANSLATE_NOOP("Reasons", "no such day; write it as 2025-10-24"),
    Reason.DATE_AMBIGUOUS: QT_TRANSLATE_NOOP(
        "Reasons", "day and month order is ambiguous; write the year first, e.g. 2025-10-24"
    ),
    Reason.EMPTY_CHOICE: QT_TRANSLATE_NOOP("Reasons", "must not be empty; one of {allowed}"),
    Reason.UNKNOWN_CHOICE: QT_TRANSLATE_NOOP("Reasons", "not known; use one of {allowed}"),
    Reason.UNKNOWN_FIBRE: QT_TRANSLATE_NOOP(
        "Reasons", "fibre “{fibre}” is not known; use e.g. 棉, 涤纶, 氨纶"
    ),
    Reason.COMPOSITION_UNREADABLE: QT_TRANSLATE_NOOP(
        "Reasons", "cannot read the composition; write e.g. 95%棉 5%氨纶 or cotton 95, elastane 5"
    ),
    Reason.REPEATED_IN_FILE: QT_TRANSLATE_NOOP("Reasons", "repeated in this file (first at row {first_row})"),
    Reason.NO_EARLIER_CERTIFICATE: QT_TRANSLATE_NOOP(
        "Reasons", "no earlier certificate with this number (in the register or above in the file)"
    ),
    Reason.OLD_XLS: QT_TRANSLATE_NOOP(
        "Reasons", "old .xls workbooks cannot be read; save it as .xlsx or .csv in Excel"
    ),
    Reason.XLSX_UNREADABLE: QT_TRANSLATE_NOOP("Reasons", "not a readable .xlsx workbook"),
    Reason.UNKNOWN_ENCODING: QT_TRANSLATE_NOOP(
        "Reasons", "unknown encoding {encoding}; try utf-8 or gb18030"
    ),
    Reason.WRONG_ENCODING: QT_TRANSLATE_NOOP(
        "Reasons", "not valid {encoding} text at byte {byte}; choose another encoding"
    ),
    Reason.NOT_TEXT: QT_TRANSLATE_NOOP("Reasons", "this is not a text (CSV) file; save it as .xlsx or .csv"),
    Reason.CSV_UNREADABLE: QT_TRANSLATE_NOOP("Reasons", "cannot read the CSV ({detail})"),
    Reason.NO_HEADER: QT_TRANSLATE_NOOP(
        "Reasons", "no header row with the needed columns was found ({columns})"
    ),
    Reason.COLUMNS_MISSING: QT_TRANSLATE_NOOP("Reasons", "required columns are missing ({columns})"),
    Reason.TABLE_FORMAT: QT_TRANSLATE_NOOP("Reasons", "write to a .xlsx or .csv file"),
    Reason.CANNOT_WRITE: QT_TRANSLATE_NOOP("Reasons", "cannot write the file ({detail})"),
    Reason.FILE_IN_USE: QT_TRANSLATE_NOOP(
        "Reasons", "cannot write the file: is it open in Excel, or read-only?"
    ),
    Reason.TEMPLATE_XLSX: QT_TRANSLATE_NOOP("Reasons", "templates are .xlsx files"),
    Reason.IMPORT_NOT_WRITTEN: QT_TRANSLATE_NOOP(
        "Reasons", "nothing was written; the records are as they were"
    ),
    Reason.SHEET_TOO_MANY_ROWS: QT_TRANSLATE_NOOP(
        "Reasons",
        "more than {limit} data rows (the limit was crossed at row {row} of sheet {sheet}); split the file",
    ),
    Reason.SHEET_TOO_MANY_COLUMNS: QT_TRANSLATE_NOOP(
        "Reasons",
        "column {column} holds a value (sheet {sheet}, row {row}); only columns up to {limit_column} ({limit}) are read",
    ),
    Reason.SHEET_TOO_LARGE: QT_TRANSLATE_NOOP(
        "Reasons", "larger than {limit_mb} MB once unpacked (at {member}); not read"
    ),
    Reason.CSV_LINE_TOO_LONG: QT_TRANSLATE_NOOP(
        "Reasons", "line {row} is longer than {limit} characters; not read"
    ),
    Reason.XML_FORBIDDEN: QT_TRANSLATE_NOOP(
        "Reasons", "{member} declares a document type or entities, which no spreadsheet needs; not read"
    ),
    Reason.PAGE_SINCE_MISMATCH: QT_TRANSLATE_NOOP(
        "Reasons", "asked for since={asked}, the page starts at {got}"
    ),
    Reason.PAGE_NO_PROGRESS: QT_TRANSLATE_NOOP("Reasons", "has_more but no progress"),
    Reason.PAGE_INVALID: QT_TRANSLATE_NOOP("Reasons", "field {field}: {detail}"),
    Reason.SIGNATURE_MALFORMED: QT_TRANSLATE_NOOP(
        "Reasons", "malformed signature header (expected ed25519:<key-id>:<base64>)"
    ),
    Reason.SIGNATURE_NOT_BASE64: QT_TRANSLATE_NOOP("Reasons", "signature is not valid base64"),
    Reason.SIGNATURE_LENGTH: QT_TRANSLATE_NOOP(
        "Reasons", "an Ed25519 signature has 64 bytes, this has {length}"
    ),
    Reason.SIGNATURE_MISSING: QT_TRANSLATE_NOOP("Reasons", "the page has no signature"),
    Reason.SIGNATURE_UNTRUSTED: QT_TRANSLATE_NOOP("Reasons", "signed by key {key_id}, which is not trusted"),
    Reason.SIGNATURE_MISMATCH: QT_TRANSLATE_NOOP(
        "Reasons", "the signature does not match the page (key {key_id})"
    ),
    Reason.SIGNATURE_BAD_KEY: QT_TRANSLATE_NOOP(
        "Reasons", "the trusted key {key_id} is not a valid Ed25519 key"
    ),
    Reason.TOKEN_REJECTED: QT_TRANSLATE_NOOP(
        "Reasons", "the platform did not accept the access token (HTTP {status})"
    ),
    Reason.TOKEN_FORBIDDEN: QT_TRANSLATE_NOOP(
        "Reasons", "the access token may not read the catalogue (HTTP {status})"
    ),
    Reason.HISTORY_EXPIRED: QT_TRANSLATE_NOOP(
        "Reasons", "the platform no longer keeps history since version {since}; a full sync is needed"
    ),
    Reason.PLATFORM_BUSY: QT_TRANSLATE_NOOP(
        "Reasons", "the platform is busy (HTTP {status}) after {attempts} attempt(s)"
    ),
    Reason.PLATFORM_ERROR: QT_TRANSLATE_NOOP(
        "Reasons", "the platform failed (HTTP {status}) after {attempts} attempt(s)"
    ),
    Reason.PLATFORM_UNREACHABLE: QT_TRANSLATE_NOOP(
        "Reasons", "the platform could not be reached after {attempts} attempt(s)"
    ),
    Reason.UNEXPECTED_RESPONSE: QT_TRANSLATE_NOOP(
        "Reasons", "unexpected platform response HTTP {status} {error_code}: {message}"
    ),
    Reason.URL_NOT_HTTPS: QT_TRANSLATE_NOOP("Reasons", "the platform URL must start with https://"),
    Reason.URL_NO_HOST: QT_TRANSLATE_NOOP("Reasons", "the platform URL has no host name"),
    Reason.URL_CREDENTIALS: QT_TRANSLATE_NOOP(
        "Reasons", "the platform URL must not contain a user name or password"
    ),
    Reason.URL_QUERY: QT_TRANSLATE_NOOP("Reasons", "the platform URL must not contain a query or fragment"),
    Reason.URL_PLAIN_HTTP: QT_TRANSLATE_NOOP(
        "Reasons", "plain http would expose the access token; use https://"
    ),
    Reason.PACKAGE_MEMBER_MISSING: QT_TRANSLATE_NOOP("Reasons", "{member} is missing from the package"),
    Reason.PACKAGE_MEMBER_TOO_LARGE: QT_TRANSLATE_NOOP("Reasons", "{member} is too large ({size} bytes)"),
    Reason.PACKAGE_UNREADABLE: QT_TRANSLATE_NOOP("Reasons", "{member} cannot be read ({detail})"),
    Reason.PACKAGE_NOT_ZIP: QT_TRANSLATE_NOOP("Reasons", "the update package is not a zip archive"),
    Reason.PACKAGE_MANIFEST_INVALID: QT_TRANSLATE_NOOP(
        "Reasons", "the package's manifest.json is not valid: {detail}"
    ),
    Reason.PACKAGE_PAGE_REJECTED: QT_TRANSLATE_NOOP("Reasons", "{member} fails its check ({detail})"),
    Reason.PACKAGE_PAGES_GAP: QT_TRANSLATE_NOOP(
        "Reasons", "{member} starts at since={got}, expected {expected}"
    ),
    Reason.PACKAGE_ENDS_EARLY: QT_TRANSLATE_NOOP(
        "Reasons", "{member} ends at {got}, manifest says to={expected}"
    ),
    Reason.PACKAGE_TOO_NEW: QT_TRANSLATE_NOOP(
        "Reasons",
        "the update file starts at catalogue version {from_version}, but this catalogue is at version {local_version}",
    ),
    Reason.KEY_FILE_NOT_PEM: QT_TRANSLATE_NOOP("Reasons", "{file} is not a PEM public key"),
    Reason.KEY_NOT_ED25519: QT_TRANSLATE_NOOP("Reasons", "not an Ed25519 public key"),
    Reason.KEY_FILE_ONE_LINE: QT_TRANSLATE_NOOP("Reasons", "{file} must hold one base64 key line"),
    Reason.KEYS_FILE_INVALID: QT_TRANSLATE_NOOP(
        "Reasons", "{file} is not a JSON object of key id to base64 key ({detail})"
    ),
    Reason.KEY_NOT_BASE64: QT_TRANSLATE_NOOP("Reasons", "not valid base64"),
    Reason.KEY_LENGTH: QT_TRANSLATE_NOOP("Reasons", "an Ed25519 public key has 32 bytes, this has {length}"),
    Reason.KEYRING_UNAVAILABLE: QT_TRANSLATE_NOOP(
        "Reasons", "this computer has no system keyring to keep the platform token in"
    ),
    Reason.NO_PLATFORM_URL: QT_TRANSLATE_NOOP("Reasons", "no platform address is set; enter it in Settings"),
    Reason.NOT_LOGGED_IN: QT_TRANSLATE_NOOP(
        "Reasons", "no access token is saved for {url}; paste the token in Settings"
    ),
    Reason.NO_TRUSTED_KEYS: QT_TRANSLATE_NOOP(
        "Reasons", "no trusted platform key is set up; add the platform's key in Settings"
    ),
    Reason.NO_DATABASE: QT_TRANSLATE_NOOP("Reasons", "there is no database to back up"),
    Reason.DATABASE_UNREADABLE: QT_TRANSLATE_NOOP("Reasons", "the database could not be read ({detail})"),
    Reason.BACKUP_WRITE_FAILED: QT_TRANSLATE_NOOP("Reasons", "cannot write the backup ({detail})"),
    Reason.ARCHIVE_NOT_ZIP: QT_TRANSLATE_NOOP("Reasons", "not a zip archive, or truncated"),
    Reason.ARCHIVE_CHECKSUM: QT_TRANSLATE_NOOP("Reasons", "damaged archive: {member} fails its checksum"),
    Reason.ARCHIVE_ALTERED: QT_TRANSLATE_NOOP("Reasons", "{member} does not match the manifest (altered)"),
    Reason.ARCHIVE_DAMAGED: QT_TRANSLATE_NOOP("Reasons", "damaged archive ({detail})"),
    Reason.ARCHIVE_DATABASE_UNREADABLE: QT_TRANSLATE_NOOP(
        "Reasons", "the database in the archive cannot be read ({detail})"
    ),
    Reason.ARCHIVE_DATABASE_DAMAGED: QT_TRANSLATE_NOOP(
        "Reasons", "the database in the archive is damaged ({detail})"
    ),
    Reason.NOT_OUR_DATABASE: QT_TRANSLATE_NOOP("Reasons", "the archive's database is not one of this app"),
    Reason.NOT_A_BACKUP: QT_TRANSLATE_NOOP("Reasons", "not a backup of this app"),
    Reason.BACKUP_FORMAT_UNKNOWN: QT_TRANSLATE_NOOP("Reasons", "backup format {format} is not known"),
    Reason.ARCHIVE_NO_DATABASE: QT_TRANSLATE_NOOP("Reasons", "the manifest lists no database"),
    Reason.ARCHIVE_UNEXPECTED_MEMBER: QT_TRANSLATE_NOOP("Reasons", "unexpected member {member}"),
    Reason.ARCHIVE_MANIFEST_DISAGREE: QT_TRANSLATE_NOOP(
        "Reasons", "archive and manifest disagree: {members}"
    ),
    Reason.DATABASE_IN_USE: QT_TRANSLATE_NOOP(
        "Reasons", "the database is open in another window or process; close it and try again"
    ),
    Reason.KEEP_ASIDE_FAILED: QT_TRANSLATE_NOOP(
        "Reasons", "cannot keep the current data aside ({detail}); nothing was replaced"
    ),
    Reason.RESTORE_HOST_IN_USE: QT_TRANSLATE_NOOP(
        "Reasons",
        "other PCs are connected to the database host {host} ({pcs}); close the app there first, then restore",
    ),
    Reason.UNKNOWN_VALUE: QT_TRANSLATE_NOOP("Reasons", "not known; did you mean {suggestions}?"),
    Reason.UNKNOWN_VALUE_NONE_CLOSE: QT_TRANSLATE_NOOP(
        "Reasons", "not known; known values are e.g. {examples}"
    ),
    Reason.UNKNOWN_FIBRE_NEAR: QT_TRANSLATE_NOOP(
        "Reasons", "fibre “{fibre}” is not known; did you mean {suggestions}?"
    ),
    Reason.RANGE_UNREADABLE: QT_TRANSLATE_NOOP(
        "Reasons", "cannot read the range; write e.g. 24-60, 84- (84 and over) or -9 (up to 9)"
    ),
    Reason.RANGE_NEGATIVE: QT_TRANSLATE_NOOP("Reasons", "a range cannot be negative"),
    Reason.RANGE_TOO_HIGH: QT_TRANSLATE_NOOP("Reasons", "is more than {max}"),
    Reason.RANGE_STEP: QT_TRANSLATE_NOOP("Reasons", "use whole numbers or halves, e.g. 12 or 12.5"),
    Reason.RANGE_INVERTED: QT_TRANSLATE_NOOP(
        "Reasons", "the lower bound {min} is above the upper bound {max}"
    ),
    Reason.ARCHIVE_FOREIGN_SCHEMA: QT_TRANSLATE_NOOP(
        "Reasons", "the archive's database is not in this app's own form ({objects}); it was not restored"
    ),
    Reason.UNSAFE_FILE_NAME: QT_TRANSLATE_NOOP(
        "Reasons", "{name} is not a plain file name (it names a folder, a drive or a path)"
    ),
    Reason.ARCHIVE_SCAN_NAME: QT_TRANSLATE_NOOP(
        "Reasons", "the archive's database names a scan file {name} that is a path, not a file name"
    ),
    Reason.ARCHIVE_MEMBER_TOO_LARGE: QT_TRANSLATE_NOOP(
        "Reasons", "{member} in the archive is larger than it says or than {limit} bytes"
    ),
    Reason.RESTORE_WRITE_FAILED: QT_TRANSLATE_NOOP(
        "Reasons", "cannot unpack the archive ({detail}); nothing was replaced"
    ),
    Reason.RESTORE_INTERRUPTED: QT_TRANSLATE_NOOP(
        "Reasons", "an interrupted restore could not be finished ({detail})"
    ),
    Reason.SCAN_TOO_LARGE: QT_TRANSLATE_NOOP(
        "Reasons", "the scan is {size} bytes; at most {limit} bytes can be attached"
    ),
    Reason.SCAN_NO_SPACE: QT_TRANSLATE_NOOP(
        "Reasons",
        "not enough free disk space for the scan ({size} bytes needed, {free} free); nothing was copied",
    ),
    Reason.SCAN_MISSING: QT_TRANSLATE_NOOP(
        "Reasons", "the scan {value} is neither on the host nor on this PC; attach it again"
    ),
    Reason.SCAN_DAMAGED: QT_TRANSLATE_NOOP(
        "Reasons", "the scan {value} on the host does not match its checksum; attach it again"
    ),
    Reason.REDIRECT_REFUSED: QT_TRANSLATE_NOOP(
        "Reasons", "the platform redirected to another site ({url}); not followed"
    ),
    Reason.TOO_MANY_REDIRECTS: QT_TRANSLATE_NOOP(
        "Reasons", "the platform redirected more than {limit} times; stopped"
    ),
    Reason.ARGUMENT_NOT_UTF8: QT_TRANSLATE_NOOP(
        "Reasons", "argument {argument} is not valid text (a byte that is not UTF-8)"
    ),
    Reason.CARBON_ENERGY_CONTENT_NEEDED: QT_TRANSLATE_NOOP(
        "Reasons",
        "the factor counts per {factor_unit} but the figure is in {unit}: "
        "state the energy content (steam enthalpy or calorific value)",
    ),
    Reason.CARBON_UNIT_MISMATCH: QT_TRANSLATE_NOOP(
        "Reasons", "the factor's unit {factor_unit} does not fit a figure in {unit}"
    ),
    Reason.CARBON_YIELD_LOSS_MATERIALS: QT_TRANSLATE_NOOP(
        "Reasons", "a yield loss applies to materials only"
    ),
    Reason.CARBON_NO_FACTOR: QT_TRANSLATE_NOOP(
        "Reasons",
        "no emission factor for {source}: name one (the supplier's or a licensed database's, "
        "added as a firm factor with its source)",
    ),
    Reason.CARBON_UNKNOWN_FACTOR: QT_TRANSLATE_NOOP("Reasons", "no emission factor with this id"),
    Reason.CARBON_FACTOR_KIND: QT_TRANSLATE_NOOP(
        "Reasons", "this factor is for {kind}; this line takes a factor for {allowed}"
    ),
    Reason.CARBON_FACTOR_UNVERIFIED: QT_TRANSLATE_NOOP(
        "Reasons",
        "this factor has no stated source or is of a kind this app does not know; "
        "it is not used in an estimate",
    ),
    Reason.CARBON_INVENTORY_FACTOR: QT_TRANSLATE_NOOP(
        "Reasons",
        "this is a grid CO2 factor for company inventories; a product footprint "
        "uses an electricity carbon-footprint factor",
    ),
    Reason.CARBON_SHARES_SUM: QT_TRANSLATE_NOOP(
        "Reasons", "the shares add up to {listed}, not the month's total {total}"
    ),
    Reason.CARBON_LINE_ARG: QT_TRANSLATE_NOOP(
        "Reasons", "write NAME:QUANTITY UNIT[:FACTOR_ID], e.g. cotton:1.08kg:FIRM-cotton-2025"
    ),
    Reason.CARBON_FACTOR_IN_USE: QT_TRANSLATE_NOOP(
        "Reasons",
        "the factor is used by the activity data or a kept estimate of {products}; "
        "it stays as the source of those figures",
    ),
    Reason.CARBON_FACTOR_NOT_FIRM: QT_TRANSLATE_NOOP(
        "Reasons", "this is a platform factor: only a sync changes or removes it"
    ),
    Reason.NOT_A_MONTH: QT_TRANSLATE_NOOP("Reasons", "not a month; write it as 2026-11"),
    Reason.FINISH_KEPT: QT_TRANSLATE_NOOP(
        "Reasons",
        "product {sku} keeps the finish {value}, which no rule names any more: choose a named finish for it",
    ),
    Reason.UNIT_MISMATCH: QT_TRANSLATE_NOOP(
        "Reasons", "the unit {unit} cannot be converted to {expected}; enter the value in {expected}"
    ),
    Reason.RESULT_UNREADABLE: QT_TRANSLATE_NOOP(
        "Reasons", "cannot read the result; write e.g. 18, 18.5, ND, < 5, 3-4 or pass"
    ),
    Reason.RESULT_COMMA_AMBIGUOUS: QT_TRANSLATE_NOOP(
        "Reasons", "a comma before three digits may be a thousands separator; write 1000 or 1.000"
    ),
    Reason.RESULT_NOT_A_GRADE: QT_TRANSLATE_NOOP(
        "Reasons", "a colour fastness grade is 1 to 5 in half steps, e.g. 4 or 3-4"
    ),
    Reason.RESULT_NEEDS_NUMBER: QT_TRANSLATE_NOOP(
        "Reasons", "this item has a measured limit: enter the measured value, not a pass or fail"
    ),
    Reason.RESULT_NEEDS_PASS_FAIL: QT_TRANSLATE_NOOP(
        "Reasons", "this item is judged by the tester: enter pass or fail"
    ),
    Reason.RESULT_NO_CHECK: QT_TRANSLATE_NOOP(
        "Reasons",
        "the catalogue gives no machine-readable limit for this item: enter pass or fail as the report judged it",
    ),
    Reason.RESULT_ND_UNDECIDABLE: QT_TRANSLATE_NOOP(
        "Reasons", "'not detected' cannot show that a minimum or a range is met"
    ),
    Reason.RESULT_BOUND_UNDECIDABLE: QT_TRANSLATE_NOOP(
        "Reasons",
        "the result is given as a bound that reaches past the limit: it may pass or fail; ask the lab for the measured value",
    ),
    Reason.RESULT_IN_FUTURE: QT_TRANSLATE_NOOP("Reasons", "the test date is after today ({today})"),
    Reason.UNKNOWN_ITEM: QT_TRANSLATE_NOOP(
        "Reasons", "{standard} has no item with this key at grade {grade}; items: {known}"
    ),
    Reason.STANDARD_NOT_APPLICABLE: QT_TRANSLATE_NOOP(
        "Reasons", "{standard} does not apply to product {sku}"
    ),
    Reason.RESULT_SOURCE_NEEDED: QT_TRANSLATE_NOOP(
        "Reasons", "name the test report (--report) or the checklist (--checklist) the result comes from"
    ),
    Reason.NOT_A_TEST_REPORT: QT_TRANSLATE_NOOP(
        "Reasons", "certificate {value} is a {scheme} certificate, not a test report"
    ),
    Reason.CHECKLIST_OTHER_PRODUCT: QT_TRANSLATE_NOOP(
        "Reasons", "this checklist was printed for product {sku}"
    ),
    Reason.ITEM_NOT_PRINTED: QT_TRANSLATE_NOOP(
        "Reasons", "this item was not printed on the checklist; printed items: {known}"
    ),
    Reason.ITEM_VALUE_FORMAT: QT_TRANSLATE_NOOP("Reasons", "write KEY=VALUE, e.g. formaldehyde=18"),
    Reason.RSL_LIMIT_UNREADABLE: QT_TRANSLATE_NOOP(
        "Reasons", "cannot read the limit; write e.g. ≤ 20, < 0.1, ≥ 4, 4.0–7.5, ND or pass"
    ),
    Reason.RSL_CODE_IS_STANDARD: QT_TRANSLATE_NOOP(
        "Reasons", "this code is a catalogue standard's; give the requirement set its own code"
    ),
    Reason.RSL_NO_TARGET: QT_TRANSLATE_NOOP(
        "Reasons", "name the customer (--customer) or the products (--sku) the requirements apply to"
    ),
    Reason.UNKNOWN_ITEM_NAME: QT_TRANSLATE_NOOP(
        "Reasons", "no item of the applicable standards has this key or name; e.g. {known}"
    ),
    Reason.ITEM_AMBIGUOUS: QT_TRANSLATE_NOOP(
        "Reasons", "several standards have this item ({standards}); fill in the standard column"
    ),
}

KINDS: dict[str, str] = {
    "product": QT_TRANSLATE_NOOP("Reasons", "product"),
    "certificate": QT_TRANSLATE_NOOP("Reasons", "certificate"),
    "standard": QT_TRANSLATE_NOOP("Reasons", "standard"),
    "trusted key": QT_TRANSLATE_NOOP("Reasons", "trusted key"),
    "result": QT_TRANSLATE_NOOP("Reasons", "test result"),
    "firm": QT_TRANSLATE_NOOP("Reasons", "the firm settings"),
}

# EDITED_ELSEWHERE's other words: its sentence for the firm settings (one record of its kind, no
# key to name), the separator between the changed fields, and "who" when the audit log names nobody
FIRM_EDITED = QT_TRANSLATE_NOOP(
    "Reasons",
    "{who} changed the firm settings at {when}, after you opened it: {fields}. "
    "Your changes were not saved and nothing was overwritten.",
)
FIELD_SEPARATOR = QT_TRANSLATE_NOOP("Reasons", "; ")
SOMEONE = QT_TRANSLATE_NOOP("Reasons", "someone on another PC")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _as_list(value: object) -> list[object]:
    return list(value) if isinstance(value, list | tuple) else [] if value is None else [value]


def reason_text(code: Reason, params: Mapping[str, object] | None = None) -> str:
    """The reason `code` in the interface language, its parameters filled in."""
    values = dict(params or {})
    kind = values.get("kind")
    if code is Reason.CARBON_FACTOR_KIND:  # emission factor kinds (`core.catalogue.FACTOR_KINDS`)
        values["kind"] = kind_label(str(kind)).lower()  # mid-sentence; Chinese has no case
        sep = "、" if vocab_lang() == "zh" else ", "
        values["allowed"] = sep.join(kind_label(str(k)).lower() for k in _as_list(values.get("allowed")))
    elif isinstance(kind, str) and kind in KINDS:
        values["kind"] = _tr(KINDS[kind])
    if code is Reason.EDITED_ELSEWHERE:
        values.update(_edited_elsewhere(kind, values))
        if kind == "firm":
            return fill(_tr(FIRM_EDITED), values)
    return fill(_tr(TEXTS[code]), values)


def _edited_elsewhere(kind: object, values: Mapping[str, object]) -> dict[str, object]:
    """The record and the fields the other user changed with their new values, in the window's
    words (`core.field_names` through the history box: the one vocabulary of field names)."""
    changed = values.get("changed")
    fields = (
        [f"{field_word(str(name))}: {value_words(str(name), value)}" for name, value in changed.items()]
        if isinstance(changed, Mapping)
        else _as_list(values.get("fields"))
    )
    return {
        "key": record_key(str(kind), str(values.get("key", "")), vocab_lang()),
        "fields": _tr(FIELD_SEPARATOR).join(str(f) for f in fields) or "-",
        "who": values.get("who") or _tr(SOMEONE),
        "when": values.get("when") or "-",
    }
