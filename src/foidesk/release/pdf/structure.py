"""The parts of a PDF that are not page content: annotations, form fields, attachments, metadata.

Read with pikepdf (qpdf), which walks the object graph quickly and repairs nothing silently:
`opening.open_checked` has already refused damaged files.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import defusedxml.ElementTree as SafeET
import pikepdf

from foidesk.release.pdf.opening import PdfRejected

# Link annotations are how a letter points at a web page (judged by `link_annotations`);
# widgets are form fields (reported as such). Everything else a viewer shows as a comment,
# highlight, stamp or attachment.
QUIET_ANNOTATIONS = frozenset({"Link", "Widget", "Popup", "PrinterMark", "TrapNet"})
# Link actions that only move the reader: inside the document, or to a web address.
PLAIN_LINK_ACTIONS = frozenset({"GoTo", "URI", "Named"})
MAX_FIELD_DEPTH = 32
# An attachment larger than this is reported but not opened for a recursive scan.
MAX_ATTACHMENT_BYTES = 256 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Annotation:
    page: int
    subtype: str
    text: str
    author: str
    x: float
    y: float


@dataclass(frozen=True, slots=True)
class LinkAnnotation:
    """A hyperlink: `uri` is its web or mailto target ("" for an internal destination);
    `action` names any other action it runs (JavaScript, Launch, ...), "" when none."""

    page: int
    uri: str
    contents: str
    destination: str
    action: str
    x: float
    y: float


@dataclass(frozen=True, slots=True)
class PendingRedaction:
    """An annotation meant to hide text that does not remove it: a redaction mark never
    applied, or a dark filled box drawn with a comment tool."""

    page: int
    rect: tuple[float, float, float, float]
    reason: str = "under a redaction mark never applied"


@dataclass(frozen=True, slots=True)
class FormField:
    name: str
    value: str


@dataclass(frozen=True, slots=True)
class Attachment:
    name: str
    where: str
    data: bytes | None


def text_of(value: object) -> str:
    """A PDF string, name or array of them as plain text."""
    if isinstance(value, pikepdf.String):
        return str(value)
    if isinstance(value, pikepdf.Name):
        return str(value)[1:]
    if isinstance(value, pikepdf.Array):
        return " ".join(t for t in (text_of(v) for v in value) if t)
    if isinstance(value, pikepdf.Stream):
        try:
            return value.read_bytes().decode("utf-8", "replace")
        except pikepdf.PdfError:
            return ""
    if isinstance(value, str | int | float):
        return str(value)
    return ""


def markup_annotations(pdf: pikepdf.Pdf) -> Iterator[Annotation]:
    """FOIA s40(2): every annotation a reader would see as a comment, note, highlight, stamp or
    the like (reviewers' remarks and their authors' names travel with the file)."""
    for number, page in enumerate(pdf.pages, start=1):
        annots = page.obj.get("/Annots")
        if not isinstance(annots, pikepdf.Array):
            continue
        for annot in annots:
            if not isinstance(annot, pikepdf.Dictionary):
                continue
            subtype = text_of(annot.get("/Subtype"))
            text = " ".join(
                t for t in (text_of(annot.get(k)) for k in ("/Contents", "/RC", "/Subj")) if t
            )
            author = text_of(annot.get("/T"))
            if subtype in {"Link", "Widget"}:
                continue
            if subtype in QUIET_ANNOTATIONS and not text.strip():
                continue
            x, y = _corner(annot.get("/Rect"))
            ox, oy = _corner(page.obj.get("/MediaBox"))
            yield Annotation(number, subtype or "unknown", text, author, x - ox, y - oy)


def link_annotations(pdf: pikepdf.Pdf) -> Iterator[LinkAnnotation]:
    """Every Link annotation with its target, for `pdf_scan` to judge against the page text
    (FOIA s40(2): a link reveals something only when its target is not on the page)."""
    for number, page in enumerate(pdf.pages, start=1):
        annots = page.obj.get("/Annots")
        if not isinstance(annots, pikepdf.Array):
            continue
        ox, oy = _corner(page.obj.get("/MediaBox"))
        for annot in annots:
            if not isinstance(annot, pikepdf.Dictionary):
                continue
            if text_of(annot.get("/Subtype")) != "Link":
                continue
            uri, action = "", ""
            act = annot.get("/A")
            if isinstance(act, pikepdf.Dictionary):
                kind = text_of(act.get("/S"))
                if kind == "URI":
                    uri = text_of(act.get("/URI"))
                elif kind not in PLAIN_LINK_ACTIONS:
                    action = kind or "unknown"
                if act.get("/Next") is not None:
                    action = action or "chained"
            contents = " ".join(
                t for t in (text_of(annot.get(k)) for k in ("/Contents", "/RC", "/T")) if t
            )
            destination = text_of(annot.get("/Dest"))
            if isinstance(act, pikepdf.Dictionary) and not destination:
                destination = text_of(act.get("/D"))
            x, y = _corner(annot.get("/Rect"))
            yield LinkAnnotation(number, uri, contents, destination, action, x - ox, y - oy)


def pending_redactions(pdf: pikepdf.Pdf) -> dict[int, list[PendingRedaction]]:
    """Annotations that cover text without removing it, by page: Redact marks not yet applied
    and Square/Polygon/FreeText annotations filled with a dark, opaque colour."""
    out: dict[int, list[PendingRedaction]] = {}
    for number, page in enumerate(pdf.pages, start=1):
        annots = page.obj.get("/Annots")
        if not isinstance(annots, pikepdf.Array):
            continue
        for annot in annots:
            if not isinstance(annot, pikepdf.Dictionary):
                continue
            subtype = text_of(annot.get("/Subtype"))
            if subtype == "Redact":
                reason = "under a redaction mark never applied"
            elif subtype in {"Square", "Polygon", "FreeText"} and _dark_fill(annot):
                reason = f"under a filled {subtype} annotation"
            else:
                continue
            rect = annot.get("/Rect")
            if isinstance(rect, pikepdf.Array) and len(rect) == 4:
                try:
                    x0, y0, x1, y1 = (float(v) for v in rect)
                except (TypeError, ValueError):
                    continue
                box = (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))
                out.setdefault(number, []).append(PendingRedaction(number, box, reason))
    return out


def _dark_fill(annot: pikepdf.Dictionary) -> bool:
    """An opaque interior (or FreeText background) colour dark enough to hide black text."""
    opacity = annot.get("/CA")
    if isinstance(opacity, int | float) and float(opacity) < 0.9:
        return False
    colour = annot.get("/IC")
    if colour is None and text_of(annot.get("/Subtype")) == "FreeText":
        colour = annot.get("/C")
    if not isinstance(colour, pikepdf.Array) or len(colour) not in (1, 3, 4):
        return False
    try:
        values = [float(v) for v in colour]
    except (TypeError, ValueError):
        return False
    if len(values) == 1:
        lum = values[0]
    elif len(values) == 3:
        lum = 0.299 * values[0] + 0.587 * values[1] + 0.114 * values[2]
    else:
        c, m, y, k = values
        lum = 0.299 * (1 - c) * (1 - k) + 0.587 * (1 - m) * (1 - k) + 0.114 * (1 - y) * (1 - k)
    return lum < 0.35


def _corner(rect: object) -> tuple[float, float]:
    if isinstance(rect, pikepdf.Array) and len(rect) == 4:
        try:
            return (float(rect[0]), float(rect[1]))
        except (TypeError, ValueError):
            pass
    return (0.0, 0.0)


def form_fields(pdf: pikepdf.Pdf) -> Iterator[FormField]:
    """Every AcroForm field holding a value (XFA data is reported as one field)."""
    acroform = pdf.Root.get("/AcroForm")
    if not isinstance(acroform, pikepdf.Dictionary):
        return
    if acroform.get("/XFA") is not None:
        yield FormField("XFA form data", _xfa_text(acroform.get("/XFA")))
    fields = acroform.get("/Fields")
    if isinstance(fields, pikepdf.Array):
        seen: set[tuple[int, int]] = set()
        for item in fields:
            yield from _walk_field(item, "", 0, seen)


def _walk_field(
    field: object, parent: str, depth: int, seen: set[tuple[int, int]]
) -> Iterator[FormField]:
    if not isinstance(field, pikepdf.Dictionary):
        return
    if depth > MAX_FIELD_DEPTH:
        raise PdfRejected(f"form fields nested more than {MAX_FIELD_DEPTH} levels deep")
    if field.is_indirect:
        if field.objgen in seen:
            return
        seen.add(field.objgen)
    part = text_of(field.get("/T"))
    name = f"{parent}.{part}" if parent and part else (part or parent)
    value = text_of(field.get("/V"))
    if value and value != "Off":
        yield FormField(name or "unnamed", value)
    kids = field.get("/Kids")
    if isinstance(kids, pikepdf.Array):
        for kid in kids:
            yield from _walk_field(kid, name, depth + 1, seen)


def _xfa_text(xfa: object) -> str:
    if isinstance(xfa, pikepdf.Array):
        return " ".join(text_of(v) for v in xfa if isinstance(v, pikepdf.Stream))[:2000]
    return text_of(xfa)[:2000]


def attachments(pdf: pikepdf.Pdf) -> Iterator[Attachment]:
    """Embedded files: the document's attachment list and file-attachment annotations."""
    try:
        names = list(pdf.attachments.keys())
    except (pikepdf.PdfError, ValueError, KeyError) as exc:
        raise PdfRejected(f"damaged attachment list: {exc}"[:200]) from exc
    for name in names:
        spec = pdf.attachments[name]
        yield Attachment(spec.filename or name, "attachment list", _file_bytes(spec))
    for number, page in enumerate(pdf.pages, start=1):
        annots = page.obj.get("/Annots")
        if not isinstance(annots, pikepdf.Array):
            continue
        for annot in annots:
            if not isinstance(annot, pikepdf.Dictionary):
                continue
            if text_of(annot.get("/Subtype")) != "FileAttachment":
                continue
            fs = annot.get("/FS")
            if not isinstance(fs, pikepdf.Dictionary):
                continue
            fname = text_of(fs.get("/UF")) or text_of(fs.get("/F")) or "unnamed"
            yield Attachment(fname, f"page {number} attachment", _embedded_stream_bytes(fs))


def _embedded_stream_bytes(fs: pikepdf.Dictionary) -> bytes | None:
    files = fs.get("/EF")
    if not isinstance(files, pikepdf.Dictionary):
        return None
    stream = files.get("/UF") or files.get("/F")
    if not isinstance(stream, pikepdf.Stream):
        return None
    try:
        return stream.read_bytes()
    except Exception:  # an unreadable attachment is reported without its contents
        return None


def _file_bytes(spec: object) -> bytes | None:
    try:
        stream = spec.get_file()  # type: ignore[attr-defined]
        size = int(stream.size or 0)
        if size > MAX_ATTACHMENT_BYTES:
            return None
        data = stream.read_bytes()
        return data if isinstance(data, bytes) else None
    except Exception:  # an unreadable attachment is reported without its contents
        return None


def info_properties(pdf: pikepdf.Pdf) -> dict[str, str]:
    """The document information dictionary as text."""
    info = pdf.trailer.get("/Info")
    out: dict[str, str] = {}
    if isinstance(info, pikepdf.Dictionary):
        for key, item in info.items():
            value = text_of(item).strip()
            if value:
                out[str(key)[1:]] = value
    return out


def xmp_properties(pdf: pikepdf.Pdf) -> dict[str, str]:
    """XMP metadata as `xmp:name` → text, parsed without resolving entities.

    Identifiers and timestamps (DocumentID, InstanceID, CreateDate, ...) are left out: they
    are machine values whose digits would otherwise look like phone or NHS numbers.
    """
    return {k: v for k, v in _xmp_values(pdf).items() if not _machine_xmp_key(k)}


def _machine_xmp_key(key: str) -> bool:
    local = key.split(":", 1)[-1]
    return local.endswith(("ID", "Date", "Id")) or local in {"format", "about", "PDFVersion"}


def _xmp_values(pdf: pikepdf.Pdf) -> dict[str, str]:
    stream = pdf.Root.get("/Metadata")
    if not isinstance(stream, pikepdf.Stream):
        return {}
    try:
        raw = stream.read_bytes()
    except pikepdf.PdfError:
        return {"XMP": "unreadable metadata stream"}
    start = raw.find(b"<x:xmpmeta")
    if start < 0:
        start = raw.find(b"<rdf:RDF")
    end_marker = raw.rfind(b"</x:xmpmeta>")
    body = raw[start : end_marker + len(b"</x:xmpmeta>")] if start >= 0 and end_marker > 0 else raw
    try:
        root = SafeET.fromstring(body)
    except Exception:  # malformed or hostile XML: fall back to its raw text
        return {"XMP": body.decode("utf-8", "replace")[:2000]}
    out: dict[str, str] = {}
    for element in root.iter():
        text = (element.text or "").strip()
        if not text:
            continue
        tag = str(element.tag)
        local = tag.rsplit("}", 1)[-1]
        if local == "li":
            continue
        out.setdefault(f"xmp:{local}", text)
    for element in root.iter():
        tag = str(element.tag).rsplit("}", 1)[-1]
        if tag in {"creator", "contributor", "title", "description", "rights", "subject"}:
            items = [(li.text or "").strip() for li in element.iter() if str(li.tag).endswith("}li")]
            joined = "; ".join(i for i in items if i)
            if joined:
                out[f"xmp:{tag}"] = joined
    for element in root.iter():
        for key, value in element.attrib.items():
            local = key.rsplit("}", 1)[-1]
            if value.strip() and local not in {"about", "lang", "parseType"}:
                out.setdefault(f"xmp:{local}", value.strip())
    return out
