"""What each page draws, in drawing order: glyphs, filled shapes and images, with their looks.

pdfminer.six parses the content streams and decodes fonts; a recording device keeps, for every
glyph, its box in default user space (PDF points from the page's origin, the same space the
redaction boxes use), its colour, render mode and whether it sits in a hidden optional-content
layer; and for every filled shape or image, its box, colour and opacity. Layout analysis is
skipped: the checks need geometry and order, not paragraphs, and skipping it keeps the scan
cheaper than a bare pdfminer text extraction. Pages are yielded one at a time so memory stays
bounded by the largest page.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from pdfminer.pdfcolor import PDFColorSpace
from pdfminer.pdfdevice import PDFTextDevice
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdffont import PDFFont, PDFUnicodeNotDefined
from pdfminer.pdfinterp import (
    PDFGraphicState,
    PDFPageInterpreter,
    PDFResourceManager,
    PDFStackT,
    PDFTextState,
)
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import PDFObjRef, PDFStream, resolve1
from pdfminer.psparser import PSLiteral
from pdfminer.utils import Matrix, PathSegment, apply_matrix_pt, mult_matrix

from foidesk.release.pdf.colour import luminance
from foidesk.release.pdf.opening import PdfRejected
from foidesk.release.pdf.visibility import Visibility

Box = tuple[float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
# pdfminer logs every oddity of a damaged file as a warning; the scanner reports damage itself.
logging.getLogger("pdfminer").setLevel(logging.ERROR)
# Forms inside forms: a few levels are normal (a stamp in a template), more is hostile.
MAX_FORM_DEPTH = 24


@dataclass(slots=True)
class Glyph:
    """One shown character: its box, text and how it looks."""

    x0: float
    y0: float
    x1: float
    y1: float
    text: str
    seq: int
    size: float
    # Luminance 0 (black) .. 1 (white) of the colour it is painted with; None when unknown.
    lum: float | None
    render_mode: int
    hidden_layer: bool
    # Which text-showing operator of the page's own content drew it (-1 inside a form XObject)
    # and which glyph of that operator it is: how the rewriter finds it again.
    op: int = -1
    index: int = 0
    # Glyph-space advance (w0, in text-space units per point of font size).
    width: float = 0.0
    is_space_code: bool = False
    # Fill opacity (ExtGState /ca, times that of any enclosing form) and whether the glyph lies
    # wholly outside the current clipping path's bounding box.
    alpha: float = 1.0
    clipped: bool = False

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        return (self.y0 + self.y1) / 2


@dataclass(slots=True)
class Shape:
    """A filled path or an image, which can hide what was drawn before it."""

    x0: float
    y0: float
    x1: float
    y1: float
    seq: int
    lum: float | None
    alpha: float
    hidden_layer: bool
    image: PDFStream | None = None

    def contains(self, x: float, y: float, slack: float = 0.5) -> bool:
        return (
            self.x0 - slack <= x <= self.x1 + slack and self.y0 - slack <= y <= self.y1 + slack
        )

    @property
    def box(self) -> Box:
        return (self.x0, self.y0, self.x1, self.y1)


@dataclass(frozen=True, slots=True)
class TextOp:
    """The text state one text-showing operator ran with, for re-spacing after a removal."""

    fontsize: float
    charspace: float
    wordspace: float
    scaling: float
    vertical: bool
    glyphs: int


@dataclass(slots=True)
class PageContent:
    """Everything one page draws, in order."""

    number: int
    mediabox: Box
    cropbox: Box
    glyphs: list[Glyph] = field(default_factory=list)
    shapes: list[Shape] = field(default_factory=list)
    ops: dict[int, TextOp] = field(default_factory=dict)


class _GraphicState(PDFGraphicState):
    """pdfminer's graphics state plus fill opacity and a clip box, which pdfminer leaves out."""

    def __init__(self) -> None:
        super().__init__()
        self.fill_alpha: float = 1.0
        # Bounding box (user space) of the clipping path; None means the whole page. Being a
        # box around the true clip, "outside it" always means "not painted".
        self.clip: Box | None = None

    def copy(self) -> _GraphicState:
        obj = _GraphicState()
        obj.__dict__.update(self.__dict__)
        return obj


class _Recorder(PDFTextDevice):
    """A pdfminer device that records glyphs and filled shapes instead of laying out text."""

    def __init__(self, rsrcmgr: PDFResourceManager, visibility: Visibility) -> None:
        super().__init__(rsrcmgr)
        self.visibility = visibility
        self.page: PageContent | None = None
        self.seq = 0
        # One entry per open marked-content sequence or form: True when it is hidden.
        self.hidden_stack: list[bool] = []
        self.hidden_count = 0
        self.form_depth = 0
        # Opacity and clip a form XObject inherits from where it is drawn, innermost last.
        self.inherited: list[tuple[float, Box | None]] = []
        self._render_mode = 0
        self.op_index = -1
        self.glyph_index = 0
        self._lum: float | None = 0.0
        self._alpha_clip: tuple[float, Box | None] = (1.0, None)
        # Per-font caches of decoded text and widths: pdfminer recomputes both per glyph. Keyed
        # by id(); the fonts live in the resource manager's cache for the whole document.
        self._widths: dict[int, dict[int, float]] = {}
        self._texts: dict[int, dict[int, str]] = {}

    # --- hidden layers -------------------------------------------------------------------
    def push_hidden(self, hidden: bool) -> None:
        self.hidden_stack.append(hidden)
        self.hidden_count += int(hidden)

    def pop_hidden(self) -> None:
        if self.hidden_stack:
            self.hidden_count -= int(self.hidden_stack.pop())

    def end_tag(self) -> None:
        self.pop_hidden()

    def begin_figure(self, name: str, bbox: Any, matrix: Matrix) -> None:
        self.form_depth += 1
        if self.form_depth > MAX_FORM_DEPTH:
            raise PdfRejected(f"forms nested more than {MAX_FORM_DEPTH} levels deep")

    def end_figure(self, name: str) -> None:
        self.form_depth -= 1

    def effective(self, graphicstate: PDFGraphicState) -> tuple[float, Box | None]:
        """Opacity and clip box in force: this state's, within any enclosing form's."""
        alpha = float(getattr(graphicstate, "fill_alpha", 1.0))
        clip: Box | None = getattr(graphicstate, "clip", None)
        if self.inherited:
            outer_alpha, outer_clip = self.inherited[-1]
            alpha *= outer_alpha
            clip = intersect(clip, outer_clip)
        return alpha, clip

    # --- painting ------------------------------------------------------------------------
    def paint_path(
        self,
        graphicstate: PDFGraphicState,
        stroke: bool,
        fill: bool,
        evenodd: bool,
        path: Sequence[PathSegment],
    ) -> None:
        if not fill or self.page is None or self.ctm is None:
            return
        # Each subpath is its own shape: "0 0 m ... h 100 0 m ... h f" paints two boxes, and
        # one bounding box around both would claim to cover the text between them.
        subpaths: list[list[tuple[float, float]]] = []
        for segment in path:
            if segment[0] == "m" or not subpaths:
                subpaths.append([])
            coords = segment[1:]
            for i in range(0, len(coords) - 1, 2):
                subpaths[-1].append(
                    apply_matrix_pt(self.ctm, (float(coords[i]), float(coords[i + 1])))
                )
        lum = luminance(graphicstate.ncolor, graphicstate.ncs)
        alpha = self.effective(graphicstate)[0]
        hidden = self.hidden_count > 0
        self.seq += 1
        for points in subpaths:
            if not points:
                continue
            xs = [p[0] for p in points]
            ys = [p[1] for p in points]
            self.page.shapes.append(
                Shape(min(xs), min(ys), max(xs), max(ys), self.seq, lum, alpha, hidden)
            )

    def render_image(self, name: str, stream: PDFStream) -> None:
        if self.page is None or self.ctm is None:
            return
        corners = [apply_matrix_pt(self.ctm, p) for p in ((0, 0), (1, 0), (0, 1), (1, 1))]
        xs = [c[0] for c in corners]
        ys = [c[1] for c in corners]
        self.seq += 1
        self.page.shapes.append(
            Shape(
                min(xs), min(ys), max(xs), max(ys), self.seq, None, 1.0,
                self.hidden_count > 0, image=stream,
            )
        )

    def render_string(
        self,
        textstate: PDFTextState,
        seq: Any,
        ncs: PDFColorSpace,
        graphicstate: PDFGraphicState,
    ) -> None:
        font = textstate.font
        if font is None or self.page is None or self.ctm is None:
            return
        mode = int(textstate.render or 0)
        colour = graphicstate.scolor if mode in (1, 5) else graphicstate.ncolor
        space = graphicstate.scs if mode in (1, 5) else ncs
        self._render_mode = mode
        self._lum = luminance(colour, space)
        self._alpha_clip = self.effective(graphicstate)
        before = self.glyph_index
        if font.is_vertical():
            super().render_string(textstate, seq, ncs, graphicstate)
        else:
            self._horizontal(textstate, seq, font)
        if self.form_depth == 0:
            self.page.ops[self.op_index] = TextOp(
                float(textstate.fontsize),
                float(textstate.charspace),
                float(textstate.wordspace),
                float(textstate.scaling) * 0.01,
                bool(font.is_vertical()),
                self.glyph_index - before,
            )

    def _horizontal(self, textstate: PDFTextState, seq: Any, font: PDFFont) -> None:
        """pdfminer's horizontal text loop, with the glyph boxes computed inline (hot path)."""
        assert self.page is not None and self.ctm is not None
        a, b, c, d, e, f = mult_matrix(textstate.matrix, self.ctm)
        fontsize = float(textstate.fontsize)
        scaling = float(textstate.scaling) * 0.01
        charspace = float(textstate.charspace) * scaling
        wordspace = 0.0 if font.is_multibyte() else float(textstate.wordspace) * scaling
        dxscale = 0.001 * fontsize * scaling
        low = float(font.get_descent()) * fontsize + float(textstate.rise)
        high = low + fontsize
        size = abs(fontsize) * abs(a * d - b * c) ** 0.5
        straight = b == 0 and c == 0
        hidden = self.hidden_count > 0
        op = -1 if self.form_depth > 0 else self.op_index
        lum = self._lum
        mode = self._render_mode
        alpha, clip = self._alpha_clip
        single_byte = not font.is_multibyte()
        glyphs = self.page.glyphs
        widths = self._widths.setdefault(id(font), {})
        texts = self._texts.setdefault(id(font), {})
        x, y = textstate.linematrix
        need_charspace = False
        for obj in seq:
            if isinstance(obj, int | float):
                x -= obj * dxscale
                need_charspace = True
                continue
            if not isinstance(obj, bytes):
                continue
            for cid in font.decode(obj):
                if need_charspace:
                    x += charspace
                text = texts.get(cid)
                if text is None:
                    try:
                        text = font.to_unichr(cid)
                    except PDFUnicodeNotDefined:
                        text = "\ufffd"
                    texts[cid] = text
                width = widths.get(cid)
                if width is None:
                    width = widths[cid] = float(font.char_width(cid))
                adv = width * fontsize * scaling
                if straight:
                    x0, x1 = a * x + e, a * (x + adv) + e
                    y0, y1 = d * (y + low) + f, d * (y + high) + f
                else:
                    xs = [a * px + c * py + e for px in (x, x + adv) for py in (y + low, y + high)]
                    ys = [b * px + d * py + f for px in (x, x + adv) for py in (y + low, y + high)]
                    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
                self.seq += 1
                gx0, gx1 = (x0, x1) if x0 <= x1 else (x1, x0)
                gy0, gy1 = (y0, y1) if y0 <= y1 else (y1, y0)
                glyphs.append(
                    Glyph(
                        gx0, gy0, gx1, gy1, text, self.seq,
                        size, lum, mode, hidden, op, self.glyph_index, width,
                        cid == 32 and single_byte, alpha,
                        clip is not None and _outside(gx0, gy0, gx1, gy1, clip),
                    )
                )
                self.glyph_index += 1
                x += adv
                if cid == 32 and wordspace:
                    x += wordspace
                need_charspace = True
        textstate.linematrix = (x, y)

    def render_char(
        self,
        matrix: Matrix,
        font: PDFFont,
        fontsize: float,
        scaling: float,
        rise: float,
        cid: int,
        ncs: PDFColorSpace,
        graphicstate: PDFGraphicState,
    ) -> float:
        """Vertical writing only (horizontal text takes `_horizontal`)."""
        try:
            text = font.to_unichr(cid)
        except PDFUnicodeNotDefined:
            text = "\ufffd"
        width = float(font.char_width(cid))
        adv = width * fontsize * scaling
        box = (-fontsize * 0.5, rise + adv, fontsize * 0.5, rise)
        (ax, ay) = apply_matrix_pt(matrix, (box[0], box[1]))
        (bx, by) = apply_matrix_pt(matrix, (box[2], box[3]))
        (a, b, c, d, _e, _f) = matrix
        size = abs(fontsize) * abs(a * d - b * c) ** 0.5
        index = self.glyph_index
        self.glyph_index += 1
        if self.page is not None:
            self.seq += 1
            self.page.glyphs.append(
                Glyph(
                    min(ax, bx), min(ay, by), max(ax, bx), max(ay, by), text, self.seq, size,
                    self._lum, self._render_mode, self.hidden_count > 0,
                    -1 if self.form_depth > 0 else self.op_index, index, width, False,
                    self._alpha_clip[0],
                )
            )
        return adv


def intersect(a: Box | None, b: Box | None) -> Box | None:
    """The overlap of two clip boxes (None is the whole page); an empty overlap stays empty."""
    if a is None:
        return b
    if b is None:
        return a
    x0, y0 = max(a[0], b[0]), max(a[1], b[1])
    return (x0, y0, max(x0, min(a[2], b[2])), max(y0, min(a[3], b[3])))


def _outside(x0: float, y0: float, x1: float, y1: float, clip: Box) -> bool:
    slack = 1.0
    return (
        x1 < clip[0] - slack or x0 > clip[2] + slack or y1 < clip[1] - slack or y0 > clip[3] + slack
    )


class _Interpreter(PDFPageInterpreter):
    """pdfminer's interpreter, taught optional content, fill opacity and user-space output."""

    device: _Recorder

    def init_state(self, ctm: Matrix) -> None:
        super().init_state(ctm)
        self.graphicstate = _GraphicState()

    def do_gs(self, name: PDFStackT) -> None:
        """Read the fill opacity (/ca) of an ExtGState, so see-through highlights hide nothing."""
        states = resolve1(self.resources.get("ExtGState")) if self.resources else None
        if not isinstance(states, dict) or not isinstance(name, PSLiteral):
            return
        state = resolve1(states.get(name.name))
        if isinstance(state, dict) and "ca" in state:
            value = resolve1(state["ca"])
            if isinstance(value, int | float):
                self.graphicstate.fill_alpha = float(value)  # type: ignore[attr-defined]

    def do_TJ(self, seq: PDFStackT) -> None:
        """Count text-showing operators (Tj, ', " all end here) so glyphs can be found again."""
        if self.device.form_depth == 0:
            self.device.op_index += 1
            self.device.glyph_index = 0
        super().do_TJ(seq)

    def do_W(self) -> None:
        """Narrow the clip box to the current path's bounding box (PDF 32000-1 §8.5.4)."""
        points: list[tuple[float, float]] = []
        for segment in self.curpath:
            coords = segment[1:]
            for i in range(0, len(coords) - 1, 2):
                x, y = coords[i], coords[i + 1]
                if isinstance(x, int | float) and isinstance(y, int | float):
                    points.append(apply_matrix_pt(self.ctm, (float(x), float(y))))
        if not points:
            return
        xs = [p[0] for p in points]
        ys = [p[1] for p in points]
        box = (min(xs), min(ys), max(xs), max(ys))
        state = self.graphicstate
        state.clip = intersect(getattr(state, "clip", None), box)  # type: ignore[attr-defined]

    def do_W_a(self) -> None:
        self.do_W()

    def do_BMC(self, tag: PDFStackT) -> None:
        self.device.push_hidden(False)

    def do_BDC(self, tag: PDFStackT, props: PDFStackT) -> None:
        hidden = False
        if isinstance(tag, PSLiteral) and tag.name == "OC":
            target: object = props
            if isinstance(props, PSLiteral):
                table = resolve1(self.resources.get("Properties")) if self.resources else None
                target = table.get(props.name) if isinstance(table, dict) else None
            hidden = self.device.visibility.is_hidden(target)
        self.device.push_hidden(hidden)

    def do_Do(self, xobjid_arg: PDFStackT) -> None:
        name = xobjid_arg.name if isinstance(xobjid_arg, PSLiteral) else None
        xobj = resolve1(self.xobjmap.get(name)) if name is not None else None
        hidden = isinstance(xobj, PDFStream) and self.device.visibility.is_hidden(
            xobj.attrs.get("OC")
        )
        self.device.push_hidden(hidden)
        # A form is drawn with the opacity and clip in force where it is invoked.
        self.device.inherited.append(self.device.effective(self.graphicstate))
        try:
            super().do_Do(xobjid_arg)
        finally:
            self.device.inherited.pop()
            self.device.pop_hidden()


def read_pages(data: bytes) -> Iterator[PageContent]:
    """Yield the content of each page of the PDF in `data`, one page at a time."""
    try:
        parser = PDFParser(io.BytesIO(data))
        document = PDFDocument(parser)
    except RecursionError as exc:
        raise PdfRejected("structure nested too deeply to parse") from exc
    except PdfRejected:
        raise
    except Exception as exc:  # pdfminer raises many unrelated types for bad input
        raise PdfRejected(f"damaged PDF: {type(exc).__name__}: {exc}"[:200]) from exc
    visibility = Visibility.from_catalog(document.catalog)
    rsrcmgr = PDFResourceManager(caching=True)
    device = _Recorder(rsrcmgr, visibility)
    interpreter = _Interpreter(rsrcmgr, device)
    try:
        for number, page in enumerate(PDFPage.create_pages(document), start=1):
            content = PageContent(number, _box(page.mediabox), _box(page.cropbox))
            device.page = content
            device.hidden_stack.clear()
            device.hidden_count = 0
            device.form_depth = 0
            device.inherited.clear()
            device.op_index = -1
            device.glyph_index = 0
            # Default user space, not pdfminer's rotated view, so boxes match the file's own.
            interpreter.render_contents(page.resources, page.contents, ctm=IDENTITY)
            device.page = None
            yield content
    except PdfRejected:
        raise
    except RecursionError as exc:
        raise PdfRejected("structure nested too deeply to parse") from exc
    except Exception as exc:  # pdfminer raises many unrelated types for bad input
        raise PdfRejected(f"damaged PDF: {type(exc).__name__}: {exc}"[:200]) from exc


def document_info(data: bytes) -> list[dict[str, object]]:
    """The Info dictionaries pdfminer sees (one per trailer), for comparing revisions."""
    parser = PDFParser(io.BytesIO(data))
    document = PDFDocument(parser)
    return [
        {str(k): resolve1(v) for k, v in info.items()} for info in document.info
    ]


def _box(value: object) -> Box:
    items = resolve1(value)
    if isinstance(items, list | tuple) and len(items) == 4:
        nums = [resolve1(v) for v in items]
        if all(isinstance(n, int | float) for n in nums):
            x0, y0, x1, y1 = (float(n) for n in nums)
            return (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))
    return (0.0, 0.0, 612.0, 792.0)


def objid(value: object) -> int | None:
    """The object number a reference points at, for comparing optional-content groups."""
    return value.objid if isinstance(value, PDFObjRef) else None
