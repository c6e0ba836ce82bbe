"""The workbook part: its sheets (and which are hidden), defined names and print areas."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from foidesk.release.findings import ScanError
from foidesk.release.ooxml.archive import SafeArchive
from foidesk.release.ooxml.markup import NS, parse, q
from foidesk.release.ooxml.package import Relationship, relationships
from foidesk.release.xlsx.cells import Area, parse_area, split_sheet_ref

WORKBOOK = "xl/workbook.xml"


@dataclass(frozen=True, slots=True)
class SheetInfo:
    name: str
    state: str  # visible, hidden, veryHidden
    part: str | None
    kind: str  # worksheet, chartsheet, dialogsheet, macrosheet


@dataclass(frozen=True, slots=True)
class DefinedName:
    name: str
    local_sheet: int | None
    hidden: bool
    value: str

    @property
    def builtin(self) -> bool:
        return self.name.startswith("_xlnm.")


@dataclass(slots=True)
class Workbook:
    part: str
    sheets: list[SheetInfo] = field(default_factory=list)
    names: list[DefinedName] = field(default_factory=list)
    rels: list[Relationship] = field(default_factory=list)
    print_areas: dict[str, list[Area]] = field(default_factory=dict)
    saved_in: str = ""  # x15ac:absPath, the folder Excel last saved the file in

    def rel_parts(self, kind: str) -> list[str]:
        return [r.target for r in self.rels if r.kind == kind and not r.external]


def workbook_part(archive: SafeArchive) -> str:
    for rel in relationships(archive, ""):
        if rel.kind == "officeDocument" and not rel.external:
            return rel.target
    if WORKBOOK in archive:
        return WORKBOOK
    raise ScanError("not a spreadsheet: no workbook part")


def refs_in(value: str) -> list[tuple[str | None, str]]:
    """The (sheet, range) pairs in a name's formula, when it is a plain list of ranges."""
    if "(" in value:
        return []
    pieces = re.findall(r"(?:'(?:[^']|'')*'|[^,])+", value.lstrip("="))
    return [split_sheet_ref(piece.strip()) for piece in pieces if piece.strip()]


def read_workbook(archive: SafeArchive) -> Workbook:
    part = workbook_part(archive)
    if part not in archive:
        raise ScanError(f"not a spreadsheet: missing {part}")
    root = parse(archive.read(part), part)
    if root.tag != q("main", "workbook"):
        raise ScanError(
            f"unsupported workbook markup ({root.tag.split('}')[0].lstrip('{') or root.tag}):"
            " only Transitional Office Open XML can be inspected (Strict is not)"
        )
    book = Workbook(part=part, rels=relationships(archive, part))
    targets = {r.id: r for r in book.rels}
    for sheet in root.iterfind("main:sheets/main:sheet", NS):
        rel = targets.get(sheet.get(q("r", "id"), ""))
        book.sheets.append(
            SheetInfo(
                name=sheet.get("name", "?"),
                state=sheet.get("state", "visible") or "visible",
                part=rel.target if rel and not rel.external else None,
                kind=rel.kind if rel else "worksheet",
            )
        )
    for name in root.iterfind("main:definedNames/main:definedName", NS):
        local = name.get("localSheetId")
        book.names.append(
            DefinedName(
                name=name.get("name", ""),
                local_sheet=int(local) if local and local.isdigit() else None,
                hidden=name.get("hidden", "0") in ("1", "true"),
                value=(name.text or "").strip(),
            )
        )
    for elem in root.iter():
        if elem.tag.endswith("}absPath"):
            book.saved_in = elem.get("url", "")
    for defined in book.names:
        if defined.name.lower() != "_xlnm.print_area":
            continue
        for sheet_name, ref in refs_in(defined.value):
            if sheet_name is None and defined.local_sheet is not None:
                if defined.local_sheet < len(book.sheets):
                    sheet_name = book.sheets[defined.local_sheet].name
            area = parse_area(ref)
            if sheet_name is not None and area is not None:
                book.print_areas.setdefault(sheet_name, []).append(area)
    return book
