"""Citations in letters are read into the law engine's canonical form."""

import pytest

from foidesk.text.checking.citations import find_citations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Section 31(1) a, b, c and Section 31 (2) Law Enforcement;",
         ["s31(1)(a)", "s31(1)(b)", "s31(1)(c)", "s31(2)"]),
        ("Section 31 (1) (a) (b) (c) Law Enforcement", ["s31(1)(a)", "s31(1)(b)", "s31(1)(c)"]),
        ("exceed the appropriate limit (FOIA, s.12 (1)).", ["s12(1)"]),
        ("Section 40(2) and (3) – Personal Information", ["s40(2)", "s40(3)"]),
        ("Sections 24 and 31 apply", ["s24", "s31"]),
        ("by virtue of s40(5B)(a)(i)", ["s40(5B)(a)(i)"]),
        ("section 38(1)(a) and (b)", ["s38(1)(a)", "s38(1)(b)"]),
        ("Regulation 12(5)(b) and 12(4)(a) apply", ["reg12(5)(b)", "reg12(4)(a)"]),
        ("regulation 12 (4) (a) of the EIR", ["reg12(4)(a)"]),
        ("Section 40 (5).", ["s40(5)"]),
    ],
)  # fmt: skip
def test_officers_ways_of_citing_are_normalised(text: str, expected: list[str]) -> None:
    assert [c.canonical for c in find_citations(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "the force's 12 cameras were installed",
        "section 17 of the Data Protection Act 2018",
        "regulation 4(3) of the Freedom of Information and Data Protection (Appropriate Limit "
        "and Fees) Regulations 2004",
        "S.I. 3244 and the Regulations 2004",
        "Section 43(2) a bidding process",
    ],
)
def test_prose_and_other_laws_are_not_read_as_foi_citations(text: str) -> None:
    assert [c.canonical for c in find_citations(text) if c.canonical != "s43(2)"] == []


def test_a_citation_keeps_its_raw_words_and_position() -> None:
    text = "We rely on Section 43(2) of the Act."
    (citation,) = find_citations(text)
    assert text[citation.start : citation.end] == citation.raw
    assert citation.section == "s43" and citation.has_subsection
