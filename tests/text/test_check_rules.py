"""Invented letters: good ones check clean, flawed ones get exactly the finding the law names.

Every person and authority here is fictitious.
"""

from datetime import date

import pytest

from foidesk.text.checking import check_response

REQUEST = """Dear Northshire Constabulary,
1. How many drones does the force own?
2. Please provide the make and model of each drone.
3. How much did the force spend on drones in 2023?
Yours faithfully,
Alex Example"""

CLOSING_FOIA = """If you are dissatisfied with the handling of your request, you may ask for an internal
review within 40 working days by writing to foi@northshire.example.org.
If you remain dissatisfied after the internal review, you have the right to complain to the
Information Commissioner under section 50 of the Act: Information Commissioner's Office, Wycliffe
House, Water Lane, Wilmslow, Cheshire SK9 5AF, www.ico.org.uk.
Yours sincerely,
Sam Officer"""

GOOD_REFUSAL = f"""Dear Alex Example,
Thank you for your request, received on 2 June 2025, which we have handled under the Freedom of
Information Act 2000.
1. How many drones does the force own?
The force owns 12 drones.
2. Please provide the make and model of each drone.
This information is withheld under section 31(1)(a) (the prevention or detection of crime) of the
Act. Disclosing the make and model of each drone would reveal the capabilities of the fleet and
could be used by offenders to evade detection, which would be likely to prejudice the prevention
of crime.
Section 31 is a qualified exemption, so we have considered the public interest. In favour of
disclosure is transparency in the use of public money. Against disclosure is the strong public
interest in effective law enforcement. On balance the public interest in maintaining the exemption
outweighs the public interest in disclosure.
3. How much did the force spend on drones in 2023?
The force spent £84,000 on drones in 2023.
{CLOSING_FOIA}"""


def codes(response: str, **kwargs) -> set[str]:
    kwargs.setdefault("request_text", REQUEST)
    return check_response(response, **kwargs).codes()


def test_a_complete_refusal_with_harm_and_public_interest_checks_clean() -> None:
    result = check_response(GOOD_REFUSAL, request_text=REQUEST)
    assert result.findings == []
    assert [a.outcome for a in result.answers] == ["disclosed", "exempt", "disclosed"]
    assert result.answers[1].provisions == ["s31(1)(a)"]


def test_a_letter_without_closing_paragraphs_lacks_review_and_ico_particulars() -> None:
    """FOIA s17(7)(a) and (b)."""
    letter = GOOD_REFUSAL.replace(CLOSING_FOIA, "Yours sincerely,\nSam Officer")
    assert codes(letter) == {"missing_internal_review_info", "missing_ico_s50_info"}


def test_qualified_exemption_without_public_interest_test_is_reported() -> None:
    """FOIA s17(3)."""
    start = GOOD_REFUSAL.index("Section 31 is a qualified")
    end = GOOD_REFUSAL.index("3. How much")
    letter = GOOD_REFUSAL[:start] + GOOD_REFUSAL[end:]
    assert codes(letter) == {"qualified_exemption_without_pit"}


def test_prejudice_exemption_without_harm_is_reported() -> None:
    """FOIA s17(1)(c)."""
    letter = GOOD_REFUSAL.replace(
        "Disclosing the make and model of each drone would reveal the capabilities of the fleet "
        "and\ncould be used by offenders to evade detection, which would be likely to prejudice "
        "the prevention\nof crime.",
        "",
    )
    assert codes(letter) == {"prejudice_without_harm_explanation"}


def test_bare_section_31_one_without_its_purpose_is_reported() -> None:
    """FOIA s17(1)(b): s31(1) has ten purposes."""
    letter = GOOD_REFUSAL.replace("section 31(1)(a) (the prevention or detection of crime)",
                                  "section 31(1)")
    assert codes(letter) == {"exemption_subsection_not_specified"}


def test_refusal_naming_no_provision_is_reported() -> None:
    """FOIA s17(1)(b)."""
    letter = GOOD_REFUSAL.replace("under section 31(1)(a) (the prevention or detection of crime) "
                                  "of the\nAct", "as it is exempt").replace("Section 31 is", "It is")
    assert "exemption_not_specified" in codes(letter)


NCND_LETTER = f"""Dear Alex Example,
Northshire Constabulary can neither confirm nor deny whether it holds the information you requested,
by virtue of section 31(1)(a) and (b) of the Freedom of Information Act 2000.
Confirming or denying whether drones are used at a given site would reveal operational tactics and
could assist offenders, which would prejudice the prevention of crime.
In favour of confirming or denying is transparency; against it is the public interest in effective
policing. The public interest favours maintaining the exclusion of the duty to confirm or deny.
{CLOSING_FOIA}"""


def test_ncnd_citing_withholding_subsections_is_reported() -> None:
    """FOIA s2(1) and s17(1): s31(3) removes the duty to confirm or deny, not s31(1)."""
    assert codes(NCND_LETTER) == {"ncnd_without_ncnd_subsection"}


def test_ncnd_citing_the_ncnd_subsection_checks_clean() -> None:
    letter = NCND_LETTER.replace("section 31(1)(a) and (b)", "section 31(3)")
    assert codes(letter) == set()


def test_ncnd_under_old_section_40_five_is_reported() -> None:
    """FOIA s40(5A)/(5B) replaced s40(5) in 2018."""
    letter = (
        "The force will neither confirm nor deny that it holds information about any named "
        "individual by virtue of Section 40(5).\n" + CLOSING_FOIA
    )
    assert "ncnd_without_ncnd_subsection" in codes(letter, request_text=None)


COST_LETTER = f"""Dear Alex Example,
We estimate that complying with your request would exceed the appropriate limit of £450 under
section 12(1) of the Freedom of Information Act 2000. The drone logs are held in 1,200 separate flight
records; reading each takes about 3 minutes, so locating and extracting the information would take
about 60 hours.
Under section 16 we can advise that if you narrowed your request to a single month we could
probably answer it within the limit.
{CLOSING_FOIA}"""


def test_a_reasoned_cost_refusal_with_advice_checks_clean() -> None:
    result = check_response(COST_LETTER, request_text=REQUEST)
    assert result.findings == []
    assert {a.outcome for a in result.answers} == {"cost_limit"}


def test_cost_refusal_without_estimate_is_reported() -> None:
    """FOIA s12(1) and the Fees Regulations reg 4: the estimate must be shown."""
    letter = COST_LETTER.replace(
        " The drone logs are held in 1,200 separate flight\nrecords; reading each takes about 3 "
        "minutes, so locating and extracting the information would take\nabout 60 hours.",
        " We cannot quantify exactly how long this would take.",
    )
    assert codes(letter) == {"s12_no_estimate"}


def test_cost_refusal_without_advice_is_reported() -> None:
    """FOIA s16."""
    start = COST_LETTER.index("Under section 16")
    end = COST_LETTER.index("If you are dissatisfied")
    assert codes(COST_LETTER[:start] + COST_LETTER[end:]) == {"s12_no_advice_assistance"}


def test_vexatious_for_one_part_while_answering_others_is_reported() -> None:
    """FOIA s14(1) applies to a request as a whole."""
    letter = f"""1. How many drones does the force own?
The force owns 12 drones.
2. Please provide the make and model of each drone.
We consider this part of your request is vexatious under section 14(1).
3. How much did the force spend on drones in 2023?
The force spent £84,000.
{CLOSING_FOIA}"""
    assert "partial_s14" in codes(letter)


EIR_CLOSING = """If you are unhappy with this response you may make representations under regulation 11
within 40 working days, and you may then complain to the Information Commissioner."""


def test_eir_letter_with_foia_words_and_bare_not_held_is_reported() -> None:
    """EIR reg 12: exceptions, not exemptions; reg 12(4)(a) for information not held."""
    letter = (
        "Dear Alex Example,\nThe council does not hold records of weed-killer use on verges. "
        "Some spraying records are exempt under section 43(2).\n" + EIR_CLOSING
    )
    found = codes(letter, request_text=None, regime="eir")
    assert {"wrong_terminology", "not_held_without_exception"} <= found


def test_eir_not_held_citing_regulation_12_4_a_checks_clean() -> None:
    letter = (
        "Dear Alex Example,\nThe council does not hold records of weed-killer use on verges, "
        "so regulation 12(4)(a) applies. The public interest cannot favour disclosing "
        "information that is not held. The contractor, Verge Care Ltd, may hold these records; "
        "you may wish to contact them.\n" + EIR_CLOSING
    )
    assert codes(letter, request_text=None, regime="eir") == set()


def test_foisa_letter_without_review_or_scottish_commissioner_is_reported() -> None:
    """FOISA s19: particulars of s20 review and s47 application."""
    letter = "Dear Alex Example,\nThe information you requested is attached.\nYours sincerely"
    result = check_response(letter, regime="foisa")
    assert result.codes() == {"missing_review_info"}
    assert result.findings[0].law == "FOISA s19"


def test_foisa_letter_with_review_and_commissioner_checks_clean() -> None:
    letter = (
        "Dear Alex Example,\nThe information you requested is attached.\nIf you are "
        "dissatisfied, you may require a review under section 20 within 40 working days. If you "
        "remain dissatisfied you may apply to the Scottish Information Commissioner under "
        "section 47.\nYours sincerely"
    )
    assert check_response(letter, regime="foisa").findings == []


def test_public_interest_weighed_for_absolute_exemption_is_reported() -> None:
    """FOIA s2(3): s21 is absolute; no public interest test applies."""
    letter = (
        "The information is exempt under section 21 as it is reasonably accessible on our "
        "website. We have considered the public interest test and the factors favouring "
        "disclosure do not outweigh the exemption.\n" + CLOSING_FOIA
    )
    assert "public_interest_applied_to_absolute_exemption" in codes(letter, request_text=None)


def test_class_exemption_described_as_prejudice_based_is_reported() -> None:
    """FOIA s30 is class-based."""
    letter = (
        "The information is exempt under section 30(1)(a). Section 30(1)(a) is a prejudice based "
        "exemption and disclosure would harm the investigation. The public interest favours "
        "withholding it.\n" + CLOSING_FOIA
    )
    assert "prejudice_test_for_class_exemption" in codes(letter, request_text=None)


def test_unanswered_question_is_reported_against_its_id() -> None:
    """FOIA s1(1)."""
    letter = GOOD_REFUSAL.replace("The force owns 12 drones.\n", "")
    result = check_response(letter, request_text=REQUEST)
    unanswered = [f for f in result.findings if f.code == "question_unanswered"]
    assert len(unanswered) == 1
    assert unanswered[0].evidence.startswith("How many drones")


def test_answers_numbered_differently_from_the_request_are_reported() -> None:
    letter = GOOD_REFUSAL.replace("3. How much", "4. How much")
    assert "wrong_numbering" in codes(letter)


def test_not_held_with_a_pointer_to_who_holds_it_gets_no_advice_finding() -> None:
    letter = GOOD_REFUSAL.replace(
        "The force spent £84,000 on drones in 2023.",
        "The force does not hold this information. The Police and Crime Commissioner's office "
        "may hold it; you may wish to contact them.",
    )
    result = check_response(letter, request_text=REQUEST)
    assert "not_held_no_advice" not in result.codes()
    assert result.answers[2].outcome == "not_held"


def test_late_response_uses_the_statutory_clock() -> None:
    """FOIA s10(1): 20 working days after receipt (received Mon 2 June 2025, due 30 June)."""
    on_time = check_response(GOOD_REFUSAL, request_text=REQUEST, received=date(2025, 6, 2),
                             sent=date(2025, 6, 30))
    late = check_response(GOOD_REFUSAL, request_text=REQUEST, received=date(2025, 6, 2),
                          sent=date(2025, 7, 1))
    assert "late_response" not in on_time.codes()
    assert "late_response" in late.codes()


def test_unknown_regime_and_impossible_dates_are_refused() -> None:
    from foidesk.text.checking import CheckError

    with pytest.raises(CheckError, match="regime"):
        check_response("text", regime="gdpr")
    with pytest.raises(CheckError, match="before"):
        check_response("text", received=date(2025, 6, 2), sent=date(2025, 6, 1))


def test_request_website_footer_is_not_the_authority_naming_the_ico() -> None:
    """FOIA s17(7)(b): WhatDoTheyKnow's footer links to ICO advice for officers; that is not the
    notice's particulars of the right to complain."""
    letter = (
        "Dear Alex Example,\nWe do not hold this information; the county council may hold it.\n"
        "If you are unhappy you may ask for an internal review.\n"
        "-------------------------------------------------------------------\n"
        "Please use this email address for all replies to this request:\n[FOI #123456 email]\n"
        "For more detailed guidance on safely disclosing information, read the latest advice "
        "from the ICO:\nhttps://www.whatdotheyknow.com/help/ico-guidance-for-authorities\n"
    )
    assert check_response(letter).codes() == {"missing_ico_s50_info"}


@pytest.mark.parametrize(
    ("letter", "code"),
    [
        ("The figures can be seen online at:\n\nIf you are unhappy, ask for an internal review.",
         "dangling_reference"),
        ("Please use the link above to contact the county council.", "dangling_reference"),
        ("These exemptions and explanatory notes are shown here:\nWe rely on section 24(2).",
         "external_link_instead_of_explanation"),
        ("The limit is set by the Freedom of Information (Fees and Appropriate Limit) "
         "Regulations 2004.", "wrong_regulation_title"),
    ],
)  # fmt: skip
def test_references_careful_officers_flag(letter: str, code: str) -> None:
    """FOIA s16 and s17: a notice must carry what it points to; SI 2004/3244 has one title."""
    assert code in check_response(letter).codes()


def test_a_link_that_is_there_is_not_dangling() -> None:
    letter = (
        "The figures can be seen online at:\nhttps://www.county.example.org/figures\n"
        "The limit is set by the Freedom of Information and Data Protection (Appropriate Limit "
        "and Fees) Regulations 2004."
    )
    codes = check_response(letter).codes()
    assert not codes & {"dangling_reference", "wrong_regulation_title"}


def test_environmental_reply_that_never_names_the_eir_is_reported() -> None:
    """EIR reg 5 / FOIA s39."""
    letter = "The council used glyphosate on 40 verges in 2024."
    assert "regime_not_stated" in check_response(letter, regime="eir").codes()


def test_two_questions_answered_as_one_is_reported() -> None:
    letter = "Q1 & 2. The force owns 12 drones, all made by Example Aero Ltd.\nQ3. £84,000."
    assert "combined_answers" in check_response(letter, request_text=REQUEST).codes()


DRONES_CLOSING = "\n" + CLOSING_FOIA


@pytest.mark.parametrize(
    "layout",
    [
        "1. How many drones does the force own? 12\n2. Please provide the make and model of each "
        "drone. Example Aero X1\n3. How much did the force spend on drones in 2023? £84,000\n",
        "Question | Answer\n1. How many drones does the force own? | 12\n2. Please provide the make "
        "and model of each drone. | Example Aero X1\n3. How much did the force spend on drones in "
        "2023? | £84,000\n",
    ],
)
def test_answers_on_the_same_line_or_in_a_table_row_are_found(layout: str) -> None:
    result = check_response(layout + DRONES_CLOSING, request_text=REQUEST)
    assert [a.outcome for a in result.answers] == ["disclosed"] * 3
    assert result.findings == []


def test_a_question_left_blank_in_a_table_is_unanswered() -> None:
    """FOIA s1(1)."""
    letter = (
        "Question | Answer\n1. How many drones does the force own? | 12\n2. Please provide the "
        "make and model of each drone. |\n3. How much did the force spend on drones in 2023? | "
        "£84,000\n" + DRONES_CLOSING
    )
    result = check_response(letter, request_text=REQUEST)
    assert [f.code for f in result.findings] == ["question_unanswered"]


def test_ncnd_provisions_listed_as_reasons_for_withholding_are_reported() -> None:
    """FOIA s1(1)(a): NCND and withholding are different answers."""
    letter = (
        "Some data has been withheld as it is exempt from disclosure by virtue of the following "
        "exemptions:\nSection 24(2) - National Security\nSection 40(2) - Personal Information\n"
        "Disclosure would reveal tactics and could help offenders; the public interest favours "
        "withholding." + DRONES_CLOSING
    )
    assert "ncnd_mixed_with_withholding" in check_response(letter).codes()
    assert "ncnd_mixed_with_withholding" not in check_response(
        letter.replace("Section 24(2)", "Section 24(1)")
    ).codes()


EIR_NOT_HELD = """Dear Mr Green,
Environmental Information Regulations 2004 – request EIR-55
You asked for air quality monitoring results for Station Road for 2024.
We have handled your request under the Environmental Information Regulations 2004 (EIR) because
it concerns the state of the air. The monitoring results are attached.
We do not hold data for January 2024 because the monitor was being replaced. This information is
therefore excepted under regulation 12(4)(a) of the EIR, as it is not held at the time of the
request. The Environment Agency may hold regional data for that month.
If you are unhappy with this response you may request an internal review (reconsideration) under
regulation 11 within 40 working days. If you remain dissatisfied, you may complain to the
Information Commissioner: Wycliffe House, Water Lane, Wilmslow SK9 5AF.
Yours sincerely,
Environmental Information Team"""


def test_an_eir_not_held_answer_citing_reg_12_4_a_needs_no_public_interest_test() -> None:
    """EIR reg 12(4)(a): the public interest test is academic for information not held."""
    result = check_response(EIR_NOT_HELD, regime="eir")
    assert [f for f in result.findings if f.severity == "error"] == []
    assert "qualified_exemption_without_pit" not in result.codes()


def test_an_eir_qualified_exception_without_public_interest_is_called_an_exception() -> None:
    """EIR reg 12(1)(b): the message uses the EIR's own word, exception."""
    letter = EIR_NOT_HELD.replace(
        "We do not hold data for January 2024 because the monitor was being replaced. This "
        "information is\ntherefore excepted under regulation 12(4)(a) of the EIR, as it is not "
        "held at the time of the\nrequest. The Environment Agency may hold regional data for "
        "that month.",
        "The January 2024 data is withheld under regulation 12(5)(a) of the EIR because disclosure "
        "would adversely affect public safety at the monitoring site.",
    )
    result = check_response(letter, regime="eir")
    pit = [f for f in result.findings if f.code == "qualified_exemption_without_pit"]
    assert pit and "exception" in pit[0].message and "exemption" not in pit[0].message
    assert all("exemption" not in f.message for f in result.findings)


def test_late_response_is_a_warning_worded_for_a_draft() -> None:
    """FOIA s10(1): lateness is a fact about timing, not a defect the letter can fix, so it must
    not block sending; an unsent draft is 'dated', not 'sent'."""
    late = check_response(GOOD_REFUSAL, request_text=REQUEST, received=date(2025, 6, 2),
                          sent=date(2025, 7, 1))
    finding = next(f for f in late.findings if f.code == "late_response")
    assert finding.severity == "warning"
    assert "was sent" not in finding.message
    assert "dated" in finding.message


NCND_PARTS = """Dear Alex Example,
Thank you for your request, which we have handled under the Freedom of Information Act 2000.
Question 5
We neither confirm nor deny whether we hold information within the scope of question 5, relying
on section 31(3) of the Act, because confirming it would be likely to prejudice the prevention of
crime. This is a qualified exemption; on balance the public interest in maintaining the
exclusion of the duty to confirm or deny outweighs the public interest in confirming.
Question 5(a)
For the reasons given for question 5, we also neither confirm nor deny whether we hold information within the scope of question 5(a), relying on section 31(3) of the Freedom of
Information Act 2000.
Question 5(b)
For the reasons given for question 5, we also neither confirm nor deny whether we hold information within the scope of question 5(b), relying on section 31(3) of the Freedom of
Information Act 2000.
{closing}"""


def test_templated_sentences_differing_only_in_question_labels_are_not_duplicated_text() -> None:
    """FOIA s16: the same sentence given per part, with only the label changed, is no paste
    error; a verbatim repeat still is."""
    letter = NCND_PARTS.format(closing=CLOSING_FOIA)
    request = "5. Do you use facial recognition?\n5(a). In which areas?\n5(b). At what cost?"
    assert "duplicated_text" not in check_response(letter, request_text=request).codes()
    pasted = letter.replace("question 5(b), relying", "question 5(a), relying")
    assert "duplicated_text" in check_response(pasted, request_text=request).codes()


LIST_REQUEST = """Dear Northshire Constabulary,
Under the FOIA 2000, please provide information about stop and search encounters in 2025:
1. How many stop and search encounters were recorded in 2025?
2. What did the stop and search programme cost in 2025?
3. Please provide any policy on stop and search.
Yours faithfully,
Alex Example"""

SHIFTED_ANSWERS = f"""Dear Alex Example,
Thank you for your request, which we have handled under the Freedom of Information Act 2000.
Question 1
Under the FOIA 2000, please provide information about stop and search encounters in 2025:
The information is given below.
Question 2
How many stop and search encounters were recorded in 2025?
We hold this information. 1,204 encounters were recorded.
Question 3
What did the stop and search programme cost in 2025?
We hold this information. The programme cost £52,000.
Question 4
Please provide any policy on stop and search.
We hold this information. The policy is attached.
{CLOSING_FOIA}"""


def test_answers_quoted_under_other_labels_are_matched_by_their_text() -> None:
    """FOIA s1(1): a question quoted and answered under another number is answered; the quoted
    text, not the label, says which question an answer is for."""
    result = check_response(SHIFTED_ANSWERS, request_text=LIST_REQUEST)
    assert "question_unanswered" not in result.codes()
    outcomes = {a.label: a.outcome for a in result.answers}
    assert outcomes["1"] == outcomes["2"] == outcomes["3"] == "disclosed"


def test_an_unanswered_intro_sentence_that_only_introduces_a_list_is_not_reported() -> None:
    """FOIA s1(1): the sentence introducing a numbered list asks nothing of its own."""
    letter = SHIFTED_ANSWERS.replace(
        "Question 1\nUnder the FOIA 2000, please provide information about stop and search "
        "encounters in 2025:\nThe information is given below.\n",
        "",
    )
    request = LIST_REQUEST.replace(
        "Dear Northshire Constabulary,\n", "Dear Northshire Constabulary,\nThank you.\n"
    )
    assert "question_unanswered" not in check_response(letter, request_text=request).codes()


def test_eir_reasons_left_to_an_attachment_are_called_reasons_for_the_exception() -> None:
    """EIR reg 14(3): the message uses the EIR's own word, exception."""
    letter = EIR_NOT_HELD.replace(
        "We do not hold data for January 2024 because the monitor was being replaced. This "
        "information is\ntherefore excepted under regulation 12(4)(a) of the EIR, as it is not "
        "held at the time of the\nrequest. The Environment Agency may hold regional data for "
        "that month.",
        "The January 2024 data is withheld under regulation 12(5)(a) of the EIR. Our reasons "
        "are in the attached annex.",
    )
    result = check_response(letter, regime="eir")
    attached = [f for f in result.findings if f.code == "pit_or_reasons_only_in_attachment"]
    assert attached and "exception" in attached[0].message
