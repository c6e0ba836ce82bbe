"""Properties of the clock that hold for every date (hypothesis)."""

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from foidesk.law.calendars import calendar_for
from foidesk.law.clock import ClockFacts, compute_deadline

REGIMES = st.sampled_from(["foia", "eir", "foisa"])
DAYS = st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31))
FAST = settings(max_examples=150, deadline=None)


@FAST
@given(regime=REGIMES, received=DAYS, stage=st.sampled_from(["request", "review"]))
def test_the_due_date_is_always_a_working_day(regime, received, stage):
    """FOIA s10(1), EIR reg 5(2), FOISA s10(1): the deadline is itself a working day."""
    deadline = compute_deadline(regime=regime, facts=ClockFacts(received=received, stage=stage))
    assert deadline.due is not None
    assert calendar_for(regime).is_working_day(deadline.due)


@FAST
@given(regime=REGIMES, first=DAYS, second=DAYS)
def test_a_later_receipt_never_gives_an_earlier_due_date(regime, first, second):
    early, late = sorted((first, second))
    due_early = compute_deadline(regime=regime, facts=ClockFacts(received=early)).due
    due_late = compute_deadline(regime=regime, facts=ClockFacts(received=late)).due
    assert due_early is not None and due_late is not None
    assert due_early <= due_late


@FAST
@given(regime=REGIMES, received=DAYS)
def test_without_pauses_exactly_20_working_days_lie_between(regime, received):
    """FOIA s10(1): the 20th working day following the date of receipt (day 0)."""
    deadline = compute_deadline(regime=regime, facts=ClockFacts(received=received))
    assert calendar_for(regime).working_days_between(received, deadline.due) == 20


@FAST
@given(regime=st.sampled_from(["foia", "eir"]), received=DAYS,
       extension=st.integers(min_value=0, max_value=20))
def test_an_extension_adds_exactly_that_many_working_days(regime, received, extension):
    """FOIA s10(3), EIR reg 7(1)."""
    deadline = compute_deadline(regime=regime, facts=ClockFacts(
        received=received, extension_working_days=extension))
    assert calendar_for(regime).working_days_between(received, deadline.due) == 20 + extension


@FAST
@given(regime=REGIMES, received=DAYS, notice_after=st.integers(0, 27),
       paid_after=st.integers(0, 30))
def test_a_paid_fee_never_brings_the_deadline_forward(regime, received, notice_after, paid_after):
    """FOIA s10(2): the disregarded days only ever push the deadline later."""
    from datetime import timedelta

    notice = received + timedelta(days=notice_after)
    paid = notice + timedelta(days=paid_after)
    plain = compute_deadline(regime=regime, facts=ClockFacts(received=received)).due
    with_fee = compute_deadline(regime=regime, facts=ClockFacts(
        received=received, fee_notice=notice, fee_paid=paid))
    assert with_fee.due is not None and plain is not None
    assert with_fee.due >= plain
    calendar = calendar_for(regime)
    assert calendar.is_working_day(with_fee.due)
    assert calendar.working_days_between(received, with_fee.due) == (
        20 + with_fee.disregarded_working_days)


@FAST
@given(regime=REGIMES, received=DAYS, later=st.integers(0, 60))
def test_a_clarification_gives_the_deadline_of_a_request_received_that_day(regime, received,
                                                                           later):
    """FOIA s10(6)(b), EIR reg 9(4), FOISA s10(1)(b): the clock starts again on that day."""
    from datetime import timedelta

    answered = received + timedelta(days=later)
    restarted = compute_deadline(regime=regime, facts=ClockFacts(
        received=received, clarification_received=answered))
    fresh = compute_deadline(regime=regime, facts=ClockFacts(received=answered))
    assert restarted.due == fresh.due
