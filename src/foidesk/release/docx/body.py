"""One story of a Word document (body, a header, footnotes), streamed paragraph by paragraph:
tracked changes, hidden and invisible runs, alt text, embedded objects and personal data."""

from __future__ import annotations

from dataclasses import dataclass, field
from xml.etree.ElementTree import Element

from foidesk.release.docx.styles import RunLook, StyleTable, look_of, shading_of
from foidesk.release.finding_log import FindingLog
from foidesk.release.findings import Finding, ScanOptions
from foidesk.release.ooxml.archive import SafeArchive
from foidesk.release.ooxml.markup import iterparse, local_name, q
from foidesk.release.personal_data import excerpt, iter_matches
from foidesk.release.properties import names_a_person
from foidesk.release.xlsx.styles import RGB, TINY_FONT_PT, WHITE, contrast, hex_rgb

W = "{" + "http://schemas.openxmlformats.org/wordprocessingml/2006/main" + "}"
P, R, T, DEL_TEXT, PPR, RPR, TC, TCPR = (
    W + n for n in ("p", "r", "t", "delText", "pPr", "rPr", "tc", "tcPr")
)
CHANGES = {
    W + "ins": "insertion", W + "del": "deletion", W + "moveFrom": "moved from",
    W + "moveTo": "moved to", W + "rPrChange": "formatting change",
    W + "pPrChange": "paragraph formatting change", W + "sectPrChange": "section change",
    W + "tblPrChange": "table change", W + "tcPrChange": "cell change",
    W + "trPrChange": "row change", W + "numberingChange": "numbering change",
    W + "cellIns": "cell insertion", W + "cellDel": "cell deletion",
}
AUTHOR, DATE = W + "author", W + "date"
ALT_TEXT_TAGS = frozenset({
    q("wp", "docPr"),
    "{http://schemas.openxmlformats.org/drawingml/2006/picture}cNvPr",
})
EMBED_TAGS = frozenset({W + "object", W + "altChunk", W + "embedTrueTypeFont"})
SECT_PR, HEADER_REF, FOOTER_REF = W + "sectPr", W + "headerReference", W + "footerReference"
COMMENT_REF = W + "commentReference"
CUSTOM_XML = W + "customXml"
BACKGROUND = W + "background"
RID = q("r", "id")
# Line breaks, tabs and cell ends print as white space; without it "Tester" on one line and
# an email on the next would be read as one word and the match (or excerpt) misfire.
SEPARATORS = {W + "br": "\n", W + "cr": "\n", W + "tab": "\t", W + "ptab": "\t",
              W + "noBreakHyphen": "-"}


@dataclass(slots=True)
class Story:
    """What a story tells the rest of the scan."""

    comment_paragraph: dict[str, int] = field(default_factory=dict)
    # relationship id of a header or footer -> words for where it shows ("header of section 1")
    header_places: dict[str, str] = field(default_factory=dict)
    paragraphs: int = 0


@dataclass(slots=True)
class _Paragraph:
    number: int
    text: list[str] = field(default_factory=list)
    style: str | None = None
    shading: RGB | None = None


class StoryScanner:
    def __init__(
        self,
        *,
        label: str,
        personal_kind: str,
        styles: StyleTable,
        options: ScanOptions,
        log: FindingLog,
        background: RGB = WHITE,
    ) -> None:
        self.label = label
        self.personal_kind = personal_kind
        self.styles = styles
        self.options = options
        self.log = log
        self.background = background
        self.story = Story()

    def where(self, paragraph: int) -> str:
        return f"{self.label} paragraph {paragraph}" if paragraph else self.label

    def scan(self, archive: SafeArchive, part: str) -> Story:
        stack: list[_Paragraph] = []
        cell_fills: list[RGB | None] = []
        root: Element | None = None
        section = 1
        story = self.story
        with archive.open(part) as stream:
            for event, elem in iterparse(stream, part):
                tag = elem.tag
                if root is None:
                    root = elem
                if event == "start":
                    if tag == P:
                        story.paragraphs += 1
                        stack.append(_Paragraph(story.paragraphs))
                    elif tag == TC:
                        cell_fills.append(None)
                    elif tag in ALT_TEXT_TAGS:
                        self._alt_text(elem, stack)
                    elif tag == CUSTOM_XML:
                        self.log.add(Finding("custom_xml", self.where(_number(stack)),
                                             f"custom XML element '{elem.get(W + 'element', '')}'"))
                    continue
                if tag == T or tag == DEL_TEXT:
                    if stack and elem.text:
                        stack[-1].text.append(elem.text)
                elif tag in SEPARATORS:
                    if stack:
                        stack[-1].text.append(SEPARATORS[tag])
                elif tag == R:
                    self._run(elem, stack, cell_fills)
                elif tag == PPR and stack:
                    style = elem.find(W + "pStyle")
                    stack[-1].style = style.get(W + "val") if style is not None else None
                    stack[-1].shading = shading_of(elem.find(W + "shd"))
                elif tag == TCPR and cell_fills:
                    cell_fills[-1] = shading_of(elem.find(W + "shd"))
                elif tag == TC and cell_fills:
                    cell_fills.pop()
                elif tag in CHANGES:
                    self._change(elem, tag, stack)
                elif tag == P and stack:
                    paragraph = stack.pop()
                    self._personal(paragraph)
                    if not stack and root is not None and len(root) > 0:
                        for child in list(root):
                            if local_name(child.tag) == "body":
                                child.clear()
                elif tag in EMBED_TAGS:
                    what = local_name(tag)
                    self.log.add(Finding("embedded_object", self.where(_number(stack)),
                                         f"embedded {what} ({elem.get(RID, '')})"))
                elif tag == COMMENT_REF:
                    story.comment_paragraph[elem.get(W + "id", "")] = _number(stack)
                elif tag in (HEADER_REF, FOOTER_REF):
                    kind = elem.get(W + "type", "default")
                    place = "header" if tag == HEADER_REF else "footer"
                    prefix = "" if kind == "default" else f"{'first-page' if kind == 'first' else kind} "
                    story.header_places.setdefault(
                        elem.get(RID, ""), f"{prefix}{place} of section {section}"
                    )
                elif tag == SECT_PR:
                    section += 1
                elif tag == BACKGROUND:
                    colour = elem.get(W + "color")
                    self.background = (hex_rgb(colour) if colour else None) or WHITE
        return story

    def _look(self, run: Element, paragraph: _Paragraph | None) -> RunLook:
        rpr = run.find(RPR)
        own = look_of(rpr)
        char_style = None
        if rpr is not None:
            style = rpr.find(W + "rStyle")
            char_style = style.get(W + "val") if style is not None else None
        look = own.over(self.styles.get(char_style))
        look = look.over(self.styles.get(paragraph.style if paragraph else None))
        return look.over(self.styles.default)

    def _run(self, run: Element, stack: list[_Paragraph], cell_fills: list[RGB | None]) -> None:
        text = "".join(t.text or "" for t in run.iter(T))
        if not text.strip():
            return
        paragraph = stack[-1] if stack else None
        look = self._look(run, paragraph)
        where = self.where(paragraph.number if paragraph else 0)
        if look.vanish:
            self.log.add(Finding("hidden_text", where, excerpt(text)))
            return
        fill = look.shading or (paragraph.shading if paragraph else None)
        if fill is None:
            fill = next((f for f in reversed(cell_fills) if f is not None), None)
        fill = fill or self.background
        if look.half_points is not None and look.half_points / 2 < TINY_FONT_PT:
            self.log.add(Finding("invisible_text", where,
                                 excerpt(f"font of {look.half_points / 2:g} pt: {text}")))
        elif look.colour is not None and contrast(look.colour, fill) < 1.25:
            self.log.add(Finding("invisible_text", where, excerpt(f"text in its background colour: {text}")))

    def _change(self, elem: Element, tag: str, stack: list[_Paragraph]) -> None:
        author = elem.get(AUTHOR, "unknown author")
        date = elem.get(DATE, "")
        text = "".join(
            t.text or "" for t in elem.iter() if t.tag in (T, DEL_TEXT)
        )
        when = f" on {date[:10]}" if date else ""
        self.log.add(Finding("tracked_changes", self.where(_number(stack)),
                             excerpt(f"{CHANGES[tag]} by {author}{when}: {text}", 120)))

    def _alt_text(self, elem: Element, stack: list[_Paragraph]) -> None:
        for attribute in ("descr", "title"):
            value = (elem.get(attribute) or "").strip()
            if value:
                self.log.add(Finding("image_alt_text", self.where(_number(stack)), excerpt(value)))

    def _personal(self, paragraph: _Paragraph) -> None:
        text = "".join(paragraph.text)
        found = False
        for match in iter_matches(text, self.options):
            found = True
            self.log.add(Finding(self.personal_kind, self.where(paragraph.number),
                                 f"{match.label}: {excerpt(match.text)}"))
        if not found and self.personal_kind == "header_footer" and names_a_person(text):
            # A header or footer prints on every page; one that names someone (an author, a
            # case officer) is worth a look even when the name was not supplied.
            self.log.add(Finding(self.personal_kind, self.where(paragraph.number),
                                 f"name: {excerpt(text)}"))


def page_background(archive: SafeArchive, part: str) -> RGB:
    """The page colour (w:background, before the body), against which text must show."""
    with archive.open(part) as stream:
        for _event, elem in iterparse(stream, part, events=("start",)):
            if elem.tag == BACKGROUND:
                colour = elem.get(W + "color")
                return (hex_rgb(colour) if colour else None) or WHITE
            if elem.tag == W + "body":
                break
    return WHITE


def _number(stack: list[_Paragraph]) -> int:
    return stack[-1].number if stack else 0
