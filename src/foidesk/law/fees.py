"""Fees: the window for paying a fee before the request lapses.

FOIA s9(2) and FOISA s9(3): three months beginning with the day the fees notice is given.
EIR reg 8(5): 60 working days after the notification of an advance payment.
"""

from __future__ import annotations

import calendar as gregorian
from datetime import date, timedelta

from foidesk.law.calendars import WorkingDayCalendar
from foidesk.law.schema import FeesData


def three_month_lapse_day(notice: date, months: int) -> date:
    """FOIA s9(2) / FOISA s9(3): the first day after "the period of three months beginning with
    the day on which the fees notice is given". The period ends the day before the corresponding
    date; where the month has no corresponding date, it ends on the month's last day."""
    year, month0 = divmod(notice.month - 1 + months, 12)
    year += notice.year
    last = gregorian.monthrange(year, month0 + 1)[1]
    if notice.day > last:
        return date(year, month0 + 1, last) + timedelta(days=1)
    return date(year, month0 + 1, notice.day)


def payment_lapse_day(fees: FeesData, notice: date, cal: WorkingDayCalendar) -> tuple[date, str]:
    """The first day on which a fee is too late, and the window in words."""
    if fees.payment_window_months is not None:
        lapse_day = three_month_lapse_day(notice, fees.payment_window_months)
        return lapse_day, "three months beginning with the day the notice was given"
    days = fees.payment_window_working_days or 0
    lapse_day = cal.add_working_days(notice, days) + timedelta(days=1)
    return lapse_day, f"{days} working days after the notification"
