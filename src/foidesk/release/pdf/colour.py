"""How light a colour is, so white-on-white and dark boxes can be told apart."""

from __future__ import annotations

from pdfminer.pdfcolor import PDFColorSpace


def luminance(colour: object, space: PDFColorSpace | None) -> float | None:
    """Luminance 0 (black) .. 1 (white) of a colour in a device-like space; None if unknown.

    Pattern and indexed colours have no single value here: None, which callers treat as
    "could be anything" and so never flag on colour alone.
    """
    name = getattr(space, "name", "") or ""
    if name in {"Pattern", "Indexed"}:
        return None
    values = _components(colour)
    if values is None:
        return None
    if name in {"Separation", "DeviceN"}:
        # A tint is ink coverage: 1 is full ink, which we take as dark.
        return _clamp(1.0 - max(values))
    if len(values) == 1:
        return _clamp(values[0])
    if len(values) == 3:
        r, g, b = values
        return _clamp(0.299 * r + 0.587 * g + 0.114 * b)
    if len(values) == 4:
        c, m, y, k = values
        r, g, b = ((1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k))
        return _clamp(0.299 * r + 0.587 * g + 0.114 * b)
    return None


def _components(colour: object) -> list[float] | None:
    if isinstance(colour, bool):
        return None
    if isinstance(colour, int | float):
        return [float(colour)]
    if isinstance(colour, list | tuple) and colour:
        out: list[float] = []
        for value in colour:
            if isinstance(value, bool) or not isinstance(value, int | float):
                return None
            out.append(float(value))
        return out
    return None


def _clamp(value: float) -> float:
    return min(1.0, max(0.0, value))
