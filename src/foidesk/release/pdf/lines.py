"""Put a page's glyphs back into lines of text, for personal-data matching and excerpts.

Glyphs come in drawing order, which for nearly every producer is reading order within a line;
a new line starts when the baseline moves by more than half a glyph's height or the pen jumps
backwards. This is far cheaper than pdfminer's layout analysis and good enough to find an
e-mail address or a name.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from foidesk.release.pdf.content import Glyph


@dataclass(slots=True)
class Line:
    """A run of glyphs on one baseline, with where it starts."""

    text: str
    x: float
    y: float
    glyphs: list[Glyph]
    # For each character of `text`, the glyph that drew it (None for an inserted space).
    owners: list[Glyph | None]


def assemble(glyphs: Iterable[Glyph]) -> list[Line]:
    """Group glyphs into lines, inserting spaces where the gap between glyphs is wide."""
    lines: list[Line] = []
    parts: list[str] = []
    members: list[Glyph] = []
    owners: list[Glyph | None] = []
    last: Glyph | None = None
    for glyph in glyphs:
        if last is not None:
            height = max(last.y1 - last.y0, glyph.y1 - glyph.y0, 1.0)
            same_line = abs(glyph.y0 - last.y0) <= height * 0.5 and glyph.x0 >= last.x0 - height
            if not same_line:
                lines.append(_line(parts, members, owners))
                parts, members, owners = [], [], []
            elif glyph.x0 - last.x1 > height * 0.2 and glyph.text != " " and last.text != " ":
                parts.append(" ")
                owners.append(None)
        parts.append(glyph.text)
        owners.extend([glyph] * len(glyph.text))
        members.append(glyph)
        last = glyph
    if members:
        lines.append(_line(parts, members, owners))
    return [line for line in lines if line.text.strip()]


def _line(parts: list[str], members: list[Glyph], owners: list[Glyph | None]) -> Line:
    first = members[0]
    return Line("".join(parts), first.x0, first.y0, members, owners)


def excerpt_of(glyphs: Sequence[Glyph], limit: int = 80) -> str:
    """The text of some glyphs as a short, single-line excerpt."""
    text = " ".join(line.text.strip() for line in assemble(glyphs))
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def near(x: float, y: float, origin: tuple[float, float] = (0.0, 0.0)) -> str:
    """Coordinates as a person reads them: whole PDF points from the page's bottom-left
    (the media box's lower-left corner, `origin` in user space) — what `--box` takes."""
    return f"near ({round(x - origin[0])}, {round(y - origin[1])})"
