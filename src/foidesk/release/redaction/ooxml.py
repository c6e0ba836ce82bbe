"""Redact docx and xlsx files: matched text becomes a visible `[redacted]` marker.

Word and Excel split text into runs whenever formatting changes, so "Jane Roe" may be stored
as "Ja" + "ne R" + "oe". Each paragraph (w:p), shared or inline string (si, is) and drawing
paragraph (a:p) is read as one text, matched as a whole, and the match is cut out of every run
it touches, the marker going into the first. Attribute values (alt text, titles) and numeric
cell values are matched too. Every XML part of the package is covered, so text in headers,
footers, notes, comments and charts goes as well.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator

from lxml import etree

from foidesk.release.redaction.request import MARKER, Patterns, RedactionFailed

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
CONTAINERS = frozenset({f"{{{W}}}p", f"{{{S}}}si", f"{{{S}}}is", f"{{{A}}}p"})
TEXTS = frozenset({f"{{{W}}}t", f"{{{W}}}delText", f"{{{W}}}instrText", f"{{{S}}}t", f"{{{A}}}t"})
# Attributes that hold words a person wrote (alt text, titles, tooltips), not identifiers.
TEXT_ATTRIBUTES = frozenset({"descr", "title", "tooltip"})
# Decompressed size a package may reach before it is treated as a zip bomb.
MAX_TOTAL_BYTES = 512 * 1024 * 1024
MAX_RATIO = 200


def _parser() -> etree.XMLParser:
    # No DTDs, no entities, no network: hostile XML cannot expand or fetch anything.
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )


def redact_package(data: bytes, patterns: Patterns) -> tuple[bytes, int]:
    """The package with every match replaced, and how many matches there were."""
    source = _open(data)
    out = io.BytesIO()
    count = 0
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            raw = source.read(info)
            if _is_xml(info.filename):
                raw, found = _redact_part(raw, patterns, info.filename)
                count += found
            target.writestr(info, raw)
    return out.getvalue(), count


def remaining_in_package(data: bytes, patterns: Patterns) -> list[str]:
    """What of the redacted material any XML part of the package still holds."""
    source = _open(data)
    for info in source.infolist():
        if not _is_xml(info.filename):
            continue
        root = _parse(source.read(info), info.filename)
        for text in _texts(root):
            left = patterns.remaining(text)
            if left:
                return [f"{info.filename}: {left[0]}"]
    return []


def sources_in_package(data: bytes, patterns: Patterns) -> set[str]:
    """Which requested texts and regexes match somewhere in the package's text."""
    source = _open(data)
    found: set[str] = set()
    for info in source.infolist():
        if _is_xml(info.filename):
            for text in _texts(_parse(source.read(info), info.filename)):
                found |= patterns.sources_in(text)
    return found


def _open(data: bytes) -> zipfile.ZipFile:
    try:
        source = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise RedactionFailed(f"not a valid Office file: {exc}") from exc
    total = 0
    for info in source.infolist():
        total += info.file_size
        if info.compress_size and info.file_size / info.compress_size > MAX_RATIO:
            raise RedactionFailed(f"{info.filename} expands {MAX_RATIO}× or more: zip bomb")
    if total > MAX_TOTAL_BYTES:
        raise RedactionFailed("package expands beyond 512 MB: refused as a zip bomb")
    return source


def _is_xml(name: str) -> bool:
    return name.endswith(".xml") or name.endswith(".rels") or name.endswith(".vml")


def _parse(raw: bytes, name: str) -> etree._Element:
    try:
        root = etree.fromstring(raw, _parser())
    except etree.XMLSyntaxError as exc:
        raise RedactionFailed(f"{name} is not well-formed XML: {exc}") from exc
    # Office never writes a DTD; one here can only be there to define entities.
    if root.getroottree().docinfo.doctype:
        raise RedactionFailed(f"{name} declares a DTD: refused")
    return root


def _redact_part(raw: bytes, patterns: Patterns, name: str) -> tuple[bytes, int]:
    root = _parse(raw, name)
    count = 0
    for container in [e for e in root.iter() if e.tag in CONTAINERS]:
        count += _redact_container(container, patterns)
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        for key, value in element.attrib.items():
            if key not in TEXT_ATTRIBUTES:
                continue
            new, found = patterns.replace(value)
            if found:
                element.set(key, new)
                count += found
        if element.tag == f"{{{S}}}v" and element.text:
            count += _redact_value(element, patterns)
        elif element.tag in TEXTS and _container_of(element) is None and element.text:
            new, found = patterns.replace(element.text)
            if found:
                element.text = new
                count += found
    if not count:
        return raw, 0
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True), count


def _container_of(element: etree._Element) -> etree._Element | None:
    parent = element.getparent()
    while parent is not None:
        if parent.tag in CONTAINERS:
            return parent
        parent = parent.getparent()
    return None


def _redact_container(container: etree._Element, patterns: Patterns) -> int:
    nodes = [e for e in container.iter() if e.tag in TEXTS and _container_of(e) is container]
    texts = [n.text or "" for n in nodes]
    whole = "".join(texts)
    spans = patterns.spans(whole)
    if not spans:
        return 0
    starts: list[int] = []
    offset = 0
    for text in texts:
        starts.append(offset)
        offset += len(text)
    for span_start, span_end in reversed(spans):
        first = True
        for node, start, text in zip(nodes, starts, texts, strict=True):
            end = start + len(text)
            if end <= span_start or start >= span_end:
                continue
            current = node.text or ""
            local_start = max(span_start - start, 0)
            local_end = min(span_end, end) - start
            node.text = current[:local_start] + (MARKER if first else "") + current[local_end:]
            if node.tag == f"{{{W}}}t":
                node.set(XML_SPACE, "preserve")
            first = False
    return len(spans)


def _redact_value(element: etree._Element, patterns: Patterns) -> int:
    """A cell's cached value: a matching number becomes an inline string with the marker."""
    text = element.text or ""
    new, found = patterns.replace(text)
    if not found:
        return 0
    cell = element.getparent()
    if cell is None or cell.tag != f"{{{S}}}c":
        element.text = new
        return found
    if cell.get("t") == "s":
        return 0  # an index into the shared strings, which are redacted themselves
    cell.remove(element)
    formula = cell.find(f"{{{S}}}f")
    if formula is not None:
        cell.remove(formula)
    cell.set("t", "inlineStr")
    inline = etree.SubElement(cell, f"{{{S}}}is")
    etree.SubElement(inline, f"{{{S}}}t").text = new
    return found


def _texts(root: etree._Element) -> Iterator[str]:
    for container in (e for e in root.iter() if e.tag in CONTAINERS):
        yield "".join(
            e.text or "" for e in container.iter() if e.tag in TEXTS and _container_of(e) is container
        )
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if element.text and element.text.strip():
            yield element.text
        yield from (v for k, v in element.attrib.items() if k in TEXT_ATTRIBUTES and v.strip())
