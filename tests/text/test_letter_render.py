"""The four formats say the same thing: HTML parses, the PDF is A4 with page numbers, the DOCX
has real Word headings, paragraphs and a table."""

import io
import json
from html.parser import HTMLParser
from pathlib import Path

import docx
import pytest
from pdfminer.high_level import extract_pages, extract_text

from foidesk.text.letters import (
    LetterCase,
    compose,
    render_docx,
    render_html,
    render_pdf,
    render_text,
)

CANONICAL = Path(__file__).parent / "fixtures" / "canonical_case.json"


@pytest.fixture(scope="module")
def letter():
    return compose(LetterCase.model_validate_json(CANONICAL.read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def pdf(letter) -> bytes:
    return render_pdf(letter)


class Outline(HTMLParser):
    """Collects what a screen reader navigates by: headings, landmarks, the language."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: dict[str, dict[str, str | None]] = {}
        self.headings: list[tuple[int, str]] = []
        self.text: list[str] = []
        self._heading: int | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.setdefault(tag, dict(attrs))
        if tag in ("h1", "h2", "h3", "h4"):
            self._heading = int(tag[1])
            self.headings.append((self._heading, ""))

    def handle_endtag(self, tag):
        if tag in ("h1", "h2", "h3", "h4"):
            self._heading = None

    def handle_data(self, data):
        self.text.append(data)
        if self._heading is not None:
            level, text = self.headings[-1]
            self.headings[-1] = (level, text + data)


def test_html_is_a_complete_accessible_document(letter):
    html = render_html(letter)
    outline = Outline()
    outline.feed(html)
    assert html.startswith("<!DOCTYPE html>")
    assert outline.attrs["html"]["lang"] == "en-GB"
    assert "main" in outline.tags and "title" in outline.tags
    assert [h for h in outline.headings if h[0] == 1] == [(1, letter.title)]
    levels = [level for level, _ in outline.headings]
    assert all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False))
    assert outline.attrs["th"]["scope"] == "col"
    assert "<link" not in html and "<script" not in html and "src=" not in html


def test_html_shows_the_answers_and_links_addresses(letter):
    html = render_html(letter)
    outline = Outline()
    outline.feed(html)
    text = "".join(outline.text)
    assert "We do not hold information within the scope of question 3" in text
    assert '<a href="https://ico.org.uk/make-a-complaint/">' in html
    assert '<a href="mailto:foi-review@opcc.example.org">' in html


def test_html_escapes_what_the_case_supplies():
    data = json.loads(CANONICAL.read_text(encoding="utf-8"))
    data["authority"]["name"] = "Council <script>alert(1)</script>"
    data["reference"] = 'FOI"}</style><script>x</script>'
    html = render_html(compose(LetterCase.model_validate(data)))
    assert "<script" not in html
    assert "&lt;script&gt;" in html


def test_pdf_opens_is_a4_and_numbers_its_pages(pdf):
    pages = list(extract_pages(io.BytesIO(pdf)))
    assert len(pages) >= 2
    for page in pages:
        width, height = page.width, page.height
        assert (round(width), round(height)) == (595, 842)
    text = extract_text(io.BytesIO(pdf))
    assert f"Page 1 of {len(pages)}" in text
    assert f"Page {len(pages)} of {len(pages)}" in text


def test_pdf_text_carries_the_letter(pdf):
    text = " ".join(extract_text(io.BytesIO(pdf)).split())
    assert "section 31(3) of FOIA (law enforcement)" in text
    assert "section 50 of FOIA" in text
    assert "Information Governance Officer" in text


def test_docx_opens_with_word_headings_paragraphs_and_a_table(letter):
    document = docx.Document(io.BytesIO(render_docx(letter)))
    headings = [
        (p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith("Heading")
    ]
    assert ("Heading 1", letter.title) in headings
    assert ("Heading 2", "Your questions and our answers") in headings
    assert ("Heading 3", "Question 5 (with 5(a), 5(b), 5(b)(i) and 5(b)(ii))") in headings
    body = "\n".join(p.text for p in document.paragraphs)
    assert "may be held by the Home Office" in body
    assert "section 17(7)(a) of FOIA" in body
    assert len(document.tables) == 1
    assert document.tables[0].rows[0].cells[0].text == "Question"
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    footer_xml = section.footer.paragraphs[0]._p.xml
    assert "PAGE" in footer_xml and "NUMPAGES" in footer_xml


def test_text_and_html_say_the_same_paragraphs(letter):
    text = render_text(letter)
    outline = Outline()
    outline.feed(render_html(letter))
    html_text = " ".join("".join(outline.text).split())
    for line in text.splitlines():
        if len(line) > 60 and not line.startswith(("    ", "- ")):
            assert " ".join(line.split()) in html_text


def test_a_pale_brand_colour_never_colours_the_headings():
    """WCAG 2.2 AA: text needs 4.5:1 contrast; GOV.UK yellow on white has about 1.4:1."""
    data = json.loads(CANONICAL.read_text(encoding="utf-8"))
    data["authority"]["colour"] = "#ffdd00"
    html = render_html(compose(LetterCase.model_validate(data)))
    assert "--brand: #ffdd00; --brand-text: #0b0c0c;" in html
    data["authority"]["colour"] = "#00425f"
    html = render_html(compose(LetterCase.model_validate(data)))
    assert "--brand-text: #00425f;" in html


def test_control_characters_in_the_case_cannot_break_word_or_pdf():
    data = json.loads(CANONICAL.read_text(encoding="utf-8"))
    data["questions"][0]["answer"] = "Bell\x07 and form feed\x0c removed.\r\nSecond line."
    data["requester"]["name"] = "Alex\x00 Tester"
    letter = compose(LetterCase.model_validate(data))
    document = docx.Document(io.BytesIO(render_docx(letter)))
    body = "\n".join(p.text for p in document.paragraphs)
    assert "Bell and form feed removed." in body and "Second line." in body
    assert "Dear Alex Tester," in body


def test_pdf_is_tagged_with_language_title_and_author(pdf):
    """PDF/UA-1: a structure tree, the document language, the title, bookmarks."""
    import pikepdf

    with pikepdf.open(io.BytesIO(pdf)) as document:
        assert document.Root.MarkInfo.Marked
        assert "/StructTreeRoot" in document.Root
        assert str(document.Root.Lang) == "en-GB"
        assert str(document.docinfo["/Title"]).startswith("Response to your request")
        assert "Cleveland" in str(document.docinfo["/Author"])
