"""Pauses and lapses: clarification awaited, fees unpaid (FOIA s9, s10(2); EIR reg 8; FOISA s9)."""

from datetime import date

import pytest

from foidesk.law.clock import (
    ClockFacts,
    compute_deadline,
    three_month_lapse_day,
    working_days_remaining,
)

D = date.fromisoformat


def test_awaiting_clarification_pauses_the_clock():
    """FOIA s1(3): nothing is due until the further information arrives."""
    deadline = compute_deadline(regime="foia", facts=ClockFacts(
        received=D("2026-02-02"), clarification_requested=D("2026-02-03")))
    assert deadline.due is None and deadline.paused and not deadline.lapsed
    assert "s1(3)" in deadline.status


def test_an_unpaid_fee_pauses_the_clock_and_gives_the_last_day_to_pay():
    """FOIA s10(2) and s9(2)."""
    deadline = compute_deadline(regime="foia", facts=ClockFacts(
        received=D("2026-02-02"), fee_notice=D("2026-02-09")), today=D("2026-05-08"))
    assert deadline.due is None and deadline.paused and not deadline.lapsed
    assert deadline.fee_payment_by == D("2026-05-08")


def test_a_fee_unpaid_for_three_months_lapses_the_request():
    """FOIA s9(2): three months beginning with the day the notice is given."""
    deadline = compute_deadline(regime="foia", facts=ClockFacts(
        received=D("2026-02-02"), fee_notice=D("2026-02-09")), today=D("2026-05-09"))
    assert deadline.lapsed and not deadline.paused and deadline.due is None
    assert "s9(2)" in deadline.status


def test_a_fee_paid_after_three_months_lapses_the_request():
    """FOIA s9(2)."""
    deadline = compute_deadline(regime="foia", facts=ClockFacts(
        received=D("2026-02-02"), fee_notice=D("2026-02-09"), fee_paid=D("2026-05-11")))
    assert deadline.lapsed and deadline.due is None


def test_foisa_fee_window_is_three_months_under_s9_3():
    deadline = compute_deadline(regime="foisa", facts=ClockFacts(
        received=D("2026-02-02"), fee_notice=D("2026-02-09")), today=D("2026-05-09"))
    assert deadline.lapsed and "s9(3)" in deadline.status


def test_eir_advance_payment_window_is_60_working_days_under_reg_8_5():
    deadline = compute_deadline(regime="eir", facts=ClockFacts(
        received=D("2026-02-02"), fee_notice=D("2026-02-09")))
    # 60 working days after Mon 9 Feb 2026, skipping St Patrick's Day (17 Mar, NI), Good Friday,
    # Easter Monday and the early May bank holiday (4 May).
    assert deadline.fee_payment_by == D("2026-05-08")
    assert deadline.paused


@pytest.mark.parametrize(
    ("notice", "lapse"),
    [("2026-02-09", "2026-05-09"), ("2025-11-30", "2026-03-01"), ("2026-01-31", "2026-05-01"),
     ("2026-11-15", "2027-02-15"), ("2027-11-30", "2028-03-01"), ("2027-11-29", "2028-02-29")],
)
def test_three_month_lapse_day_follows_the_corresponding_date_rule(notice, lapse):
    """FOIA s9(2): the period ends the day before the corresponding date, or at month end."""
    assert three_month_lapse_day(D(notice), 3) == D(lapse)


def test_a_late_fees_notice_cannot_pause_a_clock_that_has_run():
    """FOIA s9(1): the notice is given within the time for compliance."""
    deadline = compute_deadline(regime="foia", facts=ClockFacts(
        received=D("2026-02-02"), fee_notice=D("2026-03-03"), fee_paid=D("2026-03-05")))
    assert deadline.due == D("2026-03-02")
    assert deadline.disregarded_working_days == 0


def test_working_days_remaining_counts_down_to_zero_then_negative():
    deadline = compute_deadline(regime="foia", facts=ClockFacts(received=D("2026-02-02")))
    assert working_days_remaining(deadline, D("2026-02-26")) == 2
    assert working_days_remaining(deadline, D("2026-03-02")) == 0
    assert working_days_remaining(deadline, D("2026-03-04")) == -2


def test_working_days_remaining_is_none_while_paused():
    deadline = compute_deadline(regime="foia", facts=ClockFacts(
        received=D("2026-02-02"), fee_notice=D("2026-02-09")))
    assert working_days_remaining(deadline, D("2026-02-20")) is None


def test_status_reads_days_left_due_today_and_overdue():
    facts = ClockFacts(received=D("2026-02-02"))
    assert compute_deadline(regime="foia", facts=facts, today=D("2026-02-27")).status == (
        "due 2026-03-02: 1 working day left")
    assert compute_deadline(regime="foia", facts=facts, today=D("2026-03-02")).status == (
        "due today (2026-03-02)")
    assert compute_deadline(regime="foia", facts=facts, today=D("2026-03-04")).status == (
        "overdue since 2026-03-02: 2 working days late")


def test_the_explanation_names_each_skipped_holiday_and_the_section():
    deadline = compute_deadline(regime="foia", facts=ClockFacts(received=D("2025-12-06")))
    text = " ".join(deadline.explanation)
    assert "Fri 2 Jan 2026 (bank holiday in Scotland: New Year Holiday)" in text
    assert "Thu 25 Dec 2025 (Christmas Day)" in text
    assert "FOIA s10(1)" in text and "FOIA s10(6)" in text
    assert "Sat 6 Dec 2025, not a working day (Saturday)" in text


def test_to_dict_is_json_ready():
    import json

    deadline = compute_deadline(regime="eir", facts=ClockFacts(
        received=D("2025-12-01"), extension_working_days=20))
    data = json.loads(json.dumps(deadline.to_dict()))
    assert data["due"] == "2026-01-30" and data["notice_due"] == "2025-12-31"
    assert data["basis"] == "EIR reg 7(1)" and isinstance(data["explanation"], list)


def test_a_further_clarification_after_the_first_answer_pauses_the_clock_again():
    """FOIA s1(3): each request for clarification stops the clock until it is answered."""
    deadline = compute_deadline(regime="foia", facts=ClockFacts(
        received=D("2026-02-02"), clarification_received=D("2026-02-10"),
        clarification_requested=D("2026-02-12")))
    assert deadline.paused and deadline.due is None
    assert any("further clarification" in step for step in deadline.explanation)


def test_a_review_ignores_request_stage_fees_and_says_so():
    """FOIA s45 Code: the review runs from the review request alone."""
    deadline = compute_deadline(regime="foia", facts=ClockFacts(
        received=D("2025-12-06"), stage="review", fee_notice=D("2025-12-08"),
        fee_paid=D("2025-12-10")))
    assert deadline.due == D("2026-01-08")
    assert any("do not move a review" in step for step in deadline.explanation)


def test_a_paid_fee_names_the_pause_provision_in_the_basis():
    """FOIA s10(1) with s10(2)."""
    deadline = compute_deadline(regime="foia", facts=ClockFacts(
        received=D("2026-02-02"), fee_notice=D("2026-02-09"), fee_paid=D("2026-02-20")))
    assert deadline.basis == "FOIA s10(1) and s10(2)"
    assert deadline.disregarded_working_days == 10
