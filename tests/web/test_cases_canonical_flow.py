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
from foidesk.cases.services.sending import case_generate_letter, case_send
from foidesk.cases.states import CaseState

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


def test_the_canonical_case_runs_from_request_to_published_response(opcc, commit, smtp_server):
    case = make_case(opcc.authority, received=received())
    case_assign(actor=opcc.officer, case=case, owner=opcc.officer)
    questions = case_split_questions(actor=opcc.officer, case=case)
    q5 = [q for q in questions if q.parse_id.startswith("q5")]
    contribution = commit(case_ask_contributor, actor=opcc.officer, case=case,
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
    commit(case_send, actor=opcc.officer, case=case)
    case.refresh_from_db()
    assert case.state == CaseState.SENT
    kinds = set(case.events.values_list("kind", flat=True))
    assert {EventKind.SENT, EventKind.PUBLISHED, EventKind.APPROVED} <= kinds
    letter.refresh_from_db()
    assert letter.sent_at is not None
    # The response arrived at the requester through a real SMTP server, with its PDF-able HTML.
    [response] = [m for m in smtp_server.to("rowan.example@example.org")
                  if "Response" in str(m["Subject"])]
    assert case.reference in str(response["Subject"])
    assert "section 31(3)" in smtp_server.text(response)
    # The contributor was emailed a link to only their questions.
    [asked] = smtp_server.to("cai.contributor@example.org")
    assert f"/casework/contributions/{contribution.pk}/" in smtp_server.text(asked)
    # Published to the disclosure log without the requester's name or email.
    from foidesk.disclosure.models import PublishedResponse

    published = PublishedResponse.objects.get(source_case_id=case.pk)
    public_text = " ".join([published.title, published.request_text, published.search_text])
    assert "Rowan" not in public_text and "rowan.example" not in public_text


def test_an_acknowledgement_reaches_the_requester_through_smtp(opcc, commit, smtp_server):
    case = commit(make_case, authority=opcc.authority, received=received())
    [ack] = smtp_server.to("rowan.example@example.org")
    assert case.reference in str(ack["Subject"])
    assert "1 December 2026" in smtp_server.text(ack)
