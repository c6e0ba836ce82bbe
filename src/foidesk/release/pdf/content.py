"""What each page draws, in drawing order: glyphs, filled shapes and images, with their looks.

pdfminer.six parses the content streams and decodes fonts; a recording device keeps, for every
glyph, its box in default user space (PDF points from the page's origin, the same space the
redaction boxes use), its colour, render mode and whether it sits in a hidden optional-content
layer; and for every filled shape or image, its box, colour and opacity. Layout analysis is
skipped: the checks need geometry and order, not paragraphs, and skipping it keeps the scan
cheaper than a bare pdfminer text extraction. Pages are yielded one at a time so memory stays
bounded by the largest page.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator

from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfinterp import PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import resolve1
from pdfminer.utils import Matrix

from foidesk.release.pdf.drawing import Box, Glyph, PageContent, Shape, TextOp
from foidesk.release.pdf.opening import PdfRejected
from foidesk.release.pdf.recorder import Interpreter, Recorder
from foidesk.release.pdf.visibility import Visibility

__all__ = ["Box", "Glyph", "PageContent", "Shape", "TextOp", "read_pages"]

IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
# pdfminer logs every oddity of a damaged file as a warning; the scanner reports damage itself.
logging.getLogger("pdfminer").setLevel(logging.ERROR)


def read_pages(data: bytes) -> Iterator[PageContent]:
    """Yield the content of each page of the PDF in `data`, one page at a time."""
    try:
        parser = PDFParser(io.BytesIO(data))
        document = PDFDocument(parser)
    except RecursionError as exc:
        raise PdfRejected("structure nested too deeply to parse") from exc
    except PdfRejected:
        raise
    except Exception as exc:  # pdfminer raises many unrelated types for bad input
        raise PdfRejected(f"damaged PDF: {type(exc).__name__}: {exc}"[:200]) from exc
    visibility = Visibility.from_catalog(document.catalog)
    rsrcmgr = PDFResourceManager(caching=True)
    device = Recorder(rsrcmgr, visibility)
    interpreter = Interpreter(rsrcmgr, device)
    try:
        for number, page in enumerate(PDFPage.create_pages(document), start=1):
            content = PageContent(number, _box(page.mediabox), _box(page.cropbox))
            device.page = content
            device.hidden_stack.clear()
            device.hidden_count = 0
            device.form_depth = 0
            device.inherited.clear()
            device.op_index = -1
            device.glyph_index = 0
            # Default user space, not pdfminer's rotated view, so boxes match the file's own.
            interpreter.render_contents(page.resources, page.contents, ctm=IDENTITY)
            device.page = None
            yield content
    except PdfRejected:
        raise
    except RecursionError as exc:
        raise PdfRejected("structure nested too deeply to parse") from exc
    except Exception as exc:  # pdfminer raises many unrelated types for bad input
        raise PdfRejected(f"damaged PDF: {type(exc).__name__}: {exc}"[:200]) from exc


def _box(value: object) -> Box:
    items = resolve1(value)
    if isinstance(items, list | tuple) and len(items) == 4:
        nums = [resolve1(v) for v in items]
        if all(isinstance(n, int | float) for n in nums):
            x0, y0, x1, y1 = (float(n) for n in nums)
            return (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))
    return (0.0, 0.0, 612.0, 792.0)
