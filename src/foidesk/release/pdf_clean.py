"""Clean a PDF for release: keep what a reader sees, drop everything else (issue 4 §2).

0. Redaction marks (Redact annotations) that were drawn but never applied are applied: the
   text under them is removed and the box painted, as whoever marked them intended.
1. Structure: metadata, annotations (plain links stay), form fields and their values,
   attachments, JavaScript, thumbnails and private application data are removed.
2. Hidden layers: whatever an off-by-default optional-content layer paints is dropped.
3. Hidden text: glyphs under a fake redaction box, invisible, white-on-white, tiny or outside
   the crop box are cut out of the content stream (`pdf.rewrite`); a page where that cannot be
   proved, or where the re-check still finds hidden text, is rasterised (`pdf.raster`).
4. History: the file is written afresh by qpdf, so earlier revisions and unreferenced objects
   are gone, and owner-password encryption is dropped.

FOIA s40(2) and UK GDPR art 4(1): the point is that nothing personal leaves by accident; the
cleaner's caller re-scans the output and refuses it if anything remains (fail closed).
"""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf

from foidesk.release.pdf.blackout import black_out_bytes, save_fresh
from foidesk.release.pdf.content import Glyph, PageContent, read_pages
from foidesk.release.pdf.hiding import find_hidden
from foidesk.release.pdf.opening import PdfRejected, check_bytes_shape
from foidesk.release.pdf.raster import rasterise_pages
from foidesk.release.pdf.rewrite import CannotProve, Layers, rewrite_page
from foidesk.release.pdf.stripping import strip_structure
from foidesk.release.pdf.structure import pending_redactions

__all__ = ["clean_pdf", "clean_pdf_bytes"]


def clean_pdf(src: Path, dst: Path) -> None:
    """Write a cleaned copy of the PDF `src` to `dst`; raises PdfRejected if it cannot."""
    dst.write_bytes(clean_pdf_bytes(src.read_bytes()))


def clean_pdf_bytes(data: bytes) -> bytes:
    """The cleaned PDF, as bytes."""
    check_bytes_shape(data)
    try:
        return _clean(data)
    except (PdfRejected, MemoryError):
        raise
    except RecursionError as exc:
        raise PdfRejected("structure nested too deeply to clean") from exc
    except Exception as exc:  # qpdf, pdfminer and pdfium raise many types for damaged input
        raise PdfRejected(f"cannot clean this PDF: {type(exc).__name__}: {exc}"[:200]) from exc


def _clean(data: bytes) -> bytes:
    try:
        pdf = pikepdf.open(io.BytesIO(data))
    except pikepdf.PasswordError as exc:
        raise PdfRejected("encrypted PDF: it needs a password to open") from exc
    with pdf:
        # Redaction marks drawn but never applied: the cleaner applies them, as intended.
        marks = {n: [m.rect for m in ms] for n, ms in pending_redactions(pdf).items()}
        layers = Layers.of(pdf)
        if layers.base_off or layers.off:
            for page in pdf.pages:
                rewrite_page(pdf, page, _no_content(), (), layers)
        strip_structure(pdf)
        staged = save_fresh(pdf)
    staged = black_out_bytes(staged, marks)
    staged = remove_hidden_glyphs(staged)
    leftover = {page.number for page in read_pages(staged) if find_hidden(page)}
    if leftover:
        with pikepdf.open(io.BytesIO(staged)) as pdf:
            rasterise_pages(pdf, leftover)
            staged = save_fresh(pdf)
    return staged


def remove_hidden_glyphs(data: bytes) -> bytes:
    """Cut out every glyph the scanner would call hidden; rasterise pages where it cannot."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        raster: set[int] = set()
        changed = False
        for content in read_pages(data):
            glyphs: list[Glyph] = [g for h in find_hidden(content) for g in h.glyphs]
            if not glyphs:
                continue
            try:
                rewrite_page(pdf, pdf.pages[content.number - 1], content, glyphs)
                changed = True
            except CannotProve:
                raster.add(content.number)
        if raster:
            rasterise_pages(pdf, raster)
        return save_fresh(pdf) if changed or raster else data


def _no_content() -> PageContent:
    return PageContent(0, (0, 0, 0, 0), (0, 0, 0, 0))
