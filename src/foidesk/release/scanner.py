"""The release scanner: tell each file's format by its content, scan it in a child process
held to a time and memory budget, and report a verdict.

Fail closed (STYLE.md habit 8): a file that cannot be parsed, is encrypted, is over a limit,
runs out of time or memory, or crashes the child gets verdict `error`, which blocks release
exactly like `leaky`. Nothing a file does can crash the caller.
"""

from __future__ import annotations

import importlib
import tempfile
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from foidesk.release.bounded import memory_reason, run_bounded
from foidesk.release.findings import FileReport, Finding, ScanError, ScanOptions, Verdict
from foidesk.release.ooxml.archive import OLE_MAGIC, ZIP_MAGIC, refuse_ole, sniff

SUPPORTED = "xlsx, xlsm, docx, pdf, csv and txt"
TEXT_SUFFIXES = (".csv", ".txt")
MAX_DEPTH = 3


def detect_format(path: Path) -> str:
    """`xlsx`, `docx`, `pdf` or `text`, judged by content first and the name second."""
    if not path.is_file():
        raise ScanError("no such file" if not path.exists() else "not a regular file")
    head = sniff(path)
    suffix = path.suffix.lower()
    if head.startswith(OLE_MAGIC):
        refuse_ole(head)
    if head.startswith(ZIP_MAGIC) or (suffix in (".xlsx", ".xlsm", ".docx") and head[:2] == b"PK"):
        try:
            with zipfile.ZipFile(path) as archive:
                names = set(archive.namelist())
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
            raise ScanError(f"not a readable zip archive (damaged or truncated): {exc}") from exc
        if "EncryptedPackage" in names:
            raise ScanError("encrypted (password-protected) Office file; it cannot be inspected")
        if any(n.startswith("xl/") for n in names):
            return "xlsx"
        if any(n.startswith("word/") for n in names):
            return "docx"
        raise ScanError(f"unsupported format: a zip archive that is not xlsx or docx ({SUPPORTED})")
    if _looks_like_pdf(path):
        return "pdf"
    if suffix in (".xlsx", ".xlsm", ".docx"):
        raise ScanError(f"not a valid {suffix[1:]} file: not a zip archive (damaged or mislabelled)")
    if suffix == ".pdf":
        raise ScanError("not a valid PDF: no %PDF header")
    if suffix in TEXT_SUFFIXES:
        return "text"
    raise ScanError(f"unsupported format {suffix or '(no extension)'}: foidesk scans {SUPPORTED}")


def _looks_like_pdf(path: Path) -> bool:
    with path.open("rb") as fh:
        return b"%PDF-" in fh.read(1024)


def scan_path(path: Path, options: ScanOptions, depth: int = 0) -> list[Finding]:
    """Scan in this process (the child calls this); raises ScanError when it cannot judge."""
    kind = detect_format(path)

    def embedded(data: bytes, name: str) -> list[Finding]:
        return _scan_embedded(data, name, options, depth + 1)

    if kind == "xlsx":
        from foidesk.release.xlsx.scan import scan_xlsx

        return scan_xlsx(path, options, embedded)
    if kind == "docx":
        from foidesk.release.docx.scan import scan_docx

        return scan_docx(path, options, embedded)
    if kind == "pdf":
        return _scan_pdf(path, options)
    from foidesk.release.text_scan import scan_text

    return scan_text(path, options)


def _scan_pdf(path: Path, options: ScanOptions) -> list[Finding]:
    try:
        module = importlib.import_module("foidesk.release.pdf_scan")
    except ImportError as exc:
        raise ScanError("PDF support unavailable") from exc
    findings: list[Finding] = module.scan_pdf(path, options)
    return findings


def _scan_embedded(data: bytes, name: str, options: ScanOptions, depth: int) -> list[Finding]:
    """An embedded file is scanned like any other, to a limited depth; one that cannot be read
    is itself reported (the parent already carries an `embedded_object` finding)."""
    if depth > MAX_DEPTH:
        return [Finding("embedded_object", name, f"nested more than {MAX_DEPTH} deep; not scanned")]
    if data.startswith(OLE_MAGIC):
        return []
    suffix = Path(name).suffix.lower()
    if data.startswith(b"%PDF"):
        suffix = ".pdf"
    elif data.startswith(ZIP_MAGIC) and suffix not in (".xlsx", ".xlsm", ".docx"):
        suffix = ".zip"
    with tempfile.TemporaryDirectory(prefix="foidesk-embedded-") as folder:
        target = Path(folder) / f"embedded{suffix}"
        target.write_bytes(data)
        try:
            return scan_path(target, options, depth)
        except ScanError as exc:
            return [Finding("embedded_object", name, f"could not be scanned: {exc}")]


def report_for(path: Path, options: ScanOptions) -> FileReport:
    """The verdict for one file, computed in this process; never raises."""
    try:
        findings = scan_path(path, options)
    except ScanError as exc:
        return FileReport(str(path), Verdict.ERROR, error=str(exc))
    except MemoryError:
        return _memory_error(path, options)
    except RecursionError:
        return FileReport(str(path), Verdict.ERROR, error="structure nested too deeply to read")
    except Exception as exc:  # noqa: BLE001 - fail closed on anything a hostile file provokes
        return FileReport(
            str(path), Verdict.ERROR, error=f"could not be read: {type(exc).__name__}: {exc}"[:300]
        )
    return FileReport(str(path), Verdict.LEAKY if findings else Verdict.CLEAN, findings)


def _memory_error(path: Path, options: ScanOptions) -> FileReport:
    return FileReport(str(path), Verdict.ERROR, error=memory_reason(options))


def from_dict(data: dict[str, Any]) -> FileReport:
    raw_findings = data.get("findings", [])
    findings = [
        Finding(str(f["kind"]), str(f["where"]), str(f.get("excerpt", "")))
        for f in (raw_findings if isinstance(raw_findings, list) else [])
    ]
    error = data.get("error")
    return FileReport(
        str(data["file"]), Verdict(str(data["verdict"])), findings,
        str(error) if error is not None else None,
    )


def scan_file(path: Path, options: ScanOptions) -> FileReport:
    """Scan one file in a child process bounded by `options`' time and memory limits."""
    data = run_bounded("scan", [str(path)], options)
    if "verdict" not in data:
        return FileReport(str(path), Verdict.ERROR, error=str(data.get("error", "unknown error")))
    return from_dict(data)


def scan_files(paths: Iterable[Path], options: ScanOptions) -> list[FileReport]:
    """Each file in its own bounded child process, one after another."""
    return [scan_file(path, options) for path in paths]


def overall_exit_status(reports: Iterable[FileReport]) -> int:
    """0 when every file is clean, 1 when any is leaky, 2 when any could not be judged."""
    verdicts = {r.verdict for r in reports}
    if Verdict.ERROR in verdicts:
        return 2
    return 1 if Verdict.LEAKY in verdicts else 0
