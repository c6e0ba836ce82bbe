"""The release scanner's test corpus, generated from code so anyone can rebuild it.

Every person is invented (`@example.org`, `07700 900xxx`, `QQ 12 34 56 C`). Files are made with
openpyxl and python-docx, then their XML is patched for what those libraries cannot make
(pivot caches, threaded comments, tracked changes, custom XML, external links, embedded files).

`build(folder)` writes every case and returns them: each names the kinds a correct scanner
reports (an empty set for a clean control) and the options to scan it with.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from corpus_docx import (
    docx_attached_template,
    docx_clean,
    docx_comment,
    docx_custom_xml,
    docx_custom_xml_attributes,
    docx_dark_page_clean,
    docx_document_properties,
    docx_document_variables,
    docx_embedded_object,
    docx_footer_name,
    docx_header_footer,
    docx_hidden_text,
    docx_image_alt_text,
    docx_invisible_text,
    docx_personal_data,
    docx_style_hidden_text,
    docx_tiny_text,
    docx_tracked_changes,
)
from corpus_parts import (
    AUTHORITY_ALLOW,
    REQUESTER,
    Case,
)
from corpus_xlsx import (
    xlsx_cell_comment,
    xlsx_chart_source_data,
    xlsx_clean,
    xlsx_defined_name,
    xlsx_defined_name_only,
    xlsx_document_properties,
    xlsx_embedded_object,
    xlsx_external_link,
    xlsx_hidden_columns,
    xlsx_hidden_rows,
    xlsx_hidden_sheet,
    xlsx_invisible_text,
    xlsx_mailto_link,
    xlsx_merged_clean,
    xlsx_outside_print_area,
    xlsx_page_footer,
    xlsx_personal_data,
    xlsx_pivot_cache,
    xlsx_revisions,
    xlsx_saved_in_user_folder,
    xlsx_threaded_comment,
    xlsx_tiny_rows,
    xlsx_under_merged_cells,
    xlsx_unused_shared_string,
    xlsx_very_hidden_sheet,
    xlsx_white_number_format,
)

from foidesk.release.findings import ScanOptions

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
