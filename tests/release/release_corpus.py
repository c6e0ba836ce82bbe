"""The release scanner's test corpus, generated from code so anyone can rebuild it.

Every person is invented (`@example.org`, `07700 900xxx`, `QQ 12 34 56 C`). Files are made with
openpyxl and python-docx, then their XML is patched for what those libraries cannot make
(pivot caches, threaded comments, tracked changes, custom XML, external links, embedded files).

`build(folder)` writes every case and returns them: each names the kinds a correct scanner
reports (an empty set for a clean control) and the options to scan it with.
"""

from __future__ import annotations

import io
import re
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import docx
import openpyxl
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import RGBColor
from openpyxl.comments import Comment
from openpyxl.styles import Font, PatternFill
from openpyxl.workbook.defined_name import DefinedName
from PIL import Image

from foidesk.release.findings import ScanOptions

STAFF = [
    ("Priya Example", "priya.example@example.org", "07700 900123", "QQ 12 34 56 C"),
    ("Tomasz Sample", "t.sample@example.org", "07700 900456", "QQ 65 43 21 A"),
    ("Grace Placeholder", "grace.p@example.org", "07700 900789", "QQ 11 22 33 B"),
]
AUTHORITY_ALLOW = (
    "foi@anytown.example.gov.uk",
    "01632 960000",
    "Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF",
    "0303 123 1113",
)
REQUESTER = "Morgan Quill"
R_NS = b"http://schemas.openxmlformats.org/officeDocument/2006/relationships"


@dataclass
class Case:
    name: str
    path: Path
    kinds: set[str]
    options: ScanOptions = field(default_factory=ScanOptions)

    @property
    def clean(self) -> bool:
        return not self.kinds


Patch = Callable[[dict[str, bytes]], None]


def patch_zip(path: Path, *patches: Patch) -> None:
    """Rewrite an OOXML package with its parts changed by each patch (a dict of part -> bytes)."""
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    for patch in patches:
        patch(parts)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)


def add_content_type(parts: dict[str, bytes], part: str, content_type: str) -> None:
    override = f'<Override PartName="/{part}" ContentType="{content_type}"/>'.encode()
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>", override + b"</Types>"
    )


def add_default_type(parts: dict[str, bytes], extension: str, content_type: str) -> None:
    if f'Extension="{extension}"'.encode() in parts["[Content_Types].xml"]:
        return
    default = f'<Default Extension="{extension}" ContentType="{content_type}"/>'.encode()
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>", default + b"</Types>"
    )


def add_relationship(parts: dict[str, bytes], rels: str, rid: str, kind: str, target: str,
                     external: bool = False) -> None:
    mode = ' TargetMode="External"' if external else ""
    rel = (
        f'<Relationship Id="{rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        f'relationships/{kind}" Target="{target}"{mode}/>'
    ).encode()
    if rels not in parts:
        parts[rels] = (
            b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships '
            b'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>'
        )
    parts[rels] = parts[rels].replace(b"</Relationships>", rel + b"</Relationships>")


# ---------------------------------------------------------------- spreadsheets


def _summary_workbook() -> openpyxl.Workbook:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws.append(["Quarter", "Requests received", "Answered in time"])
    for quarter, received, in_time in (("Q1", 120, 110), ("Q2", 98, 97), ("Q3", 143, 130)):
        ws.append([quarter, received, in_time])
    return wb


def _staff_rows(ws: openpyxl.worksheet.worksheet.Worksheet, start: int = 1) -> None:
    ws.cell(row=start, column=1, value="Name")
    ws.cell(row=start, column=2, value="Email")
    for offset, (name, email, _phone, _ni) in enumerate(STAFF, start=1):
        ws.cell(row=start + offset, column=1, value=name)
        ws.cell(row=start + offset, column=2, value=email)


def xlsx_clean(path: Path) -> None:
    """A visible sheet merely called "Hidden", white text on a dark fill, a print area that
    holds everything: all visible, so clean."""
    wb = _summary_workbook()
    ws = wb.active
    for cell in ws[1]:
        cell.font = Font(color="FFFFFF", bold=True)
        cell.fill = PatternFill("solid", fgColor="1F3864")
    ws.print_area = "A1:C4"
    other = wb.create_sheet("Hidden")
    other.append(["This sheet is called Hidden but everyone can see it."])
    other.append(["Complaints", 4])
    wb.save(path)


def xlsx_hidden_sheet(path: Path) -> None:
    wb = _summary_workbook()
    staff = wb.create_sheet("Staff")
    _staff_rows(staff)
    staff.sheet_state = "hidden"
    wb.save(path)


def xlsx_very_hidden_sheet(path: Path) -> None:
    wb = _summary_workbook()
    staff = wb.create_sheet("Lookup")
    staff.append(["Case officer", "Tomasz Sample"])
    staff.sheet_state = "veryHidden"
    wb.save(path)


def xlsx_hidden_rows(path: Path) -> None:
    wb = _summary_workbook()
    ws = wb.active
    ws["A6"] = "Prepared by"
    ws["B6"] = "Grace Placeholder"
    ws["A7"] = "Checked by"
    ws["B7"] = "Tomasz Sample"
    ws.row_dimensions[6].hidden = True
    ws.row_dimensions[7].hidden = True
    wb.save(path)


def xlsx_hidden_columns(path: Path) -> None:
    wb = _summary_workbook()
    ws = wb.active
    ws["E1"] = "Officer"
    ws["E2"] = "Priya Example"
    ws.column_dimensions["E"].hidden = True
    wb.save(path)


def xlsx_cell_comment(path: Path) -> None:
    wb = _summary_workbook()
    wb.active["B2"].comment = Comment("Check with Tomasz before release", "Grace Placeholder")
    wb.save(path)


THREADED = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments">
<threadedComment ref="C3" dT="2024-03-01T10:00:00.00" personId="{00000000-0000-0000-0000-000000000001}" id="{00000000-0000-0000-0000-0000000000AA}">
<text>Figures exclude the two complaints about Morgan Quill</text></threadedComment>
</ThreadedComments>"""
PERSONS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments">
<person displayName="Priya Example" id="{00000000-0000-0000-0000-000000000001}" userId="priya.example@example.org" providerId="None"/>
</personList>"""


def xlsx_threaded_comment(path: Path) -> None:
    _summary_workbook().save(path)

    def patch(parts: dict[str, bytes]) -> None:
        parts["xl/threadedComments/threadedComment1.xml"] = THREADED.encode()
        parts["xl/persons/person.xml"] = PERSONS.encode()
        add_content_type(parts, "xl/threadedComments/threadedComment1.xml",
                         "application/vnd.ms-excel.threadedcomments+xml")
        add_content_type(parts, "xl/persons/person.xml", "application/vnd.ms-excel.person+xml")
        rels = parts["xl/_rels/workbook.xml.rels"]
        parts["xl/_rels/workbook.xml.rels"] = rels.replace(
            b"</Relationships>",
            b'<Relationship Id="rIdP1" Type="http://schemas.microsoft.com/office/2017/10/'
            b'relationships/person" Target="persons/person.xml"/></Relationships>',
        )
        sheet_rels = "xl/worksheets/_rels/sheet1.xml.rels"
        if sheet_rels not in parts:
            parts[sheet_rels] = (
                b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships '
                b'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                b"</Relationships>"
            )
        parts[sheet_rels] = parts[sheet_rels].replace(
            b"</Relationships>",
            b'<Relationship Id="rIdT1" Type="http://schemas.microsoft.com/office/2017/10/'
            b'relationships/threadedComment" Target="../threadedComments/threadedComment1.xml"/>'
            b"</Relationships>",
        )

    patch_zip(path, patch)


PIVOT_DEFINITION = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<pivotCacheDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1" refreshOnLoad="0" recordCount="3">
<cacheSource type="worksheet"><worksheetSource ref="A1:B4" sheet="Source data"/></cacheSource>
<cacheFields count="2">
<cacheField name="Officer" numFmtId="0"><sharedItems count="3"><s v="Priya Example"/><s v="Tomasz Sample"/><s v="Grace Placeholder"/></sharedItems></cacheField>
<cacheField name="Cases" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="3" maxValue="9"/></cacheField>
</cacheFields></pivotCacheDefinition>"""
PIVOT_RECORDS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<pivotCacheRecords xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3">
<r><x v="0"/><n v="3"/></r><r><x v="1"/><n v="9"/></r><r><x v="2"/><n v="5"/></r>
</pivotCacheRecords>"""


def xlsx_pivot_cache(path: Path) -> None:
    """The source sheet was deleted before release; the pivot cache still holds its rows."""
    wb = _summary_workbook()
    wb.active["E1"] = "Cases per officer (pivot)"
    wb.active["E2"] = "Total"
    wb.active["F2"] = 17
    wb.save(path)

    def patch(parts: dict[str, bytes]) -> None:
        parts["xl/pivotCache/pivotCacheDefinition1.xml"] = PIVOT_DEFINITION.encode()
        parts["xl/pivotCache/pivotCacheRecords1.xml"] = PIVOT_RECORDS.encode()
        add_relationship(parts, "xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels", "rId1",
                         "pivotCacheRecords", "pivotCacheRecords1.xml")
        add_relationship(parts, "xl/_rels/workbook.xml.rels", "rIdPC1", "pivotCacheDefinition",
                         "pivotCache/pivotCacheDefinition1.xml")
        parts["xl/workbook.xml"] = re.sub(
            rb"(</sheets>)",
            rb'\1<pivotCaches><pivotCache cacheId="1" xmlns:r="' + R_NS + rb'" r:id="rIdPC1"/>'
            rb"</pivotCaches>",
            parts["xl/workbook.xml"],
        )
        add_content_type(
            parts, "xl/pivotCache/pivotCacheDefinition1.xml",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml",
        )
        add_content_type(
            parts, "xl/pivotCache/pivotCacheRecords1.xml",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml",
        )

    patch_zip(path, patch)


def xlsx_defined_name(path: Path) -> None:
    wb = _summary_workbook()
    lookup = wb.create_sheet("Lookup")
    lookup["A1"] = "Reviewer"
    lookup.sheet_state = "hidden"
    wb.defined_names["Reviewers"] = DefinedName("Reviewers", attr_text="Lookup!$A$1:$A$10")
    wb.save(path)


def xlsx_defined_name_only(path: Path) -> None:
    """A name pointing at rows the reader cannot see (no hidden sheet involved)."""
    wb = _summary_workbook()
    ws = wb.active
    ws["A10"] = 42
    ws.row_dimensions[10].hidden = True
    wb.defined_names["Adjustment"] = DefinedName("Adjustment", attr_text="Summary!$A$10")
    wb.save(path)


EXTERNAL_LINK = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<externalBook r:id="rId1"><sheetNames><sheetName val="Budget"/></sheetNames>
<sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1" t="s"><v>Total</v></cell></row></sheetData></sheetDataSet>
</externalBook></externalLink>"""


def xlsx_external_link(path: Path) -> None:
    wb = _summary_workbook()
    wb.active["D2"] = "=[1]Budget!A1"
    wb.save(path)

    def patch(parts: dict[str, bytes]) -> None:
        parts["xl/externalLinks/externalLink1.xml"] = EXTERNAL_LINK.encode()
        add_relationship(parts, "xl/externalLinks/_rels/externalLink1.xml.rels", "rId1",
                         "externalLinkPath", "file:///C:/Users/tsample/Documents/budget.xlsx",
                         external=True)
        add_relationship(parts, "xl/_rels/workbook.xml.rels", "rIdEL1", "externalLink",
                         "externalLinks/externalLink1.xml")
        parts["xl/workbook.xml"] = parts["xl/workbook.xml"].replace(
            b"</sheets>",
            b'</sheets><externalReferences><externalReference xmlns:r="' + R_NS
            + b'" r:id="rIdEL1"/></externalReferences>',
        )
        add_content_type(
            parts, "xl/externalLinks/externalLink1.xml",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml",
        )

    patch_zip(path, patch)


def xlsx_invisible_text(path: Path) -> None:
    wb = _summary_workbook()
    ws = wb.active
    ws["A8"] = "Complainant: Morgan Quill"
    ws["A8"].font = Font(color="FFFFFF")
    ws["A9"] = "secret note"
    ws["A9"].number_format = ";;;"
    ws["A10"] = "tiny text"
    ws["A10"].font = Font(size=1)
    ws["A11"] = "yellow on yellow"
    ws["A11"].font = Font(color="FFFF00")
    ws["A11"].fill = PatternFill("solid", fgColor="FFFF00")
    wb.save(path)


def xlsx_outside_print_area(path: Path) -> None:
    wb = _summary_workbook()
    ws = wb.active
    ws.print_area = "A1:C4"
    ws["H40"] = "Draft: not for release"
    wb.save(path)


def xlsx_embedded_object(path: Path, embedded_docx: bytes) -> None:
    _summary_workbook().save(path)

    def patch(parts: dict[str, bytes]) -> None:
        parts["xl/embeddings/Microsoft_Word_Document.docx"] = embedded_docx
        add_default_type(
            parts, "docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        )
        add_relationship(parts, "xl/worksheets/_rels/sheet1.xml.rels", "rIdE1", "package",
                         "../embeddings/Microsoft_Word_Document.docx")

    patch_zip(path, patch)


def xlsx_document_properties(path: Path) -> None:
    wb = _summary_workbook()
    wb.properties.creator = "Priya Example"
    wb.properties.lastModifiedBy = "Tomasz Sample"
    wb.save(path)


def xlsx_personal_data(path: Path) -> None:
    wb = _summary_workbook()
    ws = wb.create_sheet("Contacts")
    ws.append(["Name", "Email", "Phone", "NI number", "NHS number", "Postcode"])
    ws.append(["Someone", "priya.example@example.org", "07700 900123", "QQ 12 34 56 C",
               "943 476 5919", "AB1 2CD"])
    ws.append(["Someone else", None, 7700900456])  # a mobile typed as a number: 0 lost
    wb.save(path)


def xlsx_merged_clean(path: Path) -> None:
    """A title merged across columns, its value in the top-left cell only: visible, clean."""
    wb = _summary_workbook()
    ws = wb.active
    ws.insert_rows(1)
    ws["A1"] = "Requests by quarter"
    ws.merge_cells("A1:C1")
    wb.save(path)


def xlsx_under_merged_cells(path: Path) -> None:
    """A value typed into B1 before A1:C1 was merged: stored, never shown."""
    wb = _summary_workbook()
    ws = wb.active
    ws.insert_rows(1)
    ws["A1"] = "Requests by quarter"
    ws.merge_cells("A1:C1")
    wb.save(path)

    def patch(parts: dict[str, bytes]) -> None:
        sheet = parts["xl/worksheets/sheet1.xml"]
        sheet = re.sub(rb'<c r="B1"[^>]*/>', b"", sheet)
        parts["xl/worksheets/sheet1.xml"] = sheet.replace(
            b'<c r="A1" t="inlineStr"><is><t>Requests by quarter</t></is></c>',
            b'<c r="A1" t="inlineStr"><is><t>Requests by quarter</t></is></c>'
            b'<c r="B1" t="inlineStr"><is><t>ask Tomasz first</t></is></c>',
        )
        assert b"ask Tomasz" in parts["xl/worksheets/sheet1.xml"]

    patch_zip(path, patch)


def xlsx_tiny_rows(path: Path) -> None:
    wb = _summary_workbook()
    ws = wb.active
    ws["A6"] = "Reviewer"
    ws["B6"] = "Grace Placeholder"
    ws.row_dimensions[6].height = 0.5
    wb.save(path)


REVISION_HEADERS = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<headers xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" guid="{00000000-0000-0000-0000-000000000010}">
<header guid="{00000000-0000-0000-0000-000000000011}" dateTime="2024-03-01T10:00:00" maxSheetId="2" userName="Tomasz Sample" r:id="rId1"><sheetIdMap count="1"><sheetId val="1"/></sheetIdMap></header>
</headers>"""
REVISION_LOG = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<revisions xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<rcc rId="1" sId="1"><oc r="B2" t="inlineStr"><is><t>was 121</t></is></oc><nc r="B2"><v>120</v></nc></rcc>
</revisions>"""
USER_NAMES = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<users xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1">
<userInfo guid="{00000000-0000-0000-0000-000000000012}" name="Tomasz Sample" id="1" dateTime="2024-03-01T10:00:00"/>
</users>"""


def xlsx_revisions(path: Path) -> None:
    """A shared workbook with change tracking: its revision log keeps old values and names."""
    _summary_workbook().save(path)

    def patch(parts: dict[str, bytes]) -> None:
        parts["xl/revisions/revisionHeaders.xml"] = REVISION_HEADERS
        parts["xl/revisions/revisionLog1.xml"] = REVISION_LOG
        parts["xl/revisions/userNames.xml"] = USER_NAMES
        add_relationship(parts, "xl/revisions/_rels/revisionHeaders.xml.rels", "rId1",
                         "revisionLog", "revisionLog1.xml")
        add_relationship(parts, "xl/_rels/workbook.xml.rels", "rIdRH", "revisionHeaders",
                         "revisions/revisionHeaders.xml")
        add_relationship(parts, "xl/_rels/workbook.xml.rels", "rIdUN", "usernames",
                         "revisions/userNames.xml")

    patch_zip(path, patch)


def xlsx_saved_in_user_folder(path: Path) -> None:
    _summary_workbook().save(path)

    def patch(parts: dict[str, bytes]) -> None:
        parts["xl/workbook.xml"] = re.sub(
            rb"(<workbookPr[^>]*/>)",
            rb'\1<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/'
            rb'markup-compatibility/2006"><mc:Choice Requires="x15"><x15ac:absPath '
            rb'xmlns:x15ac="http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac" '
            rb'url="C:\\Users\\gplaceholder\\Documents\\FOI\\"/></mc:Choice>'
            rb"</mc:AlternateContent>",
            parts["xl/workbook.xml"],
            count=1,
        )
        assert b"absPath" in parts["xl/workbook.xml"]

    patch_zip(path, patch)


def xlsx_unused_shared_string(path: Path) -> None:
    """A shared string no cell uses any more still sits in the file."""
    _summary_workbook().save(path)

    def patch(parts: dict[str, bytes]) -> None:
        parts["xl/sharedStrings.xml"] = (
            b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://'
            b'schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">'
            b"<si><t>deleted note: call 07700 900456</t></si></sst>"
        )
        add_relationship(parts, "xl/_rels/workbook.xml.rels", "rIdSS", "sharedStrings",
                         "sharedStrings.xml")

    patch_zip(path, patch)


def xlsx_page_footer(path: Path) -> None:
    wb = _summary_workbook()
    wb.active.oddFooter.center.text = "Prepared by grace.p@example.org"
    wb.save(path)


def xlsx_mailto_link(path: Path) -> None:
    """The cell says "Contact the officer"; the link behind it is a person's address."""
    wb = _summary_workbook()
    wb.active["A6"] = "Contact the officer"
    wb.active["A6"].hyperlink = "mailto:t.sample@example.org"
    wb.save(path)


def xlsx_white_number_format(path: Path) -> None:
    wb = _summary_workbook()
    wb.active["D2"] = "excluded: two complaints about one officer"
    wb.active["D2"].number_format = "[White]General"
    wb.save(path)


def xlsx_chart_source_data(path: Path, embedded_xlsx: bytes) -> None:
    """A chart that carries its source workbook (with a hidden staff sheet) as a package."""
    from openpyxl.chart import BarChart, Reference

    wb = _summary_workbook()
    chart = BarChart()
    chart.add_data(Reference(wb.active, min_col=2, min_row=1, max_row=4), titles_from_data=True)
    wb.active.add_chart(chart, "E2")
    wb.save(path)

    def patch(parts: dict[str, bytes]) -> None:
        chart_part = next(p for p in parts if p.startswith("xl/charts/chart"))
        name = chart_part.rsplit("/", 1)[1]
        parts["xl/embeddings/Microsoft_Excel_Worksheet1.xlsx"] = embedded_xlsx
        add_default_type(
            parts, "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        )
        add_relationship(parts, f"xl/charts/_rels/{name}.rels", "rIdPkg", "package",
                         "../embeddings/Microsoft_Excel_Worksheet1.xlsx")
        xml = parts[chart_part]
        close = re.search(rb"</(\w+:)?chartSpace>", xml)
        assert close is not None
        prefix = close.group(1) or b""
        parts[chart_part] = (
            xml[: close.start()]
            + b"<" + prefix + b'externalData xmlns:r="' + R_NS + b'" r:id="rIdPkg"/>'
            + xml[close.start():]
        )

    patch_zip(path, patch)


# ---------------------------------------------------------------- word documents


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


# ---------------------------------------------------------------- text


def txt_clean(path: Path) -> None:
    path.write_text("Requests received in 2023: 143\nAnswered within 20 working days: 130\n",
                    encoding="utf-8")


def txt_personal_data(path: Path) -> None:
    path.write_text("Summary\nContact grace.p@example.org or 07700 900789\n", encoding="utf-8")


def csv_clean(path: Path) -> None:
    path.write_text("quarter,received,in_time\nQ1,120,110\nQ2,98,97\n", encoding="utf-8")


def txt_letter_clean(path: Path) -> None:
    """A response letter as an e-mail body, with its review and ICO paragraph."""
    path.write_text(
        "Dear requester,\n\nWe hold the information you asked for: 143 complaints in 2023.\n\n"
        "If you are unhappy you may ask for an internal review: foi@anytown.example.gov.uk,\n"
        "telephone 01632 960000. You may then complain to the Information Commissioner's\n"
        "Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF, 0303 123 1113.\n",
        encoding="utf-8",
    )


def csv_bom_clean(path: Path) -> None:
    path.write_bytes("\ufeffquarter;received\r\nQ1;120\r\n".encode())


def csv_personal_data(path: Path) -> None:
    path.write_text("name,ni\nSomeone,QQ 65 43 21 A\n", encoding="utf-8")


# ---------------------------------------------------------------- the corpus


def _bytes_of(builder: Callable[[Path], None], folder: Path, name: str) -> bytes:
    path = folder / name
    builder(path)
    return path.read_bytes()


def build(folder: Path) -> list[Case]:
    """Write every case into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    allow = ScanOptions(allow=AUTHORITY_ALLOW)
    named = ScanOptions(names=(REQUESTER,), allow=AUTHORITY_ALLOW)
    staging = folder / "_parts"
    staging.mkdir(exist_ok=True)
    leaky_docx = _bytes_of(docx_hidden_text, staging, "inner.docx")
    leaky_xlsx = _bytes_of(xlsx_hidden_sheet, staging, "inner.xlsx")
    table: list[tuple[str, Callable[[Path], None], set[str], ScanOptions]] = [
        ("xlsx_clean.xlsx", xlsx_clean, set(), allow),
        ("xlsx_hidden_sheet.xlsx", xlsx_hidden_sheet, {"hidden_sheet", "personal_data"}, allow),
        ("xlsx_very_hidden_sheet.xlsx", xlsx_very_hidden_sheet, {"very_hidden_sheet"}, allow),
        ("xlsx_hidden_rows.xlsx", xlsx_hidden_rows, {"hidden_rows"}, allow),
        ("xlsx_hidden_columns.xlsx", xlsx_hidden_columns, {"hidden_columns"}, allow),
        ("xlsx_cell_comment.xlsx", xlsx_cell_comment, {"cell_comment"}, allow),
        ("xlsx_threaded_comment.xlsx", xlsx_threaded_comment, {"cell_comment", "personal_data"},
         named),
        ("xlsx_pivot_cache.xlsx", xlsx_pivot_cache, {"pivot_cache"}, allow),
        ("xlsx_defined_name.xlsx", xlsx_defined_name, {"defined_name", "hidden_sheet"}, allow),
        ("xlsx_defined_name_hidden_rows.xlsx", xlsx_defined_name_only,
         {"defined_name", "hidden_rows"}, allow),
        ("xlsx_external_link.xlsx", xlsx_external_link, {"external_link"}, allow),
        ("xlsx_invisible_text.xlsx", xlsx_invisible_text, {"invisible_text", "personal_data"},
         named),
        ("xlsx_outside_print_area.xlsx", xlsx_outside_print_area, {"outside_print_area"}, allow),
        ("xlsx_embedded_object.xlsx", lambda p: xlsx_embedded_object(p, leaky_docx),
         {"embedded_object", "hidden_text", "personal_data"}, allow),
        ("xlsx_chart_source_data.xlsx", lambda p: xlsx_chart_source_data(p, leaky_xlsx),
         {"embedded_object", "hidden_sheet", "personal_data"}, allow),
        ("xlsx_document_properties.xlsx", xlsx_document_properties, {"document_properties"},
         allow),
        ("xlsx_personal_data.xlsx", xlsx_personal_data, {"personal_data"}, allow),
        ("xlsx_merged_clean.xlsx", xlsx_merged_clean, set(), allow),
        ("xlsx_under_merged_cells.xlsx", xlsx_under_merged_cells, {"invisible_text"}, allow),
        ("xlsx_tiny_rows.xlsx", xlsx_tiny_rows, {"hidden_rows"}, allow),
        ("xlsx_revisions.xlsx", xlsx_revisions, {"tracked_changes"}, allow),
        ("xlsx_saved_in_user_folder.xlsx", xlsx_saved_in_user_folder, {"document_properties"},
         allow),
        ("xlsx_unused_shared_string.xlsx", xlsx_unused_shared_string, {"personal_data"}, allow),
        ("xlsx_page_footer.xlsx", xlsx_page_footer, {"personal_data"}, allow),
        ("xlsx_mailto_link.xlsx", xlsx_mailto_link, {"personal_data"}, allow),
        ("xlsx_white_number_format.xlsx", xlsx_white_number_format, {"invisible_text"}, allow),
        ("docx_clean.docx", docx_clean, set(), allow),
        ("docx_dark_page_clean.docx", docx_dark_page_clean, set(), allow),
        ("docx_style_hidden_text.docx", docx_style_hidden_text, {"hidden_text"}, allow),
        ("docx_tiny_text.docx", docx_tiny_text, {"invisible_text"}, allow),
        ("docx_attached_template.docx", docx_attached_template, {"document_properties"}, allow),
        ("docx_tracked_changes.docx", docx_tracked_changes, {"tracked_changes"}, allow),
        ("docx_comment.docx", docx_comment, {"comment"}, allow),
        ("docx_hidden_text.docx", docx_hidden_text, {"hidden_text", "personal_data"}, named),
        ("docx_header_footer.docx", docx_header_footer, {"header_footer"}, allow),
        ("docx_custom_xml.docx", docx_custom_xml, {"custom_xml"}, allow),
        ("docx_footer_name.docx", docx_footer_name, {"header_footer"}, allow),
        ("docx_custom_xml_attributes.docx", docx_custom_xml_attributes, {"custom_xml"}, allow),
        ("docx_document_variables.docx", docx_document_variables, {"document_variables"}, allow),
        ("docx_image_alt_text.docx", docx_image_alt_text, {"image_alt_text"}, allow),
        ("docx_embedded_object.docx", lambda p: docx_embedded_object(p, leaky_xlsx),
         {"embedded_object", "hidden_sheet", "personal_data"}, allow),
        ("docx_invisible_text.docx", docx_invisible_text, {"invisible_text", "personal_data"},
         named),
        ("docx_document_properties.docx", docx_document_properties, {"document_properties"},
         allow),
        ("docx_personal_data.docx", docx_personal_data, {"personal_data"}, named),
        ("txt_clean.txt", txt_clean, set(), allow),
        ("txt_personal_data.txt", txt_personal_data, {"personal_data"}, allow),
        ("csv_clean.csv", csv_clean, set(), allow),
        ("csv_bom_clean.csv", csv_bom_clean, set(), allow),
        ("txt_letter_clean.txt", txt_letter_clean, set(), allow),
        ("csv_personal_data.csv", csv_personal_data, {"personal_data"}, allow),
    ]
    cases = []
    for name, builder, kinds, options in table:
        path = folder / name
        builder(path)
        cases.append(Case(name, path, kinds, options))
    return cases


@lru_cache(maxsize=1)
def case_names() -> tuple[str, ...]:
    """The names of every case (for parametrising tests), from one throwaway build."""
    with tempfile.TemporaryDirectory() as folder:
        return tuple(case.name for case in build(Path(folder)))
