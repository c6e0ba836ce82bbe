"""Shared pieces of the release test corpus: invented people, and patching OOXML packages
where openpyxl and python-docx cannot make a feature."""


from __future__ import annotations

import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from foidesk.release.findings import ScanOptions

STAFF = [
    ("Priya Example", "priya.example@example.org", "07700 900123", "QQ 12 34 56 C"),
    ("Tomasz Sample", "t.sample@example.org", "07700 900456", "QQ 65 43 21 A"),
    ("Grace Placeholder", "grace.p@example.org", "07700 900789", "QQ 11 22 33 B"),
]
AUTHORITY_ALLOW = (
    "foi@anytown.example.gov.uk",
    "01632 960000",
    "Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF",
    "0303 123 1113",
)
REQUESTER = "Morgan Quill"
R_NS = b"http://schemas.openxmlformats.org/officeDocument/2006/relationships"


@dataclass
class Case:
    name: str
    path: Path
    kinds: set[str]
    options: ScanOptions = field(default_factory=ScanOptions)

    @property
    def clean(self) -> bool:
        return not self.kinds


Patch = Callable[[dict[str, bytes]], None]


def patch_zip(path: Path, *patches: Patch) -> None:
    """Rewrite an OOXML package with its parts changed by each patch (a dict of part -> bytes)."""
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    for patch in patches:
        patch(parts)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)


def add_content_type(parts: dict[str, bytes], part: str, content_type: str) -> None:
    override = f'<Override PartName="/{part}" ContentType="{content_type}"/>'.encode()
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>", override + b"</Types>"
    )


def add_default_type(parts: dict[str, bytes], extension: str, content_type: str) -> None:
    if f'Extension="{extension}"'.encode() in parts["[Content_Types].xml"]:
        return
    default = f'<Default Extension="{extension}" ContentType="{content_type}"/>'.encode()
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>", default + b"</Types>"
    )


def add_relationship(parts: dict[str, bytes], rels: str, rid: str, kind: str, target: str,
                     external: bool = False) -> None:
    mode = ' TargetMode="External"' if external else ""
    rel = (
        f'<Relationship Id="{rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        f'relationships/{kind}" Target="{target}"{mode}/>'
    ).encode()
    if rels not in parts:
        parts[rels] = (
            b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships '
            b'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>'
        )
    parts[rels] = parts[rels].replace(b"</Relationships>", rel + b"</Relationships>")


