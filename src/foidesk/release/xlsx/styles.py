"""Which cell styles make a value invisible: text the colour of its fill, `;;;` number formats,
fonts too small to read. White text on a dark fill is visible and is not flagged."""

from __future__ import annotations

from xml.etree.ElementTree import Element

from foidesk.release.ooxml.archive import SafeArchive
from foidesk.release.ooxml.markup import NS, local_name, parse, q

RGB = tuple[int, int, int]
WHITE: RGB = (255, 255, 255)
BLACK: RGB = (0, 0, 0)
# ECMA-376 §18.8.27 legacy indexed palette (first entries; 64 is the system foreground,
# 65 the system background).
INDEXED: dict[int, RGB] = {
    0: BLACK, 1: WHITE, 2: (255, 0, 0), 3: (0, 255, 0), 4: (0, 0, 255), 5: (255, 255, 0),
    6: (255, 0, 255), 7: (0, 255, 255), 8: BLACK, 9: WHITE, 10: (255, 0, 0), 11: (0, 255, 0),
    12: (0, 0, 255), 13: (255, 255, 0), 14: (255, 0, 255), 15: (0, 255, 255),
    22: (192, 192, 192), 23: (128, 128, 128), 55: (51, 51, 51), 64: BLACK, 65: WHITE,
}
# Office default theme, in Excel's index order (lt1 and dk1 swapped against the XML order).
DEFAULT_THEME: list[RGB] = [
    WHITE, BLACK, (0xE7, 0xE6, 0xE6), (0x44, 0x54, 0x6A), (0x44, 0x72, 0xC4), (0xED, 0x7D, 0x31),
    (0xA5, 0xA5, 0xA5), (0xFF, 0xC0, 0x00), (0x5B, 0x9B, 0xD5), (0x70, 0xAD, 0x47),
    (0x05, 0x63, 0xC1), (0x95, 0x4F, 0x72),
]
TINY_FONT_PT = 3.0
MIN_CONTRAST = 1.25


def hex_rgb(value: str) -> RGB | None:
    value = value.strip().lstrip("#")
    if len(value) == 8:
        value = value[2:]
    if len(value) != 6:
        return None
    try:
        return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)
    except ValueError:
        return None


def _tinted(rgb: RGB, tint: float) -> RGB:
    if tint > 0:
        return tuple(round(c + (255 - c) * tint) for c in rgb)  # type: ignore[return-value]
    return tuple(round(c * (1 + tint)) for c in rgb)  # type: ignore[return-value]


def luminance(rgb: RGB) -> float:
    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: RGB, b: RGB) -> float:
    """WCAG 2 contrast ratio: 1 for identical colours, 21 for black on white."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def theme_colours(archive: SafeArchive) -> list[RGB]:
    name = "xl/theme/theme1.xml"
    if name not in archive:
        return DEFAULT_THEME
    root = parse(archive.read(name), name)
    scheme = root.find(".//a:clrScheme", NS)
    if scheme is None:
        return DEFAULT_THEME
    found: list[RGB] = []
    for slot in scheme:
        rgb: RGB | None = None
        for colour in slot:
            rgb = hex_rgb(colour.get("val", "") if local_name(colour.tag) == "srgbClr"
                          else colour.get("lastClr", ""))
        found.append(rgb or BLACK)
    if len(found) < 4:
        return DEFAULT_THEME
    found[0], found[1], found[2], found[3] = found[1], found[0], found[3], found[2]
    return found


def colour_of(elem: Element | None, theme: list[RGB], default: RGB | None) -> RGB | None:
    if elem is None:
        return default
    if elem.get("auto") in ("1", "true"):
        return default
    rgb: RGB | None = None
    if elem.get("rgb"):
        rgb = hex_rgb(elem.get("rgb", ""))
    elif elem.get("theme") is not None:
        index = int(elem.get("theme", "0") or 0)
        rgb = theme[index] if 0 <= index < len(theme) else None
    elif elem.get("indexed") is not None:
        rgb = INDEXED.get(int(elem.get("indexed", "0") or 0))
    if rgb is not None and elem.get("tint"):
        rgb = _tinted(rgb, float(elem.get("tint", "0")))
    return rgb if rgb is not None else default


def hides_everything(code: str) -> bool:
    """A number format whose every section is empty (`;;;`) shows nothing in the cell."""
    sections = code.split(";")
    return len(sections) >= 3 and all(not s.strip().strip('"') for s in sections)


def font_reason(font_rgb: RGB | None, size: float | None, fill_rgb: RGB) -> str | None:
    if size is not None and size < TINY_FONT_PT:
        return f"font of {size:g} pt"
    if font_rgb is not None and contrast(font_rgb, fill_rgb) < MIN_CONTRAST:
        return f"text colour #{_hex(font_rgb)} on fill #{_hex(fill_rgb)}"
    return None


def _hex(rgb: RGB) -> str:
    return "".join(f"{c:02X}" for c in rgb)


class Styles:
    """The workbook's cell formats, reduced to what the scanner needs."""

    def __init__(self, archive: SafeArchive) -> None:
        self.invisible: dict[int, str] = {}  # cellXfs index -> why its value cannot be seen
        self.fill_of_xf: list[RGB] = []
        self.theme = theme_colours(archive)
        name = "xl/styles.xml"
        if name in archive:
            self._read(parse(archive.read(name), name))

    def _read(self, root: Element) -> None:
        formats = {
            int(f.get("numFmtId", "-1")): f.get("formatCode", "")
            for f in root.iterfind("main:numFmts/main:numFmt", NS)
        }
        fonts: list[tuple[RGB | None, float | None]] = []
        for font in root.iterfind("main:fonts/main:font", NS):
            size_elem = font.find("main:sz", NS)
            try:
                size = float(size_elem.get("val", "")) if size_elem is not None else None
            except ValueError:
                size = None
            fonts.append((colour_of(font.find("main:color", NS), self.theme, BLACK), size))
        fills: list[RGB] = []
        for fill in root.iterfind("main:fills/main:fill", NS):
            pattern = fill.find("main:patternFill", NS)
            rgb = WHITE
            if pattern is not None and pattern.get("patternType", "none") not in ("none", ""):
                rgb = colour_of(pattern.find("main:fgColor", NS), self.theme, WHITE) or WHITE
            fills.append(rgb)
        for index, xf in enumerate(root.iterfind("main:cellXfs/main:xf", NS)):
            font_id = int(xf.get("fontId", "0") or 0)
            fill_id = int(xf.get("fillId", "0") or 0)
            fill_rgb = fills[fill_id] if 0 <= fill_id < len(fills) else WHITE
            self.fill_of_xf.append(fill_rgb)
            code = formats.get(int(xf.get("numFmtId", "0") or 0), "")
            if hides_everything(code):
                self.invisible[index] = f"number format {code!r} hides the value"
                continue
            if 0 <= font_id < len(fonts):
                colour = fonts[font_id][0]
                if "[white]" in code.lower():
                    colour = WHITE  # a colour in the number format overrides the font's
                reason = font_reason(colour, fonts[font_id][1], fill_rgb)
                if reason:
                    self.invisible[index] = reason

    def fill(self, xf: int) -> RGB:
        return self.fill_of_xf[xf] if 0 <= xf < len(self.fill_of_xf) else WHITE


def run_colour(rpr: Element | None, theme: list[RGB]) -> tuple[RGB | None, float | None]:
    """The colour and size a rich-text run in a shared string sets, if any."""
    if rpr is None:
        return None, None
    colour = colour_of(rpr.find(q("main", "color")), theme, None)
    size_elem = rpr.find(q("main", "sz"))
    try:
        size = float(size_elem.get("val", "")) if size_elem is not None else None
    except ValueError:
        size = None
    return colour, size
