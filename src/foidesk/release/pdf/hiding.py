"""Text a reader cannot see but anyone can copy: found by geometry and drawing order.

- `fake_redaction`: an opaque filled shape (or a solid-colour image) drawn after a glyph and
  covering most of it — the black box of a "redaction" that left the text underneath — and text
  painted in the same dark colour as the box beneath it.
- `invisible_text`: glyphs in a layer that is off by default, fully transparent, clipped away, in render mode 3/7 (invisible)
  unless they lie over an image (the OCR layer of a scan, which repeats what the image shows),
  glyphs under 1 pt, and glyphs whose colour matches what is behind them (white on white).
- `outside_page`: glyphs whose centre lies outside the crop box, so no viewer shows them.

White text on a dark box drawn *before* it is visible and is not flagged; a dark box with no
text under it hides nothing and is not flagged.
"""

from __future__ import annotations

import io
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from PIL import Image

from foidesk.release.pdf.content import Box, Glyph, PageContent, Shape

CELL = 64.0
# A box must cover this share of a glyph to hide it; strike-through lines cover far less.
COVER_SHARE = 0.7
# Colours closer than this (0..1 luminance) are unreadable against each other; a faint
# watermark in #EEEEEE (0.07 from white) is still meant to be seen.
MIN_CONTRAST = 0.06
OPAQUE = 0.95
# Text painted at under 5% opacity cannot be read.
MIN_ALPHA = 0.05
DARK = 0.35
MIN_SIZE_PT = 1.0
# Decoding a huge image to test whether it is one flat colour would cost more than it tells.
MAX_SOLID_TEST_PIXELS = 4_000_000


@dataclass(slots=True)
class Hiding:
    """Some glyphs hidden in one way, with the box a cleaner must clear."""

    kind: str
    reason: str
    page: int
    glyphs: list[Glyph]
    cover: Box | None = None

    @property
    def box(self) -> Box:
        return (
            min(g.x0 for g in self.glyphs),
            min(g.y0 for g in self.glyphs),
            max(g.x1 for g in self.glyphs),
            max(g.y1 for g in self.glyphs),
        )


class _Grid:
    """Shapes bucketed by the cells they overlap, so each glyph looks only at its neighbours."""

    def __init__(self, shapes: list[Shape]) -> None:
        self.cells: dict[tuple[int, int], list[Shape]] = defaultdict(list)
        for shape in shapes:
            for key in _cells(shape.x0, shape.y0, shape.x1, shape.y1):
                self.cells[key].append(shape)

    def at(self, x: float, y: float) -> list[Shape]:
        return self.cells.get((int(x // CELL), int(y // CELL)), [])


def _cells(x0: float, y0: float, x1: float, y1: float) -> Iterator[tuple[int, int]]:
    # Clamp absurd shapes (a page-sized box at 1e6 pt) so the grid stays small.
    cx0, cx1 = int(max(x0, -2e4) // CELL), int(min(x1, 2e4) // CELL)
    cy0, cy1 = int(max(y0, -2e4) // CELL), int(min(y1, 2e4) // CELL)
    for cx in range(cx0, cx1 + 1):
        for cy in range(cy0, cy1 + 1):
            yield (cx, cy)


def find_hidden(page: PageContent) -> list[Hiding]:
    """FOIA s40(2): every run of glyphs on `page` a reader cannot see but anyone can copy,
    grouped by how and where they are hidden."""
    visible_shapes = [
        s for s in page.shapes if not s.hidden_layer and s.x1 - s.x0 >= 1 and s.y1 - s.y0 >= 1
    ]
    grid = _Grid(visible_shapes)
    solid: dict[int, float | None] = {}
    out: list[Hiding] = []
    current: Hiding | None = None
    cx0, cy0, cx1, cy1 = page.cropbox
    for glyph in page.glyphs:
        if not glyph.text.strip():
            continue
        verdict = _classify(glyph, grid, solid, (cx0, cy0, cx1, cy1))
        if verdict is None:
            current = None
            continue
        kind, reason, cover = verdict
        if current is not None and (current.kind, current.reason, current.cover) == verdict:
            current.glyphs.append(glyph)
            continue
        current = Hiding(kind, reason, page.number, [glyph], cover)
        out.append(current)
    return out


def _classify(
    glyph: Glyph, grid: _Grid, solid: dict[int, float | None], crop: Box
) -> tuple[str, str, Box | None] | None:
    x, y = (glyph.x0 + glyph.x1) / 2, (glyph.y0 + glyph.y1) / 2
    if not (crop[0] - 1 <= x <= crop[2] + 1 and crop[1] - 1 <= y <= crop[3] + 1):
        return ("outside_page", "outside the crop box", None)
    if glyph.hidden_layer:
        return ("invisible_text", "in a hidden layer", None)
    if glyph.clipped:
        return ("invisible_text", "clipped out of view", None)
    if glyph.alpha < MIN_ALPHA:
        return ("invisible_text", "fully transparent", None)
    cell = grid.at(x, y)
    if not cell and glyph.render_mode not in (3, 7) and glyph.size >= MIN_SIZE_PT:
        # Nothing drawn here but the white page: only the text's own colour can hide it.
        if glyph.lum is not None and 1.0 - glyph.lum < MIN_CONTRAST:
            return ("invisible_text", "same colour as its background", None)
        return None
    nearby = [s for s in cell if s.contains(x, y)]
    if glyph.render_mode in (3, 7):
        if any(s.image is not None for s in nearby):
            return None  # the OCR layer of a scanned image: it repeats what is shown
        return ("invisible_text", "invisible render mode", None)
    if glyph.size < MIN_SIZE_PT:
        return ("invisible_text", "text under 1 pt", None)
    below: Shape | None = None
    for shape in nearby:
        if shape.seq > glyph.seq:
            if _opaque(shape, solid) and _covers(shape, glyph):
                return ("fake_redaction", "covered by a filled box", shape.box)
        elif below is None or shape.seq > below.seq:
            below = shape
    background = 1.0 if below is None else _colour(below, solid)
    if below is not None and below.alpha < OPAQUE:
        return None
    if glyph.lum is None or background is None:
        return None
    if abs(glyph.lum - background) < MIN_CONTRAST:
        if below is not None and background < DARK:
            return ("fake_redaction", "painted in the colour of the box beneath", below.box)
        return ("invisible_text", "same colour as its background", None)
    return None


def _opaque(shape: Shape, solid: dict[int, float | None]) -> bool:
    if shape.alpha < OPAQUE:
        return False
    if shape.image is None:
        return True
    return _colour(shape, solid) is not None


def _colour(shape: Shape, solid: dict[int, float | None]) -> float | None:
    if shape.image is None:
        return shape.lum
    key = id(shape)
    if key not in solid:
        solid[key] = _solid_image_luminance(shape)
    return solid[key]


def _covers(shape: Shape, glyph: Glyph) -> bool:
    area = max(glyph.x1 - glyph.x0, 0.01) * max(glyph.y1 - glyph.y0, 0.01)
    w = min(shape.x1, glyph.x1) - max(shape.x0, glyph.x0)
    h = min(shape.y1, glyph.y1) - max(shape.y0, glyph.y0)
    if w <= 0 or h <= 0:
        return False
    return (w * h) / area >= COVER_SHARE


def _solid_image_luminance(shape: Shape) -> float | None:
    """The luminance of an image that is one flat colour (a pasted black box), else None."""
    stream = shape.image
    if stream is None:
        return None
    try:
        width = int(stream.attrs.get("Width", 0) or stream.attrs.get("W", 0))
        height = int(stream.attrs.get("Height", 0) or stream.attrs.get("H", 0))
        if width <= 0 or height <= 0 or width * height > MAX_SOLID_TEST_PIXELS:
            return None
        filters = stream.get_filters()
        names = [getattr(f[0], "name", str(f[0])) for f in filters]
        if names and names[-1] in {"DCTDecode", "DCT", "JPXDecode"}:
            with Image.open(io.BytesIO(stream.get_rawdata() or b"")) as image:
                grey = image.convert("L")
                extrema = grey.getextrema()
                low, high = float(extrema[0]), float(extrema[1])  # type: ignore[arg-type]
                return (low + high) / 510.0 if high - low <= 8 else None
        if stream.attrs.get("ImageMask") or stream.attrs.get("IM"):
            return None
        data = stream.get_data()
        if not data:
            return None
        bpc = int(stream.attrs.get("BitsPerComponent", 8) or 8)
        if bpc == 8:
            comps = max(1, min(4, len(data) // (width * height)))
            pixel = data[:comps]
            if data != pixel * (len(data) // comps):
                return None
            values = [b / 255 for b in pixel]
        elif bpc == 1:
            if data.strip(b"\x00") and data.strip(b"\xff"):
                return None
            values = [data[0] / 255]
        else:
            return None
        if len(values) == 3:
            return 0.299 * values[0] + 0.587 * values[1] + 0.114 * values[2]
        if len(values) == 4:
            c, m, y, k = values
            return 0.299 * (1 - c) * (1 - k) + 0.587 * (1 - m) * (1 - k) + 0.114 * (1 - y) * (1 - k)
        return values[0]
    except Exception:  # an undecodable image is simply not a flat box
        return None
