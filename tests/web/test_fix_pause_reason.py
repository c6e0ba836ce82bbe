"""EIR reg 9(4), FOIA s1(3): a clock stopped for clarification says so, with the regime's
section, instead of always blaming an unpaid fee (FOIA s10(2))."""

from __future__ import annotations

import pytest
from tests.factories import make_case

from foidesk.cases.clock import pause_reason
from foidesk.cases.services.clock_events import case_request_clarification


@pytest.mark.django_db
def test_an_eir_case_paused_for_clarification_cites_eir_reg_9_4(other):
    case = make_case(other.authority, text="Air quality data for 2025.")
    case_request_clarification(actor=other.officer, case=case, needed=["Which monitoring sites?"])
    case.refresh_from_db()
    assert case.paused
    assert pause_reason(case) == "until the requester clarifies the request (EIR reg 9(4))"
