"""The canonical example (OPCC facial recognition funding) checks as issue 3 describes."""

from pathlib import Path

import pytest

from foidesk.text.checking import check_response, split_paired
from foidesk.text.checking.request import split_request

CANONICAL = Path(__file__).parent / "data" / "opcc-facial-recognition-funding.txt"


@pytest.fixture(scope="module")
def canonical() -> tuple[str, str]:
    request, response = split_paired(CANONICAL.read_text(encoding="utf-8"))
    assert request is not None
    return request, response


@pytest.fixture(scope="module")
def result(canonical: tuple[str, str]):
    request, response = canonical
    return check_response(response, request_text=request, regime="foia")


@pytest.mark.parametrize(
    "code",
    [
        "ncnd_without_ncnd_subsection",  # cites s31(1) and (2); s31(3) is the NCND provision
        "missing_internal_review_info",  # FOIA s17(7)(a)
        "missing_ico_s50_info",  # FOIA s17(7)(b)
        "duplicated_text",  # "Information that undermines the operational integrity ..."
    ],
)
def test_canonical_letter_reports(result, code: str) -> None:
    assert code in result.codes()


@pytest.mark.parametrize(
    "code", ["qualified_exemption_without_pit", "prejudice_without_harm_explanation"]
)
def test_canonical_letter_gives_harm_and_public_interest_so_these_are_not_reported(
    result, code: str
) -> None:
    assert code not in result.codes()


def test_not_held_without_advice_is_reported_for_question_three(canonical, result) -> None:
    request, _ = canonical
    top = [q for q in split_request(request) if q.parent is None and q.asks]
    third = top[2]
    advice = [f for f in result.findings if f.code == "not_held_no_advice"]
    assert [f.question_id for f in advice] == [third.id]
    assert advice[0].severity == "advice"
    assert "does not hold this information" in advice[0].evidence


def test_ncnd_finding_cites_the_law_and_quotes_the_sections(result) -> None:
    finding = next(f for f in result.findings if f.code == "ncnd_without_ncnd_subsection")
    assert finding.law.startswith("FOIA")
    assert "Section 31(1)" in finding.evidence


def test_duplicated_text_quotes_the_repeated_sentence(result) -> None:
    finding = next(f for f in result.findings if f.code == "duplicated_text")
    assert "undermines the operational integrity" in finding.evidence


def test_question_three_is_not_held_and_question_five_is_ncnd_under_section_31(
    canonical, result
) -> None:
    request, _ = canonical
    top = [q for q in split_request(request) if q.parent is None and q.asks]
    outcomes = {a.question_id: a for a in result.answers}
    assert outcomes[top[2].id].outcome == "not_held"
    assert outcomes[top[3].id].outcome == "disclosed"
    fifth = outcomes[top[4].id]
    assert fifth.outcome == "ncnd"
    assert fifth.provisions[:3] == ["s31(1)(a)", "s31(1)(b)", "s31(1)(c)"]


def test_every_answer_is_keyed_by_a_question_of_the_request(canonical, result) -> None:
    request, _ = canonical
    ids = {q.id for q in split_request(request)}
    assert result.answers and all(a.question_id in ids for a in result.answers)
