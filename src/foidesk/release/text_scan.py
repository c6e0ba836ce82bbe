"""Plain text and CSV files: personal data line by line, and characters that hide text
(zero-width and bidirectional controls), streamed so a large file stays in bounded memory."""

from __future__ import annotations

import codecs
import csv
import re
from collections.abc import Iterator
from pathlib import Path

from foidesk.release.finding_log import FindingLog
from foidesk.release.findings import Finding, ScanError, ScanOptions
from foidesk.release.personal_data import KIND as PERSONAL
from foidesk.release.personal_data import excerpt, iter_matches, restore_lost_zero

# Zero-width characters and bidirectional overrides display nothing (or reorder what is shown),
# so text can hide in them; a byte-order mark at the very start is harmless and allowed.
HIDING = re.compile("[\u200b\u200c\u200d\u2060\u2061\u2062\u2063\u2064\ufeff\u202a-\u202e\u2066-\u2069]")
MAX_LINE = 1024 * 1024


def detect_encoding(path: Path) -> str:
    """UTF-8 (with or without BOM) if every byte decodes, else Windows-1252 as Excel writes."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        with path.open("rb") as fh:
            head = fh.read(4096)
            if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
                return "utf-16"  # Excel's "Unicode text" export
            if b"\x00" in head:
                raise ScanError("binary data, not text (NUL bytes)")
            fh.seek(0)
            while chunk := fh.read(1024 * 1024):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return "cp1252"
    except OSError as exc:
        raise ScanError(f"cannot read the file: {exc.strerror or exc}") from exc
    return "utf-8-sig"


def _lines(path: Path) -> Iterator[str]:
    encoding = detect_encoding(path)
    with path.open("r", encoding=encoding, errors="replace", newline="") as fh:
        yield from fh


def scan_text(path: Path, options: ScanOptions) -> list[Finding]:
    log = FindingLog()
    is_csv = path.suffix.lower() == ".csv"
    if is_csv:
        _scan_csv(path, options, log)
    else:
        for number, line in enumerate(_lines(path), start=1):
            where = f"line {number}"
            _check(line[:MAX_LINE], where, options, log)
    return log.findings()


def _scan_csv(path: Path, options: ScanOptions, log: FindingLog) -> None:
    csv.field_size_limit(MAX_LINE)
    sample = "".join(line for _, line in zip(range(20), _lines(path), strict=False))
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, ",;\t|")
    except csv.Error:
        dialect = csv.excel
    try:
        for number, row in enumerate(csv.reader(_lines(path), dialect), start=1):
            for column, value in enumerate(row, start=1):
                if value:
                    _check(restore_lost_zero(value.strip()), f"row {number} column {column}",
                           options, log)
    except csv.Error as exc:
        raise ScanError(f"not readable as CSV: {exc}") from exc


def _check(text: str, where: str, options: ScanOptions, log: FindingLog) -> None:
    for match in iter_matches(text, options):
        log.add(Finding(PERSONAL, where, f"{match.label}: {excerpt(match.text)}"))
    hidden = HIDING.search(text.lstrip("\ufeff") if where in ("line 1", "row 1 column 1") else text)
    if hidden:
        log.add(Finding("invisible_text", where,
                        f"hidden character U+{ord(hidden.group()):04X} in: {excerpt(text)}"))


def clean_text(src: Path, dst: Path) -> None:
    """Write a copy without the characters that hide text; the words themselves are kept
    (personal data in visible text is for `foidesk redact`)."""
    encoding = detect_encoding(src)
    with src.open("r", encoding=encoding, errors="replace", newline="") as fin, dst.open(
        "w", encoding="utf-8", newline=""
    ) as fout:
        for line in fin:
            fout.write(HIDING.sub("", line))


