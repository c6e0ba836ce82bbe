"""Scan a workbook (xlsx, xlsm) for everything a reader of the visible sheets cannot see.

ICO guidance on disclosing information in spreadsheets (FOIA s40(2)): hidden sheets, rows and
columns, pivot caches, comments and metadata have each leaked personal data in published FOI
responses; each is reported as a finding so the file is blocked until a person has looked.
"""

from __future__ import annotations

from pathlib import Path

from foidesk.release.finding_log import FindingLog
from foidesk.release.findings import Finding, ScanOptions
from foidesk.release.ooxml.archive import SafeArchive
from foidesk.release.ooxml.docprops import APP, CORE, CUSTOM, scan_properties
from foidesk.release.ooxml.markup import parse
from foidesk.release.ooxml.text_parts import scan_other_parts, scan_part_text
from foidesk.release.personal_data import KIND as PERSONAL
from foidesk.release.personal_data import excerpt, iter_matches, iter_piece_matches
from foidesk.release.properties import user_folder
from foidesk.release.xlsx.cells import parse_area
from foidesk.release.xlsx.parts import (
    EmbeddedScanner,
    comment_findings,
    embedded_findings,
    external_link_findings,
    pivot_findings,
)
from foidesk.release.xlsx.shared_strings import SharedStrings
from foidesk.release.xlsx.sheet import SheetScanner, SheetSummary
from foidesk.release.xlsx.styles import Styles
from foidesk.release.xlsx.workbook import Workbook, read_workbook, refs_in

STATE_KIND = {"hidden": "hidden_sheet", "veryHidden": "very_hidden_sheet"}


def _no_embedded(data: bytes, name: str) -> list[Finding]:
    return []


def scan_xlsx(
    path: Path, options: ScanOptions, scan_embedded: EmbeddedScanner = _no_embedded
) -> list[Finding]:
    log = FindingLog()
    with SafeArchive(path) as archive:
        book = read_workbook(archive)
        styles = Styles(archive)
        sst_parts = book.rel_parts("sharedStrings")
        sst_part = sst_parts[0] if sst_parts else None
        strings = SharedStrings.read(archive, sst_part, styles.theme)
        handled = {book.part, CORE, APP, CUSTOM, "[Content_Types].xml", "xl/styles.xml"}
        handled.update(p for p in archive.names() if p.startswith("xl/theme/"))
        if sst_part:
            handled.add(sst_part)
        summaries: dict[str, SheetSummary] = {}
        for sheet in book.sheets:
            for match in iter_matches(sheet.name, options):
                log.add(Finding(PERSONAL, f"sheet name '{sheet.name}'",
                                f"{match.label}: {excerpt(match.text)}"))
            summary = SheetSummary()
            if sheet.part is not None and sheet.part in archive:
                handled.add(sheet.part)
                if sheet.kind in ("worksheet", "macrosheet", "dialogsheet"):
                    scanner = SheetScanner(
                        name=sheet.name,
                        strings=strings,
                        styles=styles,
                        print_area=book.print_areas.get(sheet.name),
                        options=options,
                        log=log,
                    )
                    summary = scanner.scan(archive, sheet.part)
                else:
                    scan_part_text(archive, sheet.part, f"chart sheet '{sheet.name}'", options, log)
            summaries[sheet.name] = summary
            kind = STATE_KIND.get(sheet.state)
            if kind:
                content = (
                    f"{summary.cells} cells: " + "; ".join(summary.first_values)
                    if summary.cells else "no cell values"
                )
                log.add(Finding(kind, f"sheet '{sheet.name}'", excerpt(content, 120)))
        _defined_names(book, summaries, options, log)
        unused = [(text, index) for index, text in strings.unused()]
        for start in range(0, len(unused), 2000):
            for index, match in iter_piece_matches(unused[start : start + 2000], options):
                log.add(Finding(PERSONAL, f"shared string {index} (used by no cell)",
                                f"{match.label}: {excerpt(match.text)}"))
        if user_folder(book.saved_in):
            log.add(Finding("document_properties", f"{book.part} saved-in folder (absPath)",
                            excerpt(book.saved_in)))
        handled |= _revisions(archive, options, log)
        handled |= comment_findings(archive, book, options, log)
        handled |= pivot_findings(archive, book, options, log)
        handled |= external_link_findings(archive, book, options, log)
        handled |= embedded_findings(archive, log, scan_embedded, "xl/")
        log.extend(scan_properties(archive, options))
        scan_other_parts(archive, handled, options, log)
    return log.findings()


def _revisions(archive: SafeArchive, options: ScanOptions, log: FindingLog) -> set[str]:
    """A shared workbook's change history (xl/revisions/) keeps old values and who changed them."""
    parts = [p for p in archive.names() if p.startswith("xl/revisions/") and p.endswith(".xml")]
    users: list[str] = []
    if "xl/revisions/userNames.xml" in archive:
        root = parse(archive.read("xl/revisions/userNames.xml"), "xl/revisions/userNames.xml")
        users = [u.get("name", "") for u in root if u.get("name")]
    logs = [p for p in parts if "revisionLog" in p]
    if logs or users:
        log.add(Finding("tracked_changes", "revision history xl/revisions/",
                        excerpt(f"{len(logs)} revision logs; by: {', '.join(users) or 'unknown'}")))
    for part in parts:
        scan_part_text(archive, part, f"revision history {part}", options, log)
    return set(parts)


def _defined_names(
    book: Workbook, summaries: dict[str, SheetSummary], options: ScanOptions, log: FindingLog
) -> None:
    """Names that point where a reader does not look: hidden sheets, hidden rows or columns,
    beyond the print area, other workbooks; and names that hold text of their own."""
    states = {s.name: s.state for s in book.sheets}
    for name in book.names:
        if name.builtin:
            continue
        reasons: list[str] = []
        if name.hidden:
            reasons.append("the name is hidden")
        refs = refs_in(name.value)
        for sheet_name, ref in refs:
            if sheet_name is None and name.local_sheet is not None:
                if name.local_sheet < len(book.sheets):
                    sheet_name = book.sheets[name.local_sheet].name
            if sheet_name is None:
                continue
            if sheet_name.startswith("["):
                reasons.append("points at another workbook")
                continue
            state = states.get(sheet_name)
            if state is not None and state != "visible":
                reasons.append(f"points at {state} sheet '{sheet_name}'")
            area = parse_area(ref)
            summary = summaries.get(sheet_name)
            if area is None or summary is None:
                continue
            if any(a <= area.max_row and b >= area.min_row for a, b in summary.hidden_rows.runs):
                reasons.append("covers hidden rows")
            if any(area.min_col <= c <= area.max_col for c in summary.hidden_columns):
                reasons.append("covers hidden columns")
            print_area = book.print_areas.get(sheet_name)
            if print_area and not any(
                p.contains(area.min_col, area.min_row) and p.contains(area.max_col, area.max_row)
                for p in print_area
            ):
                reasons.append("lies outside the print area")
        if not refs and '"' in name.value:
            reasons.append("holds text of its own")
        where = f"defined name '{name.name}'"
        for match in iter_matches(name.value, options):
            log.add(Finding(PERSONAL, where, f"{match.label}: {excerpt(match.text)}"))
        if reasons:
            log.add(Finding("defined_name", where,
                            excerpt(f"{name.value} ({'; '.join(dict.fromkeys(reasons))})", 120)))
