"""Redact a PDF for real: remove the glyphs, paint the box, drop the history, verify.

1. The file is cleaned first (`pdf_clean`): metadata, annotations, forms, attachments, hidden
   layers and text, earlier revisions — so nothing outside the page can still hold the text.
2. Matches of the texts and patterns become boxes around the glyphs that show them; boxes
   given by the caller are added.
3. On each page with a box, every glyph under a box is cut out of the content stream
   (`pdf.rewrite`) and the box is painted black. Where removal cannot be proved (text inside a
   form XObject, unusual fonts) or an image lies under a box, the page is rasterised instead.
4. Strings anywhere else in the file (bookmarks, page labels) holding the text are replaced.
5. `verify` re-reads the output with pdfminer.six and with PDFium; a page either still shows
   is rasterised and checked again; if it still fails, `RedactionFailed`.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field

import pikepdf

from foidesk.release.pdf.blackout import black_out, save_fresh
from foidesk.release.pdf.content import Box as Rect
from foidesk.release.pdf.content import Glyph, PageContent, read_pages
from foidesk.release.pdf.hiding import find_hidden
from foidesk.release.pdf.lines import assemble
from foidesk.release.pdf.raster import rasterise_pages
from foidesk.release.pdf_clean import clean_pdf_bytes
from foidesk.release.redaction.request import MARKER, Box, Patterns, RedactionFailed
from foidesk.release.redaction.verify_pdf import verify_pdf

# Matched glyphs are boxed with this margin so their neighbours' ink is not left peeking out.
PAD = 1.0


@dataclass(slots=True)
class PdfRedaction:
    data: bytes
    redactions: int
    rasterised: list[int] = field(default_factory=list)
    verified_by: list[str] = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)
    removed_by_cleaning: dict[str, int] = field(default_factory=dict)
    cleaned_away: list[str] = field(default_factory=list)


def redact_pdf(data: bytes, patterns: Patterns, boxes: Sequence[Box]) -> PdfRedaction:
    """Redact `patterns` and `boxes` from the PDF in `data`; raise RedactionFailed if unproved."""
    cleaned = clean_pdf_bytes(data)
    # Read only once cleaning has accepted the file (it refuses truncated and damaged ones).
    hidden, before = _hidden_before_cleaning(data, patterns)
    with pikepdf.open(io.BytesIO(cleaned)) as pdf:
        pages = len(pdf.pages)
    for box in boxes:
        if box.page > pages:
            raise RedactionFailed(f"box on page {box.page}, but the file has {pages} pages")
    wanted: dict[int, list[Rect]] = {}
    kept: dict[int, PageContent] = {}
    matches = 0
    seen: set[str] = set()
    for content in read_pages(cleaned):
        found = _match_boxes(content, patterns, seen) if patterns else []
        matches += len(found)
        # Boxes are measured from the media box's lower-left corner; content is in user space.
        ox, oy = content.mediabox[:2]
        found += [
            (b.x0 + ox, b.y0 + oy, b.x1 + ox, b.y1 + oy) for b in boxes if b.page == content.number
        ]
        if found:
            wanted[content.number] = found
            kept[content.number] = content
    with pikepdf.open(io.BytesIO(cleaned)) as pdf:
        raster = black_out(pdf, kept, wanted)
        _scrub_strings(pdf, patterns)
        output = save_fresh(pdf)
    problems = verify_pdf(output, patterns, wanted)
    if problems.pages:
        with pikepdf.open(io.BytesIO(output)) as pdf:
            rasterise_pages(pdf, problems.pages, wanted)
            output = save_fresh(pdf)
        raster |= problems.pages
        problems = verify_pdf(output, patterns, wanted)
    if problems.messages:
        raise RedactionFailed(problems.messages[0])
    # A text found only in what cleaning removed (under a fake box, say) is gone, not missed.
    cleaned_away = [s for s in patterns.sources if s not in seen and s in before]
    unmatched = [s for s in patterns.sources if s not in seen and s not in before]
    return PdfRedaction(
        output, matches + len(boxes), sorted(raster), problems.extractors, unmatched,
        hidden, cleaned_away,
    )


def _hidden_before_cleaning(data: bytes, patterns: Patterns) -> tuple[dict[str, int], set[str]]:
    """What the cleaning step will cut out (hidden glyph runs by scanner kind) and which
    requested texts the original text layer holds, so the report can say what went where."""
    counts: dict[str, int] = {}
    found: set[str] = set()
    for content in read_pages(data):
        for hiding in find_hidden(content):
            counts[hiding.kind] = counts.get(hiding.kind, 0) + 1
        if patterns:
            text = "\n".join(line.text for line in assemble(content.glyphs))
            found |= patterns.sources_in(text)
    return counts, found


def _match_boxes(content: PageContent, patterns: Patterns, seen: set[str]) -> list[Rect]:
    """Boxes around the glyphs that show each match, one per line the match spans."""
    lines = assemble(content.glyphs)
    text_parts: list[str] = []
    owners: list[Glyph | None] = []
    for line in lines:
        text_parts.append(line.text)
        owners.extend(line.owners)
        text_parts.append("\n")
        owners.append(None)
    text = "".join(text_parts)
    seen |= patterns.sources_in(text)
    out: list[Rect] = []
    for start, end in patterns.spans(text):
        glyphs = {id(g): g for g in owners[start:end] if g is not None}.values()
        by_line: dict[float, list[Glyph]] = {}
        for glyph in glyphs:
            by_line.setdefault(round(glyph.y0, 1), []).append(glyph)
        for members in by_line.values():
            out.append(
                (
                    min(g.x0 for g in members) - PAD,
                    min(g.y0 for g in members) - PAD,
                    max(g.x1 for g in members) + PAD,
                    max(g.y1 for g in members) + PAD,
                )
            )
    return out


def _scrub_strings(pdf: pikepdf.Pdf, patterns: Patterns) -> None:
    """Replace any string object outside page content (bookmarks, labels) holding a match."""
    if not patterns:
        return
    for obj in pdf.objects:
        _scrub(obj, patterns, 0)


def _scrub(obj: object, patterns: Patterns, depth: int) -> None:
    if depth > 64:
        return
    if isinstance(obj, pikepdf.Dictionary | pikepdf.Stream):
        for key, value in list(obj.items()):
            if isinstance(value, pikepdf.String):
                if patterns.remaining(str(value)):
                    obj[key] = pikepdf.String(patterns.replace(str(value))[0] or MARKER)
            elif isinstance(value, pikepdf.Dictionary | pikepdf.Array) and not value.is_indirect:
                _scrub(value, patterns, depth + 1)
    elif isinstance(obj, pikepdf.Array):
        for i, value in enumerate(obj):
            if isinstance(value, pikepdf.String):
                if patterns.remaining(str(value)):
                    obj[i] = pikepdf.String(patterns.replace(str(value))[0] or MARKER)
            elif isinstance(value, pikepdf.Dictionary | pikepdf.Array) and not value.is_indirect:
                _scrub(value, patterns, depth + 1)


