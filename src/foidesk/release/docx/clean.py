"""Write a copy of a Word document with what a reader cannot see taken out: tracked changes
(accepted, or rejected on request), comments, hidden and invisible runs, alt text, embedded
objects, custom XML, document variables and metadata. Visible text is kept as it is."""

from __future__ import annotations

from pathlib import Path
from xml.etree.ElementTree import Element

from foidesk.release.docx.body import page_background
from foidesk.release.docx.scan import check_markup, document_part
from foidesk.release.docx.styles import RunLook, StyleTable, look_of
from foidesk.release.ooxml.archive import SafeArchive
from foidesk.release.ooxml.package import relationships
from foidesk.release.ooxml.repack import (
    Repack,
    add_chart_filters,
    filter_transform,
    strip_alt_text,
)
from foidesk.release.ooxml.rewrite import Action, KeepAll, local
from foidesk.release.xlsx.styles import RGB, TINY_FONT_PT, contrast, hex_rgb

DROP_KINDS = (
    "comments", "commentsExtended", "commentsIds", "commentsExtensible", "people", "customXml",
    "package", "oleObject", "aFChunk", "activeXControl", "control", "vbaProject",
    "attachedTemplate", "custom-properties", "thumbnail", "keyMapCustomizations", "vbaData",
    "mailMergeSource", "mailMergeHeaderSource", "recipientData",
)
STORY_KINDS = ("header", "footer", "footnotes", "endnotes")
# Markers of a change, a comment or embedded content: gone in either mode.
ALWAYS_DROP = frozenset({
    "moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart", "moveToRangeEnd",
    "rPrChange", "pPrChange", "sectPrChange", "tblPrChange", "tcPrChange", "trPrChange",
    "tblGridChange", "tblPrExChange", "numberingChange", "cellIns", "cellDel", "cellMerge",
    "customXmlInsRangeStart", "customXmlInsRangeEnd", "customXmlDelRangeStart",
    "customXmlDelRangeEnd", "customXmlMoveFromRangeStart", "customXmlMoveFromRangeEnd",
    "customXmlMoveToRangeStart", "customXmlMoveToRangeEnd", "commentRangeStart",
    "commentRangeEnd", "commentReference", "object", "altChunk", "customXmlPr", "dataBinding",
    "smartTagPr", "permStart", "permEnd", "proofErr",
})
UNWRAP_ALWAYS = frozenset({"customXml", "smartTag"})
PROPERTY_PARENTS = frozenset({"rPr", "pPr", "trPr", "tcPr", "tblPr", "sectPr"})


class _Context:
    def __init__(self, styles: StyleTable, background: RGB) -> None:
        self.styles = styles
        self.background = background
        self.paragraph_style: list[str | None] = []
        self.paragraph_fill: list[RGB | None] = []
        self.cell_fill: list[RGB | None] = []


class _StoryFilter(KeepAll):
    def __init__(self, ctx: _Context, *, reject: bool) -> None:
        self.ctx = ctx
        self.reject = reject
        self.parents: list[str] = []

    def _change(self, tag: str) -> Action | None:
        inside_properties = bool(self.parents) and self.parents[-1] in PROPERTY_PARENTS
        if tag in ("ins", "moveTo"):
            if inside_properties:
                return Action.DROP
            return Action.DROP if self.reject else Action.UNWRAP
        if tag in ("del", "moveFrom"):
            if inside_properties:
                return Action.DROP
            return Action.UNWRAP if self.reject else Action.DROP
        return None

    def start(self, name: str, attrs: dict[str, str]) -> Action:
        tag = local(name)
        change = self._change(tag)
        if change is not None:
            action = change
        elif tag in ALWAYS_DROP:
            action = Action.DROP
        elif tag in UNWRAP_ALWAYS:
            action = Action.UNWRAP
        elif tag in ("r", "pPr", "tcPr"):
            action = Action.CAPTURE
        else:
            if tag == "p":
                self.ctx.paragraph_style.append(None)
                self.ctx.paragraph_fill.append(None)
            elif tag == "tc":
                self.ctx.cell_fill.append(None)
            elif tag in ("docPr", "cNvPr"):
                attrs.pop("descr", None)
                attrs.pop("title", None)
            action = Action.KEEP
        if action in (Action.KEEP, Action.UNWRAP):
            self.parents.append(tag)
        return action

    def end(self, name: str) -> None:
        tag = self.parents.pop() if self.parents else local(name)
        if tag == "p" and self.ctx.paragraph_style:
            self.ctx.paragraph_style.pop()
            self.ctx.paragraph_fill.pop()
        elif tag == "tc" and self.ctx.cell_fill:
            self.ctx.cell_fill.pop()

    def captured(self, elem: Element) -> Element | None:
        tag = local(elem.tag)
        self._scrub(elem)
        if tag == "pPr":
            style = next((c for c in elem if local(c.tag) == "pStyle"), None)
            shading = next((c for c in elem if local(c.tag) == "shd"), None)
            if self.ctx.paragraph_style:
                self.ctx.paragraph_style[-1] = _val(style)
                self.ctx.paragraph_fill[-1] = _fill(shading)
            return elem
        if tag == "tcPr":
            shading = next((c for c in elem if local(c.tag) == "shd"), None)
            if self.ctx.cell_fill:
                self.ctx.cell_fill[-1] = _fill(shading)
            return elem
        return None if self._hides(elem) else elem

    def _scrub(self, elem: Element) -> None:
        """Apply the same rules inside a captured run (text boxes nest whole paragraphs)."""
        for parent in list(elem.iter()):
            for child in list(parent):
                tag = local(child.tag)
                action = self._nested(tag, local(parent.tag))
                if action is Action.DROP:
                    parent.remove(child)
                elif action is Action.UNWRAP:
                    index = list(parent).index(child)
                    parent.remove(child)
                    for offset, grandchild in enumerate(list(child)):
                        parent.insert(index + offset, grandchild)
                elif tag == "r" and local(parent.tag) != "r" and self._hides(child):
                    parent.remove(child)
        if self.reject:
            for node in elem.iter():
                tag = local(node.tag)
                if tag in ("delText", "delInstrText"):
                    node.tag = node.tag[: -len(tag)] + ("t" if tag == "delText" else "instrText")
        strip_alt_text(elem)

    def _nested(self, tag: str, parent: str) -> Action | None:
        if tag in ("ins", "moveTo", "del", "moveFrom"):
            if parent in PROPERTY_PARENTS:
                return Action.DROP
            keep = (tag in ("del", "moveFrom")) == self.reject
            return Action.UNWRAP if keep else Action.DROP
        if tag in ALWAYS_DROP:
            return Action.DROP
        if tag in UNWRAP_ALWAYS:
            return Action.UNWRAP
        return None

    def _hides(self, run: Element) -> bool:
        """A run that is hidden (w:vanish) or drawn in its background colour or too small."""
        text = "".join(t.text or "" for t in run.iter() if local(t.tag) in ("t", "delText"))
        rpr = next((c for c in run if local(c.tag) == "rPr"), None)
        look = _look(rpr, self.ctx)
        if look.vanish:
            return True
        if not text.strip():
            return False
        fill = look.shading or (self.ctx.paragraph_fill[-1] if self.ctx.paragraph_fill else None)
        if fill is None:
            fill = next((f for f in reversed(self.ctx.cell_fill) if f is not None), None)
        fill = fill or self.ctx.background
        if look.half_points is not None and look.half_points / 2 < TINY_FONT_PT:
            return True
        return look.colour is not None and contrast(look.colour, fill) < 1.25


def _val(elem: Element | None) -> str | None:
    if elem is None:
        return None
    return next((v for k, v in elem.attrib.items() if local(k) == "val"), None)


def _fill(shading: Element | None) -> RGB | None:
    if shading is None:
        return None
    fill = next((v for k, v in shading.attrib.items() if local(k) == "fill"), "auto")
    return None if fill == "auto" else hex_rgb(fill)


def _look(rpr: Element | None, ctx: _Context) -> RunLook:
    own = look_of(_as_namespaced(rpr)) if rpr is not None else RunLook()
    char_style = None
    if rpr is not None:
        char_style = _val(next((c for c in rpr if local(c.tag) == "rStyle"), None))
    paragraph_style = ctx.paragraph_style[-1] if ctx.paragraph_style else None
    look = own.over(ctx.styles.get(char_style)).over(ctx.styles.get(paragraph_style))
    return look.over(ctx.styles.default)


W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _as_namespaced(elem: Element) -> Element:
    """A raw-named (`w:color`) run-properties element as the scanner's namespaced form."""
    copy = Element(W_NS + local(elem.tag))
    for child in elem:
        node = Element(W_NS + local(child.tag))
        for key, value in child.attrib.items():
            node.set(W_NS + local(key) if ":" in key else key, value)
        copy.append(node)
    return copy


class _SettingsFilter(KeepAll):
    def start(self, name: str, attrs: dict[str, str]) -> Action:
        if local(name) in ("docVars", "attachedTemplate", "mailMerge", "rsids"):
            return Action.DROP
        return Action.KEEP


def clean_docx(src: Path, dst: Path, *, reject_changes: bool = False) -> None:
    """ICO guidance on disclosure (FOIA s40(2)): tracked changes accepted (or rejected),
    comments and everything hidden removed, so the file reads as its visible text."""
    with SafeArchive(src) as archive:
        main = document_part(archive)
        check_markup(archive, main)
        rels = relationships(archive, main)
        style_parts = [r.target for r in rels if r.kind == "styles" and not r.external]
        styles = StyleTable(archive, style_parts[0] if style_parts else None)
        background = page_background(archive, main)
        repack = Repack(archive, drop_kinds=DROP_KINDS)
        stories = [main] + [
            r.target for r in rels if r.kind in STORY_KINDS and not r.external
        ]
        for part in stories:
            if part in archive:
                ctx = _Context(styles, background)
                repack.transforms[part] = filter_transform(
                    _StoryFilter(ctx, reject=reject_changes), part
                )
        for rel in rels:
            if rel.kind == "settings" and not rel.external and rel.target in archive:
                repack.transforms[rel.target] = filter_transform(_SettingsFilter(), rel.target)
        add_chart_filters(repack)
        repack.write(dst)
