"""The package layer of OOXML (ECMA-376 part 2): relationships and content types."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass

from foidesk.release.ooxml.archive import SafeArchive
from foidesk.release.ooxml.markup import local_name, parse, q


@dataclass(frozen=True, slots=True)
class Relationship:
    id: str
    type: str
    target: str  # a part name inside the package, or the raw target when external
    external: bool

    @property
    def kind(self) -> str:
        """The last word of the relationship type: worksheet, comments, externalLink, ..."""
        return self.type.rsplit("/", 1)[-1]


def rels_name(part: str) -> str:
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", name + ".rels")


def resolve(source_part: str, target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join(posixpath.dirname(source_part), target))


def relationships(archive: SafeArchive, part: str) -> list[Relationship]:
    """ECMA-376-2 §9.3: the relationships a part (or the package, part "") declares."""
    name = rels_name(part) if part else "_rels/.rels"
    if name not in archive:
        return []
    root = parse(archive.read(name), name)
    out: list[Relationship] = []
    for rel in root.iter(q("rel", "Relationship")):
        target = rel.get("Target", "")
        external = rel.get("TargetMode", "") == "External"
        out.append(
            Relationship(
                id=rel.get("Id", ""),
                type=rel.get("Type", ""),
                target=target if external else resolve(part, target),
                external=external,
            )
        )
    return out


def content_types(archive: SafeArchive) -> dict[str, str]:
    """Part name (or `*.ext` default) to content type, from [Content_Types].xml."""
    name = "[Content_Types].xml"
    if name not in archive:
        return {}
    root = parse(archive.read(name), name)
    out: dict[str, str] = {}
    for elem in root:
        tag = local_name(elem.tag)
        if tag == "Default":
            out["*." + elem.get("Extension", "").lower()] = elem.get("ContentType", "")
        elif tag == "Override":
            out[elem.get("PartName", "").lstrip("/")] = elem.get("ContentType", "")
    return out
