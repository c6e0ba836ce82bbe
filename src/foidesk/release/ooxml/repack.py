"""Write a cleaned copy of an OOXML package: some relationships cut, every part no longer
reachable from the package root left out (mark and sweep, so nothing orphaned survives), and
chosen parts streamed through a rewrite filter."""

from __future__ import annotations

import posixpath
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO
from xml.etree.ElementTree import Element

from foidesk.release.ooxml.archive import Readable, SafeArchive
from foidesk.release.ooxml.package import Relationship, relationships, rels_name, resolve
from foidesk.release.ooxml.rewrite import Action, Filter, KeepAll, local, rewrite

Transform = Callable[[Readable, IO[bytes]], None]
CORE_KEEP = frozenset({"created", "modified"})
APP_KEEP = frozenset(
    {"Application", "AppVersion", "DocSecurity", "ScaleCrop", "LinksUpToDate", "SharedDoc",
     "HyperlinksChanged"}
)


def source_of_rels(rels_part: str) -> str:
    """`xl/worksheets/_rels/sheet1.xml.rels` -> `xl/worksheets/sheet1.xml`; `_rels/.rels` -> ``."""
    folder, name = posixpath.split(rels_part)
    return posixpath.join(posixpath.dirname(folder), name[: -len(".rels")]).lstrip("/")


class _RelsFilter(KeepAll):
    def __init__(self, source: str, keep: Callable[[str, str, bool], bool]) -> None:
        self.source = source
        self.keep = keep

    def start(self, name: str, attrs: dict[str, str]) -> Action:
        if local(name) != "Relationship":
            return Action.KEEP
        external = attrs.get("TargetMode") == "External"
        target = attrs.get("Target", "")
        kind = attrs.get("Type", "").rsplit("/", 1)[-1]
        part = target if external else resolve(self.source, target)
        return Action.KEEP if self.keep(kind, part, external) else Action.DROP


class _TypesFilter(KeepAll):
    def __init__(self, kept: set[str]) -> None:
        self.kept = kept

    def start(self, name: str, attrs: dict[str, str]) -> Action:
        if local(name) == "Override" and attrs.get("PartName", "").lstrip("/") not in self.kept:
            return Action.DROP
        return Action.KEEP


class _PropsFilter(KeepAll):
    """Keep only the root and the listed children: the rest of the metadata goes."""

    def __init__(self, keep: frozenset[str]) -> None:
        self.keep = keep
        self.depth = 0

    def start(self, name: str, attrs: dict[str, str]) -> Action:
        self.depth += 1
        if self.depth == 2 and local(name) not in self.keep:
            self.depth -= 1
            return Action.DROP
        return Action.KEEP

    def end(self, name: str) -> None:
        self.depth -= 1


def filter_transform(flt: Filter, part: str) -> Transform:
    def run(src: Readable, dst: IO[bytes]) -> None:
        rewrite(src, dst, flt, part)

    return run


class Repack:
    def __init__(self, archive: SafeArchive, *, drop_kinds: Iterable[str]) -> None:
        self.archive = archive
        self.drop_kinds = frozenset(drop_kinds)
        self.drop_parts: set[str] = set()
        self.transforms: dict[str, Transform] = {}
        self.kept: set[str] = set()

    def cut(self, rel: Relationship) -> bool:
        return rel.kind in self.drop_kinds or (not rel.external and rel.target in self.drop_parts)

    def _keep_rel(self, kind: str, part: str, external: bool) -> bool:
        if kind in self.drop_kinds:
            return False
        return external or (part in self.kept)

    def reachable(self) -> set[str]:
        seen: set[str] = set()
        todo = [""]
        while todo:
            part = todo.pop()
            for rel in relationships(self.archive, part):
                if rel.external or self.cut(rel) or rel.target in seen:
                    continue
                if rel.target in self.archive:
                    seen.add(rel.target)
                    todo.append(rel.target)
        return seen

    def write(self, dst: Path, *, first: Iterable[str] = ()) -> None:
        self.kept = self.reachable()
        names = set(self.archive.names())
        keep_files = set(self.kept) | {"[Content_Types].xml"}
        keep_files |= {rels_name(p) for p in self.kept if rels_name(p) in names}
        if "_rels/.rels" in names:
            keep_files.add("_rels/.rels")
        self.transforms.setdefault("[Content_Types].xml",
                                   filter_transform(_TypesFilter(self.kept), "[Content_Types].xml"))
        if "docProps/core.xml" in self.kept:
            self.transforms.setdefault(
                "docProps/core.xml", filter_transform(_PropsFilter(CORE_KEEP), "docProps/core.xml")
            )
        if "docProps/app.xml" in self.kept:
            self.transforms.setdefault(
                "docProps/app.xml", filter_transform(_PropsFilter(APP_KEEP), "docProps/app.xml")
            )
        ordered = [p for p in first if p in keep_files]
        ordered += [p for p in self.archive.names() if p in keep_files and p not in ordered]
        with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as out:
            for part in ordered:
                transform = self.transforms.get(part)
                if transform is None and part.endswith(".rels"):
                    transform = filter_transform(
                        _RelsFilter(source_of_rels(part), self._keep_rel), part
                    )
                with self.archive.open(part) as src, out.open(part, "w", force_zip64=True) as sink:
                    if transform is None:
                        while chunk := src.read(1024 * 1024):
                            sink.write(chunk)
                    else:
                        transform(src, sink)


class ChartFilter(KeepAll):
    """Charts keep a workbook of their source data as an embedded package (c:externalData);
    the package is removed, so the reference to it goes too."""

    def start(self, name: str, attrs: dict[str, str]) -> Action:
        if local(name) in ("externalData", "userShapes"):
            return Action.DROP
        if local(name) in ("cNvPr", "docPr"):
            attrs.pop("descr", None)
            attrs.pop("title", None)
        return Action.KEEP


def add_chart_filters(repack: Repack) -> None:
    for part in repack.archive.names():
        if "/charts/" in part and part.endswith(".xml") and "/_rels/" not in part:
            repack.transforms.setdefault(part, filter_transform(ChartFilter(), part))


def strip_alt_text(elem: Element) -> None:
    """Alt text and titles on drawings and VML shapes (`descr`, `title`, `alt`, `o:title`)."""
    for node in elem.iter():
        if local(node.tag) in ("docPr", "cNvPr"):
            node.attrib.pop("descr", None)
            node.attrib.pop("title", None)
        for key in [k for k in node.attrib if local(k) in ("alt",) or k == "o:title"]:
            node.attrib.pop(key, None)
