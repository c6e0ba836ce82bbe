"""Every generated leaky file is flagged with exactly its kinds; every clean control stays clean."""

import pytest
from release_corpus import case_names

from foidesk.release.findings import Verdict
from foidesk.release.scanner import report_for


@pytest.mark.parametrize("name", case_names())
def test_each_corpus_file_gets_exactly_the_expected_kinds(corpus, name):
    case = corpus[name]
    report = report_for(case.path, case.options)
    assert report.error is None
    kinds = {f.kind for f in report.findings}
    assert kinds == case.kinds, report.findings
    assert report.verdict == (Verdict.CLEAN if case.clean else Verdict.LEAKY)


def test_a_mobile_number_typed_as_a_number_is_still_a_phone_number(corpus):
    case = corpus["xlsx_personal_data.xlsx"]
    findings = report_for(case.path, case.options).findings
    assert any(f.where == "sheet 'Contacts' cell C3" and "07700900456" in f.excerpt
               for f in findings)


def test_where_says_in_words_where_to_look(corpus):
    def wheres(name):
        case = corpus[name]
        return {f.kind: f.where for f in report_for(case.path, case.options).findings}

    assert wheres("xlsx_hidden_sheet.xlsx")["hidden_sheet"] == "sheet 'Staff'"
    assert wheres("xlsx_hidden_columns.xlsx")["hidden_columns"] == "sheet 'Summary' column E"
    assert wheres("xlsx_cell_comment.xlsx")["cell_comment"] == "sheet 'Summary' cell B2"
    assert wheres("docx_tracked_changes.docx")["tracked_changes"] == (
        "word/document.xml paragraph 5")
    assert wheres("docx_header_footer.docx")["header_footer"].startswith("header of section 1")
    assert wheres("xlsx_page_footer.xlsx")["personal_data"] == "sheet 'Summary' page footer"
