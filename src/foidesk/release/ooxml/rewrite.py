"""Rewrite an XML part as a stream, dropping, unwrapping or editing elements, with the
original prefixes kept byte for byte (Office is strict about them; ElementTree renames them).

Names are raw qualified names (`w:r`, `c`), as the part spells them. DTDs and entity
declarations are refused, as in the scanner, so a hostile part cannot expand while cleaning.
"""

from __future__ import annotations

import enum
from typing import IO, Protocol
from xml.etree.ElementTree import Element
from xml.parsers import expat

from foidesk.release.findings import ScanError
from foidesk.release.ooxml.archive import Readable

# An XML declaration can name an encoding that does not exist (LookupError, UnicodeError).
XML_ERRORS = (expat.ExpatError, LookupError, UnicodeError, ValueError)
DECLARATION = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
FLUSH_AT = 256 * 1024


class Action(enum.Enum):
    KEEP = "keep"  # write the element (its attributes as the filter left them)
    DROP = "drop"  # leave out the element and everything inside it
    UNWRAP = "unwrap"  # leave out the element's own tags but keep what is inside
    CAPTURE = "capture"  # build the subtree and hand it to `captured` to edit or drop


class Filter(Protocol):
    def start(self, name: str, attrs: dict[str, str]) -> Action: ...

    def end(self, name: str) -> None: ...

    def captured(self, elem: Element) -> Element | None: ...


class KeepAll:
    """A filter that changes nothing; subclasses override what they need."""

    def start(self, name: str, attrs: dict[str, str]) -> Action:
        return Action.KEEP

    def end(self, name: str) -> None:
        return None

    def captured(self, elem: Element) -> Element | None:
        return elem


def _escape_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _escape_attr(text: str) -> str:
    return (
        _escape_text(text).replace('"', "&quot;").replace("\n", "&#10;").replace("\r", "&#13;")
        .replace("\t", "&#9;")
    )


def start_tag(name: str, attrs: dict[str, str]) -> str:
    attributes = "".join(f' {k}="{_escape_attr(v)}"' for k, v in attrs.items())
    return f"<{name}{attributes}>"


def serialise(elem: Element, out: list[str]) -> None:
    out.append(start_tag(elem.tag, dict(elem.attrib)))
    if elem.text:
        out.append(_escape_text(elem.text))
    for child in elem:
        serialise(child, out)
        if child.tail:
            out.append(_escape_text(child.tail))
    out.append(f"</{elem.tag}>")


class _Rewriter:
    def __init__(self, dst: IO[bytes], flt: Filter) -> None:
        self.dst = dst
        self.flt = flt
        self.out: list[str] = []
        self.size = 0
        self.stack: list[Action] = []
        self.dropping = 0
        self.capture: list[Element] = []

    def write(self, text: str) -> None:
        self.out.append(text)
        self.size += len(text)
        if self.size > FLUSH_AT:
            self.flush()

    def flush(self) -> None:
        self.dst.write("".join(self.out).encode("utf-8"))
        self.out, self.size = [], 0

    def start(self, name: str, attrs: dict[str, str]) -> None:
        if self.dropping:
            self.dropping += 1
            return
        if self.capture:
            child = Element(name, attrs)
            self.capture[-1].append(child)
            self.capture.append(child)
            return
        action = self.flt.start(name, attrs)
        if action is Action.DROP:
            self.dropping = 1
            return
        self.stack.append(action)
        if action is Action.CAPTURE:
            self.capture.append(Element(name, attrs))
        elif action is Action.KEEP:
            self.write(start_tag(name, attrs))

    def end(self, name: str) -> None:
        if self.dropping:
            self.dropping -= 1
            return
        if len(self.capture) > 1:
            self.capture.pop()
            return
        action = self.stack.pop()
        if action is Action.CAPTURE:
            elem = self.flt.captured(self.capture.pop())
            if elem is not None:
                pieces: list[str] = []
                serialise(elem, pieces)
                self.write("".join(pieces))
            return
        self.flt.end(name)
        if action is Action.KEEP:
            self.write(f"</{name}>")

    def text(self, data: str) -> None:
        if self.dropping:
            return
        if self.capture:
            elem = self.capture[-1]
            if len(elem):
                elem[-1].tail = (elem[-1].tail or "") + data
            else:
                elem.text = (elem.text or "") + data
            return
        self.write(_escape_text(data))


def _refuse(*_args: object) -> None:
    raise ScanError("unsafe XML refused: a DTD or entity declarations (entity expansion)")


def safe_expat(namespace_separator: str | None = " ") -> expat.XMLParserType:
    """An expat parser that refuses DTDs and entity declarations (as defusedxml does), with
    text buffered so a run of characters arrives in one call."""
    parser = expat.ParserCreate(namespace_separator=namespace_separator)
    parser.buffer_text = True
    parser.buffer_size = 64 * 1024
    parser.StartDoctypeDeclHandler = _refuse
    parser.EntityDeclHandler = _refuse
    parser.UnparsedEntityDeclHandler = _refuse
    parser.ExternalEntityRefHandler = _refuse  # type: ignore[assignment]
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    return parser


def rewrite(src: Readable, dst: IO[bytes], flt: Filter, part: str) -> None:
    """Stream `src` through `flt` into `dst`."""
    rewriter = _Rewriter(dst, flt)
    parser = safe_expat(None)
    parser.StartElementHandler = rewriter.start
    parser.EndElementHandler = rewriter.end
    parser.CharacterDataHandler = rewriter.text
    dst.write(DECLARATION)
    try:
        while chunk := src.read(1024 * 1024):
            parser.Parse(chunk, False)
        parser.Parse(b"", True)
    except XML_ERRORS as exc:
        raise ScanError(f"part {part} is not well-formed XML: {exc}") from exc
    rewriter.flush()


def local(name: str) -> str:
    return name.rsplit(":", 1)[-1]
