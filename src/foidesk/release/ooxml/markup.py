"""Parsing XML parts with defusedxml: no DTDs, no entities, so entity expansion ("billion
laughs") and external entities fail closed instead of eating memory or reaching the network."""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterator
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as safe_et
from defusedxml import DefusedXmlException

from foidesk.release.findings import ScanError
from foidesk.release.ooxml.archive import Readable

NS = {
    "main": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
    "ct": "http://schemas.openxmlformats.org/package/2006/content-types",
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "xdr": "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
    "ep": "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
    "cust": "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties",
    "vt": "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
    "tc": "http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments",
    "x14ac": "http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
}
# LookupError and UnicodeError: an XML declaration naming an encoding that does not exist.
_ERRORS = (ParseError, DefusedXmlException, zlib.error, zipfile.BadZipFile, EOFError, OSError,
           LookupError, UnicodeError, ValueError)


def q(prefix: str, local: str) -> str:
    """The ElementTree name `{namespace}local` for a prefixed name."""
    return f"{{{NS[prefix]}}}{local}"


def local_name(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def parse(data: bytes, part: str) -> Element:
    """One whole (small) part as a tree."""
    try:
        root: Element = safe_et.fromstring(data, forbid_dtd=True)
    except _ERRORS as exc:
        raise ScanError(f"part {part} is not well-formed or unsafe XML: {exc}") from exc
    return root


def iterparse(
    stream: Readable, part: str, events: tuple[str, ...] = ("start", "end")
) -> Iterator[tuple[str, Element]]:
    """Stream a large part (a worksheet) event by event; the caller clears what it has seen."""
    try:
        yield from safe_et.iterparse(stream, events=events, forbid_dtd=True)
    except _ERRORS as exc:
        raise ScanError(f"part {part} is not well-formed or unsafe XML: {exc}") from exc


def text_of(elem: Element) -> str:
    return "".join(elem.itertext())
