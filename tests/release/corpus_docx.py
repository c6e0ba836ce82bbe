"""Word documents of the release test corpus (see release_corpus)."""


from __future__ import annotations

import io
import re
from pathlib import Path

import docx
from corpus_parts import (
    REQUESTER,
    add_default_type,
    add_relationship,
    patch_zip,
)
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import RGBColor
from PIL import Image


def _letter(allow_paragraph: bool = True) -> docx.document.Document:
    doc = docx.Document()
    doc.core_properties.author = "Anytown Council FOI Team"
    doc.core_properties.comments = ""
    doc.add_paragraph("Freedom of Information request FOI-2024-0173")
    doc.add_paragraph("Thank you for your request of 3 March 2024. Please find our response below.")
    doc.add_paragraph(
        "You asked for the number of complaints received in 2023. We hold this information: "
        "we received 143 complaints. We welcome any comment you have on this response."
    )
    if allow_paragraph:
        doc.add_paragraph(
            "If you are unhappy with this response you may ask for an internal review by writing "
            "to foi@anytown.example.gov.uk or calling 01632 960000 within 40 working days. If you "
            "remain dissatisfied you may complain to the Information Commissioner's Office, "
            "Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF, telephone 0303 123 1113."
        )
    return doc


def _save(doc: docx.document.Document, path: Path) -> None:
    doc.save(path)


def docx_clean(path: Path) -> None:
    doc = _letter()
    para = doc.add_paragraph()
    run = para.add_run("Reference: FOI-2024-0173 (white text on a dark band, visible)")
    run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), "1F3864")
    para._p.get_or_add_pPr().append(shading)
    table = doc.add_table(rows=2, cols=2)
    header = table.cell(0, 0)
    header.paragraphs[0].add_run("Quarter (white on a dark cell)").font.color.rgb = RGBColor(
        0xFF, 0xFF, 0xFF)
    cell_shading = OxmlElement("w:shd")
    cell_shading.set(qn("w:val"), "clear")
    cell_shading.set(qn("w:fill"), "000000")
    header._tc.get_or_add_tcPr().append(cell_shading)
    table.cell(1, 0).text = "Q1"
    table.cell(1, 1).text = "120"
    _save(doc, path)


def docx_dark_page_clean(path: Path) -> None:
    """White text on a page whose background is dark blue: visible, so clean (and kept)."""
    doc = _letter()
    doc.add_paragraph().add_run("Published under the Open Government Licence").font.color.rgb = (
        RGBColor(0xFF, 0xFF, 0xFF))
    _save(doc, path)

    def patch(parts: dict[str, bytes]) -> None:
        parts["word/document.xml"] = parts["word/document.xml"].replace(
            b"<w:body>", b'<w:background w:color="1F3864"/><w:body>', 1)
        parts["word/settings.xml"] = re.sub(
            rb"(<w:settings[^>]*>)", rb"\1<w:displayBackgroundShape/>",
            parts["word/settings.xml"], count=1)

    patch_zip(path, patch)


def _patch_document(path: Path, old: bytes, new: bytes) -> None:
    def patch(parts: dict[str, bytes]) -> None:
        assert old in parts["word/document.xml"]
        parts["word/document.xml"] = parts["word/document.xml"].replace(old, new, 1)

    patch_zip(path, patch)


def docx_tracked_changes(path: Path) -> None:
    doc = _letter()
    doc.add_paragraph("MARKER-TRACKED")
    _save(doc, path)
    _patch_document(
        path,
        b"<w:r><w:t>MARKER-TRACKED</w:t></w:r>",
        b'<w:r><w:t xml:space="preserve">The case officer was </w:t></w:r>'
        b'<w:del w:id="901" w:author="Grace Placeholder" w:date="2024-03-04T09:00:00Z"><w:r>'
        b"<w:delText>Tomasz Sample</w:delText></w:r></w:del>"
        b'<w:ins w:id="902" w:author="Grace Placeholder" w:date="2024-03-04T09:00:00Z"><w:r>'
        b"<w:t>a member of staff</w:t></w:r></w:ins>",
    )


def docx_comment(path: Path) -> None:
    doc = _letter()
    para = doc.paragraphs[2]
    doc.add_comment(para.runs, text="Should we name Tomasz here?", author="Grace Placeholder",
                    initials="GP")
    _save(doc, path)


def docx_hidden_text(path: Path) -> None:
    doc = _letter()
    run = doc.add_paragraph().add_run("Internal: requester is Morgan Quill, 07700 900456")
    run.font.hidden = True
    _save(doc, path)


def docx_header_footer(path: Path) -> None:
    doc = _letter()
    doc.sections[0].header.paragraphs[0].text = "Prepared by priya.example@example.org"
    _save(doc, path)


def docx_footer_name(path: Path) -> None:
    """A footer naming the author, with no --name supplied: still worth a look."""
    doc = _letter()
    doc.sections[0].footer.paragraphs[0].text = "Drafted by Fiona Quillfeather, case officer"
    _save(doc, path)


def docx_custom_xml_attributes(path: Path) -> None:
    _save(_letter(), path)

    def patch(parts: dict[str, bytes]) -> None:
        parts["customXml/item3.xml"] = (
            b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            b'<meta xmlns="urn:example:dms" owner="tsample" reviewer="Grace Placeholder"/>'
        )
        add_relationship(parts, "word/_rels/document.xml.rels", "rIdCX3", "customXml",
                         "../customXml/item3.xml")

    patch_zip(path, patch)


CUSTOM_ITEM = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<caseData xmlns="urn:example:case"><owner>Tomasz Sample</owner><status>Draft</status></caseData>"""


def docx_custom_xml(path: Path) -> None:
    _save(_letter(), path)

    def patch(parts: dict[str, bytes]) -> None:
        parts["customXml/item2.xml"] = CUSTOM_ITEM
        add_relationship(parts, "word/_rels/document.xml.rels", "rIdCX2", "customXml",
                         "../customXml/item2.xml")

    patch_zip(path, patch)


def docx_document_variables(path: Path) -> None:
    _save(_letter(), path)

    def patch(parts: dict[str, bytes]) -> None:
        parts["word/settings.xml"] = re.sub(
            rb"(<w:settings[^>]*>)",
            rb'\1<w:docVars><w:docVar w:name="CaseOfficer" w:val="Grace Placeholder"/>'
            rb"</w:docVars>",
            parts["word/settings.xml"],
            count=1,
        )

    patch_zip(path, patch)


def _png() -> io.BytesIO:
    data = io.BytesIO()
    Image.new("RGB", (8, 8), (200, 30, 30)).save(data, format="PNG")
    data.seek(0)
    return data


def docx_image_alt_text(path: Path) -> None:
    doc = _letter()
    doc.add_picture(_png())
    _save(doc, path)

    def patch(parts: dict[str, bytes]) -> None:
        parts["word/document.xml"] = re.sub(
            rb"(<wp:docPr [^>]*?)(/?>)",
            rb'\1 descr="Photograph of Morgan Quill outside her home"\2',
            parts["word/document.xml"],
            count=1,
        )

    patch_zip(path, patch)


def docx_embedded_object(path: Path, embedded_xlsx: bytes) -> None:
    _save(_letter(), path)

    def patch(parts: dict[str, bytes]) -> None:
        parts["word/embeddings/Microsoft_Excel_Worksheet.xlsx"] = embedded_xlsx
        add_default_type(
            parts, "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        )
        add_relationship(parts, "word/_rels/document.xml.rels", "rIdEmb1", "package",
                         "embeddings/Microsoft_Excel_Worksheet.xlsx")

    patch_zip(path, patch)


def docx_invisible_text(path: Path) -> None:
    doc = _letter()
    run = doc.add_paragraph().add_run("Note to self: Morgan Quill called twice")
    run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    _save(doc, path)


def docx_style_hidden_text(path: Path) -> None:
    """Hidden through a character style, not on the run itself."""
    doc = _letter()
    style = doc.styles.add_style("Internal note", 2)  # WD_STYLE_TYPE.CHARACTER
    style.font.hidden = True
    doc.add_paragraph().add_run("Checked with Tomasz Sample", style="Internal note")
    _save(doc, path)


def docx_tiny_text(path: Path) -> None:
    doc = _letter()
    doc.add_paragraph().add_run("case officer Grace Placeholder").font.size = 12700  # 1 pt
    _save(doc, path)


def docx_attached_template(path: Path) -> None:
    _save(_letter(), path)

    def patch(parts: dict[str, bytes]) -> None:
        parts["word/settings.xml"] = re.sub(
            rb"(<w:settings[^>]*>)", rb'\1<w:attachedTemplate r:id="rIdTpl"/>',
            parts["word/settings.xml"], count=1,
        )
        add_relationship(parts, "word/_rels/settings.xml.rels", "rIdTpl", "attachedTemplate",
                         "file:///C:/Users/tsample/AppData/Roaming/Microsoft/Templates/Normal.dotm",
                         external=True)

    patch_zip(path, patch)


def docx_document_properties(path: Path) -> None:
    doc = _letter()
    doc.core_properties.author = "Grace Placeholder"
    doc.core_properties.last_modified_by = "Tomasz Sample"
    _save(doc, path)


def docx_personal_data(path: Path) -> None:
    doc = _letter()
    doc.add_paragraph(f"Dear {REQUESTER}, you can reach the officer on 07700 900789.")
    _save(doc, path)


