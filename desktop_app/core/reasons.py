"""Why a value or an operation was refused, as codes with parameters.

Every layer that raises (core, imports, sync, the workspace's backups)
names its reason by one `Reason` member and puts the variable parts (the
accepted values, a row, a sum, an HTTP status) in the error's `params`.
Nothing parses these later: `ui/messages/` and `cli/messages.py` each
have a table from code to words in Chinese and English. `ENGLISH` here is
the plain text for log files and `__str__` only.

One enum for every layer keeps the codes distinct (they are `str` values
and would collide as dictionary keys across several enums) and lets one
test prove that every code has words in both languages in both tables.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum


class Reason(StrEnum):
    # values a user typed (core)
    NOT_ONE_OF = "not_one_of"  # allowed
    LOWER_CASE_WORDS = "lower_case_words"
    REPEATED_VALUE = "repeated_value"
    SKU_PATTERN = "sku_pattern"
    EMPTY = "empty"
    TOO_LONG = "too_long"  # max
    NO_MARKET = "no_market"
    MARKET_CODE = "market_code"
    NO_COMPOSITION = "no_composition"
    FIBRE_NAME = "fibre_name"
    FIBRE_TWICE = "fibre_twice"
    PERCENT_RANGE = "percent_range"
    PERCENT_SUM = "percent_sum"  # total
    FIBRE_ARG = "fibre_arg"
    PERCENT_NOT_NUMBER = "percent_not_number"
    NO_ISSUER = "no_issuer"
    EXPIRES_BEFORE_ISSUED = "expires_before_issued"  # issued
    UNKNOWN_SKU = "unknown_sku"
    AMBIGUOUS_CERTIFICATE = "ambiguous_certificate"  # number, schemes
    NO_SUCH_FILE = "no_such_file"
    SCAN_KIND = "scan_kind"
    NOT_A_DATE = "not_a_date"
    OUT_OF_RANGE = "out_of_range"  # low, high
    NO_PRODUCT_IN_CATEGORY = "no_product_in_category"
    NO_PRODUCTS_CHOSEN = "no_products_chosen"
    NOTHING_TO_PRINT = "nothing_to_print"
    NO_OUTPUT = "no_output"
    FOLDER_MISSING = "folder_missing"
    KEY_ID_FORMAT = "key_id_format"
    KEY_SHIPPED_DIFFERENT = "key_shipped_different"
    KEY_SHIPPED_FIXED = "key_shipped_fixed"
    TOKEN_CHARACTERS = "token_characters"
    NOT_FOUND = "not_found"  # kind, key
    ALREADY_EXISTS = "already_exists"
    DEMO_INTO_FIRM_RECORDS = "demo_into_firm_records"  # folder
    EXPIRY_REQUIRED = "expiry_required"  # scheme
    # the database file
    DATABASE_TOO_NEW = "database_too_new"  # found, known
    DATABASE_DAMAGED = "database_damaged"  # path, detail, backup
    DATABASE_DAMAGED_NO_BACKUP = "database_damaged_no_backup"  # path, detail
    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    IO_ERROR = "io_error"
    CANNOT_OPEN = "cannot_open"
    # a PostgreSQL host (workspace/host.py, db/session.py)
    DATABASE_URL_INVALID = "database_url_invalid"
    HOST_UNREACHABLE = "host_unreachable"  # host, detail
    HOST_LOGIN_REFUSED = "host_login_refused"  # host, detail
    HOST_NO_DATABASE = "host_no_database"  # host, detail
    HOST_VERSION_TOO_OLD = "host_version_too_old"  # host, found, minimum
    HOST_NO_TRGM = "host_no_trgm"  # host
    HOST_NO_PRIVILEGE = "host_no_privilege"  # host, role
    HOST_NOT_UTF8 = "host_not_utf8"  # host, encoding
    HOST_NOT_EMPTY = "host_not_empty"  # host, tables
    HOST_COPY_MISMATCH = "host_copy_mismatch"  # host, table, detail
    # several PCs editing one record (db.versioned)
    EDITED_ELSEWHERE = "edited_elsewhere"  # kind, key, fields, changed, who, when
    # cells of a spreadsheet (imports)
    DATE_NEEDED = "date_needed"
    NO_SUCH_DAY = "no_such_day"
    DATE_AMBIGUOUS = "date_ambiguous"
    EMPTY_CHOICE = "empty_choice"  # allowed
    UNKNOWN_CHOICE = "unknown_choice"  # allowed
    UNKNOWN_FIBRE = "unknown_fibre"  # fibre
    COMPOSITION_UNREADABLE = "composition_unreadable"
    REPEATED_IN_FILE = "repeated_in_file"  # first_row
    NO_EARLIER_CERTIFICATE = "no_earlier_certificate"
    # whole spreadsheet files (imports)
    OLD_XLS = "old_xls"
    XLSX_UNREADABLE = "xlsx_unreadable"
    UNKNOWN_ENCODING = "unknown_encoding"  # encoding
    WRONG_ENCODING = "wrong_encoding"  # encoding, byte
    NOT_TEXT = "not_text"
    CSV_UNREADABLE = "csv_unreadable"  # detail
    NO_HEADER = "no_header"  # columns
    COLUMNS_MISSING = "columns_missing"  # columns
    TABLE_FORMAT = "table_format"
    CANNOT_WRITE = "cannot_write"  # detail
    FILE_IN_USE = "file_in_use"
    TEMPLATE_XLSX = "template_xlsx"
    IMPORT_NOT_WRITTEN = "import_not_written"  # detail
    SHEET_TOO_MANY_ROWS = "sheet_too_many_rows"  # limit, sheet, row
    SHEET_TOO_MANY_COLUMNS = "sheet_too_many_columns"  # limit, limit_column, sheet, row, column
    SHEET_TOO_LARGE = "sheet_too_large"  # limit, limit_mb, member
    CSV_LINE_TOO_LONG = "csv_line_too_long"  # limit, row
    XML_FORBIDDEN = "xml_forbidden"  # member
    # the platform (sync)
    PAGE_SINCE_MISMATCH = "page_since_mismatch"  # asked, got
    PAGE_NO_PROGRESS = "page_no_progress"
    PAGE_INVALID = "page_invalid"  # field, detail
    SIGNATURE_MALFORMED = "signature_malformed"
    SIGNATURE_NOT_BASE64 = "signature_not_base64"
    SIGNATURE_LENGTH = "signature_length"  # length
    SIGNATURE_MISSING = "signature_missing"
    SIGNATURE_UNTRUSTED = "signature_untrusted"  # key_id
    SIGNATURE_MISMATCH = "signature_mismatch"  # key_id
    SIGNATURE_BAD_KEY = "signature_bad_key"  # key_id
    TOKEN_REJECTED = "token_rejected"  # status
    TOKEN_FORBIDDEN = "token_forbidden"  # status
    HISTORY_EXPIRED = "history_expired"  # since
    PLATFORM_BUSY = "platform_busy"  # status, attempts
    PLATFORM_ERROR = "platform_error"  # status, attempts
    PLATFORM_UNREACHABLE = "platform_unreachable"  # attempts, detail
    UNEXPECTED_RESPONSE = "unexpected_response"  # status, error_code
    URL_NOT_HTTPS = "url_not_https"
    URL_NO_HOST = "url_no_host"
    URL_CREDENTIALS = "url_credentials"
    URL_QUERY = "url_query"
    URL_PLAIN_HTTP = "url_plain_http"
    PACKAGE_MEMBER_MISSING = "package_member_missing"  # member
    PACKAGE_MEMBER_TOO_LARGE = "package_member_too_large"  # member, size
    PACKAGE_UNREADABLE = "package_unreadable"  # member, detail
    PACKAGE_NOT_ZIP = "package_not_zip"
    PACKAGE_MANIFEST_INVALID = "package_manifest_invalid"  # detail
    PACKAGE_PAGE_REJECTED = "package_page_rejected"  # member, detail
    PACKAGE_PAGES_GAP = "package_pages_gap"  # member, got, expected
    PACKAGE_ENDS_EARLY = "package_ends_early"  # member, got, expected
    PACKAGE_TOO_NEW = "package_too_new"  # from_version, local_version
    KEY_FILE_NOT_PEM = "key_file_not_pem"  # file
    KEY_NOT_ED25519 = "key_not_ed25519"
    KEY_FILE_ONE_LINE = "key_file_one_line"  # file
    KEYS_FILE_INVALID = "keys_file_invalid"  # file, detail
    KEY_NOT_BASE64 = "key_not_base64"
    KEY_LENGTH = "key_length"  # length
    KEYRING_UNAVAILABLE = "keyring_unavailable"  # detail
    NO_PLATFORM_URL = "no_platform_url"
    NOT_LOGGED_IN = "not_logged_in"  # url
    NO_TRUSTED_KEYS = "no_trusted_keys"
    # backups (workspace)
    NO_DATABASE = "no_database"
    DATABASE_UNREADABLE = "database_unreadable"  # detail
    BACKUP_WRITE_FAILED = "backup_write_failed"  # detail
    ARCHIVE_NOT_ZIP = "archive_not_zip"
    ARCHIVE_CHECKSUM = "archive_checksum"  # member
    ARCHIVE_ALTERED = "archive_altered"  # member
    ARCHIVE_DAMAGED = "archive_damaged"  # detail
    ARCHIVE_DATABASE_UNREADABLE = "archive_database_unreadable"  # detail
    ARCHIVE_DATABASE_DAMAGED = "archive_database_damaged"  # detail
    NOT_OUR_DATABASE = "not_our_database"
    NOT_A_BACKUP = "not_a_backup"
    BACKUP_FORMAT_UNKNOWN = "backup_format_unknown"  # format
    ARCHIVE_NO_DATABASE = "archive_no_database"
    ARCHIVE_UNEXPECTED_MEMBER = "archive_unexpected_member"  # member
    ARCHIVE_MANIFEST_DISAGREE = "archive_manifest_disagree"  # members
    DATABASE_IN_USE = "database_in_use"
    KEEP_ASIDE_FAILED = "keep_aside_failed"  # detail
    RESTORE_HOST_IN_USE = "restore_host_in_use"  # host, pcs
    # vocabularies and ranges of a product (core.suggest)
    UNKNOWN_VALUE = "unknown_value"  # suggestions
    UNKNOWN_VALUE_NONE_CLOSE = "unknown_value_none_close"  # examples
    UNKNOWN_FIBRE_NEAR = "unknown_fibre_near"  # fibre, suggestions
    RANGE_UNREADABLE = "range_unreadable"
    RANGE_NEGATIVE = "range_negative"
    RANGE_TOO_HIGH = "range_too_high"  # max
    RANGE_STEP = "range_step"
    RANGE_INVERTED = "range_inverted"  # min, max
    # product carbon footprints (core.carbon*)
    CARBON_ENERGY_CONTENT_NEEDED = "carbon_energy_content_needed"  # factor_unit, unit
    CARBON_UNIT_MISMATCH = "carbon_unit_mismatch"  # factor_unit, unit
    CARBON_YIELD_LOSS_MATERIALS = "carbon_yield_loss_materials"
    CARBON_NO_FACTOR = "carbon_no_factor"  # source
    CARBON_UNKNOWN_FACTOR = "carbon_unknown_factor"
    CARBON_FACTOR_KIND = "carbon_factor_kind"  # kind, allowed
    CARBON_FACTOR_UNVERIFIED = "carbon_factor_unverified"
    CARBON_INVENTORY_FACTOR = "carbon_inventory_factor"
    CARBON_SHARES_SUM = "carbon_shares_sum"  # total, listed
    CARBON_LINE_ARG = "carbon_line_arg"
    CARBON_FACTOR_IN_USE = "carbon_factor_in_use"  # products
    CARBON_FACTOR_NOT_FIRM = "carbon_factor_not_firm"
    NOT_A_MONTH = "not_a_month"
    # files and answers from outside (hostile until checked)
    ARCHIVE_FOREIGN_SCHEMA = "archive_foreign_schema"  # objects
    UNSAFE_FILE_NAME = "unsafe_file_name"  # name
    ARCHIVE_SCAN_NAME = "archive_scan_name"  # name
    ARCHIVE_MEMBER_TOO_LARGE = "archive_member_too_large"  # member, limit
    RESTORE_WRITE_FAILED = "restore_write_failed"  # detail
    RESTORE_INTERRUPTED = "restore_interrupted"  # detail
    SCAN_TOO_LARGE = "scan_too_large"  # size, limit
    SCAN_NO_SPACE = "scan_no_space"  # size, free
    SCAN_MISSING = "scan_missing"  # value: the stored name
    SCAN_DAMAGED = "scan_damaged"  # value: the stored name
    REDIRECT_REFUSED = "redirect_refused"  # url
    TOO_MANY_REDIRECTS = "too_many_redirects"  # limit
    ARGUMENT_NOT_UTF8 = "argument_not_utf8"  # argument
    # what an upgrade of the database could not carry over exactly (db.migrate.MigrationNote)
    FINISH_KEPT = "finish_kept"  # sku, value
    # test results and requirement sets (core.results, workspace.results)
    UNIT_MISMATCH = "unit_mismatch"  # unit, expected
    RESULT_UNREADABLE = "result_unreadable"
    RESULT_COMMA_AMBIGUOUS = "result_comma_ambiguous"
    RESULT_NOT_A_GRADE = "result_not_a_grade"
    RESULT_NEEDS_NUMBER = "result_needs_number"  # limit
    RESULT_NEEDS_PASS_FAIL = "result_needs_pass_fail"
    RESULT_NO_CHECK = "result_no_check"
    RESULT_ND_UNDECIDABLE = "result_nd_undecidable"
    RESULT_BOUND_UNDECIDABLE = "result_bound_undecidable"
    RESULT_IN_FUTURE = "result_in_future"  # today
    UNKNOWN_ITEM = "unknown_item"  # standard, grade, known
    STANDARD_NOT_APPLICABLE = "standard_not_applicable"  # standard, sku
    RESULT_SOURCE_NEEDED = "result_source_needed"
    NOT_A_TEST_REPORT = "not_a_test_report"  # scheme
    CHECKLIST_OTHER_PRODUCT = "checklist_other_product"  # sku
    ITEM_NOT_PRINTED = "item_not_printed"  # known
    ITEM_VALUE_FORMAT = "item_value_format"
    RSL_LIMIT_UNREADABLE = "rsl_limit_unreadable"
    RSL_CODE_IS_STANDARD = "rsl_code_is_standard"
    RSL_NO_TARGET = "rsl_no_target"
    UNKNOWN_ITEM_NAME = "unknown_item_name"  # known
    ITEM_AMBIGUOUS = "item_ambiguous"  # standards


# the reasons a platform address or a platform key is refused, for callers that word them as one
URL_REASONS = frozenset(
    {
        Reason.URL_NOT_HTTPS,
        Reason.URL_NO_HOST,
        Reason.URL_CREDENTIALS,
        Reason.URL_QUERY,
        Reason.URL_PLAIN_HTTP,
    }
)
KEY_REASONS = frozenset(
    {
        Reason.KEY_NOT_BASE64,
        Reason.KEY_LENGTH,
        Reason.KEY_NOT_ED25519,
        Reason.KEY_FILE_NOT_PEM,
        Reason.KEY_FILE_ONE_LINE,
        Reason.KEYS_FILE_INVALID,
    }
)

# Plain English for logs and `str(error)`; never shown in the window.
ENGLISH: dict[Reason, str] = {
    Reason.NOT_ONE_OF: "must be one of {allowed}",
    Reason.LOWER_CASE_WORDS: "use lower-case words such as 'organic' or 'water_repellent'",
    Reason.REPEATED_VALUE: "a value is repeated",
    Reason.SKU_PATTERN: "1–64 letters, digits or . _ / - (no spaces), starting with a letter or digit",
    Reason.EMPTY: "must not be empty",
    Reason.TOO_LONG: "at most {max} characters",
    Reason.NO_MARKET: "at least one market is needed",
    Reason.MARKET_CODE: "use a two-letter country code, EU or GLOBAL",
    Reason.NO_COMPOSITION: "give the fibre composition, e.g. 95%棉 5%氨纶 or cotton:95 elastane:5",
    Reason.FIBRE_NAME: "fibre names are lower-case words, e.g. cotton",
    Reason.FIBRE_TWICE: "fibre listed twice",
    Reason.PERCENT_RANGE: "percent must be above 0 and at most 100",
    Reason.PERCENT_SUM: "percentages sum to {total}, not 100",
    Reason.FIBRE_ARG: "write fibre:percent, e.g. cotton:95",
    Reason.PERCENT_NOT_NUMBER: "the percent is not a number",
    Reason.NO_ISSUER: "name the certification body or lab",
    Reason.EXPIRES_BEFORE_ISSUED: "is before the issue date {issued}",
    Reason.DEMO_INTO_FIRM_RECORDS: "this data folder holds the firm's own records; the demo firm is in {folder}",
    Reason.EXPIRY_REQUIRED: "{scheme} certificates always expire: enter the expiry date",
    Reason.UNKNOWN_SKU: "no product with this SKU",
    Reason.AMBIGUOUS_CERTIFICATE: (
        "certificate {number} exists in several schemes ({schemes}); name one, e.g. {example}"
    ),
    Reason.NO_SUCH_FILE: "no such file",
    Reason.SCAN_KIND: "attach a PDF or an image",
    Reason.NOT_A_DATE: "not a date; write it as 2025-10-24",
    Reason.OUT_OF_RANGE: "must be between {low} and {high}",
    Reason.NO_PRODUCT_IN_CATEGORY: "no product in this category",
    Reason.NO_PRODUCTS_CHOSEN: "name SKUs, --all or --category",
    Reason.NOTHING_TO_PRINT: "no product to print a checklist for",
    Reason.NO_OUTPUT: "give an output file or a folder for one file per product",
    Reason.FOLDER_MISSING: "its folder does not exist",
    Reason.KEY_ID_FORMAT: "must be 1 to 100 characters without spaces",
    Reason.KEY_SHIPPED_DIFFERENT: "is a key shipped with the app, with other bytes",
    Reason.KEY_SHIPPED_FIXED: "is shipped with the app and cannot be removed",
    Reason.TOKEN_CHARACTERS: "must be printable ASCII without spaces",
    Reason.NOT_FOUND: "{kind} {key} not found",
    Reason.ALREADY_EXISTS: "already exists",
    Reason.DATABASE_TOO_NEW: (
        "database {path} has schema revision {found}, which this version of the app does not know "
        "(newest known: {known}); it was written by a newer version and was left untouched"
    ),
    Reason.DATABASE_DAMAGED: (
        "database {path} is damaged ({detail}); it was left untouched: restore the newest good "
        "backup with `textile-assistant restore {backup}`"
    ),
    Reason.DATABASE_DAMAGED_NO_BACKUP: (
        "database {path} is damaged ({detail}); it was left untouched: no good backup was found; "
        "keep the file and ask for help"
    ),
    Reason.DISK_FULL: "the disk is full; the change was not saved and no record was lost",
    Reason.READ_ONLY: "the data folder cannot be written (read-only); the change was not saved",
    Reason.IO_ERROR: "the disk reported an error while writing; the change was not saved",
    Reason.CANNOT_OPEN: "the database file cannot be opened; the change was not saved",
    Reason.DATABASE_URL_INVALID: "not a database address; write it as postgresql://role@host/database",
    Reason.HOST_UNREACHABLE: "the database host {host} cannot be reached ({detail}); nothing was saved there and no record was lost",
    Reason.HOST_LOGIN_REFUSED: "the database host {host} refused the login: check the role and the password",
    Reason.HOST_NO_DATABASE: "the database host {host} has no such database; create it first (installer/README.md)",
    Reason.HOST_VERSION_TOO_OLD: "the database host {host} runs PostgreSQL {found}; version {minimum} or newer is needed",
    Reason.HOST_NO_TRGM: "the database host {host} lacks the pg_trgm extension, which the standards search needs",
    Reason.HOST_NO_PRIVILEGE: "role {role} may not create tables on the database host {host}; make it the database's owner",
    Reason.HOST_NOT_UTF8: "the database on {host} uses the encoding {encoding}, not UTF8, so Chinese text cannot be kept; create it with ENCODING 'UTF8'",
    Reason.HOST_NOT_EMPTY: "the database on {host} already holds a firm's records ({tables}); records are moved only into an empty database",
    Reason.HOST_COPY_MISMATCH: "the copy of table {table} on {host} did not match the local file ({detail}); nothing was moved",
    Reason.EDITED_ELSEWHERE: (
        "{kind} {key} was changed by {who} ({when}) since you opened it: {fields}; "
        "your changes were not saved and nothing was overwritten"
    ),
    Reason.DATE_NEEDED: "a date is needed",
    Reason.NO_SUCH_DAY: "no such day; write it as 2025-10-24",
    Reason.DATE_AMBIGUOUS: "day and month order is ambiguous; write the year first, e.g. 2025-10-24",
    Reason.EMPTY_CHOICE: "must not be empty; one of {allowed}",
    Reason.UNKNOWN_CHOICE: "not known; use one of {allowed}",
    Reason.UNKNOWN_FIBRE: "fibre {fibre} is not known; use e.g. 棉, 涤纶, 氨纶 or cotton, polyester, elastane",
    Reason.COMPOSITION_UNREADABLE: (
        "cannot read the composition; write e.g. 95%棉 5%氨纶 or cotton 95, elastane 5"
    ),
    Reason.REPEATED_IN_FILE: "repeated in this file (first at row {first_row})",
    Reason.NO_EARLIER_CERTIFICATE: (
        "no earlier certificate with this number (in the register or above in the file)"
    ),
    Reason.OLD_XLS: "old .xls workbooks cannot be read; save it as .xlsx or .csv in Excel",
    Reason.XLSX_UNREADABLE: "not a readable .xlsx workbook",
    Reason.UNKNOWN_ENCODING: "unknown encoding {encoding}; try utf-8 or gb18030",
    Reason.WRONG_ENCODING: "not valid {encoding} text at byte {byte}; try --encoding utf-8 or gb18030",
    Reason.NOT_TEXT: "this is not a text (CSV) file; save it as .xlsx or .csv",
    Reason.CSV_UNREADABLE: "cannot read the CSV ({detail})",
    Reason.NO_HEADER: "no header row with the needed columns was found ({columns})",
    Reason.COLUMNS_MISSING: "required columns are missing ({columns})",
    Reason.TABLE_FORMAT: "write to a .xlsx or .csv file",
    Reason.CANNOT_WRITE: "cannot write the file ({detail})",
    Reason.FILE_IN_USE: "cannot write the file: is it open in Excel, or read-only?",
    Reason.TEMPLATE_XLSX: "templates are .xlsx files",
    Reason.IMPORT_NOT_WRITTEN: "nothing was written, the database is as it was ({detail})",
    Reason.SHEET_TOO_MANY_ROWS: (
        "more than {limit} data rows (the limit was crossed at row {row} of sheet {sheet}); split the file"
    ),
    Reason.SHEET_TOO_MANY_COLUMNS: (
        "column {column} holds a value (sheet {sheet}, row {row}); only columns up to {limit_column} ({limit}) are read"
    ),
    Reason.SHEET_TOO_LARGE: "larger than {limit_mb} MB once unpacked (at {member}); not read",
    Reason.CSV_LINE_TOO_LONG: "line {row} is longer than {limit} characters; not read",
    Reason.XML_FORBIDDEN: (
        "{member} declares a document type or entities, which no spreadsheet needs; not read"
    ),
    Reason.PAGE_SINCE_MISMATCH: "asked for since={asked}, the page starts at {got}",
    Reason.PAGE_NO_PROGRESS: "has_more but no progress",
    Reason.PAGE_INVALID: "field {field}: {detail}",
    Reason.SIGNATURE_MALFORMED: "malformed signature header (expected ed25519:<key-id>:<base64>)",
    Reason.SIGNATURE_NOT_BASE64: "signature is not valid base64",
    Reason.SIGNATURE_LENGTH: "an Ed25519 signature has 64 bytes, this has {length}",
    Reason.SIGNATURE_MISSING: "the page has no signature",
    Reason.SIGNATURE_UNTRUSTED: "signed by key {key_id}, which is not trusted",
    Reason.SIGNATURE_MISMATCH: "the signature does not match the page (key {key_id})",
    Reason.SIGNATURE_BAD_KEY: "the trusted key {key_id} is not a valid Ed25519 key",
    Reason.TOKEN_REJECTED: "platform access token not accepted (HTTP {status}); log in again",
    Reason.TOKEN_FORBIDDEN: "platform access token not allowed to read the catalogue (HTTP {status}); log in again",
    Reason.HISTORY_EXPIRED: "the platform no longer keeps history since version {since}; a full sync is needed",
    Reason.PLATFORM_BUSY: "the platform is unavailable: busy (HTTP {status}) after {attempts} attempt(s)",
    Reason.PLATFORM_ERROR: "the platform is unavailable: HTTP {status} after {attempts} attempt(s)",
    Reason.PLATFORM_UNREACHABLE: "the platform is unavailable: not reached after {attempts} attempt(s) ({detail})",
    Reason.UNEXPECTED_RESPONSE: "unexpected platform response HTTP {status} {error_code}: {message}",
    Reason.URL_NOT_HTTPS: "the platform URL must start with https://",
    Reason.URL_NO_HOST: "the platform URL has no host name",
    Reason.URL_CREDENTIALS: "the platform URL must not contain a user name or password",
    Reason.URL_QUERY: "the platform URL must not contain a query or fragment",
    Reason.URL_PLAIN_HTTP: "plain http would expose the access token; use https://",
    Reason.PACKAGE_MEMBER_MISSING: "{member} is missing from the package",
    Reason.PACKAGE_MEMBER_TOO_LARGE: "{member} is too large ({size} bytes)",
    Reason.PACKAGE_UNREADABLE: "{member} cannot be read ({detail})",
    Reason.PACKAGE_NOT_ZIP: "the update package is not a zip archive",
    Reason.PACKAGE_MANIFEST_INVALID: "the package's manifest.json is not valid: {detail}",
    Reason.PACKAGE_PAGE_REJECTED: "{member} fails its check ({detail})",
    Reason.PACKAGE_PAGES_GAP: "{member} starts at since={got}, expected {expected}",
    Reason.PACKAGE_ENDS_EARLY: "{member} ends at {got}, manifest says to={expected}",
    Reason.PACKAGE_TOO_NEW: (
        "the package starts at catalogue version {from_version}, but this catalogue is at "
        "version {local_version}; get a package from version {local_version} or earlier"
    ),
    Reason.KEY_FILE_NOT_PEM: "{file} is not a PEM public key",
    Reason.KEY_NOT_ED25519: "not an Ed25519 public key",
    Reason.KEY_FILE_ONE_LINE: "{file} must hold one base64 key line",
    Reason.KEYS_FILE_INVALID: "{file} is not a JSON object of key id to base64 key ({detail})",
    Reason.KEY_NOT_BASE64: "not valid base64",
    Reason.KEY_LENGTH: "an Ed25519 public key has 32 bytes, this has {length}",
    Reason.KEYRING_UNAVAILABLE: (
        "no system keyring is available to store the platform token; "
        "set the TEXTILE_ASSISTANT_TOKEN environment variable instead"
    ),
    Reason.NO_PLATFORM_URL: "no platform URL is set; run `textile-assistant login --url URL` first",
    Reason.NOT_LOGGED_IN: (
        "no access token for {url}; run `textile-assistant login --url {url}` "
        "or set the TEXTILE_ASSISTANT_TOKEN environment variable"
    ),
    Reason.NO_TRUSTED_KEYS: (
        "no trusted platform key: add the platform's public key with "
        "`textile-assistant trust-key add KEY_ID BASE64`"
    ),
    Reason.NO_DATABASE: "there is no database to back up",
    Reason.DATABASE_UNREADABLE: "the database could not be read ({detail})",
    Reason.BACKUP_WRITE_FAILED: "cannot write the backup ({detail})",
    Reason.ARCHIVE_NOT_ZIP: "not a zip archive, or truncated",
    Reason.ARCHIVE_CHECKSUM: "damaged archive: {member} fails its checksum",
    Reason.ARCHIVE_ALTERED: "{member} does not match the manifest (altered)",
    Reason.ARCHIVE_DAMAGED: "damaged archive ({detail})",
    Reason.ARCHIVE_DATABASE_UNREADABLE: "the database in the archive cannot be read ({detail})",
    Reason.ARCHIVE_DATABASE_DAMAGED: "the database in the archive is damaged ({detail})",
    Reason.NOT_OUR_DATABASE: "the archive's database is not one of this app",
    Reason.NOT_A_BACKUP: "not a backup of this app",
    Reason.BACKUP_FORMAT_UNKNOWN: "backup format {format} is not known",
    Reason.ARCHIVE_NO_DATABASE: "the manifest lists no database",
    Reason.ARCHIVE_UNEXPECTED_MEMBER: "unexpected member {member}",
    Reason.ARCHIVE_MANIFEST_DISAGREE: "archive and manifest disagree: {members}",
    Reason.DATABASE_IN_USE: "the database is open in another window or process; close it and try again",
    Reason.RESTORE_HOST_IN_USE: "other PCs are connected to the database host {host} ({pcs}); close the app there first, then restore",
    Reason.KEEP_ASIDE_FAILED: "cannot keep the current data aside ({detail}); nothing was replaced",
    Reason.UNKNOWN_VALUE: "not known; did you mean {suggestions}?",
    Reason.UNKNOWN_VALUE_NONE_CLOSE: "not known; known values are e.g. {examples}",
    Reason.UNKNOWN_FIBRE_NEAR: "fibre {fibre} is not known; did you mean {suggestions}?",
    Reason.RANGE_UNREADABLE: "cannot read the range; write e.g. 24-60, 84- (84 and over) or -9 (up to 9)",
    Reason.RANGE_NEGATIVE: "a range cannot be negative",
    Reason.RANGE_TOO_HIGH: "is more than {max}",
    Reason.RANGE_STEP: "use whole numbers or halves, e.g. 12 or 12.5",
    Reason.RANGE_INVERTED: "the lower bound {min} is above the upper bound {max}",
    Reason.ARCHIVE_FOREIGN_SCHEMA: "the archive's database is not in this app's own form ({objects}); it was not restored",
    Reason.UNSAFE_FILE_NAME: "{name} is not a plain file name (it names a folder, a drive or a path)",
    Reason.ARCHIVE_SCAN_NAME: "the archive's database names a scan file {name} that is a path, not a file name",
    Reason.ARCHIVE_MEMBER_TOO_LARGE: "{member} in the archive is larger than it says or than {limit} bytes",
    Reason.RESTORE_WRITE_FAILED: "cannot unpack the archive ({detail}); nothing was replaced",
    Reason.RESTORE_INTERRUPTED: "an interrupted restore could not be finished ({detail})",
    Reason.SCAN_TOO_LARGE: "the scan is {size} bytes; at most {limit} bytes can be attached",
    Reason.SCAN_NO_SPACE: "not enough free disk space for the scan ({size} bytes needed, {free} free); nothing was copied",
    Reason.SCAN_MISSING: "the scan {value} is neither on the host nor on this PC; attach it again",
    Reason.SCAN_DAMAGED: "the scan {value} on the host does not match its checksum; attach it again",
    Reason.REDIRECT_REFUSED: "the platform redirected to another site ({url}); not followed",
    Reason.TOO_MANY_REDIRECTS: "the platform redirected more than {limit} times; stopped",
    Reason.ARGUMENT_NOT_UTF8: "argument {argument} is not valid text (a byte that is not UTF-8)",
    Reason.CARBON_ENERGY_CONTENT_NEEDED: "the factor counts per {factor_unit} but the figure is in {unit}: "
    "state the energy content (steam enthalpy or calorific value)",
    Reason.CARBON_UNIT_MISMATCH: "the factor's unit {factor_unit} does not fit a figure in {unit}",
    Reason.CARBON_YIELD_LOSS_MATERIALS: "a yield loss applies to materials only",
    Reason.CARBON_NO_FACTOR: "no emission factor for {source}: name one (the supplier's or a licensed database's, "
    "added as a firm factor with its source)",
    Reason.CARBON_UNKNOWN_FACTOR: "no emission factor with this id",
    Reason.CARBON_FACTOR_KIND: "this factor is for {kind}; this line takes a factor for {allowed}",
    Reason.CARBON_FACTOR_UNVERIFIED: "this factor has no stated source or is of a kind this app does not "
    "know; it is not used in an estimate",
    Reason.CARBON_INVENTORY_FACTOR: "this is a grid CO2 factor for company inventories; a product footprint "
    "uses an electricity carbon-footprint factor",
    Reason.CARBON_SHARES_SUM: "the shares add up to {listed}, not the month's total {total}",
    Reason.CARBON_LINE_ARG: "write NAME:QUANTITY UNIT[:FACTOR_ID], e.g. cotton:1.08kg:FIRM-cotton-2025",
    Reason.CARBON_FACTOR_IN_USE: "the factor is used by the activity data or a kept estimate of {products}; "
    "it stays as the source of those figures",
    Reason.CARBON_FACTOR_NOT_FIRM: "this is a platform factor: only a sync changes or removes it",
    Reason.NOT_A_MONTH: "not a month; write it as 2026-11",
    Reason.FINISH_KEPT: "product {sku} keeps the finish {value}, which no rule names any more: "
    "choose a named finish for it",
    Reason.UNIT_MISMATCH: "the unit {unit} cannot be converted to {expected}; enter the value in {expected}",
    Reason.RESULT_UNREADABLE: "cannot read the result; write e.g. 18, 18.5, ND, < 5, 3-4 or pass",
    Reason.RESULT_COMMA_AMBIGUOUS: "a comma before three digits may be a thousands separator; write 1000 or 1.000",
    Reason.RESULT_NOT_A_GRADE: "a colour fastness grade is 1 to 5 in half steps, e.g. 4 or 3-4",
    Reason.RESULT_NEEDS_NUMBER: "this item has a measured limit: enter the measured value, not a pass or fail",
    Reason.RESULT_NEEDS_PASS_FAIL: "this item is judged by the tester: enter pass or fail",
    Reason.RESULT_NO_CHECK: "the catalogue gives no machine-readable limit for this item: enter pass or fail as the report judged it",
    Reason.RESULT_ND_UNDECIDABLE: "'not detected' cannot show that a minimum or a range is met",
    Reason.RESULT_BOUND_UNDECIDABLE: "the result is given as a bound that reaches past the limit: it may pass or fail; ask the lab for the measured value",
    Reason.RESULT_IN_FUTURE: "the test date is after today ({today})",
    Reason.UNKNOWN_ITEM: "{standard} has no item with this key at grade {grade}; items: {known}",
    Reason.STANDARD_NOT_APPLICABLE: "{standard} does not apply to product {sku}",
    Reason.RESULT_SOURCE_NEEDED: "name the test report (--report) or the checklist (--checklist) the result comes from",
    Reason.NOT_A_TEST_REPORT: "certificate {value} is a {scheme} certificate, not a test report",
    Reason.CHECKLIST_OTHER_PRODUCT: "this checklist was printed for product {sku}",
    Reason.ITEM_NOT_PRINTED: "this item was not printed on the checklist; printed items: {known}",
    Reason.ITEM_VALUE_FORMAT: "write KEY=VALUE, e.g. formaldehyde=18",
    Reason.RSL_LIMIT_UNREADABLE: "cannot read the limit; write e.g. ≤ 20, < 0.1, ≥ 4, 4.0–7.5, ND or pass",
    Reason.RSL_CODE_IS_STANDARD: "this code is a catalogue standard's; give the requirement set its own code",
    Reason.RSL_NO_TARGET: "name the customer (--customer) or the products (--sku) the requirements apply to",
    Reason.UNKNOWN_ITEM_NAME: "no item of the applicable standards has this key or name; e.g. {known}",
    Reason.ITEM_AMBIGUOUS: "several standards have this item ({standards}); fill in the standard column",
}


def plain(value: object) -> str:
    """A parameter as text: lists joined by commas, None as an empty string."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple, set, frozenset)):
        return ", ".join(str(v) for v in value)
    return str(value)


class _Params(dict[str, str]):
    def __missing__(self, key: str) -> str:  # a template never fails on a missing parameter
        return ""


def fill(template: str, params: Mapping[str, object]) -> str:
    """`template` with `{name}` replaced by the plain text of each parameter."""
    return template.format_map(_Params({k: plain(v) for k, v in params.items()}))


def describe(code: Reason, params: Mapping[str, object]) -> str:
    """The English log text of a reason."""
    return fill(ENGLISH[code], params)
