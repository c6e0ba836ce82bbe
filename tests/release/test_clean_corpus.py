"""`clean` removes every hidden thing it names and its output re-scans clean; personal data in
visible content stays and is reported (it is for `foidesk redact`)."""

import docx
import openpyxl
import pytest
from release_corpus import case_names

from foidesk.release.cleaning import clean_file, clean_path
from foidesk.release.findings import ScanOptions, Verdict
from foidesk.release.scanner import report_for

VISIBLE_PERSONAL_DATA = {
    "xlsx_personal_data.xlsx", "docx_personal_data.docx", "txt_personal_data.txt",
    "csv_personal_data.csv", "docx_header_footer.docx", "xlsx_page_footer.xlsx",
    "xlsx_mailto_link.xlsx", "docx_footer_name.docx",
}


@pytest.mark.parametrize("name", case_names())
def test_cleaning_each_corpus_file_leaves_only_visible_personal_data(corpus, name, tmp_path):
    case = corpus[name]
    out = tmp_path / name
    clean_path(case.path, out)
    report = report_for(out, case.options)
    assert report.error is None
    if name in VISIBLE_PERSONAL_DATA:
        assert report.verdict == Verdict.LEAKY
        assert {f.kind for f in report.findings} <= {"personal_data", "header_footer"}
    else:
        assert report.verdict == Verdict.CLEAN, report.findings
    if name.endswith(".xlsx"):
        assert openpyxl.load_workbook(out).sheetnames  # Office-readable after the rewrite
    elif name.endswith(".docx"):
        assert docx.Document(out).paragraphs


def test_cleaned_workbook_opens_and_keeps_its_visible_cells(corpus, tmp_path):
    out = tmp_path / "out.xlsx"
    clean_path(corpus["xlsx_hidden_rows.xlsx"].path, out)
    wb = openpyxl.load_workbook(out)
    ws = wb["Summary"]
    assert ws["A2"].value == "Q1" and ws["C4"].value == 130
    assert ws["B6"].value is None and ws["B7"].value is None


def test_a_chart_keeps_its_picture_but_not_its_source_workbook(corpus, tmp_path):
    import zipfile

    out = tmp_path / "out.xlsx"
    clean_path(corpus["xlsx_chart_source_data.xlsx"].path, out)
    with zipfile.ZipFile(out) as z:
        names = z.namelist()
        chart = next(n for n in names if n.startswith("xl/charts/chart"))
        assert b"externalData" not in z.read(chart)
    assert not [n for n in names if n.startswith("xl/embeddings/")]


def test_cleaning_removes_hidden_sheets_and_their_names(corpus, tmp_path):
    out = tmp_path / "out.xlsx"
    clean_path(corpus["xlsx_defined_name.xlsx"].path, out)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Summary"]
    assert "Reviewers" not in wb.defined_names


def test_white_text_in_a_dark_table_cell_survives_cleaning(corpus, tmp_path):
    out = tmp_path / "out.docx"
    clean_path(corpus["docx_clean.docx"].path, out)
    assert docx.Document(out).tables[0].cell(0, 0).text == "Quarter (white on a dark cell)"


def test_visible_white_text_on_a_dark_page_survives_cleaning(corpus, tmp_path):
    out = tmp_path / "out.docx"
    clean_path(corpus["docx_dark_page_clean.docx"].path, out)
    text = "\n".join(p.text for p in docx.Document(out).paragraphs)
    assert "Open Government Licence" in text


def test_tracked_changes_are_accepted_by_default(corpus, tmp_path):
    out = tmp_path / "accepted.docx"
    clean_path(corpus["docx_tracked_changes.docx"].path, out)
    text = "\n".join(p.text for p in docx.Document(out).paragraphs)
    assert "The case officer was a member of staff" in text
    assert "Tomasz" not in text


def test_tracked_changes_can_be_rejected_instead(corpus, tmp_path):
    out = tmp_path / "rejected.docx"
    clean_path(corpus["docx_tracked_changes.docx"].path, out, reject_changes=True)
    text = "\n".join(p.text for p in docx.Document(out).paragraphs)
    assert "The case officer was Tomasz Sample" in text
    assert "a member of staff" not in text


def test_clean_file_rescans_in_a_child_and_reports_what_remains(corpus, tmp_path):
    case = corpus["docx_personal_data.docx"]
    report = clean_file(case.path, tmp_path / "out.docx", options=case.options)
    assert report.verdict == Verdict.LEAKY
    assert {f.kind for f in report.findings} == {"personal_data"}
    hidden = corpus["xlsx_hidden_sheet.xlsx"]
    assert clean_file(hidden.path, tmp_path / "out.xlsx", options=hidden.options).verdict == (
        Verdict.CLEAN
    )


def test_a_file_that_cannot_be_cleaned_is_an_error_and_leaves_no_output(tmp_path):
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"PK\x03\x04 truncated")
    out = tmp_path / "out.xlsx"
    report = clean_file(bad, out, options=ScanOptions())
    assert report.verdict == Verdict.ERROR
    assert not out.exists()
