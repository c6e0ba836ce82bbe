"""Build the PDF test corpus in code: every leak the scanner knows and the clean controls.

Every person is invented (example.org addresses, 07700 900xxx numbers, QQ NI numbers). Pages
are written as raw content streams with pikepdf, so each case is exactly the construction it
names; `letter_pdf` renders HTML with WeasyPrint for a realistic, embedded-font document.
Run `python tests/release/pdf_samples.py OUTDIR` to write the whole corpus to a folder.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pikepdf

PERSON = "Jane Roe"
EMAIL = "jane.roe@example.org"
PHONE = "07700 900123"
NI = "QQ 12 34 56 C"
ORG_EMAIL = "foi@northshire.example.org"
ORG_PHONE = "0300 555 0199"
ORG_ADDRESS = "Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF"
ALLOW = (ORG_EMAIL, ORG_PHONE, "SK9 5AF", "0303 123 1113")


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def text_op(x: float, y: float, text: str, size: float = 12, font: str = "/F1") -> str:
    """A content-stream snippet showing `text` at (x, y)."""
    return f"BT {font} {size} Tf {x} {y} Td ({_escape(text)}) Tj ET\n"


def make_pdf(pages: list[str], *, mediabox: tuple[float, ...] = (0, 0, 595, 842)) -> pikepdf.Pdf:
    """A PDF whose pages draw the given content streams with Helvetica as /F1."""
    pdf = pikepdf.new()
    font = pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Font,
            Subtype=pikepdf.Name.Type1,
            BaseFont=pikepdf.Name.Helvetica,
            Encoding=pikepdf.Name.WinAnsiEncoding,
        )
    )
    for content in pages:
        resources = pdf.make_indirect(pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font)))
        page = pikepdf.Page(
            pikepdf.Dictionary(
                Type=pikepdf.Name.Page,
                MediaBox=pikepdf.Array(mediabox),
                Resources=resources,
                Contents=pdf.make_stream(content.encode("latin-1")),
            )
        )
        pdf.pages.append(page)
    return pdf


def to_bytes(pdf: pikepdf.Pdf) -> bytes:
    import io

    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def plain_pages(lines_per_page: list[list[str]]) -> bytes:
    """Ordinary black text, one line every 16 pt from the top of each page."""
    pages = []
    for lines in lines_per_page:
        pages.append("".join(text_op(72, 770 - 16 * i, line) for i, line in enumerate(lines)))
    return to_bytes(make_pdf(pages))


# --- leaky ------------------------------------------------------------------------------------
def fake_redaction() -> bytes:
    """A black box drawn over a name that is still in the text layer."""
    return to_bytes(
        make_pdf(
            [
                text_op(72, 700, "The complaint was handled by")
                + text_op(72, 680, PERSON)
                + "0 0 0 rg 70 676 60 16 re f\n"
            ]
        )
    )


def fake_redaction_image() -> bytes:
    """A solid black image pasted over a name."""
    pdf = make_pdf([text_op(72, 680, PERSON) + "q 60 0 0 16 70 676 cm /Im1 Do Q\n"])
    image = pdf.make_stream(
        b"\x00" * (4 * 4),
        Type=pikepdf.Name.XObject,
        Subtype=pikepdf.Name.Image,
        Width=4,
        Height=4,
        ColorSpace=pikepdf.Name.DeviceGray,
        BitsPerComponent=8,
    )
    pdf.pages[0].obj.Resources.XObject = pikepdf.Dictionary(Im1=image)
    return to_bytes(pdf)


def marker_pen_line() -> bytes:
    """A thick black stroke drawn through a name, as with a marker pen."""
    return to_bytes(make_pdf([text_op(72, 680, PERSON) + "0 G 14 w 70 684 m 135 684 l S\n"]))


def table_borders() -> bytes:
    """Text in a table whose 1 pt borders are stroked after it. Clean."""
    return to_bytes(
        make_pdf([text_op(72, 680, "Total spend") + "0 G 1 w 68 676 200 18 re S 68 694 m 268 694 l S\n"])
    )


def black_text_on_black_box() -> bytes:
    """A box drawn first and a name painted on it in the same black."""
    return to_bytes(make_pdf(["0 0 0 rg 70 676 80 16 re f\n" + text_op(72, 680, PERSON)]))


def white_text() -> bytes:
    """A name in white on the white page."""
    return to_bytes(
        make_pdf([text_op(72, 700, "Dear requester") + "1 1 1 rg\n" + text_op(72, 680, EMAIL)])
    )


def render_mode_invisible() -> bytes:
    """Text in render mode 3: laid out but never painted."""
    return to_bytes(make_pdf([f"BT 3 Tr /F1 12 Tf 72 680 Td ({EMAIL}) Tj ET\n"]))


def hidden_layer() -> bytes:
    """A note to staff in an optional-content layer that is off when the file opens."""
    pdf = make_pdf(
        [text_op(72, 700, "Response") + "/OC /oc1 BDC\n" + text_op(72, 680, f"Staff: {PERSON}")
         + "EMC\n"]
    )
    group = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.OCG, Name="Staff notes"))
    pdf.Root.OCProperties = pikepdf.Dictionary(
        OCGs=pikepdf.Array([group]),
        D=pikepdf.Dictionary(OFF=pikepdf.Array([group]), Order=pikepdf.Array([group])),
    )
    pdf.pages[0].obj.Resources.Properties = pikepdf.Dictionary(oc1=group)
    return to_bytes(pdf)


def outside_crop_box() -> bytes:
    """Text placed beyond the crop box: in the file, never on screen."""
    pdf = make_pdf([text_op(72, 700, "Response") + text_op(72, 40, f"Officer {PHONE}")])
    pdf.pages[0].obj.CropBox = pikepdf.Array([0, 100, 595, 842])
    return to_bytes(pdf)


def annotation() -> bytes:
    """A sticky note with a reviewer's remark."""
    pdf = make_pdf([text_op(72, 700, "Response")])
    note = pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Annot,
            Subtype=pikepdf.Name.Text,
            Rect=pikepdf.Array([300, 700, 320, 720]),
            Contents=pikepdf.String(f"Check with {PERSON} before sending"),
            T=pikepdf.String("Reviewer"),
        )
    )
    pdf.pages[0].obj.Annots = pikepdf.Array([note])
    return to_bytes(pdf)


def pending_redaction() -> bytes:
    """Text marked with a redaction annotation that was never applied."""
    pdf = make_pdf([text_op(72, 700, "Response") + text_op(72, 680, f"Adviser {PERSON}")])
    mark = pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Annot,
            Subtype=pikepdf.Name.Redact,
            Rect=pikepdf.Array([70, 676, 200, 694]),
            IC=pikepdf.Array([0, 0, 0]),
        )
    )
    pdf.pages[0].obj.Annots = pikepdf.Array([mark])
    return to_bytes(pdf)


def square_annotation_box() -> bytes:
    """A black filled square drawn with a comment tool over a name."""
    pdf = make_pdf([text_op(72, 700, "Response") + text_op(72, 680, f"Adviser {PERSON}")])
    box = pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Annot,
            Subtype=pikepdf.Name.Square,
            Rect=pikepdf.Array([70, 676, 200, 694]),
            IC=pikepdf.Array([0, 0, 0]),
            C=pikepdf.Array([0, 0, 0]),
        )
    )
    pdf.pages[0].obj.Annots = pikepdf.Array([box])
    return to_bytes(pdf)


def link_only() -> bytes:
    """A link annotation to a web page: how letters point at the ICO. Clean."""
    pdf = make_pdf([text_op(72, 700, "See ico.org.uk")])
    link = pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Annot,
            Subtype=pikepdf.Name.Link,
            Rect=pikepdf.Array([72, 696, 160, 712]),
            A=pikepdf.Dictionary(S=pikepdf.Name.URI, URI=pikepdf.String("https://ico.org.uk/")),
        )
    )
    pdf.pages[0].obj.Annots = pikepdf.Array([link])
    return to_bytes(pdf)


def form_field() -> bytes:
    """A filled-in form field."""
    pdf = make_pdf([text_op(72, 700, "Application")])
    widget = pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Annot,
            Subtype=pikepdf.Name.Widget,
            FT=pikepdf.Name.Tx,
            T=pikepdf.String("applicant_email"),
            V=pikepdf.String(EMAIL),
            Rect=pikepdf.Array([72, 600, 300, 620]),
            P=pdf.pages[0].obj,
        )
    )
    pdf.pages[0].obj.Annots = pikepdf.Array([widget])
    pdf.Root.AcroForm = pikepdf.Dictionary(Fields=pikepdf.Array([widget]))
    return to_bytes(pdf)


def attachment(inner: bytes | None = None, name: str = "notes.pdf") -> bytes:
    """A file attached to the document (by default a PDF with an e-mail address)."""
    pdf = make_pdf([text_op(72, 700, "Response")])
    payload = inner if inner is not None else plain_pages([[f"Contact {EMAIL}"]])
    pdf.attachments[name] = pikepdf.AttachedFileSpec(pdf, payload, filename=name)
    return to_bytes(pdf)


def metadata() -> bytes:
    """An author in the Info dictionary and in XMP."""
    pdf = make_pdf([text_op(72, 700, "Response")])
    pdf.docinfo[pikepdf.Name.Author] = PERSON
    with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
        meta["dc:creator"] = [PERSON]
    return to_bytes(pdf)


def append_revision(data: bytes, page_number: int, new_content: str) -> bytes:
    """Append an incremental update replacing one page's content, keeping the old bytes."""
    pdf = pikepdf.open(__import__("io").BytesIO(data))
    page = pdf.pages[page_number - 1].obj
    page_num = page.objgen[0]
    size = int(pdf.trailer.Size)
    root = pdf.Root.objgen[0]
    mediabox = " ".join(str(float(v)) for v in page.MediaBox)
    parent = page.Parent.objgen[0]
    resources = page.Resources.objgen[0]
    pdf.close()
    prev = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
    body = bytearray(data if data.endswith(b"\n") else data + b"\n")
    stream = new_content.encode("latin-1")
    content_offset = len(body)
    body += (
        f"{size} 0 obj\n<< /Length {len(stream)} >>\nstream\n".encode()
        + stream
        + b"\nendstream\nendobj\n"
    )
    page_offset = len(body)
    body += (
        f"{page_num} 0 obj\n<< /Type /Page /Parent {parent} 0 R /MediaBox [{mediabox}] "
        f"/Resources {resources} 0 R /Contents {size} 0 R >>\nendobj\n"
    ).encode()
    xref_offset = len(body)
    body += (
        f"xref\n0 1\n0000000000 65535 f \n{page_num} 1\n{page_offset:010d} 00000 n \n"
        f"{size} 1\n{content_offset:010d} 00000 n \n"
        f"trailer\n<< /Size {size + 1} /Root {root} 0 R /Prev {prev} >>\n"
        f"startxref\n{xref_offset}\n%%EOF\n"
    ).encode()
    return bytes(body)


def incremental_update() -> bytes:
    """A name "removed" by an incremental save: the first revision still holds it."""
    original = plain_pages([["Decision letter", f"Handled by {PERSON}"]])
    return append_revision(original, 1, text_op(72, 770, "Decision letter"))


# --- clean controls ---------------------------------------------------------------------------
def properly_redacted() -> bytes:
    """The name is gone from the text; only the black box remains."""
    return to_bytes(
        make_pdf(
            [
                text_op(72, 700, "The complaint was handled by")
                + "0 0 0 rg 70 676 60 16 re f\n"
                + text_op(140, 680, "of the records team.")
            ]
        )
    )


def white_on_dark() -> bytes:
    """A dark banner with white heading text on it: visible, so clean."""
    return to_bytes(
        make_pdf(
            [
                "0.1 0.2 0.4 rg 0 780 595 40 re f\n1 1 1 rg\n"
                + text_op(72, 795, "Northshire Council")
                + "0 0 0 rg\n"
                + text_op(72, 700, "Dear requester")
            ]
        )
    )


def dark_box_no_text() -> bytes:
    """A dark rectangle with nothing under it."""
    return to_bytes(
        make_pdf([text_op(72, 700, "Chart follows") + "0 0 0 rg 72 500 200 100 re f\n"])
    )


def translucent_highlight() -> bytes:
    """A see-through yellow highlight drawn over text: it hides nothing."""
    pdf = make_pdf([text_op(72, 680, "Key finding") + "q /GS1 gs 1 1 0 rg 70 676 80 16 re f Q\n"])
    pdf.pages[0].obj.Resources.ExtGState = pikepdf.Dictionary(
        GS1=pikepdf.Dictionary(Type=pikepdf.Name.ExtGState, ca=0.3)
    )
    return to_bytes(pdf)


def strike_through() -> bytes:
    """A thin line struck through text covers too little of it to hide it."""
    return to_bytes(make_pdf([text_op(72, 680, "Withdrawn item") + "0 0 0 rg 70 684 90 1 re f\n"]))


def letter_html(extra: str = "") -> str:
    return f"""<html><head><style>
    @page {{ size: A4; margin: 2cm }} body {{ font-family: sans-serif; font-size: 11pt }}
    .banner {{ background: #1d3557; color: white; padding: 8pt }}
    </style></head><body>
    <div class="banner">Northshire Council — Information Governance</div>
    <p>Our reference: FOI-2026-0142</p>
    <p>Dear requester,</p>
    <p>Thank you for your request for information received on 3 November 2026. We hold the
    information you asked for and it is enclosed.</p>
    {extra}
    <p>If you are unhappy with this response you may ask for an internal review by writing to
    {ORG_EMAIL} or calling {ORG_PHONE}.</p>
    <p>If you remain dissatisfied you may complain to the {ORG_ADDRESS}, telephone 0303 123 1113.</p>
    <p>Yours sincerely,<br>Information Governance Team</p>
    </body></html>"""


def letter_pdf(extra: str = "") -> bytes:
    """A realistic response letter rendered by WeasyPrint (embedded subset fonts)."""
    import weasyprint

    return bytes(weasyprint.HTML(string=letter_html(extra)).write_pdf())


# The same leaks as a word processor or browser makes them: HTML rendered by WeasyPrint.
HTML_LEAKY = {
    "html_black_highlight": (
        f'<p>Handled by <span style="background:black;color:black">{PERSON}</span>.</p>',
        {"fake_redaction", "personal_data"},
    ),
    "html_box_over_text": (
        f"<p>Handled by {PERSON}.</p><div style='position:absolute;top:4.5cm;left:0;"
        "width:12cm;height:2cm;background:black'></div>",
        {"fake_redaction", "personal_data"},
    ),
    "html_white_text": (
        f'<p>Handled by <span style="color:white">{PERSON}</span>.</p>',
        {"invisible_text", "personal_data"},
    ),
    "html_transparent_text": (
        f'<p style="color:transparent">{PERSON}</p>', {"invisible_text", "personal_data"}
    ),
    "html_opacity_zero": (
        f'<p style="opacity:0">{PERSON}</p>', {"invisible_text", "personal_data"}
    ),
    "html_clipped": (
        f'<div style="height:12pt;overflow:hidden"><p>Line one</p><p>{PERSON}</p></div>',
        {"invisible_text", "personal_data"},
    ),
    "html_tiny_text": (f'<p style="font-size:0.3pt">{PERSON}</p>', {"invisible_text", "personal_data"}),
    "html_off_page": (
        f'<p style="position:absolute;left:-20cm">{PERSON}</p>', {"outside_page", "personal_data"}
    ),
}
HTML_CLEAN = {
    "html_dark_table_header": (
        '<table><tr style="background:#222;color:white"><th>Year</th><th>Spend</th></tr>'
        "<tr><td>2025</td><td>1,200</td></tr></table>"
    ),
    "html_highlight": "<p><mark>Important</mark> finding</p>",
    "html_grey_footnote": '<p style="color:#999">Footnote in grey</p>',
}


LEAKY = {
    "fake_redaction": fake_redaction,
    "fake_redaction_image": fake_redaction_image,
    "black_text_on_black_box": black_text_on_black_box,
    "marker_pen_line": marker_pen_line,
    "white_text": white_text,
    "render_mode_invisible": render_mode_invisible,
    "hidden_layer": hidden_layer,
    "outside_crop_box": outside_crop_box,
    "annotation": annotation,
    "pending_redaction": pending_redaction,
    "square_annotation_box": square_annotation_box,
    "form_field": form_field,
    "attachment": attachment,
    "metadata": metadata,
    "incremental_update": incremental_update,
}
CLEAN = {
    "properly_redacted": properly_redacted,
    "white_on_dark": white_on_dark,
    "dark_box_no_text": dark_box_no_text,
    "translucent_highlight": translucent_highlight,
    "strike_through": strike_through,
    "table_borders": table_borders,
    "link_only": link_only,
}


if __name__ == "__main__":
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "pdf-corpus")
    folder.mkdir(parents=True, exist_ok=True)
    for label, build in {**LEAKY, **CLEAN}.items():
        (folder / f"{label}.pdf").write_bytes(build())
    (folder / "letter.pdf").write_bytes(letter_pdf())
    for label, (html, _kinds) in HTML_LEAKY.items():
        (folder / f"{label}.pdf").write_bytes(letter_pdf(html))
    for label, html in HTML_CLEAN.items():
        (folder / f"{label}.pdf").write_bytes(letter_pdf(html))
    total = len(LEAKY) + len(CLEAN) + 1 + len(HTML_LEAKY) + len(HTML_CLEAN)
    print(f"wrote {total} PDFs to {folder}")
