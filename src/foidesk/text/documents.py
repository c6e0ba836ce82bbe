"""Reading a letter or request from a file into plain text: text, HTML, PDF or DOCX.

Fail-safe: anything that cannot be read as a letter (missing, empty, binary, corrupt, scanned
without a text layer, too large) raises DocumentError with a one-line message for people, never a
traceback.
"""

from __future__ import annotations

import io
import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

# A response letter is a few pages; these bounds keep hostile files from taking unbounded time.
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_PDF_PAGES = 100
MAX_DOCX_XML_BYTES = 60 * 1024 * 1024


class DocumentError(ValueError):
    """The file cannot be read as a letter; the message says why in one line."""


_BLOCK_TAGS = {
    "p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6",
    "section", "article", "header", "footer", "blockquote", "pre", "hr", "dd", "dt", "td", "th",
}  # fmt: skip
_SKIP_TAGS = {"script", "style", "head", "template", "noscript"}


class _HtmlText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0
        self._links: list[tuple[str, int]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            href = dict(attrs).get("href") or ""
            if href.startswith(("http://", "https://", "mailto:")):
                self._links.append((href.removeprefix("mailto:"), len(self.parts)))
        if tag in _SKIP_TAGS:
            self._skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._links:
            # Keep the address of a link whose text hides it ("our website"), so a reader of the
            # text (and the checker) can see where it points.
            href, start = self._links.pop()
            if href not in "".join(self.parts[start:]):
                self.parts.append(f" ({href})")
        if tag in _SKIP_TAGS:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """The visible text of an HTML page, one block per line."""
    parser = _HtmlText()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # Letters saved on Windows are usually cp1252; undefined bytes fall back to replacement.
        return data.decode("cp1252", errors="replace")


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if not sample:
        return False
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls / len(sample) > 0.05


def _looks_html(path: Path, text: str) -> bool:
    if path.suffix.lower() in (".html", ".htm", ".xhtml"):
        return True
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or ("<body" in head and "</" in head)


# Inside a line, a horizontal gap wider than this (in points) separates table cells: word
# spacing in running text, even justified, stays well under it.
_CELL_GAP = 18.0


def _pdf_lines(page: Any) -> tuple[list[str], list[str]]:
    """One page's text lines grouped by vertical position (pdfminer alone reads a table column
    by column), split into running text and table rows; a row's cells are joined with " | "."""
    text: list[str] = []
    rows: list[str] = []
    for line in page.extract_text_lines(return_chars=True):
        cells: list[str] = []
        current: list[str] = []
        previous_end: float | None = None
        previous_start: float | None = None
        for char in line["chars"]:
            # A ligature ("ffi") can come as one glyph drawn several times at the same place.
            if previous_start is not None and abs(char["x0"] - previous_start) < 0.01:
                continue
            previous_start = char["x0"]
            if previous_end is not None and char["x0"] - previous_end > _CELL_GAP:
                cells.append("".join(current).strip())
                current = []
            elif previous_end is not None and char["x0"] - previous_end > 1.0 and current:
                if current[-1] != " " and char["text"] != " ":
                    current.append(" ")
            current.append(char["text"])
            previous_end = char["x1"]
        cells.append("".join(current).strip())
        cells = [cell for cell in cells if cell]
        if len(cells) > 1:
            rows.append(" | ".join(cells))
        elif cells:
            text.append(cells[0])
    return text, rows


def _pdf_text(data: bytes) -> str:
    """The text layer, running text first and table rows after it, as a DOCX is read."""
    import pdfplumber

    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            text: list[str] = []
            rows: list[str] = []
            for page in pdf.pages[:MAX_PDF_PAGES]:
                page_text, page_rows = _pdf_lines(page)
                text += page_text
                rows += page_rows
    except Exception as error:  # pdfminer (under pdfplumber) raises many types for broken files
        kind = type(error).__name__
        detail = f"{kind} {error!r}"
        if "Encrypt" in detail or "Password" in detail:
            raise DocumentError("the PDF is encrypted; save an unprotected copy") from None
        raise DocumentError(f"not a readable PDF ({kind})") from None
    return "\n".join(text + rows)


def _docx_text(data: bytes) -> str:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        info = archive.getinfo("word/document.xml")
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        raise DocumentError("not a readable DOCX (the Word document part is missing)") from None
    if info.file_size > MAX_DOCX_XML_BYTES:
        raise DocumentError("the DOCX is too large to be a letter")
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as error:  # python-docx raises lxml, zip and key errors for broken files
        raise DocumentError(f"not a readable DOCX ({type(error).__name__})") from None
    lines: list[str] = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append(" | ".join(cell.text.strip() for cell in row.cells))
    return "\n".join(lines)


def read_document(path: Path) -> str:
    """The text of a letter or request file (plain text, HTML, PDF or DOCX)."""
    try:
        if not path.exists():
            raise DocumentError(f"{path}: no such file")
        if path.is_dir():
            raise DocumentError(f"{path}: is a directory, not a document")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise DocumentError(f"{path}: {size // (1024 * 1024)} MB is too large for a letter")
        data = path.read_bytes()
    except OSError as error:
        raise DocumentError(f"{path}: cannot be read ({error.strerror or error})") from None
    if not data.strip():
        raise DocumentError(f"{path}: the file is empty")
    if data.startswith(b"%PDF"):
        text = _pdf_text(data)
        if not text.strip():
            raise DocumentError(f"{path}: the PDF has no text layer (a scan?); OCR it first")
    elif data.startswith(b"PK\x03\x04"):
        text = _docx_text(data)
    elif data.startswith(b"\xd0\xcf\x11\xe0"):
        raise DocumentError(f"{path}: an old Word (.doc) file; save it as DOCX or PDF")
    elif data.lstrip().startswith(b"{\\rtf"):
        raise DocumentError(f"{path}: an RTF file; save it as DOCX or PDF")
    elif _looks_binary(data):
        raise DocumentError(f"{path}: a binary file, not a letter (use text, HTML, PDF or DOCX)")
    else:
        text = _decode(data)
        if _looks_html(path, text):
            text = html_to_text(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    if not text.strip():
        raise DocumentError(f"{path}: the document has no text")
    return text
