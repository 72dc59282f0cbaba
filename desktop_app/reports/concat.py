"""One PDF written product by product, with memory that does not grow.

ReportLab (and pypdf's writer) keep every page of a document in memory until
it is saved, so a batch of 500 checklists as one document grows with the
batch. Instead each product is rendered to its own small PDF, and its
objects are copied straight into the output file here, renumbered; only the
byte offsets of the objects written so far (a few integers per object) and
one bookmark per product stay in memory. Each product keeps its own font
subset, which costs file size (tens of KB a product), not memory.
"""

from __future__ import annotations

import io
from collections import deque
from typing import BinaryIO

from pypdf import PdfReader
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    NumberObject,
    PdfObject,
    StreamObject,
    TextStringObject,
)

_PAGES_ID = 1
_CATALOG_ID = 2


class StreamingPdfWriter:
    """Append whole PDFs (ReportLab's output: classic xref, no object streams)."""

    def __init__(self, out: BinaryIO, *, title: str = "", author: str = "") -> None:
        self._out = out
        self._pos = 0
        self._offsets: list[int] = [0, 0, 0]  # index = object number; 1 and 2 written at close
        self._kids: list[int] = []
        self._marks: list[tuple[str, int]] = []
        self._info = {"/Title": title, "/Author": author, "/Creator": "Textile Compliance Assistant"}
        self._write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")

    @property
    def page_count(self) -> int:
        return len(self._kids)

    def _write(self, data: bytes) -> None:
        self._out.write(data)
        self._pos += len(data)

    def _new_id(self) -> int:
        self._offsets.append(0)
        return len(self._offsets) - 1

    def _write_object(self, number: int, obj: PdfObject) -> None:
        buf = io.BytesIO()
        obj.write_to_stream(buf)
        self._offsets[number] = self._pos
        self._write(b"%d 0 obj\n" % number + buf.getvalue() + b"\nendobj\n")

    def append(self, pdf: bytes, *, bookmark: str | None = None) -> int:
        """Copy every page of `pdf` (and what they use); returns the pages added."""
        reader = PdfReader(io.BytesIO(pdf))
        mapping: dict[int, int] = {}
        pending: deque[int] = deque()

        def ref(old: IndirectObject) -> IndirectObject:
            new = mapping.get(old.idnum)
            if new is None:
                new = mapping[old.idnum] = self._new_id()
                pending.append(old.idnum)
            return IndirectObject(new, 0, None)

        def remap(obj: PdfObject) -> PdfObject:
            if isinstance(obj, IndirectObject):
                return ref(obj)
            if isinstance(obj, StreamObject):
                copy = StreamObject()
                copy._data = obj._data  # the encoded bytes, copied as they are
                for key, value in obj.items():
                    copy[NameObject(key)] = remap(value)
                return copy
            if isinstance(obj, DictionaryObject):
                out = DictionaryObject()
                for key, value in obj.items():
                    if key == "/Parent" and obj.get("/Type") == "/Page":
                        out[NameObject(key)] = IndirectObject(_PAGES_ID, 0, None)
                    else:
                        out[NameObject(key)] = remap(value)
                return out
            if isinstance(obj, ArrayObject):
                return ArrayObject(remap(v) for v in obj)
            return obj

        first = len(self._kids)
        for page in reader.pages:
            assert page.indirect_reference is not None
            self._kids.append(ref(page.indirect_reference).idnum)
        while pending:
            old = pending.popleft()
            self._write_object(mapping[old], remap(reader.get_object(old)))  # type: ignore[arg-type]
        added = len(self._kids) - first
        if bookmark and added:
            self._marks.append((bookmark, self._kids[first]))
        return added

    def close(self) -> None:
        """Write the page tree, bookmarks, info and cross-reference table."""
        kids = ArrayObject(IndirectObject(k, 0, None) for k in self._kids)
        pages = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Pages"),
                NameObject("/Kids"): kids,
                NameObject("/Count"): NumberObject(len(self._kids)),
            }
        )
        self._write_object(_PAGES_ID, pages)
        catalog = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Catalog"),
                NameObject("/Pages"): IndirectObject(_PAGES_ID, 0, None),
            }
        )
        if self._marks:
            catalog[NameObject("/Outlines")] = IndirectObject(self._write_outlines(), 0, None)
            catalog[NameObject("/PageMode")] = NameObject("/UseOutlines")
        self._write_object(_CATALOG_ID, catalog)
        info_id = self._new_id()
        info = DictionaryObject({NameObject(k): TextStringObject(v) for k, v in self._info.items() if v})
        self._write_object(info_id, info)
        xref_at = self._pos
        lines = [b"xref\n0 %d\n" % len(self._offsets), b"0000000000 65535 f \n"]
        lines += [b"%010d 00000 n \n" % off for off in self._offsets[1:]]
        self._write(b"".join(lines))
        trailer = DictionaryObject(
            {
                NameObject("/Size"): NumberObject(len(self._offsets)),
                NameObject("/Root"): IndirectObject(_CATALOG_ID, 0, None),
                NameObject("/Info"): IndirectObject(info_id, 0, None),
            }
        )
        buf = io.BytesIO()
        trailer.write_to_stream(buf)
        self._write(b"trailer\n" + buf.getvalue() + b"\nstartxref\n%d\n%%%%EOF\n" % xref_at)

    def _write_outlines(self) -> int:
        """One bookmark per product, pointing at its first page."""
        root = self._new_id()
        ids = [self._new_id() for _ in self._marks]
        for i, ((title, page), number) in enumerate(zip(self._marks, ids)):
            item = DictionaryObject(
                {
                    NameObject("/Title"): TextStringObject(title),
                    NameObject("/Parent"): IndirectObject(root, 0, None),
                    NameObject("/Dest"): ArrayObject([IndirectObject(page, 0, None), NameObject("/Fit")]),
                }
            )
            if i > 0:
                item[NameObject("/Prev")] = IndirectObject(ids[i - 1], 0, None)
            if i + 1 < len(ids):
                item[NameObject("/Next")] = IndirectObject(ids[i + 1], 0, None)
            self._write_object(number, item)
        outlines = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Outlines"),
                NameObject("/First"): IndirectObject(ids[0], 0, None),
                NameObject("/Last"): IndirectObject(ids[-1], 0, None),
                NameObject("/Count"): NumberObject(len(ids)),
            }
        )
        self._write_object(root, outlines)
        return root
