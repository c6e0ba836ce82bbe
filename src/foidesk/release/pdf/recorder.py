"""A pdfminer device and interpreter that record what each page draws, instead of laying out text.

pdfminer.six parses the content streams and decodes the fonts; the recorder keeps every glyph's
box, colour, opacity, clip, render mode and layer, and every filled shape and image, numbered
in drawing order (see `drawing`). The interpreter is taught what pdfminer leaves out: optional
content (BDC /OC, forms with /OC), fill opacity (ExtGState /ca), clipping boxes (W, W*), and
what a form inherits from where it is drawn.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pdfminer.pdfcolor import PDFColorSpace
from pdfminer.pdfdevice import PDFTextDevice
from pdfminer.pdffont import PDFFont, PDFUnicodeNotDefined
from pdfminer.pdfinterp import (
    PDFGraphicState,
    PDFPageInterpreter,
    PDFResourceManager,
    PDFStackT,
    PDFTextState,
)
from pdfminer.pdftypes import PDFStream, resolve1
from pdfminer.psparser import PSLiteral
from pdfminer.utils import Matrix, PathSegment, apply_matrix_pt, mult_matrix

from foidesk.release.pdf.colour import luminance
from foidesk.release.pdf.drawing import Box, Glyph, PageContent, Shape, TextOp
from foidesk.release.pdf.opening import PdfRejected
from foidesk.release.pdf.visibility import Visibility

# Forms inside forms: a few levels are normal (a stamp in a template), more is hostile.
MAX_FORM_DEPTH = 24
# A stroke this wide (in points) can cover a line of text, as a marker pen does.
THICK_STROKE_PT = 3.0


class _GraphicState(PDFGraphicState):
    """pdfminer's graphics state plus fill opacity and a clip box, which pdfminer leaves out."""

    def __init__(self) -> None:
        super().__init__()
        self.fill_alpha: float = 1.0
        self.stroke_alpha: float = 1.0
        # Bounding box (user space) of the clipping path; None means the whole page. Being a
        # box around the true clip, "outside it" always means "not painted".
        self.clip: Box | None = None

    def copy(self) -> _GraphicState:
        obj = _GraphicState()
        obj.__dict__.update(self.__dict__)
        return obj


class Recorder(PDFTextDevice):
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
        if self.page is None or self.ctm is None:
            return
        if not fill:
            if stroke:
                self._thick_stroke(graphicstate, path)
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

    def _thick_stroke(self, graphicstate: PDFGraphicState, path: Sequence[PathSegment]) -> None:
        """A marker-pen line (3 pt or wider) hides text like a box: record each segment's band."""
        assert self.page is not None and self.ctm is not None
        a, b, c, d, _e, _f = self.ctm
        width = float(graphicstate.linewidth or 0) * abs(a * d - b * c) ** 0.5
        if width < THICK_STROKE_PT:
            return
        half = width / 2
        outer = self.inherited[-1][0] if self.inherited else 1.0
        alpha = outer * float(getattr(graphicstate, "stroke_alpha", 1.0))
        lum = luminance(graphicstate.scolor, graphicstate.scs)
        hidden = self.hidden_count > 0
        self.seq += 1
        previous: tuple[float, float] | None = None
        for segment in path:
            coords = segment[1:]
            points = [
                apply_matrix_pt(self.ctm, (float(coords[i]), float(coords[i + 1])))
                for i in range(0, len(coords) - 1, 2)
            ]
            if segment[0] != "m" and previous is not None and points:
                xs = [previous[0], *(p[0] for p in points)]
                ys = [previous[1], *(p[1] for p in points)]
                self.page.shapes.append(
                    Shape(min(xs) - half, min(ys) - half, max(xs) + half, max(ys) + half,
                          self.seq, lum, alpha, hidden)
                )
            if points:
                previous = points[-1]

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


class Interpreter(PDFPageInterpreter):
    """pdfminer's interpreter, taught optional content, fill opacity and user-space output."""

    device: Recorder

    def init_state(self, ctm: Matrix) -> None:
        super().init_state(ctm)
        self.graphicstate = _GraphicState()

    def do_gs(self, name: PDFStackT) -> None:
        """Read the fill opacity (/ca) of an ExtGState, so see-through highlights hide nothing."""
        states = resolve1(self.resources.get("ExtGState")) if self.resources else None
        if not isinstance(states, dict) or not isinstance(name, PSLiteral):
            return
        state = resolve1(states.get(name.name))
        if not isinstance(state, dict):
            return
        for key, attribute in (("ca", "fill_alpha"), ("CA", "stroke_alpha")):
            value = resolve1(state.get(key))
            if isinstance(value, int | float) and not isinstance(value, bool):
                setattr(self.graphicstate, attribute, float(value))

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
