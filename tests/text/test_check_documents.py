"""Reading letters from files: text, HTML, PDF and DOCX, and hostile input refused in one line."""

import zipfile
from pathlib import Path

import docx
import pytest

from foidesk.text.checking import check_response
from foidesk.text.documents import DocumentError, html_to_text, read_document
from foidesk.text.letters import LetterCase, compose, render_docx, render_pdf

LETTER = "Dear Ms Example,\nWe do not hold this information.\nYours sincerely"


def test_plain_text_is_read_as_is(tmp_path: Path) -> None:
    path = tmp_path / "letter.txt"
    path.write_text(LETTER, encoding="utf-8")
    assert read_document(path) == LETTER


def test_windows_encoded_text_is_read_without_error(tmp_path: Path) -> None:
    path = tmp_path / "letter.txt"
    path.write_bytes("The fee is \u00a3450 \u2013 see below.".encode("cp1252"))
    assert read_document(path) == "The fee is \u00a3450 \u2013 see below."


def test_html_gives_visible_text_one_block_per_line(tmp_path: Path) -> None:
    path = tmp_path / "letter.html"
    path.write_text(
        "<html><head><style>p{}</style><script>x=1</script></head><body>"
        "<p>Dear Ms Example,</p><p>We do not <b>hold</b> this information.</p></body></html>",
        encoding="utf-8",
    )
    assert read_document(path) == "Dear Ms Example,\n\nWe do not hold this information."
    assert html_to_text("<div>a</div><div>b &amp; c</div>") == "a\n\nb & c"


def test_docx_paragraphs_and_tables_are_read(tmp_path: Path) -> None:
    path = tmp_path / "letter.docx"
    document = docx.Document()
    document.add_paragraph("Dear Ms Example,")
    document.add_paragraph("Q1. We do not hold this information.")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "2023"
    table.rows[0].cells[1].text = "14"
    document.save(str(path))
    text = read_document(path)
    assert "Q1. We do not hold this information." in text
    assert "2023 | 14" in text


def test_pdf_text_layer_is_read(tmp_path: Path) -> None:
    weasyprint = pytest.importorskip("weasyprint")
    path = tmp_path / "letter.pdf"
    weasyprint.HTML(string="<p>We do not hold this information.</p>").write_pdf(str(path))
    assert "We do not hold this information." in read_document(path)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"   \n\n", "empty"),
        ("photo.bin", bytes(range(256)) * 40, "binary"),
        ("broken.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\ntrailer garbage", "PDF"),
        ("broken.docx", b"PK\x03\x04 not really a zip archive", "DOCX"),
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), "DOCX"),
        ("letter.rtf", b"{\\rtf1\\ansi Dear Ms Example}", "RTF"),
    ],
)
def test_unreadable_files_get_a_one_line_error(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(DocumentError) as error:
        read_document(path)
    assert message in str(error.value)
    assert "\n" not in str(error.value)


def test_a_zip_without_a_word_document_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(DocumentError, match="DOCX"):
        read_document(path)


def test_missing_file_and_directory_are_refused(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="no such file"):
        read_document(tmp_path / "nowhere.txt")
    with pytest.raises(DocumentError, match="directory"):
        read_document(tmp_path)


def test_html_link_addresses_are_kept_next_to_their_text() -> None:
    text = html_to_text('<p>See <a href="https://www.county.example.org/foi">our website</a>.</p>')
    assert text == "See our website (https://www.county.example.org/foi)."


def test_a_composed_letter_checks_the_same_as_pdf_and_as_docx(tmp_path: Path) -> None:
    """The summary table in the PDF is read row by row (as the DOCX table is), so its cells
    ("Information not held") are not taken for answers."""
    fixtures = Path(__file__).parent / "fixtures"
    case = LetterCase.model_validate_json((fixtures / "canonical_case.json").read_text("utf-8"))
    request = (fixtures / "canonical_request.txt").read_text(encoding="utf-8")
    letter = compose(case)
    results = {}
    for name, render in (("letter.pdf", render_pdf), ("letter.docx", render_docx)):
        path = tmp_path / name
        path.write_bytes(render(letter))
        results[name] = check_response(read_document(path), regime="foia", request_text=request)
    pdf, word = results["letter.pdf"], results["letter.docx"]
    assert [(a.label, a.outcome) for a in pdf.answers] == [
        (a.label, a.outcome) for a in word.answers
    ]
    assert "not_held_no_advice" not in pdf.codes()
    assert pdf.codes() == word.codes()


def test_a_grouped_ncnd_answer_is_read_for_every_part_despite_the_summary_table(
    tmp_path: Path,
) -> None:
    """FOIA s1(1)(a), s17(1): one NCND answer for questions 5 to 5(b)(ii) answers each of them;
    the summary table's "Not confirmed or denied" rows are not the answers."""
    fixtures = Path(__file__).parent / "fixtures"
    case = LetterCase.model_validate_json((fixtures / "canonical_case.json").read_text("utf-8"))
    request = (fixtures / "canonical_request.txt").read_text(encoding="utf-8")
    path = tmp_path / "letter.docx"
    path.write_bytes(render_docx(compose(case)))
    result = check_response(read_document(path), regime="foia", request_text=request)
    assert [a.outcome for a in result.answers][-5:] == ["ncnd"] * 5
