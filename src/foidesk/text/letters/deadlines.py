"""The dates a letter states, computed from the facts (never typed in twice).

Working days come from the law engine's calendars (FOIA s10(6), EIR reg 2(1), FOISA s73).
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from foidesk.law.calendars import calendar_for
from foidesk.text.letters.case import LetterCase, LetterKind, Regime
from foidesk.text.letters.document import long_date

RESPONSE_DAYS = 20  # FOIA s10(1), EIR reg 5(2), FOISA s10(1)
REVIEW_WINDOW_DAYS = 40  # FOISA s20(5), EIR reg 11(2); FOIA: the s45 Code and ICO guidance
EIR_EXTENDED_DAYS = 40  # EIR reg 7(1)
EIR_PAYMENT_DAYS = 60  # EIR reg 8(5)
POSTAL_DAYS = 3  # FOISA s74(2)(a): a posted notice is received on the third day after posting


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later, clamped to the month's end (31 Aug + 6 months = 28/29 Feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def add_working_days(regime: Regime, start: dt.date, days: int) -> dt.date:
    return calendar_for(regime.value).add_working_days(start, days)


@dataclass(frozen=True)
class Deadlines:
    receipt: dt.date  # FOIA s10(6): the later of receipt and clarification
    due: dt.date  # FOIA s10(1) / EIR reg 5(2) / FOISA s10(1)
    review_by: dt.date  # when the requester must ask for a review
    review_basis: str  # what the review window runs from, in the letter's words
    late: bool  # the letter goes out after the due date


def compute(case: LetterCase) -> Deadlines:
    regime = case.regime
    receipt = case.dates.clarification_received or case.dates.received
    due = case.dates.due or add_working_days(regime, receipt, RESPONSE_DAYS)
    letter = case.dates.letter
    late = letter > due
    if regime is Regime.FOISA:
        # FOISA s20(5): 40 working days after the s10 period expires, or, for a notice sent
        # outwith it, after the applicant receives it (s74(2): by post, the third day after).
        if late or case.kind is LetterKind.INTERNAL_REVIEW:
            received, basis = letter, "the date you receive this letter"
            if case.requester.email is None:
                received = letter + dt.timedelta(days=POSTAL_DAYS)
                basis += " (by post, the third day after posting: section 74(2))"
            start = received
        else:
            start, basis = due, f"{long_date(due)}, the last day we had to respond to your request"
        return Deadlines(
            receipt, due, add_working_days(regime, start, REVIEW_WINDOW_DAYS), basis, late
        )
    # EIR reg 11(2): within 40 working days of the failure the applicant complains of, here the
    # date of this response. FOIA sets no statutory window; the s45 Code and the ICO use 40.
    return Deadlines(
        receipt,
        due,
        add_working_days(regime, letter, REVIEW_WINDOW_DAYS),
        "the date of this letter",
        late,
    )

