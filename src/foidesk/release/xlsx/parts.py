"""The parts beside the cells: comments, pivot caches, external links, embedded objects."""

from __future__ import annotations

from collections.abc import Callable

from foidesk.release.finding_log import FindingLog
from foidesk.release.findings import Finding, ScanOptions
from foidesk.release.ooxml.archive import SafeArchive
from foidesk.release.ooxml.markup import NS, iterparse, local_name, parse, q, text_of
from foidesk.release.ooxml.package import relationships
from foidesk.release.ooxml.text_parts import scan_part_text
from foidesk.release.personal_data import excerpt
from foidesk.release.xlsx.workbook import Workbook

# Scans an embedded file's bytes (named for its part) and returns its findings.
EmbeddedScanner = Callable[[bytes, str], list[Finding]]


def comment_findings(
    archive: SafeArchive, book: Workbook, options: ScanOptions, log: FindingLog
) -> set[str]:
    """Notes (legacy comments) and threaded comments, by sheet and cell."""
    handled: set[str] = set()
    people = _people(archive, book, handled, options, log)
    for sheet in book.sheets:
        if sheet.part is None:
            continue
        threaded_refs: set[str] = set()
        rels = relationships(archive, sheet.part)
        for rel in rels:
            if rel.kind != "threadedComment" or rel.external or rel.target not in archive:
                continue
            handled.add(rel.target)
            root = parse(archive.read(rel.target), rel.target)
            for comment in root.iter(q("tc", "threadedComment")):
                ref = comment.get("ref", "?")
                threaded_refs.add(ref)
                author = people.get(comment.get("personId", ""), "unknown author")
                text = text_of(comment)
                log.add(Finding("cell_comment", f"sheet '{sheet.name}' cell {ref} (threaded)",
                                excerpt(f"{author}: {text}")))
            scan_part_text(archive, rel.target, f"comments on sheet '{sheet.name}'", options, log)
        for rel in rels:
            if rel.kind != "comments" or rel.external or rel.target not in archive:
                continue
            handled.add(rel.target)
            root = parse(archive.read(rel.target), rel.target)
            authors = [text_of(a) for a in root.iterfind("main:authors/main:author", NS)]
            for comment in root.iterfind("main:commentList/main:comment", NS):
                ref = comment.get("ref", "?")
                if ref in threaded_refs:
                    continue
                author_id = int(comment.get("authorId", "-1") or -1)
                author = authors[author_id] if 0 <= author_id < len(authors) else "unknown author"
                text = text_of(comment)
                log.add(Finding("cell_comment", f"sheet '{sheet.name}' cell {ref}",
                                excerpt(f"{author}: {text}")))
            scan_part_text(archive, rel.target, f"comments on sheet '{sheet.name}'", options, log)
    return handled


def _people(
    archive: SafeArchive, book: Workbook, handled: set[str], options: ScanOptions, log: FindingLog
) -> dict[str, str]:
    people: dict[str, str] = {}
    for part in book.rel_parts("person"):
        if part in archive:
            handled.add(part)
            scan_part_text(archive, part, "people who commented", options, log)
            for person in parse(archive.read(part), part):
                people[person.get("id", "")] = person.get("displayName", "")
    return people


def pivot_findings(
    archive: SafeArchive, book: Workbook, options: ScanOptions, log: FindingLog
) -> set[str]:
    """A pivot cache holds a copy of the source rows, shown in the sheet or not."""
    handled: set[str] = set()
    for definition in book.rel_parts("pivotCacheDefinition"):
        if definition not in archive:
            continue
        handled.add(definition)
        root = parse(archive.read(definition), definition)
        source = root.find("main:cacheSource/main:worksheetSource", NS)
        where = f"pivot cache {definition}"
        if source is not None:
            where += f" (source: sheet '{source.get('sheet', '?')}' {source.get('ref', '')})"
        fields = [f.get("name", "") for f in root.iterfind("main:cacheFields/main:cacheField", NS)]
        records = 0
        for rel in relationships(archive, definition):
            if rel.kind == "pivotCacheRecords" and rel.target in archive:
                handled.add(rel.target)
                records += _count_records(archive, rel.target)
                scan_part_text(archive, rel.target, where, options, log)
        shared = sum(1 for _ in root.iter(q("main", "s")))
        log.add(Finding("pivot_cache", where,
                        excerpt(f"{records} cached records, {shared} cached values; fields: "
                                + ", ".join(fields), 120)))
        scan_part_text(archive, definition, where, options, log)
    for part in archive.names():
        if part.startswith("xl/pivotCache/") and part.endswith(".xml") and part not in handled:
            handled.add(part)
            log.add(Finding("pivot_cache", f"pivot cache {part}", "cache part not linked"))
            scan_part_text(archive, part, f"pivot cache {part}", options, log)
    return handled


def _count_records(archive: SafeArchive, part: str) -> int:
    count = 0
    root = None
    with archive.open(part) as stream:
        for event, elem in iterparse(stream, part):
            if root is None:
                root = elem
            if event == "end" and local_name(elem.tag) == "r":
                count += 1
                root.clear()
    return count


def external_link_findings(
    archive: SafeArchive, book: Workbook, options: ScanOptions, log: FindingLog
) -> set[str]:
    """Links to other workbooks (their paths often name a person) and their cached values."""
    handled: set[str] = set()
    links = book.rel_parts("externalLink") + [
        p for p in archive.names() if p.startswith("xl/externalLinks/") and p.endswith(".xml")
    ]
    for part in dict.fromkeys(links):
        if part not in archive:
            continue
        handled.add(part)
        targets = [r.target for r in relationships(archive, part) if r.external]
        log.add(Finding("external_link", f"external link {part}",
                        excerpt(", ".join(targets) or "link to another workbook")))
        scan_part_text(archive, part, f"external link {part}", options, log)
    for rel in book.rels:
        if rel.external:
            log.add(Finding("external_link", "workbook relationships", excerpt(rel.target)))
    if "xl/connections.xml" in archive:
        handled.add("xl/connections.xml")
        root = parse(archive.read("xl/connections.xml"), "xl/connections.xml")
        for conn in root:
            detail = ""
            for source in (conn.find("main:dbPr", NS), conn.find("main:webPr", NS)):
                if source is not None:
                    detail = detail or source.get("connection", "") or source.get("url", "")
            log.add(Finding("external_link", f"data connection '{conn.get('name', '')}'",
                            excerpt(detail or conn.get("sourceFile", ""))))
    return handled


def embedded_findings(
    archive: SafeArchive, log: FindingLog, scan_embedded: EmbeddedScanner, prefix: str
) -> set[str]:
    """Embedded files (OLE objects, packages, macros, ActiveX): each is a finding, and the
    ones foidesk can read (xlsx, docx, pdf) are scanned in turn."""
    handled: set[str] = set()
    for part in archive.names():
        lower = part.lower()
        if not (
            lower.startswith(prefix + "embeddings/")
            or lower.startswith(prefix + "activex/")
            or lower.endswith("vbaproject.bin")
            or lower.startswith(prefix + "afchunk")
        ) or part.endswith("/"):
            continue
        handled.add(part)
        what = "VBA macro project" if lower.endswith("vbaproject.bin") else "embedded file"
        log.add(Finding("embedded_object", part, f"{what} of {archive.size(part)} bytes"))
        if lower.endswith((".xlsx", ".xlsm", ".docx", ".pdf", ".bin")) and "vbaproject" not in lower:
            data = archive.read(part)
            for finding in scan_embedded(data, part):
                log.add(Finding(finding.kind, f"embedded {part}: {finding.where}", finding.excerpt))
    return handled
