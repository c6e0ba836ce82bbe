"""Rewrite a page's content stream so chosen glyphs are gone, not merely covered.

pdfminer (see `content.py`) numbered every text-showing operator of the page's own content and
every glyph within it, and measured each glyph's advance. Here pikepdf walks the same
operators in the same order; a glyph to remove has its bytes cut out of the string and replaced
by a TJ position adjustment of exactly its advance, so the glyphs that stay do not move.

Only what can be proved is rewritten: simple fonts (one byte per glyph) and Identity-H/V
composite fonts (two bytes per glyph), glyphs in the page's own content (not inside a form
XObject), horizontal writing, and operators whose byte count matches pdfminer's glyph count.
Anything else raises `CannotProve`, and the caller rasterises the page instead.

The same walk drops what an off-by-default optional-content layer paints (text, paths, images,
forms), which is how the cleaner removes hidden layers.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass

import pikepdf

from foidesk.release.pdf.content import Glyph, PageContent, TextOp

SHOW_OPS = frozenset({"Tj", "TJ", "'", '"'})
PAINT_OPS = frozenset({"f", "F", "f*", "B", "B*", "b", "b*", "S", "s"})


class CannotProve(Exception):
    """The glyphs cannot be removed with certainty; rasterise the page instead."""


@dataclass(frozen=True, slots=True)
class Layers:
    """Which optional-content groups are off by default, by object number and generation."""

    base_off: bool
    on: frozenset[tuple[int, int]]
    off: frozenset[tuple[int, int]]

    @classmethod
    def of(cls, pdf: pikepdf.Pdf) -> Layers:
        props = pdf.Root.get("/OCProperties")
        default = props.get("/D") if isinstance(props, pikepdf.Dictionary) else None
        if not isinstance(default, pikepdf.Dictionary):
            return cls(False, frozenset(), frozenset())
        base = default.get("/BaseState")
        return cls(
            isinstance(base, pikepdf.Name) and str(base) == "/OFF",
            _objgens(default.get("/ON")),
            _objgens(default.get("/OFF")),
        )

    def _group_hidden(self, group: object) -> bool:
        if not isinstance(group, pikepdf.Dictionary) or not group.is_indirect:
            return False
        if group.objgen in self.off:
            return True
        return self.base_off and group.objgen not in self.on

    def hidden(self, target: object) -> bool:
        if not isinstance(target, pikepdf.Dictionary):
            return False
        if str(target.get("/Type", "")) == "/OCMD":
            groups = target.get("/OCGs")
            items = list(groups) if isinstance(groups, pikepdf.Array) else [groups]
            states = [self._group_hidden(g) for g in items if g is not None]
            if not states:
                return False
            policy = str(target.get("/P", "/AnyOn"))
            if policy == "/AllOn":
                return any(states)
            if policy == "/AnyOff":
                return not any(states)
            if policy == "/AllOff":
                return not all(states)
            return all(states)
        return self._group_hidden(target)


def _objgens(value: object) -> frozenset[tuple[int, int]]:
    if not isinstance(value, pikepdf.Array):
        return frozenset()
    return frozenset(v.objgen for v in value if isinstance(v, pikepdf.Object) and v.is_indirect)


def inherited(page: pikepdf.Dictionary, key: str) -> object:
    """A page attribute, looked up the page tree as PDF 32000-1 §7.7.3.4 allows."""
    node: object = page
    for _ in range(64):
        if not isinstance(node, pikepdf.Dictionary):
            return None
        value = node.get(key)
        if value is not None:
            return value
        node = node.get("/Parent")
    return None


def bytes_per_glyph(font: object) -> int:
    """1 for simple fonts, 2 for Identity-encoded composite fonts; CannotProve otherwise."""
    if not isinstance(font, pikepdf.Dictionary):
        raise CannotProve("font resource missing")
    subtype = str(font.get("/Subtype", ""))
    if subtype in {"/Type1", "/TrueType", "/MMType1"}:
        return 1
    if subtype == "/Type0" and str(font.get("/Encoding", "")) in {"/Identity-H", "/Identity-V"}:
        return 2
    raise CannotProve(f"font type {subtype or 'unknown'} is not rewritten")


def rewrite_page(
    pdf: pikepdf.Pdf,
    page: pikepdf.Page,
    content: PageContent,
    remove: Collection[Glyph],
    layers: Layers | None = None,
) -> int:
    """Remove `remove` glyphs (and hidden-layer painting) from `page`; return glyphs removed."""
    if any(g.op < 0 for g in remove):
        raise CannotProve("text to remove is inside a form XObject")
    by_op: dict[int, dict[int, Glyph]] = {}
    for glyph in remove:
        by_op.setdefault(glyph.op, {})[glyph.index] = glyph
    resources = inherited(page.obj, "/Resources")
    fonts = resources.get("/Font") if isinstance(resources, pikepdf.Dictionary) else None
    properties = resources.get("/Properties") if isinstance(resources, pikepdf.Dictionary) else None
    xobjects = resources.get("/XObject") if isinstance(resources, pikepdf.Dictionary) else None
    try:
        instructions = pikepdf.parse_content_stream(page)
    except pikepdf.PdfError as exc:
        raise CannotProve(f"content stream cannot be parsed: {exc}") from exc
    out: list[pikepdf.ContentStreamInstruction | pikepdf.ContentStreamInlineImage] = []
    op_index = -1
    removed = 0
    font_name: str | None = None
    font_stack: list[str | None] = []
    hidden_stack: list[bool] = []
    for inst in instructions:
        hidden = any(hidden_stack)
        if isinstance(inst, pikepdf.ContentStreamInlineImage):
            if not hidden:
                out.append(inst)
            continue
        op = str(inst.operator)
        operands: list[object] = list(inst.operands)
        if op == "q":
            font_stack.append(font_name)
        elif op == "Q":
            font_name = font_stack.pop() if font_stack else font_name
        elif op == "Tf" and operands:
            font_name = str(operands[0])
        elif op == "BMC":
            hidden_stack.append(False)
        elif op == "BDC":
            hidden_stack.append(_marked_hidden(operands, properties, layers))
        elif op == "EMC":
            if hidden_stack:
                hidden_stack.pop()
        if op in SHOW_OPS:
            op_index += 1
            targets = by_op.get(op_index)
            if hidden:
                out.extend(_movement_only(op, operands))
                continue
            if targets:
                font = fonts.get(font_name) if isinstance(fonts, pikepdf.Dictionary) and font_name else None
                info = content.ops.get(op_index)
                if info is None:
                    raise CannotProve("text operator not seen by the layout pass")
                out.extend(_rewritten(op, operands, info, bytes_per_glyph(font), targets))
                removed += len(targets)
                continue
        elif hidden and op in PAINT_OPS:
            out.append(pikepdf.ContentStreamInstruction([], pikepdf.Operator("n")))
            continue
        elif hidden and op in {"sh", "Do"}:
            continue
        elif op == "Do" and layers is not None and operands:
            target = xobjects.get(str(operands[0])) if isinstance(xobjects, pikepdf.Dictionary) else None
            if isinstance(target, pikepdf.Stream) and layers.hidden(target.get("/OC")):
                continue
        out.append(inst)
    page.obj.Contents = pdf.make_stream(pikepdf.unparse_content_stream(out))
    return removed


def _marked_hidden(operands: list[object], properties: object, layers: Layers | None) -> bool:
    if layers is None or len(operands) < 2 or str(operands[0]) != "/OC":
        return False
    target = operands[1]
    if isinstance(target, pikepdf.Name) and isinstance(properties, pikepdf.Dictionary):
        target = properties.get(str(target))
    return layers.hidden(target)


def _movement_only(op: str, operands: list[object]) -> Iterable[pikepdf.ContentStreamInstruction]:
    """What a ' or " operator does besides showing text, so later text stays in place."""
    if op == "'":
        yield pikepdf.ContentStreamInstruction([], pikepdf.Operator("T*"))
    elif op == '"' and len(operands) == 3:
        word, char = operands[0], operands[1]
        if isinstance(word, int | float | pikepdf.Object) and isinstance(
            char, int | float | pikepdf.Object
        ):
            yield pikepdf.ContentStreamInstruction([word], pikepdf.Operator("Tw"))
            yield pikepdf.ContentStreamInstruction([char], pikepdf.Operator("Tc"))
        yield pikepdf.ContentStreamInstruction([], pikepdf.Operator("T*"))


def _rewritten(
    op: str, operands: list[object], info: TextOp, width: int, targets: dict[int, Glyph]
) -> list[pikepdf.ContentStreamInstruction]:
    if info.vertical:
        raise CannotProve("vertical text is not rewritten")
    if info.fontsize == 0:
        raise CannotProve("zero font size")
    if op == "TJ":
        if not operands or not isinstance(operands[0], pikepdf.Array):
            raise CannotProve("TJ without an array")
        elements: list[object] = list(operands[0])
    else:
        if not operands:
            raise CannotProve(f"{op} without a string")
        elements = [operands[-1]]
    pieces: list[bytes | float] = []
    index = 0
    for element in elements:
        if isinstance(element, pikepdf.String):
            raw = bytes(element)
            if len(raw) % width:
                raise CannotProve("string length does not match the font's code width")
            for start in range(0, len(raw), width):
                glyph = targets.get(index)
                if glyph is None:
                    _append(pieces, raw[start : start + width])
                else:
                    spacing = info.charspace + (info.wordspace if glyph.is_space_code else 0.0)
                    _append(pieces, -(glyph.width * info.fontsize + spacing) * 1000 / info.fontsize)
                index += 1
        elif isinstance(element, int | float):
            _append(pieces, float(element))
        else:
            raise CannotProve("unexpected object in a text array")
    if index != info.glyphs:
        raise CannotProve("glyph count differs from the layout pass")
    array = pikepdf.Array(
        [pikepdf.String(p) if isinstance(p, bytes) else round(p, 4) for p in pieces]
    )
    show = pikepdf.ContentStreamInstruction([array], pikepdf.Operator("TJ"))
    return [*_movement_only(op, operands), show]


def _append(pieces: list[bytes | float], piece: bytes | float) -> None:
    if pieces and isinstance(piece, bytes) and isinstance(pieces[-1], bytes):
        pieces[-1] = pieces[-1] + piece
    elif pieces and isinstance(piece, float) and isinstance(pieces[-1], float):
        pieces[-1] = pieces[-1] + piece
    else:
        pieces.append(piece)
