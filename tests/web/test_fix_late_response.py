"""FOIA s10(1): a late response is a breach to own, not a letter defect; answering late is better
than never answering, so lateness must not block sending."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone
from tests.factories import SIMPLE_REQUEST, answered_case

from foidesk.cases.services.approval import case_approve, case_submit_for_approval
from foidesk.cases.services.sending import blocking_findings, case_generate_letter, case_send
from foidesk.cases.states import CaseState


@pytest.mark.django_db
def test_an_overdue_case_can_be_answered_approved_and_sent_with_an_apology(opcc, commit):
    received = timezone.now() - dt.timedelta(days=90)
    case = answered_case(opcc.authority, opcc.officer, text=SIMPLE_REQUEST, received=received)
    case_submit_for_approval(actor=opcc.officer, case=case)
    case_approve(actor=opcc.approver, case=case)
    letter = case_generate_letter(actor=opcc.officer, case=case)
    late = [f for f in letter.check_findings if f.get("code") == "late_response"]
    assert late and late[0]["severity"] == "warning"
    assert blocking_findings(letter) == []
    assert "sorry that this reply is late" in letter.text
    sent = commit(case_send, actor=opcc.officer, case=case, publish=False,
                  not_published_reason="Personal data in the reply.")
    assert sent.state == CaseState.SENT
