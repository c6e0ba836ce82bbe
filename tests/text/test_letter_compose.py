"""Composing letters from CASE.json: what each letter must say, by the law that requires it."""

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from foidesk.text.letters import LetterCase, compose, render_text

FIXTURES = Path(__file__).parent / "fixtures"
CANONICAL = FIXTURES / "canonical_case.json"
ALL_CASES = sorted((FIXTURES / "letters").glob("*.json")) + [CANONICAL]


def case_data(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def text_of(path: Path, **changes) -> str:
    data = case_data(path)
    data.update(changes)
    return render_text(compose(LetterCase.model_validate(data)))


@pytest.fixture(scope="module")
def canonical() -> str:
    return text_of(CANONICAL)


def test_every_fixture_composes_into_a_letter_with_its_reference_and_sign_off():
    for path in ALL_CASES:
        data = case_data(path)
        text = text_of(path)
        assert data["reference"] in text, path.name
        assert "Yours sincerely," in text, path.name
        assert text.count(data["authority"]["name"]) >= 2, path.name


def test_the_fixtures_cover_every_letter_kind_in_every_regime_that_has_it():
    seen = {(case_data(p)["kind"], case_data(p)["regime"]) for p in ALL_CASES}
    for regime in ("foia", "eir", "foisa"):
        for kind in ("response", "internal_review", "refusal"):
            assert (kind, regime) in seen
    for kind in ("acknowledgement", "clarification", "fees_notice", "pit_extension",
                 "eir_extension", "invalid_request"):
        assert any(k == kind for k, _ in seen)


def test_canonical_ncnd_cites_the_ncnd_subsection_s31_3(canonical):
    """FOIA s17(1)(b): the notice specifies the provision excluding the duty, s31(3)."""
    assert (
        "neither confirm nor deny whether we hold information within the scope of questions 5, "
        "5(a), 5(b), 5(b)(i) and 5(b)(ii)."
    ) in canonical
    assert "section 31(3) of FOIA (law enforcement)" in canonical


def test_canonical_ncnd_gives_harm_and_public_interest_with_the_balance(canonical):
    """FOIA s17(1)(c) why it applies; s17(3)(a) public interest in maintaining the exclusion."""
    assert "would, or would be likely to, prejudice" in canonical
    assert "Factors in favour of confirming or denying whether we hold the information" in canonical
    assert "Factors in favour of neither confirming nor denying" in canonical
    assert "maintaining the exclusion of the duty to confirm or deny outweighs" in canonical


def test_canonical_sub_questions_of_5_are_answered_in_one_ncnd_notice_with_their_parent(canonical):
    """Answering 5(a) or 5(b) apart would reveal the answer to 5, so they share its notice."""
    section = canonical.split("Question 5 (with 5(a), 5(b), 5(b)(i) and 5(b)(ii))")[1]
    for quoted in ('"Question 5(a): Please provide a copy of your funding application"',
                   '"Question 5(b): (If yes) Have you begun to use the funds',
                   '"Question 5(b)(i): (If yes) How have these funds been used thus far?"',
                   '"Question 5(b)(ii): (If yes) How are any remaining funds expected to be used?"'):
        assert quoted in section
    assert canonical.count("The balance for section 31(3)") == 1


def test_canonical_question_3_is_not_held_with_s16_advice_naming_the_home_office(canonical):
    """FOIA s16: say who may hold information the authority does not."""
    assert "We do not hold information within the scope of question 3" in canonical
    assert "section 16 of FOIA" in canonical
    assert "may be held by the Home Office" in canonical
    assert "Police Science, Technology, Analysis and Research (STAR)" in canonical


def test_canonical_conditional_child_of_question_2_is_answered(canonical):
    assert "Question 2 (follow-up)" in canonical  # the requester did not number it
    assert "(If so) What are the stated objectives" in canonical
    assert "Priority E: prevention of crime" in canonical


def test_canonical_ends_with_internal_review_and_ico_s50_with_the_review_date(canonical):
    """FOIA s17(7)(a) complaints procedure and s17(7)(b) the s50 right."""
    review = canonical.index("Your right to ask for an internal review")
    ico = canonical.index("Your right to complain to the Information Commissioner")
    assert review < ico
    assert "section 17(7)(a) of FOIA" in canonical
    assert "section 50 of FOIA" in canonical
    # 40 working days after Friday 31 March 2023 (Good Friday, Easter Monday and the two May
    # bank holidays of 2023, including the Coronation on 8 May, are not working days).
    assert "that is by 2 June 2023" in canonical


def test_canonical_letter_never_repeats_a_sentence(canonical):
    body = canonical.split("Dear Alex Tester,")[1].split("Yours sincerely,")[0]
    sentences = [s for s in re.split(r"(?<=[.:])\s+|\n+", body) if len(s) > 30]
    assert len(sentences) == len(set(sentences))


@pytest.mark.parametrize("path", [p for p in ALL_CASES if case_data(p)["regime"] == "eir"],
                         ids=lambda p: p.name)
def test_eir_letters_say_regulation_and_exception_never_section_or_exemption(path):
    """EIR: the Regulations have regulations and exceptions (reg 12), not sections/exemptions."""
    text = text_of(path).lower()
    assert "regulation" in text
    assert re.search(r"\bsections?\b", text) is None
    assert re.search(r"\bexemptions?\b", text) is None


def test_eir_not_held_cites_the_exception_in_regulation_12_4_a():
    text = text_of(FIXTURES / "letters" / "eir_response.json")
    assert "the exception in regulation 12(4)(a) of the EIR applies" in text


def test_eir_letters_give_the_regulation_11_2_date_40_working_days_after_the_letter():
    """EIR reg 11(2): representations no later than 40 working days; letter of 20 March 2026
    (Good Friday, Easter Monday and the May Day bank holiday are not working days)."""
    text = text_of(FIXTURES / "letters" / "eir_response.json")
    assert "that is by 20 May 2026 (regulation 11(2))" in text
    assert "regulation 11(4)" in text


def test_foisa_letters_give_the_s20_review_date_from_the_end_of_the_s10_period():
    """FOISA s20(5)(a): on time, 40 working days after the s10 period expires (s73 calendar)."""
    text = text_of(FIXTURES / "letters" / "foisa_response.json")
    assert "the fortieth working day after 30 March 2026" in text
    assert "that is by 28 May 2026 (section 20(5))" in text
    assert "section 47(1) of FOISA" in text
    assert "Scottish Information Commissioner" in text
    assert "Court of Session" in text


def test_a_late_foisa_letter_runs_the_review_window_from_receipt_of_the_letter():
    """FOISA s20(5)(b) with s74(2): a posted notice is received on the third day after posting."""
    text = text_of(FIXTURES / "letters" / "foisa_response_late.json")
    assert "the date you receive this letter (by post, the third day after posting" in text
    assert "We are sorry that this reply is late" in text


def test_foisa_review_outcome_gives_the_six_month_s47_4_date():
    text = text_of(FIXTURES / "letters" / "foisa_internal_review.json")
    # Posted on 20 March 2026, received 23 March (s74(2)); six months later.
    assert "that is by 23 September 2026 (section 47(4))" in text
    assert "section 21(4)" in text


def test_foisa_ncnd_is_given_under_s18_with_the_exemption_it_protects():
    text = text_of(FIXTURES / "letters" / "foisa_response.json")
    assert "In terms of section 18(1) of FOISA, we neither confirm nor deny" in text
    assert "it would be exempt under section 35(1)(a) of FOISA (law enforcement)" in text
    assert "prejudice substantially" in text


def test_absolute_exemptions_get_no_public_interest_test():
    """FOIA s2(3) / FOISA s2(2): s25 is absolute, so no public interest test is written."""
    text = text_of(FIXTURES / "letters" / "foisa_response.json")
    q4 = text.split("Question 4\n")[1].split("Question 5\n")[0]
    assert "section 25 of FOISA" in q4
    assert "absolute exemption" in q4
    assert "public interest" not in q4


def test_cost_limit_states_the_limit_the_estimate_and_advice_to_narrow():
    """FOIA s12(1), Fees Regulations 2004 regs 3-4 (£450, £25 an hour), s16 advice."""
    text = text_of(FIXTURES / "letters" / "foia_refusal_cost.json")
    assert "section 12(1) of FOIA" in text
    assert "appropriate limit of £450" in text
    assert "about 120 hours covering about 9,000 records" in text
    assert "section 17(5) of FOIA" in text
    assert "section 16 of FOIA" in text


def test_a_schedule_1_part_1_authority_has_the_600_pound_limit():
    data = case_data(FIXTURES / "letters" / "foia_refusal_cost.json")
    data["authority"] = {**data["authority"], "cost_limit": 600}
    text = render_text(compose(LetterCase.model_validate(data)))
    assert "appropriate limit of £600" in text
    assert "after 24 hours of work" in text


def test_pit_extension_notice_states_no_decision_yet_and_the_estimated_date():
    """FOIA s17(2): no decision reached, and an estimate of the date it will be."""
    text = text_of(FIXTURES / "letters" / "foia_pit_extension.json")
    assert "section 17(2) requires" in text
    assert "we have not yet reached a decision" in text
    assert "by 28 April 2026" in text
    assert "section 43(2) of FOIA (commercial interests)" in text


def test_eir_extension_notice_cites_regulation_7():
    text = text_of(FIXTURES / "letters" / "eir_extension.json")
    assert "Regulation 7(1) of the EIR" in text
    assert "regulation 7(3) requires" in text


def test_fees_notices_give_the_payment_deadline_the_law_sets():
    """FOIA s9(2): three months beginning with the day of the notice; EIR reg 8(5): 60 days."""
    foia = text_of(FIXTURES / "letters" / "foia_fees_notice.json")
    assert "by 19 June 2026 (section 9(2))" in foia
    assert "£43.20" in foia
    eir = text_of(FIXTURES / "letters" / "eir_fees_notice.json")
    assert "(regulation 8(5))" in eir


def test_invalid_request_letter_says_what_section_8_needs_and_what_is_missing():
    text = text_of(FIXTURES / "letters" / "foia_invalid_request.json")
    assert "section 8(1) of FOIA" in text
    assert "- state your real name" in text


def test_acknowledgement_gives_the_due_date_and_the_questions_understood():
    """FOIA s10(1) and s10(6): received Monday 2 March 2026, the 20th working day is 31 March,
    because St Patrick's Day (a bank holiday in Northern Ireland) is not a working day anywhere
    under FOIA. (FOISA, on Scotland's calendar, gives 30 March: see the s20(5) test.)"""
    text = text_of(FIXTURES / "letters" / "foia_acknowledgement.json")
    assert "in any event by 31 March 2026" in text
    assert "Question 1: How many potholes" in text


def test_a_given_due_date_overrides_the_computed_one():
    data = case_data(FIXTURES / "letters" / "foia_acknowledgement.json")
    data["dates"] = {**data["dates"], "due": "2026-04-01"}
    letter = compose(LetterCase.model_validate(data))
    assert letter.deadlines["due"] == dt.date(2026, 4, 1)


def test_a_follow_up_that_does_not_arise_says_which_answer_it_depended_on():
    data = case_data(CANONICAL)
    for q in data["questions"]:
        if q["id"] == "q2a":
            q.update(outcome="not_applicable", answer=None)
    text = render_text(compose(LetterCase.model_validate(data)))
    assert (
        "Question 2 (follow-up) applied only if so to question 2; given our answer to question 2, "
        "it does not arise."
    ) in text


def test_a_late_refusal_apologises_and_names_the_deadline():
    """FOIA s10(1) and s17(5): the notice was due within 20 working days."""
    data = case_data(FIXTURES / "letters" / "foia_refusal_vexatious.json")
    data["dates"] = {"received": "2026-03-02", "letter": "2026-04-20"}
    text = render_text(compose(LetterCase.model_validate(data)))
    assert "We are sorry that this reply is late" in text
    assert "respond by 31 March 2026" in text


def test_an_exemption_absolute_only_in_part_is_not_called_qualified():
    """FOIA s2(3)(fa): s40(2) is absolute where the first condition is met; relied on with a
    public interest test (the second or third condition), it is not simply 'qualified'."""
    data = case_data(FIXTURES / "letters" / "foia_internal_review.json")
    data.update(kind="response", review=None, dates={"received": "2026-03-02", "letter": "2026-03-20"})
    data["questions"].append({
        "id": "q3", "label": "3", "text": "Please name the highways inspectors.",
        "outcome": "exempt",
        "exemptions": [{"provisions": ["s40(2)"], "reason": "The names are personal data.",
                        "public_interest": {"for_disclosure": ["Transparency."],
                                            "against_disclosure": ["Privacy."],
                                            "balance": "Privacy prevails."}}],
    })
    text = render_text(compose(LetterCase.model_validate(data)))
    assert "Section 40(2), as we rely on it here, is subject to the public interest test" in text
    assert "Section 40(2) is a qualified exemption" not in text


def test_numbering_that_is_all_ones_is_replaced_by_positions_so_answers_stay_distinct():
    from foidesk.text.letters.answers import display_labels
    from foidesk.text.letters.case import Question

    questions = [Question(id=f"q{i}", label="1.", text=f"Ask {i}?", outcome="disclosed",
                          answer="Yes.") for i in range(3)]
    assert list(display_labels(questions).values()) == ["1", "2", "3"]


def test_a_late_review_outcome_apologises_with_the_statutory_period():
    """FOISA s21(1): 20 working days after the requirement for review."""
    data = case_data(FIXTURES / "letters" / "foisa_internal_review.json")
    data["dates"] = {**data["dates"], "letter": "2026-04-30"}
    text = render_text(compose(LetterCase.model_validate(data)))
    assert "the 20 working days section 21(1) of FOISA allows" in text
    on_time = text_of(FIXTURES / "letters" / "foisa_internal_review.json")
    assert "this outcome is late" not in on_time


def test_a_letter_whose_dates_run_past_the_law_calendar_is_refused_with_one_line():
    """FOIA s10(6): no bank holidays are known after the calendar's last year, so no due date."""
    from foidesk.text.letters import LetterCaseError

    with pytest.raises(LetterCaseError, match="bank holidays the calendar knows"):
        text_of(CANONICAL, dates={"received": "2150-03-06", "letter": "2150-03-31"})
