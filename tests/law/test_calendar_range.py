"""The calendar refuses days past the bank-holiday data instead of counting them as working days
(FOIA s10(6), EIR reg 2(1) and FOISA s73 need the 1971 Act bank holidays of each year)."""

from datetime import date

import holidays
import pytest

from foidesk.cli import main
from foidesk.law.calendars import (
    LAST_COVERED_DAY,
    LAST_COVERED_YEAR,
    CalendarRangeError,
    calendar_for,
)
from foidesk.law.clock import LAST_SUPPORTED, ClockError, ClockFacts, compute_deadline


def test_the_covered_span_is_the_one_the_holidays_package_declares():
    declared = holidays.country_holidays("GB", subdiv="ENG").end_year
    assert LAST_COVERED_YEAR == declared
    assert LAST_COVERED_DAY == date(declared, 12, 31) == LAST_SUPPORTED


def test_the_last_covered_year_still_has_its_bank_holidays():
    """FOIA s10(6): Boxing Day, and the substitute days of its last year, are known."""
    foia = calendar_for("foia")
    assert foia.non_working_reason(date(LAST_COVERED_YEAR, 1, 1)) is not None
    christmas = date(LAST_COVERED_YEAR, 12, 25)
    weekdays_after = [d for d in (date(LAST_COVERED_YEAR, 12, n) for n in range(26, 32))
                      if d.weekday() < 5]
    named = [d for d in weekdays_after if foia.non_working_reason(d) is not None]
    assert christmas.weekday() >= 5 or foia.non_working_reason(christmas) == "Christmas Day"
    assert len(named) >= 1


@pytest.mark.parametrize("regime", ["foia", "eir", "foisa"])
def test_a_day_after_the_covered_span_is_refused_not_counted_as_a_working_day(regime):
    """FOIA s10(6) / FOISA s73: 1 January of the next year is a bank holiday we cannot see."""
    cal = calendar_for(regime)
    new_year = date(LAST_COVERED_YEAR + 1, 1, 3)
    with pytest.raises(CalendarRangeError, match=str(LAST_COVERED_DAY)):
        cal.is_working_day(new_year)
    with pytest.raises(CalendarRangeError):
        cal.non_working_reason(date(2150, 1, 1))


def test_a_receipt_date_after_the_covered_span_is_a_clock_error():
    """FOIA s10(1): no due date can be given without the bank holidays of its year."""
    with pytest.raises(ClockError, match="bank holidays the calendar knows"):
        compute_deadline(regime="foia", facts=ClockFacts(received=date(2150, 6, 1)))


def test_a_due_date_that_would_run_past_the_covered_span_is_a_clock_error():
    """FOIA s10(1): received late in the last year, the 20th working day falls in the next."""
    with pytest.raises(ClockError, match=f"ends in {LAST_COVERED_YEAR}"):
        compute_deadline(regime="foia", facts=ClockFacts(received=date(LAST_COVERED_YEAR, 12, 20)))


def test_the_cli_refuses_a_date_past_the_calendar_with_one_line(capsys):
    with pytest.raises(SystemExit) as exit_info:
        raise SystemExit(main(["deadline", "--regime", "foia", "--received", "2199-12-20"]))
    out, err = capsys.readouterr()
    assert exit_info.value.code == 2 and out == ""
    assert err.startswith("foidesk deadline: error: 2199-12-20 is outside")
    assert err.count("\n") == 1 and "Traceback" not in err
