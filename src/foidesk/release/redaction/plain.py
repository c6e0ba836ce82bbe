"""Redact plain text and CSV: matched text becomes a visible `[redacted]` marker.

Matching runs over the whole file, so a name broken across a line or a CSV field boundary
(white space between its letters) is still caught. The marker holds no comma or quote, so CSV
structure is kept.
"""

from __future__ import annotations

from foidesk.release.redaction.request import Patterns, RedactionFailed

# A text file larger than this is not a letter or a table a person redacts by hand.
MAX_TEXT_BYTES = 256 * 1024 * 1024


def decode(data: bytes) -> str:
    """The text of a file: UTF-8 (with or without BOM), else Windows-1252 as Excel writes it."""
    if len(data) > MAX_TEXT_BYTES:
        raise RedactionFailed("text file over 256 MB: refused")
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise RedactionFailed("binary data, not text")
    for encoding in ("utf-8-sig", "utf-16") if data.startswith((b"\xff\xfe", b"\xfe\xff")) else (
        "utf-8-sig",
        "cp1252",
    ):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise RedactionFailed("text is neither UTF-8 nor Windows-1252")


def redact_text(
    data: bytes, patterns: Patterns, deadline: float | None = None
) -> tuple[bytes, int]:
    """The text with every match replaced (written back as UTF-8), and the match count;
    past `deadline` it fails closed as too large."""
    text, count = patterns.replace(decode(data), deadline)
    return text.encode("utf-8"), count
