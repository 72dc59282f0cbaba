"""XML from outside as a flat stream of start and end events, parsed by defusedxml.

The parser is defusedxml's expat reader with document types forbidden, so a
billion-laughs bomb, an external entity (XXE) or any DTD stops the parse with
a `defusedxml.DefusedXmlException` before anything is expanded or fetched.
It is fed 64 KB at a time from a stream the caller bounds, and no tree is
built: memory stays flat however many rows a sheet has. (defusedxml's
ElementTree iterparse would do as well, but it runs the pure-Python tree
builder, about three times slower on a large sheet.)
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO, Any
from xml.sax.handler import ContentHandler

from defusedxml.expatreader import create_parser  # type: ignore[import-untyped]

CHUNK = 64 * 1024


class XmlEvent:
    """One start or end of an element.

    `tag` is the local name (any namespace prefix dropped); `attrs` the
    element's attributes at its start (prefixed names as written, e.g.
    `r:id`); `text` the character data directly inside it, at its end (what
    a leaf such as `<v>` or `<t>` holds); `path` the local names from the
    root to this element, itself included, valid only until the next event.
    """

    __slots__ = ("attrs", "end", "path", "tag", "text")

    def __init__(self, end: bool, tag: str, attrs: Any, text: str, path: list[str]) -> None:
        self.end = end
        self.tag = tag
        self.attrs = attrs
        self.text = text
        self.path = path

    @property
    def parent(self) -> str:
        return self.path[-2] if len(self.path) > 1 else ""

    def get(self, name: str) -> str | None:
        """An attribute as written (`r`, `t`; `r:id` with its prefix)."""
        value = self.attrs.get(name)
        return None if value is None else str(value)

    def get_prefixed(self, name: str) -> str | None:
        """An attribute by its local name whatever its prefix (`id` finds `r:id` and `x:id`)."""
        for key in self.attrs.keys():  # noqa: SIM118 (SAX attributes are not iterable)
            if key.rpartition(":")[2] == name and ":" in key:
                return str(self.attrs[key])
        return None


class _Collector(ContentHandler):
    """A SAX content handler that queues events for `xml_events` to hand out."""

    def __init__(self) -> None:
        super().__init__()
        self.queue: list[tuple[bool, str, Any, str]] = []
        self._text: list[str] = []

    def startElement(self, name: str, attrs: Any) -> None:  # the SAX interface names
        self.queue.append((False, name.rpartition(":")[2], attrs, ""))
        self._text = []

    def endElement(self, name: str) -> None:
        self.queue.append((True, name.rpartition(":")[2], {}, "".join(self._text)))
        self._text = []

    def characters(self, content: str) -> None:
        self._text.append(content)


def xml_events(stream: IO[bytes] | Any) -> Iterator[XmlEvent]:
    """The events of the XML document read from `stream` (anything with `read(n)`).

    Raises `defusedxml.DefusedXmlException` for a DTD or entity declaration,
    `xml.sax.SAXParseException` for text that is not well-formed XML, and
    whatever `stream.read` raises (a byte ceiling).
    """
    parser = create_parser(forbid_dtd=True, forbid_entities=True, forbid_external=True)
    collector = _Collector()
    parser.setContentHandler(collector)
    path: list[str] = []
    done = False
    while not done:
        chunk = stream.read(CHUNK)
        if chunk:
            parser.feed(chunk)
        else:
            parser.close()
            done = True
        for end, tag, attrs, text in collector.queue:
            if not end:
                path.append(tag)
                yield XmlEvent(False, tag, attrs, text, path)
            else:
                yield XmlEvent(True, tag, attrs, text, path)
                path.pop()
        collector.queue.clear()
