"""UK GDPR Art 17: erasing a requester removes their details from every copy the case keeps:
the stored letters (text, html and the source they were composed from) and the timeline."""

from __future__ import annotations

import pytest
from tests.factories import SIMPLE_REQUEST, answered_case

from foidesk.cases.services.approval import case_approve, case_submit_for_approval
from foidesk.cases.services.closing import case_close
from foidesk.cases.services.erasure import requester_erase
from foidesk.cases.services.sending import case_send


@pytest.mark.django_db
def test_erasing_a_requester_removes_them_from_sent_letters_and_the_timeline(opcc, commit):
    case = answered_case(opcc.authority, opcc.officer, text=SIMPLE_REQUEST,
                         requester_address="12 Example Road\nExampletown EX1 2MP")
    case_submit_for_approval(actor=opcc.officer, case=case)
    case_approve(actor=opcc.approver, case=case)
    commit(case_send, actor=opcc.officer, case=case, publish=False,
           not_published_reason="Personal data in the reply.")
    case.refresh_from_db()
    case_close(actor=opcc.officer, case=case)
    assert any("Rowan Example" in letter.text for letter in case.letters.all())
    requester_erase(actor=opcc.administrator, case=case, reason="Subject asked for erasure.")
    for letter in case.letters.all():
        stored = f"{letter.text}{letter.html}{letter.subject}{letter.source}".lower()
        assert "rowan" not in stored and "example road" not in stored
    assert "rowan" not in str(list(case.events.values_list("data", flat=True))).lower()
