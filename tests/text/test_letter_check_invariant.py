"""The invariant: every letter foidesk composes passes `foidesk check` with no error, in every
format. Each file is read back the way `foidesk check OUT.pdf` reads it (`read_document`: pdfminer
for PDF, python-docx for DOCX, the HTML reader for HTML).
"""

import json
from functools import cache
from pathlib import Path

import pytest

from foidesk.text.checking import check_response
from foidesk.text.documents import read_document
from foidesk.text.letters import (
    LetterCase,
    compose,
    render_docx,
    render_html,
    render_pdf,
    render_text,
)
from foidesk.text.letters.answers import display_labels

FIXTURES = Path(__file__).parent / "fixtures"
CANONICAL = FIXTURES / "canonical_case.json"
CASES = sorted((FIXTURES / "letters").glob("*.json")) + [CANONICAL]
REQUEST = Path(__file__).parent / "fixtures" / "canonical_request.txt"


@cache
def case(path: Path) -> LetterCase:
    return LetterCase.model_validate(json.loads(path.read_text(encoding="utf-8")))


def request_text(path: Path) -> str | None:
    """The request as the requester wrote it: the canonical one verbatim, the others rebuilt
    from the questions with the requester's own numbering."""
    if path == CANONICAL:
        return REQUEST.read_text(encoding="utf-8")
    questions = list(case(path).questions)
    if not questions:
        return None
    names = display_labels(questions)
    lines = []
    for q in questions:
        label = names[q.id] if q.parent is None else (q.label or "")
        if label and label[-1].isalnum():
            label += "."
        condition = f"{q.condition}: " if q.condition else ""
        lines.append(f"{label} {condition}{q.text}".strip())
    return "\n".join(lines)


def errors(text: str, path: Path, *, dated: bool = True) -> list[str]:
    c = case(path)
    received = c.dates.received
    if c.review is not None:
        received = c.review.requested  # a review outcome answers the requirement for review
    result = check_response(
        text,
        request_text=request_text(path),
        regime=c.regime.value,
        received=received if dated else None,
        sent=c.dates.letter if dated else None,
    )
    return [f"{f.code}: {f.message}" for f in result.findings if f.severity == "error"]


def is_late(path: Path) -> bool:
    return compose(case(path)).date > compose(case(path)).deadlines["due"] and (
        case(path).review is None
    )


ONE_PER_KIND = sorted({*{case(p).kind: p for p in CASES}.values(), CANONICAL})


def read_back(tmp_path: Path, name: str, content: bytes | str) -> str:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return read_document(path)


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_every_letter_as_text_and_html_has_no_error_finding(path, tmp_path):
    letter = compose(case(path))
    text = read_back(tmp_path, "letter.txt", render_text(letter))
    html = read_back(tmp_path, "letter.html", render_html(letter))
    # A late letter still gets no error: late_response is a warning (lateness cannot block
    # sending), so every letter checks clean with or without its dates.
    assert errors(text, path) == []
    assert errors(text, path, dated=False) == []
    assert errors(html, path, dated=not is_late(path)) == []


@pytest.mark.parametrize("path", ONE_PER_KIND, ids=lambda p: p.stem)
def test_every_kind_of_letter_as_pdf_and_docx_has_no_error_finding(path, tmp_path):
    letter = compose(case(path))
    pdf = read_back(tmp_path, "letter.pdf", render_pdf(letter))
    docx = read_back(tmp_path, "letter.docx", render_docx(letter))
    dated = not is_late(path)
    assert errors(pdf, path, dated=dated) == []
    assert errors(docx, path, dated=dated) == []


def test_the_canonical_letter_reports_none_of_the_flaws_of_the_original():
    letter = compose(case(CANONICAL))
    codes = {f.code for f in check_response(
        render_text(letter), request_text=request_text(CANONICAL), regime="foia"
    ).findings}
    for fixed in ("ncnd_without_ncnd_subsection", "missing_internal_review_info",
                  "missing_ico_s50_info", "duplicated_text", "not_held_no_advice"):
        assert fixed not in codes
