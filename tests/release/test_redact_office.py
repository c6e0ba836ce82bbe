"""Redaction of docx, xlsx, csv and txt (issue 4 §2): matches become a visible marker.

FOIA s40(2) / s17. Text split across Word runs and Excel rich-text runs must still be caught.
Every person here is invented.
"""

import io
import zipfile
from pathlib import Path

import docx
import openpyxl
import pdf_samples as samples
import pytest
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

from foidesk.release.redaction import RedactionFailed, redact_file
from foidesk.release.redaction.ooxml import redact_package, remaining_in_package
from foidesk.release.redaction.plain import redact_text
from foidesk.release.redaction.request import Patterns


def split_run_docx() -> bytes:
    document = docx.Document()
    paragraph = document.add_paragraph("The case officer was ")
    paragraph.add_run("Ja")
    paragraph.add_run("ne R").bold = True
    paragraph.add_run("oe, phone ")
    paragraph.add_run(samples.PHONE)
    document.sections[0].header.paragraphs[0].text = f"Prepared by {samples.PERSON}"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def document_text(data: bytes) -> str:
    document = docx.Document(io.BytesIO(data))
    body = "\n".join(p.text for p in document.paragraphs)
    header = "\n".join(p.text for p in document.sections[0].header.paragraphs)
    return body + "\n" + header


def workbook() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet["A1"] = "Officer"
    sheet["B1"] = samples.PERSON
    sheet["A2"] = "Mobile"
    sheet["B2"] = 7700900123
    sheet["C1"] = CellRichText(["Jane ", TextBlock(InlineFont(b=True), "Roe"), " (lead)"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_a_name_split_across_word_runs_is_replaced_by_one_marker():
    data, count = redact_package(split_run_docx(), Patterns.build([samples.PERSON], []))
    text = document_text(data)
    assert "The case officer was [redacted], phone 07700 900123" in text
    assert count == 2


def test_word_headers_are_redacted_too():
    data, _ = redact_package(split_run_docx(), Patterns.build([samples.PERSON], []))
    assert "Prepared by [redacted]" in document_text(data)
    assert remaining_in_package(data, Patterns.build([samples.PERSON], [])) == []


def test_a_regex_redacts_a_phone_number_in_word():
    data, _ = redact_package(split_run_docx(), Patterns.build([], [r"07700 ?\d{6}"]))
    assert "phone [redacted]" in document_text(data)


def test_excel_cells_shared_and_rich_strings_and_numbers_are_redacted():
    patterns = Patterns.build([samples.PERSON], [r"7700900\d{3}"])
    data, count = redact_package(workbook(), patterns)
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    assert sheet["B1"].value == "[redacted]"
    assert sheet["B2"].value == "[redacted]"
    assert "[redacted]" in str(sheet["C1"].value) and "Roe" not in str(sheet["C1"].value)
    assert count == 3
    assert remaining_in_package(data, patterns) == []


def test_text_and_csv_redaction_keeps_the_structure():
    data, count = redact_text(
        f"name,phone\n{samples.PERSON},{samples.PHONE}\n".encode(),
        Patterns.build([samples.PERSON], [r"07700 ?\d{6}"]),
    )
    assert data.decode() == "name,phone\n[redacted],[redacted]\n"
    assert count == 2


def test_a_name_broken_across_lines_of_text_is_still_caught():
    data, _ = redact_text(b"Dear Jane\nRoe,\n", Patterns.build([samples.PERSON], []))
    assert data == b"Dear [redacted],\n"


def test_a_zip_bomb_is_refused_before_it_is_expanded():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as bomb:
        bomb.writestr("word/document.xml", b"<a>" + b" " * 50_000_000 + b"</a>")
    with pytest.raises(RedactionFailed, match="zip bomb"):
        redact_package(out.getvalue(), Patterns.build(["x"], []))


def test_xml_with_a_dtd_is_refused_rather_than_expanded():
    out = io.BytesIO()
    payload = (
        b'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY e "Jane Roe">]>'
        b'<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b"<w:t>&e;</w:t></w:p>"
    )
    with zipfile.ZipFile(out, "w") as package:
        package.writestr("word/document.xml", payload)
    with pytest.raises(RedactionFailed, match="DTD"):
        redact_package(out.getvalue(), Patterns.build(["Jane Roe"], []))


@pytest.mark.parametrize("suffix", [".rtf", ".odt", ""])
def test_unsupported_formats_are_refused(tmp_path: Path, suffix):
    src = tmp_path / f"file{suffix}"
    src.write_bytes(b"{\\rtf1 Jane Roe}")
    with pytest.raises(RedactionFailed, match="unsupported format"):
        redact_file(src, tmp_path / "out", texts=["Jane Roe"])


def test_boxes_are_refused_for_formats_other_than_pdf(tmp_path: Path):
    from foidesk.release.redaction import Box

    src = tmp_path / "notes.txt"
    src.write_text("Jane Roe")
    with pytest.raises(RedactionFailed, match="PDFs only"):
        redact_file(src, tmp_path / "out.txt", boxes=[Box(1, 0, 0, 1, 1)])


def test_redacting_a_word_file_cleans_and_rescans_it(tmp_path: Path):
    src = tmp_path / "letter.docx"
    src.write_bytes(split_run_docx())
    out = tmp_path / "out.docx"
    result = redact_file(src, out, texts=[samples.PERSON], regexes=[r"07700 ?\d{6}"])
    assert result.clean, result.findings
    assert result.format == "docx" and result.redactions == 3
    text = document_text(out.read_bytes())
    assert "[redacted]" in text and "Roe" not in text and "900123" not in text


def test_redacting_a_workbook_cleans_and_rescans_it(tmp_path: Path):
    src = tmp_path / "staff.xlsx"
    src.write_bytes(workbook())
    out = tmp_path / "out.xlsx"
    result = redact_file(src, out, texts=[samples.PERSON], regexes=[r"7700900\d{3}"])
    assert result.clean, result.findings
    assert remaining_in_package(out.read_bytes(), Patterns.build([samples.PERSON], [])) == []


def test_redacting_a_csv_file_cleans_and_rescans_it(tmp_path: Path):
    src = tmp_path / "list.csv"
    src.write_text(f"name,phone\n{samples.PERSON},{samples.PHONE}\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    result = redact_file(src, out, texts=[samples.PERSON], regexes=[r"07700 ?\d{6}"])
    assert result.clean
    assert out.read_text(encoding="utf-8") == "name,phone\n[redacted],[redacted]\n"


def test_a_text_file_with_other_personal_data_left_is_not_clean(tmp_path: Path):
    src = tmp_path / "notes.txt"
    src.write_text(f"{samples.PERSON} wrote from {samples.EMAIL}\n", encoding="utf-8")
    result = redact_file(src, tmp_path / "out.txt", texts=[samples.PERSON])
    assert not result.clean
    assert {f.kind for f in result.findings} == {"personal_data"}
