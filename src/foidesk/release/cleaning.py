"""`clean`: write a copy of a file with hidden content and metadata removed, then re-scan it.

Fail closed (STYLE.md habit 8): the copy is only called clean when the scanner, run afresh on
it in its own bounded process, finds nothing. Personal data in visible content cannot be
removed by cleaning; the re-scan reports it and `foidesk redact` is the way through.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from foidesk.release.bounded import run_bounded
from foidesk.release.docx.clean import clean_docx
from foidesk.release.findings import FileReport, ScanError, ScanOptions, Verdict
from foidesk.release.output_path import unwritable_reason
from foidesk.release.scanner import detect_format, scan_file
from foidesk.release.text_scan import clean_text
from foidesk.release.xlsx.clean import clean_xlsx

__all__ = ["clean_docx", "clean_file", "clean_pdf", "clean_text", "clean_xlsx"]


def clean_pdf(src: Path, dst: Path) -> None:
    try:
        module = importlib.import_module("foidesk.release.pdf_clean")
    except ImportError as exc:
        raise ScanError("PDF support unavailable") from exc
    module.clean_pdf(src, dst)


def clean_path(src: Path, dst: Path, *, reject_changes: bool = False) -> None:
    """Clean in this process, by the file's format; raises ScanError when it cannot."""
    kind = detect_format(src)
    if kind == "xlsx":
        clean_xlsx(src, dst)
    elif kind == "docx":
        clean_docx(src, dst, reject_changes=reject_changes)
    elif kind == "pdf":
        clean_pdf(src, dst)
    else:
        clean_text(src, dst)


def clean_file(
    src: Path, dst: Path, *, reject_changes: bool = False, options: ScanOptions
) -> FileReport:
    """Write the cleaned copy to `dst` (in a bounded child), then re-scan `dst`. The report is
    the re-scan's: clean, leaky (what remains, e.g. visible personal data) or error."""
    unwritable = unwritable_reason(dst)
    if unwritable:
        return FileReport(str(src), Verdict.ERROR, error=unwritable)
    result = run_bounded("clean", [str(src), str(dst), reject_changes], options)
    if "error" in result:
        dst.unlink(missing_ok=True)
        return FileReport(str(src), Verdict.ERROR, error=f"cannot clean: {result['error']}")
    return scan_file(dst, options)
