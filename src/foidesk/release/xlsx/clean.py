"""Write a copy of a workbook with what a reader cannot see taken out: hidden and very hidden
sheets, hidden rows and columns (their cells), invisible cells, cells outside the print area,
comments, pivot caches, external links and connections, embedded objects and macros, custom
XML, printer settings and metadata. Visible cells are kept as they are."""

from __future__ import annotations

from pathlib import Path
from xml.etree.ElementTree import Element

from foidesk.release.findings import ScanError
from foidesk.release.ooxml.archive import SafeArchive
from foidesk.release.ooxml.markup import iterparse, q
from foidesk.release.ooxml.repack import (
    Repack,
    add_chart_filters,
    filter_transform,
    strip_alt_text,
)
from foidesk.release.ooxml.rewrite import Action, KeepAll, local
from foidesk.release.xlsx.cells import Area, Runs, parse_area, split_ref
from foidesk.release.xlsx.shared_strings import SharedStrings
from foidesk.release.xlsx.sheet import (
    MAX_MERGES,
    column_is_hidden,
    merged_cover,
    row_is_hidden,
)
from foidesk.release.xlsx.styles import TINY_FONT_PT, Styles, contrast
from foidesk.release.xlsx.workbook import Workbook, read_workbook, refs_in

DROP_KINDS = (
    "comments", "threadedComment", "person", "vmlDrawing", "pivotTable", "pivotCacheDefinition",
    "pivotCacheRecords", "externalLink", "externalLinkPath", "connections", "queryTable",
    "oleObject", "package", "activeXControl", "activeXControlBinary", "ctrlProp",
    "printerSettings", "vbaProject", "customXml", "customXmlProps", "custom-properties",
    "calcChain", "thumbnail", "usernames", "revisionHeaders", "revisionLog", "attachedTemplate",
)
SHEET_DROP = frozenset(
    {"legacyDrawing", "legacyDrawingHF", "oleObjects", "controls", "customSheetViews"}
)
WORKBOOK_DROP = frozenset(
    {"pivotCaches", "externalReferences", "fileSharing", "customWorkbookViews", "fileRecoveryPr"}
)


class _SheetFilter(KeepAll):
    def __init__(self, *, strings: SharedStrings, styles: Styles, print_area: list[Area] | None,
                 faint: set[int], merges: list[Area]) -> None:
        self.merges = merges
        self.strings = strings
        self.styles = styles
        self.print_area = print_area or None
        self.faint = faint
        self.row = 0
        self.col = 0
        self.hidden_cols: set[int] = set()
        self.hidden_rows = Runs()
        self.rows_hidden_by_default = False

    def start(self, name: str, attrs: dict[str, str]) -> Action:
        tag = local(name)
        if tag == "c":
            ref = attrs.get("r")
            self.col = split_ref(ref)[0] if ref else self.col + 1
            xf = attrs.get("s", "0")
            if (
                self.col in self.hidden_cols
                or (self.merges and merged_cover(self.merges, self.col, self.row) is not None)
                or (xf.isdigit() and int(xf) in self.styles.invisible)
                or (self.print_area is not None
                    and not any(a.contains(self.col, self.row) for a in self.print_area))
            ):
                return Action.DROP
            return Action.CAPTURE
        if tag == "row":
            r = attrs.get("r")
            self.row = int(r) if r and r.isdigit() else self.row + 1
            self.col = 0
            if row_is_hidden(attrs.get("hidden"), attrs.get("ht"), self.rows_hidden_by_default):
                self.hidden_rows.add(self.row)
                return Action.DROP
            return Action.KEEP
        if tag == "col":
            if column_is_hidden(attrs.get("hidden"), attrs.get("width")):
                low = int(attrs.get("min", "1") or 1)
                high = min(int(attrs.get("max", str(low)) or low), 16_384)
                self.hidden_cols.update(range(low, high + 1))
                attrs.pop("hidden", None)
                attrs["width"] = "9.140625"
            return Action.KEEP
        if tag == "sheetFormatPr":
            self.rows_hidden_by_default = attrs.pop("zeroHeight", "0") in ("1", "true")
            return Action.KEEP
        if tag in SHEET_DROP:
            return Action.DROP
        return Action.KEEP

    def captured(self, elem: Element) -> Element | None:
        if elem.get("t") == "s":
            for child in elem:
                if local(child.tag) == "v":
                    text = child.text or ""
                    if text.isdigit():
                        index = int(text)
                        if 0 <= index < len(self.strings.used):
                            self.strings.used[index] = 1
                        if index in self.strings.faint_runs:
                            self._faint(index, elem)
        return elem

    def _faint(self, index: int, cell: Element) -> None:
        colour, size, _text = self.strings.faint_runs[index]
        xf = cell.get("s", "0")
        fill = self.styles.fill(int(xf) if xf.isdigit() else 0)
        if (size is not None and size < TINY_FONT_PT) or (
            colour is not None and contrast(colour, fill) < 1.25
        ):
            self.faint.add(index)


class _StringsFilter(KeepAll):
    """Blank the shared strings no kept cell uses (indices stay valid) and faint runs."""

    def __init__(self, strings: SharedStrings, faint: set[int]) -> None:
        self.strings = strings
        self.faint = faint
        self.index = -1

    def start(self, name: str, attrs: dict[str, str]) -> Action:
        if local(name) == "si":
            self.index += 1
            return Action.CAPTURE
        return Action.KEEP

    def captured(self, elem: Element) -> Element | None:
        prefix = elem.tag[: -len("si")]
        used = 0 <= self.index < len(self.strings.used) and self.strings.used[self.index]
        if not used:
            blank = Element(elem.tag)
            blank.append(Element(prefix + "t"))
            return blank
        if self.index in self.faint:
            _colour, _size, text = self.strings.faint_runs[self.index]
            for run in [r for r in elem if local(r.tag) == "r"]:
                if "".join(t.text or "" for t in run.iter(prefix + "t")) == text:
                    elem.remove(run)
        for child in [c for c in elem if local(c.tag) in ("rPh", "phoneticPr")]:
            elem.remove(child)
        return elem


class _WorkbookFilter(KeepAll):
    def __init__(self, book: Workbook, removed: set[str], hidden: dict[str, tuple[Runs, set[int]]]
                 ) -> None:
        self.book = book
        self.removed = removed
        self.hidden = hidden
        kept = [i for i, s in enumerate(book.sheets) if s.name not in removed]
        self.new_index = {old: new for new, old in enumerate(kept)}

    def start(self, name: str, attrs: dict[str, str]) -> Action:
        tag = local(name)
        if tag == "sheet" and attrs.get("state") in ("hidden", "veryHidden"):
            return Action.DROP
        if tag in WORKBOOK_DROP:
            return Action.DROP
        if tag == "workbookView":
            for key in ("activeTab", "firstSheet"):
                if key in attrs:
                    attrs[key] = "0"
            return Action.KEEP
        if tag in ("definedName", "AlternateContent"):
            return Action.CAPTURE
        return Action.KEEP

    def captured(self, elem: Element) -> Element | None:
        if local(elem.tag) == "AlternateContent":
            # Excel keeps the folder it saved in (x15ac:absPath) here: an account name.
            return None if any(local(e.tag) == "absPath" for e in elem.iter()) else elem
        local_id = elem.get("localSheetId")
        if local_id is not None:
            if not local_id.isdigit() or int(local_id) not in self.new_index:
                return None
            elem.set("localSheetId", str(self.new_index[int(local_id)]))
        name = elem.get("name", "")
        value = (elem.text or "").strip()
        refs = refs_in(value)
        if any(s is not None and (s.startswith("[") or s in self.removed) for s, _ in refs):
            return None
        if name.startswith("_xlnm."):
            return elem
        if elem.get("hidden") in ("1", "true") or (not refs and '"' in value):
            return None
        for sheet, ref in refs:
            area = parse_area(ref)
            if sheet is None or area is None:
                continue
            rows, cols = self.hidden.get(sheet, (Runs(), set()))
            if any(a <= area.max_row and b >= area.min_row for a, b in rows.runs) or any(
                area.min_col <= c <= area.max_col for c in cols
            ):
                return None
            print_area = self.book.print_areas.get(sheet)
            if print_area and not any(
                p.contains(area.min_col, area.min_row) and p.contains(area.max_col, area.max_row)
                for p in print_area
            ):
                return None
        return elem


class _DrawingFilter(KeepAll):
    def start(self, name: str, attrs: dict[str, str]) -> Action:
        if local(name) in ("cNvPr", "docPr"):
            attrs.pop("descr", None)
            attrs.pop("title", None)
        return Action.KEEP

    def captured(self, elem: Element) -> Element | None:
        strip_alt_text(elem)
        return elem


def _merges(archive: SafeArchive, part: str) -> list[Area]:
    """The sheet's merged areas (listed after its cells, so read in a pass of their own)."""
    merges: list[Area] = []
    merge_tag, row_tag, data_tag = q("main", "mergeCell"), q("main", "row"), q("main", "sheetData")
    sheet_data = None
    with archive.open(part) as stream:
        for event, elem in iterparse(stream, part):
            if event == "start":
                if elem.tag == data_tag:
                    sheet_data = elem
                continue
            if elem.tag == merge_tag:
                area = parse_area(elem.get("ref", ""))
                if area is not None and len(merges) < MAX_MERGES:
                    merges.append(area)
            elif elem.tag == row_tag and sheet_data is not None:
                sheet_data.clear()
    return merges


def clean_xlsx(src: Path, dst: Path) -> None:
    """ICO guidance on spreadsheets in FOI responses (FOIA s40(2)): remove what is not seen."""
    with SafeArchive(src) as archive:
        book = read_workbook(archive)
        styles = Styles(archive)
        sst_parts = book.rel_parts("sharedStrings")
        sst_part = sst_parts[0] if sst_parts else None
        strings = SharedStrings.read(archive, sst_part, styles.theme)
        removed = {s.name for s in book.sheets if s.state in ("hidden", "veryHidden")}
        if all(s.name in removed for s in book.sheets):
            raise ScanError("every sheet is hidden: nothing would remain after cleaning")
        repack = Repack(archive, drop_kinds=DROP_KINDS)
        repack.drop_parts |= {s.part for s in book.sheets if s.name in removed and s.part}
        faint: set[int] = set()
        hidden: dict[str, tuple[Runs, set[int]]] = {}
        sheet_parts: list[str] = []
        for sheet in book.sheets:
            if sheet.name in removed or sheet.part is None or sheet.kind != "worksheet":
                continue
            flt = _SheetFilter(strings=strings, styles=styles,
                               print_area=book.print_areas.get(sheet.name), faint=faint,
                               merges=_merges(archive, sheet.part))
            repack.transforms[sheet.part] = filter_transform(flt, sheet.part)
            hidden[sheet.name] = (flt.hidden_rows, flt.hidden_cols)
            sheet_parts.append(sheet.part)
        if sst_part:
            repack.transforms[sst_part] = filter_transform(_StringsFilter(strings, faint),
                                                           sst_part)
        repack.transforms[book.part] = filter_transform(
            _WorkbookFilter(book, removed, hidden), book.part
        )
        for part in archive.names():
            if part.startswith("xl/drawings/") and part.endswith(".xml"):
                repack.transforms[part] = filter_transform(_DrawingFilter(), part)
        add_chart_filters(repack)
        # Sheets first: their rewrite learns which strings and names are still needed.
        repack.write(dst, first=sheet_parts + ([sst_part] if sst_part else []))
