"""Black out boxes on PDF pages for real: remove what lies under them, then paint them.

Glyphs under a box (centre inside, or 30% of their area) are cut out of the content stream by
`rewrite.rewrite_page`; a page with an image under a box, or text that cannot be removed with
certainty, is rasterised with the boxes painted on the pixels. Used by the redactor for its
boxes and by the cleaner for redaction marks that were drawn but never applied.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence

import pikepdf

from foidesk.release.pdf.content import Box as Rect
from foidesk.release.pdf.content import Glyph, PageContent, read_pages
from foidesk.release.pdf.raster import rasterise_pages
from foidesk.release.pdf.rewrite import CannotProve, rewrite_page

# A glyph this much under a box is removed even if its centre is not.
UNDER_SHARE = 0.3


def black_out(
    pdf: pikepdf.Pdf, contents: Mapping[int, PageContent], wanted: Mapping[int, Sequence[Rect]]
) -> set[int]:
    """Remove and paint every box in `wanted` (page → boxes); return the pages rasterised."""
    raster: set[int] = set()
    for number, rects in wanted.items():
        content = contents[number]
        page = pdf.pages[number - 1]
        if _image_under(content, rects):
            raster.add(number)
        else:
            doomed = [g for g in content.glyphs if any(_under(g, r) for r in rects)]
            try:
                rewrite_page(pdf, page, content, doomed)
            except CannotProve:
                raster.add(number)
        _paint(pdf, page, rects)
    if raster:
        rasterise_pages(pdf, raster, wanted)
    return raster


def black_out_bytes(data: bytes, wanted: Mapping[int, Sequence[Rect]]) -> bytes:
    """As `black_out`, on a PDF in memory; returns the rewritten file."""
    if not wanted:
        return data
    contents = {c.number: c for c in read_pages(data) if c.number in wanted}
    with pikepdf.open(io.BytesIO(data)) as pdf:
        black_out(pdf, contents, wanted)
        return save_fresh(pdf)


def _under(glyph: Glyph, rect: Rect) -> bool:
    x0, y0, x1, y1 = rect
    if x0 <= glyph.cx <= x1 and y0 <= glyph.cy <= y1:
        return True
    w = min(x1, glyph.x1) - max(x0, glyph.x0)
    h = min(y1, glyph.y1) - max(y0, glyph.y0)
    if w <= 0 or h <= 0:
        return False
    area = max(glyph.x1 - glyph.x0, 0.01) * max(glyph.y1 - glyph.y0, 0.01)
    return w * h / area >= UNDER_SHARE


def _image_under(content: PageContent, rects: Sequence[Rect]) -> bool:
    """True when an image's pixels lie under a box: they cannot be cut out, only rasterised."""
    for shape in content.shapes:
        if shape.image is None:
            continue
        for x0, y0, x1, y1 in rects:
            w = min(x1, shape.x1) - max(x0, shape.x0)
            h = min(y1, shape.y1) - max(y0, shape.y0)
            if w > 0.5 and h > 0.5:
                return True
    return False


def _paint(pdf: pikepdf.Pdf, page: pikepdf.Page, rects: Sequence[Rect]) -> None:
    page.contents_coalesce()
    contents = page.obj.get("/Contents")
    body = contents.read_bytes() if isinstance(contents, pikepdf.Stream) else b""
    fills = "".join(
        f"{x0:.3f} {y0:.3f} {x1 - x0:.3f} {y1 - y0:.3f} re f\n" for x0, y0, x1, y1 in rects
    )
    page.obj.Contents = pdf.make_stream(
        b"q\n" + body + b"\nQ\nq 0 g\n" + fills.encode("ascii") + b"Q\n"
    )


def save_fresh(pdf: pikepdf.Pdf) -> bytes:
    """A full rewrite: no incremental history, no unreferenced objects, no encryption."""
    pdf.remove_unreferenced_resources()
    out = io.BytesIO()
    pdf.save(out, compress_streams=True, object_stream_mode=pikepdf.ObjectStreamMode.generate)
    return out.getvalue()
