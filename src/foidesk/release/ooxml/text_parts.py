"""Personal data in any XML part, wherever its text is: element text and the attributes that
carry words (alt text, titles, authors, cached values)."""

from __future__ import annotations

import re

from foidesk.release.finding_log import FindingLog
from foidesk.release.findings import Finding, ScanOptions
from foidesk.release.ooxml.archive import SafeArchive
from foidesk.release.ooxml.markup import iterparse, local_name, parse
from foidesk.release.personal_data import KIND as PERSONAL
from foidesk.release.personal_data import excerpt, iter_matches

WORDY_ATTRIBUTES = frozenset(
    {"descr", "title", "name", "author", "displayName", "userId", "v", "caption", "tooltip",
     "alt", "initials", "href"}
)
CHUNK = 64 * 1024
_TAGS = re.compile(rb"<[^>]*>")


def _scan_text(text: str, where: str, options: ScanOptions, log: FindingLog) -> None:
    for match in iter_matches(text, options):
        log.add(Finding(PERSONAL, where, f"{match.label}: {excerpt(match.text)}"))


def scan_part_text(
    archive: SafeArchive, part: str, where: str, options: ScanOptions, log: FindingLog
) -> None:
    """Stream the part, scanning its words in chunks (NUL between pieces, which no pattern
    crosses). VML, which Office writes as loose HTML-like markup, falls back to stripping tags."""
    if part.lower().endswith(".vml"):
        raw = archive.read(part)
        _scan_text(_TAGS.sub(b"\x00", raw).decode("utf-8", "replace"), where, options, log)
        return
    pieces: list[str] = []
    size = 0
    root = None
    with archive.open(part) as stream:
        for event, elem in iterparse(stream, part):
            if root is None:
                root = elem
            if event == "start":
                for key, value in elem.attrib.items():
                    if local_name(key) in WORDY_ATTRIBUTES and value:
                        pieces.append(value)
                        size += len(value)
                continue
            if elem.text and elem.text.strip():
                pieces.append(elem.text)
                size += len(elem.text)
            if elem.tail and elem.tail.strip():
                pieces.append(elem.tail)
            if size > CHUNK:
                _scan_text("\x00".join(pieces), where, options, log)
                pieces, size = [], 0
                root.clear()
    if pieces:
        _scan_text("\x00".join(pieces), where, options, log)


def is_xml_part(archive: SafeArchive, part: str) -> bool:
    lower = part.lower()
    return lower.endswith((".xml", ".rels", ".vml")) and not lower.endswith("].xml")


def scan_other_parts(
    archive: SafeArchive, handled: set[str], options: ScanOptions, log: FindingLog
) -> None:
    """Every XML part not read by a specific check, so no text goes unread."""
    for part in archive.names():
        if part in handled or part.endswith("/") or not is_xml_part(archive, part):
            continue
        if part.endswith(".rels"):
            _scan_link_targets(archive, part, options, log)
            continue
        scan_part_text(archive, part, part, options, log)


def _scan_link_targets(
    archive: SafeArchive, part: str, options: ScanOptions, log: FindingLog
) -> None:
    """External link targets (a `mailto:` behind "contact us", a path with a name in it)."""
    targets = [
        rel.get("Target", "")
        for rel in parse(archive.read(part), part)
        if rel.get("TargetMode") == "External"
    ]
    if targets:
        _scan_text("\x00".join(targets), f"link targets in {part}", options, log)
