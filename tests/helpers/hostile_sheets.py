"""Hostile .xlsx files, written small: the sheet XML is streamed into the zip as it is made.

`write_xlsx` builds a minimal but complete workbook (what Excel needs to open
it, and what the reader follows: `_rels/.rels`, `xl/workbook.xml` and its
relationships, one worksheet, optional shared strings and styles) around
sheet rows given as XML text, so a test can declare a cell in column XFD or a
million rows while the file on disk stays a few hundred KB. `members`
replaces or adds members verbatim (an entity bomb in `xl/sharedStrings.xml`).
"""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Iterable, Mapping
from pathlib import Path

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    "</Types>"
)
ROOT_RELS = (
    f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG}">'
    f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
WORKBOOK = (
    f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{REL}">'
    '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG}">'
    f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
    f'<Relationship Id="rId3" Type="{REL}/styles" Target="styles.xml"/></Relationships>'
)
STYLES = (
    f'<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{MAIN}">'
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>'
    '<cellXfs count="2"><xf numFmtId="0" xfId="0"/><xf numFmtId="14" xfId="0" applyNumberFormat="1"/></cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
)


def shared_strings(*texts: str) -> str:
    items = "".join(f"<si><t>{t}</t></si>" for t in texts)
    return f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}">{items}</sst>'


def text_cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def write_xlsx(
    path: Path,
    rows: Iterable[str],
    *,
    members: Mapping[str, str | bytes] | None = None,
) -> Path:
    """A workbook whose one sheet holds `rows` (each a `<row>` element as text), streamed.

    The sheet member is written chunk by chunk (zipfile's streaming writer),
    so a sheet of hundreds of MB never sits in memory or on disk uncompressed.
    """
    extra = dict(members or {})
    fixed = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": ROOT_RELS,
        "xl/workbook.xml": WORKBOOK,
        "xl/_rels/workbook.xml.rels": WORKBOOK_RELS,
        "xl/styles.xml": STYLES,
        "xl/sharedStrings.xml": shared_strings(),
    }
    fixed.update({k: v for k, v in extra.items() if k in fixed})
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for name, data in fixed.items():
            zf.writestr(name, data)
        if "xl/worksheets/sheet1.xml" in extra:
            zf.writestr("xl/worksheets/sheet1.xml", extra.pop("xl/worksheets/sheet1.xml"))
        else:
            with zf.open("xl/worksheets/sheet1.xml", "w") as sheet:
                sheet.write(
                    f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}"><sheetData>'.encode()
                )
                chunk: list[str] = []
                for row in rows:
                    chunk.append(row)
                    if len(chunk) >= 4096:
                        sheet.write("".join(chunk).encode())
                        chunk = []
                sheet.write(("".join(chunk) + "</sheetData></worksheet>").encode())
        for name, data in extra.items():
            if name not in fixed:
                zf.writestr(name, data)
    return path


def declare_size(path: Path, member: str, size: int) -> Path:
    """Rewrite the central directory so `member` claims `size` uncompressed bytes (a lying header)."""
    data = bytearray(path.read_bytes())
    name = member.encode()
    at = data.find(b"PK\x01\x02")
    while at != -1:
        name_len = struct.unpack_from("<H", data, at + 28)[0]
        if bytes(data[at + 46 : at + 46 + name_len]) == name:
            struct.pack_into("<I", data, at + 24, min(size, 0xFFFFFFFE))
            path.write_bytes(bytes(data))
            return path
        at = data.find(b"PK\x01\x02", at + 4)
    raise KeyError(member)
