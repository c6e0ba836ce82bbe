"""The records a page's drawing leaves: glyphs, filled shapes and images, in drawing order.

Coordinates are default user space (PDF points), the space the file's own content and the
redaction boxes use. `recorder` fills these in; `hiding`, `lines`, `rewrite` read them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pdfminer.pdftypes import PDFStream

Box = tuple[float, float, float, float]


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
