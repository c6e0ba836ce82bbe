"""Open a PDF for inspection, refusing what cannot be inspected safely (STYLE.md habit 8).

An encrypted file, a truncated or damaged one, or one whose objects nest absurdly deep is
rejected with a one-line reason; the scanner framework turns that into verdict `error`.
"""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf

from foidesk.release.findings import ScanError

# Real documents nest a handful of levels (page tree, forms, patterns); thousands mean a hostile
# file built to exhaust the parser's stack.
MAX_NESTING = 64
# The page tree of a 10,000-page file is still far below this.
MAX_PAGES = 20_000


class PdfRejected(ScanError):
    """The PDF cannot be inspected; the message is one line a person can act on."""

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(str(message).split())[:300])


def check_bytes_shape(data: bytes) -> None:
    """Refuse files that are not PDFs or that stop before their end-of-file marker."""
    head = data[:1024]
    if b"%PDF-" not in head:
        raise PdfRejected("not a PDF: no %PDF- header in the first 1024 bytes")
    if b"%%EOF" not in data[-2048:]:
        raise PdfRejected("truncated PDF: no %%EOF marker at the end of the file")


def open_checked(path: Path) -> pikepdf.Pdf:
    """Open `path` with pikepdf, refusing encrypted, damaged or deeply nested files."""
    data = path.read_bytes()
    return open_checked_bytes(data)


def open_checked_bytes(data: bytes) -> pikepdf.Pdf:
    """As `open_checked`, from bytes already read."""
    check_bytes_shape(data)
    try:
        pdf = pikepdf.open(io.BytesIO(data))
    except pikepdf.PasswordError as exc:
        raise PdfRejected("encrypted PDF: it needs a password to open") from exc
    except RecursionError as exc:
        raise PdfRejected("structure nested too deeply to read") from exc
    except Exception as exc:  # qpdf surfaces damage as many exception types
        raise PdfRejected(f"damaged PDF: {_one_line(exc)}") from exc
    if pdf.is_encrypted:
        pdf.close()
        raise PdfRejected("encrypted PDF: decrypt it (foidesk clean removes owner-only encryption)")
    warnings = pdf.get_warnings()
    if warnings:
        pdf.close()
        raise PdfRejected(f"damaged PDF: {_one_line(warnings[0])}")
    try:
        count = len(pdf.pages)
        if count > MAX_PAGES:
            raise PdfRejected(f"too many pages: {count} (limit {MAX_PAGES})")
        check_nesting(pdf)
    except PdfRejected:
        pdf.close()
        raise
    except RecursionError as exc:
        pdf.close()
        raise PdfRejected("structure nested too deeply to read") from exc
    except Exception as exc:  # qpdf surfaces damage as many exception types
        pdf.close()
        raise PdfRejected(f"damaged PDF: {_one_line(exc)}") from exc
    return pdf


def check_nesting(pdf: pikepdf.Pdf) -> None:
    """Refuse direct objects nested more than MAX_NESTING deep anywhere in the file."""
    for obj in pdf.objects:
        _depth(obj, 0)


def _depth(obj: object, level: int) -> None:
    if level > MAX_NESTING:
        raise PdfRejected(f"structure nested more than {MAX_NESTING} levels deep")
    if isinstance(obj, pikepdf.Array):
        for item in obj:
            if isinstance(item, pikepdf.Array | pikepdf.Dictionary) and not item.is_indirect:
                _depth(item, level + 1)
    elif isinstance(obj, pikepdf.Dictionary | pikepdf.Stream):
        for _key, value in obj.items():
            if isinstance(value, pikepdf.Array | pikepdf.Dictionary) and not value.is_indirect:
                _depth(value, level + 1)


def _one_line(value: object) -> str:
    text = " ".join(str(value).split())
    return text[:200] if text else type(value).__name__

