"""The daily sweep (overdue, FOIA s10(1)), the internal review stage with its own clock,
the Commissioner, closing an invalid request (s8) and erasing a requester's details."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from tests.factories import make_case

from foidesk.cases.models import Case, EventKind, Stage
from foidesk.cases.services.assignment import case_assign
from foidesk.cases.services.closing import case_mark_invalid, case_withdraw
from foidesk.cases.services.erasure import erase_expired_requesters, requester_erase
from foidesk.cases.services.review import (
    case_open_review,
    case_record_commissioner_complaint,
    case_record_decision_notice,
)
from foidesk.cases.services.sweep import sweep_overdue
from foidesk.cases.states import CaseState, TransitionError

pytestmark = pytest.mark.django_db
RECEIVED = dt.datetime(2026, 11, 2, 10, 0, tzinfo=dt.UTC)


def test_the_sweep_marks_an_overdue_case_once_and_emails_its_owner(opcc, commit):
    case = make_case(opcc.authority, received=RECEIVED)
    case_assign(actor=opcc.officer, case=case, owner=opcc.officer)
    mail.outbox.clear()
    result = commit(sweep_overdue, today=dt.date(2026, 12, 2))
    assert result.overdue_marked == 1 and result.owners_emailed == 1
    case.refresh_from_db()
    assert case.overdue
    [message] = mail.outbox
    assert message.to == [opcc.officer.email] and case.reference in message.subject
    again = commit(sweep_overdue, today=dt.date(2026, 12, 3))
    assert again.overdue_marked == 0 and len(mail.outbox) == 1


def test_a_case_due_today_is_not_overdue(opcc):
    make_case(opcc.authority, received=RECEIVED)
    assert sweep_overdue(today=dt.date(2026, 12, 1)).overdue_marked == 0


def test_the_sweep_command_prints_what_it_did(opcc, capsys):
    call_command("sweep_overdue")
    assert "overdue marked:" in capsys.readouterr().out


def closed_case(opcc):
    case = make_case(opcc.authority, received=RECEIVED)
    return case_withdraw(actor=opcc.officer, case=case, note="Requester withdrew by phone.")


def test_an_internal_review_is_a_linked_case_with_its_own_20_day_clock(opcc):
    case = make_case(opcc.authority, received=RECEIVED)
    case_mark_invalid(actor=opcc.officer, case=case, missing=["name"])
    review = case_open_review(actor=opcc.officer, case=case, grounds="My name was given.",
                              received_on=dt.date(2026, 11, 9))
    assert review.stage == Stage.REVIEW and review.parent == case
    assert review.reference == f"{case.reference}-IR"
    # s45 Code: 20 working days from the day the review request arrived (St Andrew's skipped).
    assert review.due_date == dt.date(2026, 12, 8)
    assert case.events.filter(kind=EventKind.REVIEW_OPENED).exists()
    with pytest.raises(TransitionError, match="already under review"):
        case_open_review(actor=opcc.officer, case=case, grounds="Again.")


def test_a_review_cannot_be_opened_before_a_response(opcc):
    case = make_case(opcc.authority, received=RECEIVED)
    with pytest.raises(TransitionError, match="once the response has been sent"):
        case_open_review(actor=opcc.officer, case=case, grounds="Too slow.")


def test_an_invalid_request_gets_a_letter_saying_what_is_missing(opcc):
    case = make_case(opcc.authority, received=RECEIVED)
    case_mark_invalid(actor=opcc.officer, case=case, missing=["name"],
                      detail="A pseudonym is not a real name.")
    case.refresh_from_db()
    assert case.state == CaseState.INVALID and not case.is_open
    letter = case.letters.get(kind="invalid_request")
    assert "name" in letter.text.lower()


def test_the_commissioners_complaint_and_decision_notice_are_recorded(opcc):
    case = closed_case(opcc)
    with pytest.raises(TransitionError, match="complaint"):
        case_record_decision_notice(actor=opcc.officer, case=case, issued_on=dt.date(2026, 12, 1),
                                    notice_reference="IC-000000-X0X0", result="upheld")
    case_record_commissioner_complaint(actor=opcc.officer, case=case,
                                       received_on=dt.date(2026, 11, 20),
                                       commissioner_reference="IC-000000-X0X0")
    case_record_decision_notice(actor=opcc.officer, case=case, issued_on=dt.date(2026, 12, 1),
                                notice_reference="IC-000000-X0X0", result="not_upheld")
    complaint = case.events.get(kind=EventKind.COMMISSIONER_COMPLAINT)
    assert complaint.data["commissioner"] == "the Information Commissioner"


def test_only_an_administrator_erases_a_requester_and_only_from_a_closed_case(opcc):
    open_case = make_case(opcc.authority, received=RECEIVED)
    with pytest.raises(TransitionError, match="closed"):
        requester_erase(actor=opcc.administrator, case=open_case, reason="Request by email.")
    case = closed_case(opcc)
    from foidesk.cases.services.permissions import NotAllowed

    with pytest.raises(NotAllowed):
        requester_erase(actor=opcc.officer, case=case, reason="Request by email.")
    requester_erase(actor=opcc.administrator, case=case, reason="Subject asked for erasure.")
    case.refresh_from_db()
    assert (case.requester_name, case.requester_email, case.requester_address) == ("", "", "")
    event = case.events.get(kind=EventKind.REQUESTER_ERASED)
    assert event.actor == opcc.administrator
    assert "rowan" not in str(list(case.events.values_list("data", flat=True))).lower()


def test_the_retention_sweep_erases_requesters_past_the_authoritys_period(opcc):
    case = closed_case(opcc)
    opcc.authority.retention_days = 30
    opcc.authority.save()
    assert erase_expired_requesters(today=timezone.localdate() + dt.timedelta(days=10)) == 0
    assert erase_expired_requesters(today=timezone.localdate() + dt.timedelta(days=31)) == 1
    assert Case.objects.get(pk=case.pk).requester_email == ""


def test_a_review_is_decided_and_its_letter_sent_to_the_requester(opcc, commit):
    from tests.factories import SIMPLE_REQUEST
    from tests.web.canonical import ANSWERS

    from foidesk.cases.services.answers import answer_question
    from foidesk.cases.services.approval import case_approve, case_submit_for_approval
    from foidesk.cases.services.questions import case_split_questions
    from foidesk.cases.services.review import case_decide_review
    from foidesk.cases.services.sending import case_send

    case = make_case(opcc.authority, text=SIMPLE_REQUEST, received=RECEIVED)
    for q in case_split_questions(actor=opcc.officer, case=case):
        answer_question(actor=opcc.officer, question=q, draft=ANSWERS["q4"])
    case_submit_for_approval(actor=opcc.officer, case=case)
    case_approve(actor=opcc.approver, case=case)
    commit(case_send, actor=opcc.officer, case=case)
    review = case_open_review(actor=opcc.officer, case=case, grounds="The figure is incomplete.")
    assert review.questions.count() == case.questions.count()
    case_decide_review(actor=opcc.approver, case=review, result="upheld",
                       findings="The figure given was complete and correct.")
    mail.outbox.clear()
    commit(case_send, actor=opcc.officer, case=review, publish=False,
           not_published_reason="The original response is already published.")
    review.refresh_from_db()
    assert review.state == CaseState.SENT
    letter = review.letters.get(kind="internal_review")
    assert "upheld" in letter.text.lower() or "uphold" in letter.text.lower()
    assert [m.to for m in mail.outbox] == [["rowan.example@example.org"]]
