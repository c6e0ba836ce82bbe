"""Replace pages by pictures of themselves: the fallback when text removal cannot be proved.

pypdfium2 (PDFium, BSD/Apache) renders what a reader sees inside the crop box, boxes are
painted black on the pixels, and the page is rebuilt as one image with no fonts and no text.
Nothing outside the crop box, under a box, invisible or in a hidden layer survives.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Collection, Mapping, Sequence

import pikepdf
import pypdfium2
from PIL import ImageDraw

from foidesk.release.pdf.content import Box

DPI = 150


def rasterise_pages(
    pdf: pikepdf.Pdf,
    pages: Collection[int],
    boxes: Mapping[int, Sequence[Box]] | None = None,
    dpi: int = DPI,
) -> None:
    """Rebuild each page in `pages` (1-based) as an image, with `boxes` painted black."""
    if not pages:
        return
    rotations: dict[int, int] = {}
    for number in pages:
        obj = pdf.pages[number - 1].obj
        rotations[number] = int(obj.get("/Rotate", 0) or 0)
        if "/Rotate" in obj:
            del obj["/Rotate"]
        if "/Annots" in obj:
            del obj["/Annots"]
    buffer = io.BytesIO()
    pdf.save(buffer)
    document = pypdfium2.PdfDocument(buffer.getvalue())
    try:
        for number in sorted(pages):
            page = pdf.pages[number - 1]
            crop = _crop_box(page)
            rendered = document[number - 1]
            scale = dpi / 72
            bitmap = rendered.render(scale=scale, draw_annots=False, fill_color=(255, 255, 255, 255))
            image = bitmap.to_pil().convert("RGB")
            rendered.close()
            draw = ImageDraw.Draw(image)
            for x0, y0, x1, y1 in (boxes or {}).get(number, ()):
                draw.rectangle(
                    (
                        (x0 - crop[0]) * scale,
                        (crop[3] - y1) * scale,
                        (x1 - crop[0]) * scale,
                        (crop[3] - y0) * scale,
                    ),
                    fill=(0, 0, 0),
                )
            _replace_with_image(pdf, page, crop, image.width, image.height, image.tobytes())
            page.obj.Rotate = rotations[number]
    finally:
        document.close()


def _crop_box(page: pikepdf.Page) -> Box:
    values = [float(v) for v in page.cropbox]
    return (min(values[0], values[2]), min(values[1], values[3]),
            max(values[0], values[2]), max(values[1], values[3]))


def _replace_with_image(
    pdf: pikepdf.Pdf, page: pikepdf.Page, crop: Box, width: int, height: int, pixels: bytes
) -> None:
    image = pdf.make_stream(
        zlib.compress(pixels, 6),
        Type=pikepdf.Name.XObject,
        Subtype=pikepdf.Name.Image,
        Width=width,
        Height=height,
        ColorSpace=pikepdf.Name.DeviceRGB,
        BitsPerComponent=8,
        Filter=pikepdf.Name.FlateDecode,
    )
    x0, y0, x1, y1 = crop
    obj = page.obj
    for key in ("/CropBox", "/TrimBox", "/BleedBox", "/ArtBox", "/Annots", "/Thumb", "/Group"):
        if key in obj:
            del obj[key]
    obj.MediaBox = pikepdf.Array([x0, y0, x1, y1])
    obj.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=image))
    content = f"q {x1 - x0:.4f} 0 0 {y1 - y0:.4f} {x0:.4f} {y0:.4f} cm /Im0 Do Q\n"
    obj.Contents = pdf.make_stream(content.encode("ascii"))
