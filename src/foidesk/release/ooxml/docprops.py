"""Document properties of an OOXML package: core, extended (app) and custom properties."""

from __future__ import annotations

from foidesk.release.findings import Finding, ScanOptions
from foidesk.release.ooxml.archive import SafeArchive
from foidesk.release.ooxml.markup import NS, local_name, parse, text_of
from foidesk.release.properties import check_properties

CORE = "docProps/core.xml"
APP = "docProps/app.xml"
CUSTOM = "docProps/custom.xml"
_PREFIX = {uri: prefix for prefix, uri in NS.items()}


def _prefixed(tag: str) -> str:
    if tag.startswith("{"):
        uri, local = tag[1:].split("}", 1)
        return f"{_PREFIX.get(uri, 'x')}:{local}"
    return tag


def read_properties(archive: SafeArchive) -> dict[str, dict[str, str]]:
    """Each property part's simple values, keyed `dc:creator`, `Manager`, `custom:Reviewer`."""
    found: dict[str, dict[str, str]] = {}
    for part in (CORE, APP):
        if part in archive:
            root = parse(archive.read(part), part)
            values: dict[str, str] = {}
            for child in root:
                if len(child) == 0:
                    key = _prefixed(child.tag) if part == CORE else local_name(child.tag)
                    values[key] = (child.text or "").strip()
            found[part] = values
    if CUSTOM in archive:
        root = parse(archive.read(CUSTOM), CUSTOM)
        found[CUSTOM] = {
            f"custom:{prop.get('name', '')}": text_of(prop).strip() for prop in root
        }
    return found


def scan_properties(archive: SafeArchive, options: ScanOptions) -> list[Finding]:
    findings: list[Finding] = []
    for part, values in read_properties(archive).items():
        findings.extend(check_properties(values, part, options))
    return findings
