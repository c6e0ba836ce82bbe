"""Scan a Word document (docx) for what a reader of the printed page cannot see.

ICO guidance on disclosure logs and FOIA s40(2): tracked changes, comments, hidden text and
document properties have each published staff names and deleted drafts; each is a finding.
"""

from __future__ import annotations

from pathlib import Path

from foidesk.release.docx.body import StoryScanner
from foidesk.release.docx.styles import StyleTable
from foidesk.release.finding_log import FindingLog
from foidesk.release.findings import Finding, ScanError, ScanOptions
from foidesk.release.ooxml.archive import SafeArchive
from foidesk.release.ooxml.docprops import APP, CORE, CUSTOM, scan_properties
from foidesk.release.ooxml.markup import iterparse, local_name, parse, text_of
from foidesk.release.ooxml.package import Relationship, relationships
from foidesk.release.ooxml.text_parts import scan_other_parts
from foidesk.release.personal_data import KIND as PERSONAL
from foidesk.release.personal_data import excerpt
from foidesk.release.properties import check_properties, user_folder
from foidesk.release.xlsx.parts import EmbeddedScanner, embedded_findings

DOCUMENT = "word/document.xml"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
STORY_LABELS = {"footnotes": "footnotes", "endnotes": "endnotes", "glossaryDocument": "glossary"}


def _no_embedded(data: bytes, name: str) -> list[Finding]:
    return []


def document_part(archive: SafeArchive) -> str:
    for rel in relationships(archive, ""):
        if rel.kind == "officeDocument" and not rel.external and rel.target in archive:
            return rel.target
    if DOCUMENT in archive:
        return DOCUMENT
    raise ScanError("not a Word document: no main document part")


def check_markup(archive: SafeArchive, main: str) -> None:
    """Strict Office Open XML uses other namespaces; reading it as Transitional would see
    nothing and call the file clean, so it is refused (fail closed)."""
    with archive.open(main) as stream:
        for _event, elem in iterparse(stream, main, events=("start",)):
            if elem.tag != W + "document":
                raise ScanError(
                    f"unsupported document markup ({elem.tag.split('}')[0].lstrip('{')}): only"
                    " Transitional Office Open XML can be inspected (Strict is not)"
                )
            return


def scan_docx(
    path: Path, options: ScanOptions, scan_embedded: EmbeddedScanner = _no_embedded
) -> list[Finding]:
    log = FindingLog()
    with SafeArchive(path) as archive:
        main = document_part(archive)
        check_markup(archive, main)
        rels = relationships(archive, main)
        by_kind: dict[str, list[Relationship]] = {}
        for rel in rels:
            by_kind.setdefault(rel.kind, []).append(rel)
        style_parts = [r.target for r in by_kind.get("styles", []) if not r.external]
        styles = StyleTable(archive, style_parts[0] if style_parts else None)
        handled = {main, CORE, APP, CUSTOM, "[Content_Types].xml"}
        handled.update(style_parts)
        body = StoryScanner(label=main, personal_kind=PERSONAL, styles=styles,
                            options=options, log=log)
        story = body.scan(archive, main)
        for rel in by_kind.get("header", []) + by_kind.get("footer", []):
            if rel.external or rel.target not in archive:
                continue
            handled.add(rel.target)
            label = story.header_places.get(rel.id, f"{rel.kind} {rel.target}")
            StoryScanner(label=label, personal_kind="header_footer", styles=styles,
                         options=options, log=log, background=body.background
                         ).scan(archive, rel.target)
        for kind, label in STORY_LABELS.items():
            for rel in by_kind.get(kind, []):
                if not rel.external and rel.target in archive:
                    handled.add(rel.target)
                    StoryScanner(label=label, personal_kind=PERSONAL, styles=styles,
                                 options=options, log=log, background=body.background
                                 ).scan(archive, rel.target)
        for rel in by_kind.get("comments", []):
            if not rel.external and rel.target in archive:
                handled.add(rel.target)
                _comments(archive, rel.target, story.comment_paragraph, main, log)
        for rel in by_kind.get("settings", []):
            if not rel.external and rel.target in archive:
                handled.add(rel.target)
                _settings(archive, rel.target, log)
                for template in relationships(archive, rel.target):
                    if template.external and user_folder(template.target):
                        log.add(Finding("document_properties", f"{rel.target} attached template",
                                        excerpt(template.target)))
        handled |= _people(archive, by_kind.get("people", []), options, log)
        handled |= _custom_xml(archive, log)
        for rel in rels:
            if rel.external and rel.kind not in ("hyperlink",):
                log.add(Finding("external_link", f"{main} relationship {rel.id}",
                                excerpt(f"{rel.kind}: {rel.target}")))
        handled |= embedded_findings(archive, log, scan_embedded, "word/")
        log.extend(scan_properties(archive, options))
        scan_other_parts(archive, handled, options, log)
    return log.findings()


def _comments(
    archive: SafeArchive, part: str, paragraphs: dict[str, int], main: str, log: FindingLog
) -> None:
    root = parse(archive.read(part), part)
    for comment in root.iter(W + "comment"):
        comment_id = comment.get(W + "id", "?")
        author = comment.get(W + "author", "unknown author")
        paragraph = paragraphs.get(comment_id)
        where = f"comment {comment_id}" + (f" on {main} paragraph {paragraph}" if paragraph else "")
        log.add(Finding("comment", where, excerpt(f"{author}: {text_of(comment)}", 120)))


def _settings(archive: SafeArchive, part: str, log: FindingLog) -> None:
    root = parse(archive.read(part), part)
    for var in root.iter(W + "docVar"):
        log.add(Finding("document_variables", f"{part} variable '{var.get(W + 'name', '')}'",
                        excerpt(var.get(W + "val", ""))))


def _people(
    archive: SafeArchive, rels: list[Relationship], options: ScanOptions, log: FindingLog
) -> set[str]:
    """people.xml names everyone who commented or tracked a change."""
    handled: set[str] = set()
    for rel in rels:
        if rel.external or rel.target not in archive:
            continue
        handled.add(rel.target)
        root = parse(archive.read(rel.target), rel.target)
        authors: dict[str, str] = {}
        for i, person in enumerate(root, start=1):
            for key, value in person.attrib.items():
                if local_name(key) == "author":
                    authors[f"person {i} author"] = value
        log.extend(check_properties(authors, rel.target, options))
    return handled


def _custom_xml(archive: SafeArchive, log: FindingLog) -> set[str]:
    """Custom XML data parts (customXml/item*.xml): data a template or SharePoint stored."""
    handled: set[str] = set()
    for part in archive.names():
        if not part.startswith("customXml/") or not part.endswith(".xml"):
            continue
        handled.add(part)
        if "itemProps" in part:
            continue
        root = parse(archive.read(part), part)
        text = " ".join(t.strip() for t in root.itertext() if t.strip())
        values = [v for e in root.iter() for k, v in e.attrib.items() if "}" not in k and v]
        empty_bibliography = local_name(root.tag) == "Sources" and len(root) == 0
        if text or (values and not empty_bibliography):
            log.add(Finding("custom_xml", part, excerpt(text or " ".join(values), 120)))
    return handled
