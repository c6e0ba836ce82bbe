"""Property: any lawful mix of answers composes into a letter the checker finds no error in."""

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from foidesk.text.checking import check_response
from foidesk.text.letters import LetterCase, compose, render_text

PIT = {"for_disclosure": ["Openness about how the authority works."],
       "against_disclosure": ["Protecting the interest the provision protects."],
       "balance": "On balance the interest in withholding is stronger here."}
HARM = "Disclosure would be likely to damage the interest concerned, for the reasons given."

ANSWERS = {
    "foia": [
        {"outcome": "disclosed", "answer": "The figure is 42."},
        {"outcome": "not_held", "answer": "No such record is kept.",
         "advice": {"text": "The regional body keeps these records.",
                    "who_may_hold": "the Example Regional Body"}},
        {"outcome": "exempt", "exemptions": [{"provisions": ["s43(2)"], "reason": "Prices.",
                                              "harm": HARM, "public_interest": PIT}]},
        {"outcome": "exempt", "exemptions": [{"provisions": ["s42(1)"],
                                              "reason": "Legal advice.", "public_interest": PIT}]},
        {"outcome": "partially_disclosed", "answer": "Totals are given; names are withheld.",
         "exemptions": [{"provisions": ["s40(2)"], "reason": "Names of junior staff."}]},
        {"outcome": "ncnd", "ncnd": {"provisions": ["s31(3)"], "engaged": ["s31(1)(a)"],
                                     "reason": "Would reveal capability.", "harm": HARM,
                                     "public_interest": PIT}},
        {"outcome": "reasonably_accessible", "where": "https://www.example.org/page"},
        {"outcome": "cost_limit", "cost": {"hours": 30, "basis": "Paper files.",
                                           "advice": "You could ask for one year."}},
        {"outcome": "ncnd", "ncnd": {"provisions": ["s40(5B)(a)(i)"],
                                     "reason": "Confirming would reveal personal data."}},
        {"outcome": "clarification", "answer": "Please tell us which year you mean."},
        {"outcome": "ncnd"},  # a part that rests on its parent's NCND
        {"outcome": "not_applicable", "condition": "If yes",
         "answer": "Our answer to the question before was no."},
    ],
    "eir": [
        {"outcome": "disclosed", "answer": "The reading was 31."},
        {"outcome": "not_held", "answer": "No monitoring was done."},
        {"outcome": "exempt", "exemptions": [{"provisions": ["reg12(5)(e)"], "reason": "Prices.",
                                              "harm": HARM, "public_interest": PIT}]},
        {"outcome": "exempt", "exemptions": [{"provisions": ["reg12(4)(e)"],
                                              "reason": "Internal emails.",
                                              "public_interest": PIT}]},
        {"outcome": "ncnd", "ncnd": {"provisions": ["reg12(6)"], "engaged": ["reg12(5)(a)"],
                                     "reason": "Would reveal site security.", "harm": HARM,
                                     "public_interest": PIT}},
        {"outcome": "cost_limit", "cost": {"hours": 90, "basis": "Archive boxes.",
                                           "advice": "You could ask for one year."},
         "exemptions": [{"provisions": ["reg12(4)(b)"], "reason": "The burden is excessive.",
                         "public_interest": PIT}]},
        {"outcome": "partially_disclosed", "answer": "The summary is attached.",
         "exemptions": [{"provisions": ["reg13(1)"], "reason": "Names of residents."}]},
    ],
    "foisa": [
        {"outcome": "disclosed", "answer": "The total was £12,000."},
        {"outcome": "not_held", "answer": "The council keeps no such list."},
        {"outcome": "exempt", "exemptions": [{"provisions": ["s33(1)(b)"], "reason": "Rates.",
                                              "harm": HARM, "public_interest": PIT}]},
        {"outcome": "ncnd", "ncnd": {"provisions": ["s18(1)"], "engaged": ["s35(1)(a)"],
                                     "reason": "Would reveal an investigation.", "harm": HARM,
                                     "public_interest": PIT}},
        {"outcome": "reasonably_accessible", "where": "https://www.example.org/strategy"},
        {"outcome": "cost_limit", "cost": {"hours": 50, "basis": "Forty school sites.",
                                           "advice": "You could ask about secondary schools."}},
        {"outcome": "exempt", "exemptions": [{"provisions": ["s38(1)(b)"],
                                              "reason": "Personal data of staff."}]},
    ],
}
SUBJECTS = ["potholes", "school meals", "parking fines", "library opening hours", "grants",
            "consultants", "air quality", "staff sickness"]


@st.composite
def cases(draw):
    regime = draw(st.sampled_from(sorted(ANSWERS)))
    count = draw(st.integers(min_value=1, max_value=6))
    # Real requests do not ask the same thing twice: each question has its own subject (the
    # checker matches quoted questions by their words; near-identical ones are a known weakness).
    subjects = draw(st.permutations(SUBJECTS))
    questions = []
    for index in range(count):
        answer = draw(st.sampled_from(ANSWERS[regime]))
        subject = subjects[index]
        child = index > 0 and draw(st.booleans())
        parent = (questions[-1]["parent"] or questions[-1]["id"]) if index else None
        inherits = answer["outcome"] == "ncnd" and "ncnd" not in answer
        parent_ncnd = child and any(q["id"] == parent and "ncnd" in q for q in questions)
        if (answer["outcome"] == "not_applicable" and not child) or (inherits and not parent_ncnd):
            answer = ANSWERS[regime][0]
        question = {
            "id": f"q{index}",
            "text": f"Please provide the information you hold about {subject} for item {index}.",
            "parent": parent if child else None,
            "label": "abcdef"[sum(q["parent"] == parent for q in questions)] if child else None,
            **answer,
        }
        questions.append(question)
    received = dt.date(2026, 3, 2) + dt.timedelta(days=draw(st.integers(0, 300)))
    return LetterCase.model_validate({
        "kind": "response", "regime": regime, "reference": "FOI-2026-0001",
        "authority": {"name": "Exampleshire Council", "email": "foi@example.org"},
        "requester": {"name": "Pat Example", "email": "pat@example.org"},
        "dates": {"received": received.isoformat(),
                  "letter": (received + dt.timedelta(days=10)).isoformat()},
        "questions": questions,
    })


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases())
def test_any_lawful_mix_of_answers_gives_a_letter_without_error_findings(case):
    letter = compose(case)
    number = 0
    lines = []
    for question in case.questions:
        if question.parent is None:
            number += 1
            lines.append(f"{number}. {question.text}")
        else:
            lines.append(f"{question.label}. {question.text}")
    result = check_response(render_text(letter), request_text="\n".join(lines),
                            regime=case.regime.value, received=case.dates.received,
                            sent=case.dates.letter)
    assert [f"{f.code}: {f.evidence}" for f in result.findings if f.severity == "error"] == []
