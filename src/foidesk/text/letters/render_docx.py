"""DOCX rendering with python-docx: real Word headings, paragraphs, lists and tables, editable."""

from __future__ import annotations

import io

from docx import Document
from docx.enum.section import WD_SECTION_START
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from foidesk.text.letters.document import (
    Bullets,
    Heading,
    Letter,
    Paragraph,
    Quote,
    Table,
    long_date,
    readable_colour,
)


def hex_colour(value: str) -> RGBColor:
    return RGBColor.from_string(value.lstrip("#").upper())


def page_number_field(paragraph: object, instruction: str) -> None:
    """Insert a Word field (PAGE or NUMPAGES) so Word itself numbers the pages."""
    run = paragraph.add_run()  # type: ignore[attr-defined]
    for kind, text in (("begin", None), ("instr", instruction), ("end", None)):
        if kind == "instr":
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = f" {text} "
        else:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        run._r.append(element)


def render_docx(letter: Letter) -> bytes:
    """An A4 Word document of the letter with "Page N of M" in the footer."""
    document = Document()
    section = document.sections[0]
    section.start_type = WD_SECTION_START.NEW_PAGE
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(18)
    section.top_margin, section.bottom_margin = Mm(20), Mm(22)
    normal = document.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    brand = hex_colour(readable_colour(letter.colour))
    for style_name in ("Title", "Heading 1", "Heading 2", "Heading 3"):
        document.styles[style_name].font.color.rgb = brand
        document.styles[style_name].font.name = "Arial"

    core = document.core_properties
    core.title = f"{letter.title} ({letter.reference})"
    core.author = letter.authority_name
    core.language = "en-GB"

    footer = section.footer.paragraphs[0]
    footer.text = f"{letter.reference}    Page "
    page_number_field(footer, "PAGE")
    footer.add_run(" of ")
    page_number_field(footer, "NUMPAGES")

    head = document.add_paragraph()
    head.add_run(letter.authority_name).bold = True
    for line in letter.authority_lines:
        head.add_run().add_break()
        head.add_run(line)
    recipient = document.add_paragraph()
    for index, line in enumerate(letter.recipient_lines):
        if index:
            recipient.add_run().add_break()
        recipient.add_run(line)
    meta = document.add_paragraph()
    meta.add_run("Our reference: ").bold = True
    meta.add_run(letter.reference)
    meta.add_run().add_break()
    meta.add_run("Date: ").bold = True
    meta.add_run(long_date(letter.date))

    document.add_heading(letter.title, level=1)
    document.add_paragraph(letter.salutation)
    for block in letter.blocks:
        if isinstance(block, Heading):
            document.add_heading(block.text, level=min(max(block.level, 1), 4))
        elif isinstance(block, Paragraph):
            document.add_paragraph(block.text)
        elif isinstance(block, Quote):
            document.add_paragraph(block.text, style="Quote")
        elif isinstance(block, Bullets):
            for item in block.items:
                document.add_paragraph(item, style="List Bullet")
        elif isinstance(block, Table):
            caption = document.add_paragraph()
            caption.add_run(block.caption).bold = True
            table = document.add_table(rows=1, cols=len(block.header))
            table.style = "Table Grid"
            for cell, text in zip(table.rows[0].cells, block.header, strict=True):
                cell.text = text
                for run in cell.paragraphs[0].runs:
                    run.bold = True
            for row in block.rows:
                cells = table.add_row().cells
                for cell, text in zip(cells, row, strict=True):
                    cell.text = text
    closing = document.add_paragraph()
    for index, line in enumerate(letter.closing):
        if index:
            closing.add_run().add_break()
        closing.add_run(line)

    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
