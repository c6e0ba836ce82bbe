"""Prove a redacted PDF no longer holds what was redacted, with two independent readers.

pdfminer.six (pure Python, its own parser and font decoding) and PDFium through pypdfium2
(C++, Chrome's PDF engine) each extract every page's text and every character's position.
A redacted string found by either, or a character either places under a box, marks that page
as failed. The file's structure is checked too: one revision only, no metadata, no
attachments, no annotations other than links, and no string object holding the text.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import pikepdf
import pypdfium2
from pdfminer.high_level import extract_pages
from pdfminer.layout import LTTextContainer

from foidesk.release.pdf.content import Box as Rect
from foidesk.release.pdf.content import read_pages
from foidesk.release.pdf.revisions import revision_ends
from foidesk.release.pdf.structure import text_of
from foidesk.release.redaction.request import Patterns

EXTRACTORS = ["pdfminer.six", "pypdfium2"]
# A character whose centre is this far inside a box's edge counts as under it.
EDGE = 0.5


@dataclass(slots=True)
class Problems:
    """Pages that still show redacted material, and one-line reasons."""

    pages: set[int] = field(default_factory=set)
    messages: list[str] = field(default_factory=list)
    extractors: list[str] = field(default_factory=lambda: list(EXTRACTORS))

    def page(self, number: int, message: str) -> None:
        self.pages.add(number)
        self.messages.append(f"page {number}: {message}")


def verify_pdf(data: bytes, patterns: Patterns, boxes: Mapping[int, Sequence[Rect]]) -> Problems:
    """FOIA s17/s40(2): everything about `data` showing that a redaction did not hold."""
    problems = Problems()
    _check_structure(data, patterns, problems)
    _check_pdfminer(data, patterns, boxes, problems)
    _check_pdfium(data, patterns, boxes, problems)
    return problems


def _inside(x: float, y: float, rects: Sequence[Rect]) -> bool:
    return any(
        x0 + EDGE <= x <= x1 - EDGE and y0 + EDGE <= y <= y1 - EDGE for x0, y0, x1, y1 in rects
    )


def _check_structure(data: bytes, patterns: Patterns, problems: Problems) -> None:
    if len(revision_ends(data)) > 1:
        problems.messages.append("the output still carries earlier revisions")
    with pikepdf.open(io.BytesIO(data)) as pdf:
        info = pdf.trailer.get("/Info")
        if isinstance(info, pikepdf.Dictionary) and len(info.keys()):
            problems.messages.append("the output still carries document information metadata")
        if "/Metadata" in pdf.Root:
            problems.messages.append("the output still carries XMP metadata")
        if len(pdf.attachments):
            problems.messages.append("the output still carries attachments")
        for number, page in enumerate(pdf.pages, start=1):
            annots = page.obj.get("/Annots")
            if isinstance(annots, pikepdf.Array) and any(
                text_of(a.get("/Subtype")) != "Link"
                for a in annots
                if isinstance(a, pikepdf.Dictionary)
            ):
                problems.messages.append(f"page {number}: annotations remain")
        if patterns:
            for obj in pdf.objects:
                for value in _strings(obj, 0):
                    left = patterns.remaining(value)
                    if left:
                        problems.messages.append(f"a string in the file still holds {left[0]!r}")
                        return


def _strings(obj: object, depth: int) -> list[str]:
    if depth > 64:
        return []
    out: list[str] = []
    if isinstance(obj, pikepdf.String):
        out.append(str(obj))
    elif isinstance(obj, pikepdf.Dictionary | pikepdf.Stream):
        for _key, value in obj.items():
            if isinstance(value, pikepdf.String) or (
                isinstance(value, pikepdf.Dictionary | pikepdf.Array) and not value.is_indirect
            ):
                out.extend(_strings(value, depth + 1))
    elif isinstance(obj, pikepdf.Array):
        for value in obj:
            if isinstance(value, pikepdf.String) or (
                isinstance(value, pikepdf.Dictionary | pikepdf.Array) and not value.is_indirect
            ):
                out.extend(_strings(value, depth + 1))
    return out


def _check_pdfminer(
    data: bytes, patterns: Patterns, boxes: Mapping[int, Sequence[Rect]], problems: Problems
) -> None:
    if patterns:
        for number, layout in enumerate(extract_pages(io.BytesIO(data)), start=1):
            text = "".join(e.get_text() for e in layout if isinstance(e, LTTextContainer))
            left = patterns.remaining(text)
            if left:
                problems.page(number, f"pdfminer.six still extracts {left[0]!r}")
    if boxes:
        for content in read_pages(data):
            rects = boxes.get(content.number, ())
            if rects and any(
                g.text.strip() and _inside(g.cx, g.cy, rects) for g in content.glyphs
            ):
                problems.page(content.number, "pdfminer.six still finds text under a box")


def _check_pdfium(
    data: bytes, patterns: Patterns, boxes: Mapping[int, Sequence[Rect]], problems: Problems
) -> None:
    document = pypdfium2.PdfDocument(data)
    try:
        for index in range(len(document)):
            number = index + 1
            page = document[index]
            textpage = page.get_textpage()
            try:
                if patterns:
                    left = patterns.remaining(textpage.get_text_range())
                    if left:
                        problems.page(number, f"PDFium still extracts {left[0]!r}")
                rects = boxes.get(number, ())
                if rects:
                    for k in range(textpage.count_chars()):
                        char = textpage.get_text_range(k, 1)
                        if not char.strip():
                            continue
                        left_x, bottom, right, top = textpage.get_charbox(k)
                        if _inside((left_x + right) / 2, (bottom + top) / 2, rects):
                            problems.page(number, "PDFium still finds text under a box")
                            break
            finally:
                textpage.close()
                page.close()
    finally:
        document.close()
