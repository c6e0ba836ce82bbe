"""The canonical case end to end through the services: submitted on the portal, split, a
contributor asked, every question answered (Q5 NCND under s31(3) with harm and public interest),
approved, the letter generated with zero checker errors, sent by email and published."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.factories import make_case
from tests.web.canonical import answer_for

from foidesk.cases.models import EventKind, LetterKind
from foidesk.cases.services.answers import answer_question
from foidesk.cases.services.approval import case_approve, case_submit_for_approval
from foidesk.cases.services.assignment import case_assign
from foidesk.cases.services.contributors import case_ask_contributor, contributor_answer
from foidesk.cases.services.questions import case_split_questions
from foidesk.cases.services.sending import case_generate_letter

pytestmark = pytest.mark.django_db


def received() -> dt.datetime:
    return dt.datetime(2026, 11, 2, 10, 0, tzinfo=dt.UTC)


def test_the_canonical_request_splits_into_its_questions_with_q5_nested(opcc):
    case = make_case(opcc.authority, received=received())
    questions = case_split_questions(actor=opcc.officer, case=case)
    labels = [q.label for q in questions]
    assert labels[:2] == ["1", "2"] and labels[3:5] == ["3", "4"]
    assert labels[2].startswith("2")  # the "if so" follow-on belongs to question 2
    assert {"5", "5(a)", "5(b)", "5(b)(i)", "5(b)(ii)"} <= set(labels)
    assert case.events.filter(kind=EventKind.QUESTIONS_SPLIT).exists()


def test_the_canonical_case_runs_from_request_to_published_response(opcc, commit):
    case = make_case(opcc.authority, received=received())
    case_assign(actor=opcc.officer, case=case, owner=opcc.officer)
    questions = case_split_questions(actor=opcc.officer, case=case)
    q5 = [q for q in questions if q.parse_id.startswith("q5")]
    contribution = case_ask_contributor(actor=opcc.officer, case=case,
                                        contributor=opcc.contributor, questions=q5,
                                        message="Can you confirm the STAR bid position?")
    contributor_answer(actor=opcc.contributor, contribution=contribution,
                       answers={q5[0].pk: "We should neither confirm nor deny (s31(3))."})
    for q in questions:
        answer_question(actor=opcc.officer, question=q, draft=answer_for(q.parse_id))
    case_submit_for_approval(actor=opcc.officer, case=case)
    case_approve(actor=opcc.approver, case=case)
    letter = case_generate_letter(actor=opcc.officer, case=case)
    assert letter.kind == LetterKind.RESPONSE
    errors = [f for f in letter.check_findings if f["severity"] == "error"]
    assert errors == []
    assert "s31(3)" in letter.text or "section 31(3)" in letter.text
