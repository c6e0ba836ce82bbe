"""Redact files for real (issue 4 §2): `redact_file` is the one door.

PDF: glyphs removed, boxes painted, history dropped, verified by two extractors, pages
rasterised where removal cannot be proved (`redaction.pdf`). docx and xlsx: matches become a
visible `[redacted]` marker in every part of the package (`redaction.ooxml`); csv and txt
likewise (`redaction.plain`). Every output is then cleaned and re-scanned; the result says
whether it is clean, and `RedactionFailed` is raised when the redacted text cannot be proved
gone (fail closed, STYLE.md habit 8).
"""

from __future__ import annotations

import importlib
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path

from foidesk.release.findings import Finding, ScanOptions
from foidesk.release.output_path import unwritable_reason
from foidesk.release.redaction.request import (
    MARKER,
    Box,
    Patterns,
    RedactionFailed,
    RedactionResult,
    check_deadline,
    deadline_after,
)

__all__ = ["MARKER", "Box", "RedactionFailed", "RedactionResult", "redact_file"]

OFFICE = {".docx": "docx", ".docm": "docx", ".xlsx": "xlsx", ".xlsm": "xlsx"}
PLAIN = {".txt": "txt", ".csv": "csv"}


def redact_file(
    src: Path,
    dst: Path,
    *,
    texts: Sequence[str] = (),
    regexes: Sequence[str] = (),
    boxes: Sequence[Box] = (),
    options: ScanOptions = ScanOptions(),  # noqa: B008 - frozen dataclass, safe as a default
) -> RedactionResult:
    """FOIA s40(2)/s17: withhold `texts`, `regexes` and `boxes` from `src`, writing `dst`."""
    deadline = deadline_after(options.time_limit_s)
    patterns = Patterns.build(texts, regexes)
    if not patterns and not boxes:
        raise RedactionFailed("nothing to redact: give --text, --regex or --box")
    if src.resolve() == dst.resolve():
        raise RedactionFailed("the output must be a new file, not the input")
    unwritable = unwritable_reason(dst)
    if unwritable:
        raise RedactionFailed(unwritable)
    try:
        data = src.read_bytes()
    except OSError as exc:
        raise RedactionFailed(f"cannot read {src}: {exc.strerror}") from exc
    fmt = _format(src, data)
    # The redacted words are looked for again as names by the re-scan: a second, independent
    # check that they are gone.
    rescan = ScanOptions(
        names=tuple(dict.fromkeys((*options.names, *patterns.texts))),
        allow=options.allow,
        time_limit_s=options.time_limit_s,
        memory_limit_bytes=options.memory_limit_bytes,
    )
    if fmt == "pdf":
        result = _redact_pdf(src, dst, data, patterns, boxes, rescan)
    elif boxes:
        raise RedactionFailed(f"--box applies to PDFs only, not {fmt}")
    else:
        result = _redact_other(src, dst, data, fmt, patterns, rescan, deadline)
    try:
        check_deadline(deadline)
    except RedactionFailed:
        dst.unlink(missing_ok=True)
        raise
    return result


def _format(src: Path, data: bytes) -> str:
    if data[:1024].find(b"%PDF-") >= 0:
        return "pdf"
    suffix = src.suffix.lower()
    if suffix in OFFICE:
        return OFFICE[suffix]
    if suffix in PLAIN:
        return PLAIN[suffix]
    raise RedactionFailed(f"unsupported format {suffix or '(none)'}: redact takes pdf, docx, "
                          "xlsx, csv and txt")


def _redact_pdf(
    src: Path, dst: Path, data: bytes, patterns: Patterns, boxes: Sequence[Box],
    options: ScanOptions,
) -> RedactionResult:
    from foidesk.release.pdf.opening import PdfRejected
    from foidesk.release.pdf_scan import scan_pdf_bytes
    from foidesk.release.redaction.pdf import redact_pdf

    try:
        done = redact_pdf(data, patterns, boxes)
        findings = scan_pdf_bytes(done.data, options)
    except PdfRejected as exc:
        raise RedactionFailed(str(exc)) from exc
    except (RedactionFailed, MemoryError):
        raise
    except RecursionError as exc:
        raise RedactionFailed("structure nested too deeply to redact") from exc
    except Exception as exc:  # qpdf, pdfminer and PDFium raise many types for damaged input
        raise RedactionFailed(f"cannot redact this PDF: {type(exc).__name__}: {exc}"[:300]) from exc
    dst.write_bytes(done.data)
    return RedactionResult(
        src, dst, "pdf", done.redactions, done.rasterised, done.verified_by, findings,
        done.unmatched, done.removed_by_cleaning, done.cleaned_away,
    )


def _redact_other(
    src: Path, dst: Path, data: bytes, fmt: str, patterns: Patterns, options: ScanOptions,
    deadline: float,
) -> RedactionResult:
    from foidesk.release.redaction.ooxml import (
        redact_package,
        remaining_in_package,
        sources_in_package,
    )
    from foidesk.release.redaction.plain import decode, redact_text

    if fmt in {"docx", "xlsx"}:
        redacted, count = redact_package(data, patterns)
        seen = sources_in_package(data, patterns)
    else:
        redacted, count = redact_text(data, patterns, deadline)
        seen = patterns.sources_in(decode(data))
    check_deadline(deadline)
    with tempfile.TemporaryDirectory(prefix="foidesk-redact-") as folder:
        staged = Path(folder) / f"redacted{src.suffix.lower()}"
        staged.write_bytes(redacted)
        findings = _clean_and_rescan(staged, dst, options)
    out = dst.read_bytes()
    if fmt in {"docx", "xlsx"}:
        left = remaining_in_package(out, patterns)
        checker = "package XML text"
    else:
        left = patterns.remaining(decode(out))
        checker = "file text"
    if left:
        raise RedactionFailed(f"redacted text still present after cleaning: {left[0]!r}")
    unmatched = [s for s in patterns.sources if s not in seen]
    return RedactionResult(
        src, dst, fmt, count, [], [checker, "foidesk scan"], findings, unmatched
    )


def _clean_and_rescan(staged: Path, dst: Path, options: ScanOptions) -> list[Finding]:
    """Clean with the release cleaner (which re-scans); without one, copy and fail closed."""
    try:
        cleaning = importlib.import_module("foidesk.release.cleaning")
    except ImportError as exc:
        shutil.copyfile(staged, dst)
        raise RedactionFailed("no cleaner available for this format") from exc
    report = cleaning.clean_file(staged, dst, reject_changes=False, options=options)
    if getattr(report, "error", None):
        raise RedactionFailed(f"cleaning failed: {report.error}")
    return list(report.findings)
