"""Letters sent before a request is answered (acknowledgement, clarification) say what will
happen, not what was decided: no review window runs from them (FOIA s17(7) and FOISA s19 attach
review particulars to refusal and fees notices; EIR reg 11(2) runs from the failure)."""

import json
from pathlib import Path

import pytest

from foidesk.text.letters import LetterCase, compose, render_text

LETTERS = Path(__file__).parent / "fixtures" / "letters"


def case(name: str, **changes) -> LetterCase:
    data = json.loads((LETTERS / name).read_text(encoding="utf-8"))
    data.update(changes)
    return LetterCase.model_validate(data)


def text(name: str, **changes) -> str:
    return render_text(compose(case(name, **changes)))


@pytest.mark.parametrize(
    ("regime", "section", "due"),
    # 20 working days after Mon 2 March 2026; St Patrick's Day counts only outside FOISA (s73).
    [("foia", "section 10(1) of FOIA", "31 March 2026"),
     ("eir", "regulation 5(2) of the EIR", "31 March 2026"),
     ("foisa", "section 10(1) of FOISA", "30 March 2026")],
)
def test_an_acknowledgement_gives_the_statutory_due_date_with_its_section(regime, section, due):
    """FOIA s10(1) / EIR reg 5(2) / FOISA s10(1): the date the response is due, and why."""
    body = text("foia_acknowledgement.json", regime=regime)
    assert f"by {due}" in body or f"later than {due}" in body
    assert section in body
    assert "received on 2 March 2026" in body


@pytest.mark.parametrize(
    ("regime", "pause"),
    [("foia", "section 10(2)"), ("eir", "regulation 8(6)"), ("foisa", "section 10(3)")],
)
def test_an_acknowledgement_says_the_clock_may_pause_for_clarification_or_fees(regime, pause):
    """FOIA s1(3), s10(2), s10(6)(b); EIR reg 8(6), reg 9(4); FOISA s1(3), s10(1)(b), s10(3)."""
    body = text("foia_acknowledgement.json", regime=regime)
    assert "clarify your request" in body and pause in body


@pytest.mark.parametrize("regime", ["foia", "eir", "foisa"])
@pytest.mark.parametrize("fixture", ["foia_acknowledgement.json", "foia_clarification.json"])
def test_a_letter_before_the_response_neither_claims_a_decision_nor_dates_a_review(
    fixture, regime
):
    """FOIA s17(7) / EIR reg 11(2) / FOISA s20(5): the review window runs from the response."""
    body = text(fixture, regime=regime)
    assert "We have dealt with your request under" not in body
    assert "of the date of this letter" not in body
    assert "after the date of this letter" not in body
    assert "that is by" not in body
    assert "review" in body  # how to complain is still said, without a date


@pytest.mark.parametrize(
    "fixture",
    ["foia_fees_notice.json", "foia_pit_extension.json", "eir_extension.json",
     "eir_fees_notice.json"],
)
def test_notices_sent_before_the_response_say_the_request_is_being_handled(fixture):
    """FOIA s9, s17(1)-(2); EIR reg 7, reg 8: the request is not dealt with yet."""
    body = text(fixture)
    assert "We have dealt with your request under" not in body


def test_a_pit_extension_notice_keeps_the_s17_7_review_and_commissioner_particulars():
    """FOIA s17(2) notice is a refusal notice, so s17(7)(a) and (b) apply with a review date."""
    body = text("foia_pit_extension.json")
    assert "section 17(7)(a)" in body and "section 50 of FOIA" in body
    assert "that is by" in body


def test_a_letter_without_a_signatory_is_signed_by_the_foi_team_of_the_authority():
    """Never a stand-in name: a system-sent acknowledgement is signed by the team."""
    letter = compose(case("foia_acknowledgement.json", signatory=None))
    assert letter.closing[-2:] == ("The Freedom of Information team", letter.authority_name)
    assert "Information Officer" not in "\n".join(letter.closing)


@pytest.mark.parametrize("regime", ["foia", "eir", "foisa"])
@pytest.mark.parametrize("fixture", ["foia_acknowledgement.json", "foia_clarification.json"])
def test_a_letter_before_the_response_still_passes_the_checker_with_no_error(fixture, regime):
    """FOIA s17(7) / EIR reg 14(5) / FOISA s19: the complaint routes are still named, so the
    checker's closing rules find nothing wrong even without a review-by date or a signatory."""
    from foidesk.text.checking import check_response

    letter_case = case(fixture, regime=regime, signatory=None)
    result = check_response(
        render_text(compose(letter_case)), regime=regime, received=letter_case.dates.received
    )
    assert [f.code for f in result.findings if f.severity == "error"] == []
