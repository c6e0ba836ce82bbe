"""Spreadsheets of the release test corpus (see release_corpus)."""


from __future__ import annotations

import re
from pathlib import Path

import openpyxl
from corpus_parts import (
    R_NS,
    STAFF,
    add_content_type,
    add_default_type,
    add_relationship,
    patch_zip,
)
from openpyxl.comments import Comment
from openpyxl.styles import Font, PatternFill
from openpyxl.workbook.defined_name import DefinedName


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


