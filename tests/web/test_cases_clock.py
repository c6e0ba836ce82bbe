"""The cached due date is recomputed by the law engine from the case's events whenever one is
recorded: clarification (FOIA s1(3), s10(6)(b)), fees (s9, s10(2)), extensions (s10(3), EIR
reg 7), calendar corrections (s10(6)) and the review stage."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
import time_machine
from tests.factories import make_case

from foidesk.authorities.models import CalendarAction
from foidesk.authorities.services import calendar_override_set
from foidesk.cases.clock import case_deadline
from foidesk.cases.models import EventKind
from foidesk.cases.services.clock_events import (
    case_extend,
    case_issue_fee_notice,
    case_record_clarification,
    case_record_fee_paid,
    case_request_clarification,
)
from foidesk.cases.states import CaseState

pytestmark = pytest.mark.django_db

RECEIVED = dt.datetime(2026, 11, 2, 10, 0, tzinfo=dt.UTC)  # Monday 2 November 2026


def test_s10_1_a_plain_foia_request_is_due_on_the_20th_working_day(opcc):
    case = make_case(opcc.authority, received=RECEIVED)
    # Day 1 is 3 November; St Andrew's Day (30 November) is skipped under the union rule.
    assert case.due_date == dt.date(2026, 12, 1)
    assert not case.paused


@time_machine.travel(dt.datetime(2026, 11, 20, 12, 0, tzinfo=dt.UTC), tick=False)
def test_s1_3_the_clock_restarts_on_the_day_the_clarification_arrives(opcc):
    case = make_case(opcc.authority, received=RECEIVED)
    case_request_clarification(actor=opcc.officer, case=case, needed=["Which year?"],
                               on=dt.date(2026, 11, 4))
    case.refresh_from_db()
    assert case.state == CaseState.AWAITING_CLARIFICATION
    case_record_clarification(actor=opcc.officer, case=case, text="2025 only.",
                              received_on=dt.date(2026, 11, 16))
    case.refresh_from_db()
    assert case.state == CaseState.IN_PROGRESS
    # s10(6)(b): 16 November is the new date of receipt; day 20 after it, skipping 30 November.
    assert case.due_date == dt.date(2026, 12, 15)


@time_machine.travel(dt.datetime(2026, 11, 20, 12, 0, tzinfo=dt.UTC), tick=False)
def test_s10_2_a_fees_notice_pauses_the_clock_and_payment_restarts_it(opcc):
    case = make_case(opcc.authority, received=RECEIVED)
    case_issue_fee_notice(actor=opcc.officer, case=case,
                          items=[("Photocopying 200 pages", Decimal("20.00"))],
                          how_to_pay="Cheque or bank transfer.", on=dt.date(2026, 11, 5))
    case.refresh_from_db()
    assert case.paused and case.due_date is None
    assert case.state == CaseState.AWAITING_FEE
    case_record_fee_paid(actor=opcc.officer, case=case, paid_on=dt.date(2026, 11, 11))
    case.refresh_from_db()
    # 5 to 11 November, both included, are 5 working days disregarded: 1 Dec + 5 working days.
    assert not case.paused
    assert case.due_date == dt.date(2026, 12, 8)


def test_s10_3_a_public_interest_extension_moves_the_due_date_and_emails_the_notice(opcc):
    case = make_case(opcc.authority, received=RECEIVED)
    case_extend(actor=opcc.officer, case=case, working_days=20, reason="Balancing s31.",
                provisions=["s31(1)(a)"], harm="Disclosure could prejudice crime prevention.")
    case.refresh_from_db()
    assert case.due_date == dt.date(2026, 12, 31)
    assert case_deadline(case).notice_due == dt.date(2026, 12, 1)
    assert case.letters.filter(kind="pit_extension").exists()


def test_an_administrators_extra_holiday_moves_open_cases_due_dates(opcc):
    case = make_case(opcc.authority, received=RECEIVED)
    calendar_override_set(actor=opcc.administrator, authority=opcc.authority,
                          day=dt.date(2026, 11, 20), action=CalendarAction.ADD,
                          reason="Proclaimed bank holiday (fictitious test).")
    case.refresh_from_db()
    assert case.due_date == dt.date(2026, 12, 2)


def test_every_clock_fact_is_a_timeline_event(opcc):
    case = make_case(opcc.authority, received=RECEIVED)
    case_extend(actor=opcc.officer, case=case, working_days=5, reason="Balancing.",
                provisions=["s43(2)"], harm="Disclosure would harm the supplier's position.")
    event = case.events.get(kind=EventKind.EXTENDED)
    assert event.actor == opcc.officer
    assert event.data["working_days"] == 5
