"""Scan a PDF for what a reader cannot see but anyone can extract (issue 4, pdf kinds).

Kinds: `fake_redaction`, `invisible_text`, `outside_page`, `annotation`, `form_field`,
`embedded_file`, `incremental_update`, `document_properties` and `personal_data` (in page text,
annotations, form fields, metadata and attachments). FOIA s40(2) and UK GDPR art 4(1): personal
data must not reach the world by accident, so whatever cannot be inspected raises `PdfRejected`
and the scanner reports verdict `error` (fail closed).
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path

import pikepdf

from foidesk.release.findings import Finding, ScanOptions
from foidesk.release.pdf.content import PageContent, read_pages
from foidesk.release.pdf.hiding import find_hidden
from foidesk.release.pdf.lines import Line, assemble, excerpt_of, near
from foidesk.release.pdf.opening import PdfRejected, open_checked_bytes
from foidesk.release.pdf.revisions import leftovers, revision_ends, words
from foidesk.release.pdf.structure import (
    LinkAnnotation,
    PendingRedaction,
    attachments,
    form_fields,
    info_properties,
    link_annotations,
    markup_annotations,
    pending_redactions,
    xmp_properties,
)
from foidesk.release.personal_data import find_personal_data
from foidesk.release.properties import check_properties

__all__ = ["PdfRejected", "scan_pdf"]

# Attachments inside attachments are scanned this deep; deeper ones are reported unopened.
MAX_ATTACHMENT_DEPTH = 3
_DEPTH_ENV = "FOIDESK_PDF_ATTACHMENT_DEPTH"
# One page of hidden glyphs can yield hundreds of runs; a person needs the first few.
MAX_FINDINGS_PER_KIND_PER_PAGE = 20
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")
_LINK_SCHEME = re.compile(r"^(?:mailto:|tel:|https?://(?:www\.)?)", re.IGNORECASE)


def scan_pdf(path: Path, options: ScanOptions) -> list[Finding]:
    """Every finding in the PDF at `path`; raises PdfRejected when it cannot be inspected."""
    data = path.read_bytes()
    return scan_pdf_bytes(data, options)


def scan_pdf_bytes(data: bytes, options: ScanOptions) -> list[Finding]:
    """As `scan_pdf`, for a PDF already in memory (an attachment, an earlier revision)."""
    pdf = open_checked_bytes(data)
    findings: list[Finding] = []
    with pdf:
        expected_pages = len(pdf.pages)
        try:
            pending = pending_redactions(pdf)
            links = list(link_annotations(pdf))
            extras = _structure_findings(pdf, options, findings)
        except PdfRejected:
            raise
        except RecursionError as exc:
            raise PdfRejected("structure nested too deeply to read") from exc
        except Exception as exc:  # qpdf and pikepdf raise many types for damaged objects
            raise PdfRejected(f"damaged PDF structure: {type(exc).__name__}: {exc}"[:200]) from exc
    several_revisions = len(revision_ends(data)) > 1
    current_words: set[str] = set()
    page_texts: dict[int, str] = {}
    seen_pages = 0
    for page in read_pages(data):
        seen_pages += 1
        lines = assemble(page.glyphs)
        if several_revisions:
            for line in lines:
                current_words |= words(line.text)
        findings.extend(_hidden_findings(page))
        findings.extend(_under_pending(page, pending.get(page.number, [])))
        text = "\n".join(line.text for line in lines)
        page_texts[page.number] = text
        for finding in find_personal_data(text, f"page {page.number}", options):
            findings.append(_locate(finding, lines, page.mediabox[:2]))
    if seen_pages != expected_pages:
        # Two parsers disagreeing about the page tree means one of them is skipping content.
        raise PdfRejected(
            f"damaged PDF: page tree unclear ({expected_pages} pages by qpdf, "
            f"{seen_pages} by pdfminer)"
        )
    for link in links:
        findings.extend(_link_findings(link, page_texts.get(link.page, ""), options))
    if several_revisions:
        for left in leftovers(data, current_words, extras):
            where = f"earlier revision {left.revision} of {left.revisions}, {left.place}"
            findings.append(Finding("incremental_update", where, _short(left.text)))
            findings.extend(find_personal_data(left.text, where, options))
    return _dedupe(findings)


def _structure_findings(pdf: pikepdf.Pdf, options: ScanOptions, out: list[Finding]) -> set[str]:
    """Annotations, form fields, attachments and metadata; returns their values for revisions."""
    extras: set[str] = set()
    for note in markup_annotations(pdf):
        where = f"page {note.page}, {note.subtype} annotation {near(note.x, note.y)}"
        shown = " — ".join(t for t in (note.author, note.text) if t.strip())
        out.append(Finding("annotation", where, _short(shown or note.subtype)))
        out.extend(find_personal_data(f"{note.author}\n{note.text}", where, options))
        extras.add(note.text.strip())
    for field in form_fields(pdf):
        where = f"form field '{field.name}'"
        out.append(Finding("form_field", where, _short(field.value)))
        out.extend(find_personal_data(field.value, where, options))
        extras.add(field.value.strip())
    for attachment in attachments(pdf):
        where = f"embedded file '{attachment.name}' ({attachment.where})"
        out.append(Finding("embedded_file", where, attachment.name))
        extras.add(attachment.name.strip())
        out.extend(find_personal_data(attachment.name, where, options))
        if attachment.data is not None:
            out.extend(_scan_attachment(attachment.name, attachment.data, where, options))
    info = info_properties(pdf)
    extras.update(v.strip() for v in info.values())
    out.extend(check_properties(info, "document information", options))
    out.extend(check_properties(xmp_properties(pdf), "XMP metadata", options))
    return extras


def _link_findings(link: LinkAnnotation, page_text: str, options: ScanOptions) -> list[Finding]:
    """FOIA s40(2): a link hides nothing when it goes to a place in the document, or to an
    address printed on its page or allowed; otherwise its target and any note on it are
    read for personal data (a mailto: to a person behind "Contact us"). A link that runs
    anything else (a script, a program) is always reported."""
    where = f"page {link.page}, Link annotation {near(link.x, link.y)}"
    if link.action:
        shown = f"{link.action} action" + (f": {link.contents}" if link.contents else "")
        return [Finding("annotation", where, _short(shown))]
    hidden = [
        piece
        for piece in (link.uri, link.contents)
        if piece.strip()
        and piece.strip() != link.destination.strip()
        and not _shown_or_allowed(piece, page_text, options.allow)
    ]
    if not hidden:
        return []
    personal = find_personal_data("\n".join(hidden), where, options)
    if not personal:
        return []
    return [Finding("annotation", where, _short(" — ".join(hidden))), *personal]


def _shown_or_allowed(target: str, page_text: str, allow: tuple[str, ...]) -> bool:
    """Whether a link target (or its address without the scheme) is printed on the page or
    is one of the allowed organisational strings."""
    address = _LINK_SCHEME.sub("", target.strip()).split("?", 1)[0].rstrip("/")
    wanted = {_squash(target), _squash(address)} - {""}
    if not wanted:
        return True
    if any(_squash(a) in wanted for a in allow):
        return True
    page = _squash(page_text)
    return any(w in page for w in wanted)


def _squash(text: str) -> str:
    return "".join(text.split()).casefold()


def _hidden_findings(page: PageContent) -> Iterable[Finding]:
    counts: dict[str, int] = {}
    for hiding in find_hidden(page):
        counts[hiding.kind] = counts.get(hiding.kind, 0) + 1
        if counts[hiding.kind] > MAX_FINDINGS_PER_KIND_PER_PAGE:
            continue
        x0, y0, _x1, _y1 = hiding.cover or hiding.box
        where = f"page {page.number}, {near(x0, y0, page.mediabox[:2])}, {hiding.reason}"
        yield Finding(hiding.kind, where, excerpt_of(hiding.glyphs))


def _under_pending(page: PageContent, marks: list[PendingRedaction]) -> Iterable[Finding]:
    """Text under an annotation meant to hide it (a redaction mark never applied, a dark filled
    box) is still in the content stream."""
    for mark in marks:
        x0, y0, x1, y1 = mark.rect
        under = [
            g for g in page.glyphs
            if g.text.strip() and x0 <= g.cx <= x1 and y0 <= g.cy <= y1
        ]
        if under:
            corner = near(x0, y0, page.mediabox[:2])
            where = f"page {page.number}, {corner}, {mark.reason}"
            yield Finding("fake_redaction", where, excerpt_of(under))


def _locate(finding: Finding, lines: list[Line], origin: tuple[float, float]) -> Finding:
    """Say which line of the page a personal-data finding is on."""
    quoted = finding.excerpt.split(": ", 1)[-1].rstrip("…")
    for line in lines:
        if quoted and quoted in line.text:
            where = f"{finding.where}, {near(line.x, line.y, origin)}"
            return Finding(finding.kind, where, finding.excerpt)
    return finding


def _scan_attachment(name: str, data: bytes, where: str, options: ScanOptions) -> list[Finding]:
    """Scan an attachment's own contents: PDFs here, other formats through the scanner."""
    depth = int(os.environ.get(_DEPTH_ENV, "0") or 0)
    if depth >= MAX_ATTACHMENT_DEPTH:
        return [Finding("embedded_file", where, "nested too deep to open; not scanned")]
    previous = os.environ.get(_DEPTH_ENV)
    os.environ[_DEPTH_ENV] = str(depth + 1)
    try:
        if data[:1024].find(b"%PDF-") >= 0:
            try:
                inner = scan_pdf_bytes(data, options)
            except PdfRejected as exc:
                return [Finding("embedded_file", where, f"cannot be scanned: {exc}")]
        else:
            inner = _scan_other(name, data, options, depth + 1)
    finally:
        if previous is None:
            os.environ.pop(_DEPTH_ENV, None)
        else:
            os.environ[_DEPTH_ENV] = previous
    return [Finding(f.kind, f"{where}: {f.where}", f.excerpt) for f in inner]


def _scan_other(name: str, data: bytes, options: ScanOptions, depth: int) -> list[Finding]:
    """Any other format goes through the scanner, in this (already bounded) process."""
    from foidesk.release.findings import ScanError
    from foidesk.release.scanner import scan_path

    safe = _SAFE_NAME.sub("_", Path(name).name)[-100:] or "attachment"
    with tempfile.TemporaryDirectory(prefix="foidesk-attachment-") as folder:
        target = Path(folder) / safe
        target.write_bytes(data)
        try:
            return scan_path(target, options, depth)
        except ScanError as exc:
            return [Finding("embedded_file", "contents", f"cannot be scanned: {exc}")]


def _short(text: str, limit: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _dedupe(findings: list[Finding]) -> list[Finding]:
    seen: set[Finding] = set()
    out: list[Finding] = []
    for finding in findings:
        if finding not in seen:
            seen.add(finding)
            out.append(finding)
    return out
