"""Embedded files are scanned like any other, to a limited depth (hostile nesting is bounded)."""

from release_corpus import docx_embedded_object, docx_hidden_text, xlsx_embedded_object

from foidesk.release.findings import ScanOptions
from foidesk.release.scanner import MAX_DEPTH, report_for


def test_findings_inside_an_embedded_file_name_the_part_they_came_from(tmp_path):
    inner = tmp_path / "inner.docx"
    docx_hidden_text(inner)
    outer = tmp_path / "outer.xlsx"
    xlsx_embedded_object(outer, inner.read_bytes())
    report = report_for(outer, ScanOptions())
    hidden = [f for f in report.findings if f.kind == "hidden_text"]
    assert hidden[0].where.startswith("embedded xl/embeddings/Microsoft_Word_Document.docx: ")


def test_nesting_deeper_than_the_limit_is_reported_not_followed(tmp_path):
    current = tmp_path / "level0.docx"
    docx_hidden_text(current)
    for level in range(1, MAX_DEPTH + 3):
        wrapper = tmp_path / f"level{level}.{'xlsx' if level % 2 else 'docx'}"
        if level % 2:
            xlsx_embedded_object(wrapper, current.read_bytes())
        else:
            docx_embedded_object(wrapper, current.read_bytes())
        current = wrapper
    report = report_for(current, ScanOptions())
    assert report.error is None
    assert any("nested more than" in f.excerpt for f in report.findings)
    assert not any(f.kind == "hidden_text" for f in report.findings)
