"""The document's styles reduced to what hides text: w:vanish, a colour, a tiny size."""

from __future__ import annotations

from dataclasses import dataclass
from xml.etree.ElementTree import Element

from foidesk.release.ooxml.archive import SafeArchive
from foidesk.release.ooxml.markup import parse, q
from foidesk.release.xlsx.styles import RGB, hex_rgb

W_VAL = q("w", "val")


@dataclass(frozen=True, slots=True)
class RunLook:
    """What a run's properties say about its visibility; None where they say nothing."""

    vanish: bool | None = None
    colour: RGB | None = None
    half_points: int | None = None
    shading: RGB | None = None

    def over(self, base: RunLook) -> RunLook:
        return RunLook(
            self.vanish if self.vanish is not None else base.vanish,
            self.colour if self.colour is not None else base.colour,
            self.half_points if self.half_points is not None else base.half_points,
            self.shading if self.shading is not None else base.shading,
        )


def on(elem: Element) -> bool:
    """ECMA-376 §17.17.4 on/off property: present means on unless w:val is false/0/off."""
    return elem.get(W_VAL, "true").lower() not in ("0", "false", "off")


HIGHLIGHT: dict[str, RGB] = {
    "black": (0, 0, 0), "white": (255, 255, 255), "yellow": (255, 255, 0), "green": (0, 255, 0),
    "cyan": (0, 255, 255), "magenta": (255, 0, 255), "blue": (0, 0, 255), "red": (255, 0, 0),
    "darkBlue": (0, 0, 128), "darkCyan": (0, 128, 128), "darkGreen": (0, 128, 0),
    "darkMagenta": (128, 0, 128), "darkRed": (128, 0, 0), "darkYellow": (128, 128, 0),
    "darkGray": (128, 128, 128), "lightGray": (192, 192, 192),
}


def shading_of(shd: Element | None) -> RGB | None:
    if shd is None:
        return None
    fill = shd.get(q("w", "fill"), "auto")
    return None if fill == "auto" else hex_rgb(fill)


def look_of(rpr: Element | None) -> RunLook:
    if rpr is None:
        return RunLook()
    vanish = rpr.find(q("w", "vanish"))
    if vanish is None:
        vanish = rpr.find(q("w", "specVanish"))
    colour = rpr.find(q("w", "color"))
    size = rpr.find(q("w", "sz"))
    highlight = rpr.find(q("w", "highlight"))
    shading = shading_of(rpr.find(q("w", "shd")))
    if highlight is not None and highlight.get(W_VAL, "none") in HIGHLIGHT:
        shading = HIGHLIGHT[highlight.get(W_VAL, "")]
    colour_value = colour.get(W_VAL, "auto") if colour is not None else "auto"
    try:
        half_points = int(size.get(W_VAL, "")) if size is not None else None
    except ValueError:
        half_points = None
    return RunLook(
        vanish=on(vanish) if vanish is not None else None,
        colour=None if colour_value == "auto" else hex_rgb(colour_value),
        half_points=half_points,
        shading=shading,
    )


class StyleTable:
    """Each style's look with its basedOn chain resolved, plus the document defaults."""

    def __init__(self, archive: SafeArchive, part: str | None) -> None:
        self.looks: dict[str, RunLook] = {}
        self.default = RunLook()
        if part is None or part not in archive:
            return
        root = parse(archive.read(part), part)
        defaults = root.find(f"{q('w', 'docDefaults')}/{q('w', 'rPrDefault')}/{q('w', 'rPr')}")
        self.default = look_of(defaults)
        own: dict[str, tuple[RunLook, str | None]] = {}
        for style in root.iter(q("w", "style")):
            style_id = style.get(q("w", "styleId"), "")
            based = style.find(q("w", "basedOn"))
            own[style_id] = (
                look_of(style.find(q("w", "rPr"))),
                based.get(W_VAL) if based is not None else None,
            )
        for style_id in own:
            look, parent = own[style_id]
            seen = {style_id}
            while parent and parent in own and parent not in seen:
                seen.add(parent)
                look = look.over(own[parent][0])
                parent = own[parent][1]
            self.looks[style_id] = look

    def get(self, style_id: str | None) -> RunLook:
        return self.looks.get(style_id or "", RunLook())
