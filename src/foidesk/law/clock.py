"""The statutory clock: a pure function from recorded facts to the due date and its basis.

Nothing here stores a date. The facts of a case (received, clarification asked and answered, fees
notice given and paid, an extension taken) go in; the due date, any other date the law sets and a
step-by-step explanation come out, so the date can always be recomputed and explained.
"""

from __future__ import annotations

from datetime import date, timedelta

from foidesk.law.calendars import LAST_COVERED_DAY, WorkingDayCalendar, calendar_for
from foidesk.law.deadline import ClockError, ClockFacts, Deadline, Stage, fmt, ordinal
from foidesk.law.fees import payment_lapse_day, three_month_lapse_day
from foidesk.law.regimes import UnknownRegimeError, normalise_regime, regime_data
from foidesk.law.schema import RegimeData

__all__ = [
    "ClockError",
    "ClockFacts",
    "Deadline",
    "Stage",
    "compute_deadline",
    "fmt",
    "three_month_lapse_day",
    "working_days_remaining",
]


class _Counter:
    """Counts working days after a start day, skipping a disregarded fee period."""

    def __init__(self, cal: WorkingDayCalendar, disregard: tuple[date, date] | None) -> None:
        self.cal = cal
        self.disregard = disregard

    def counts(self, day: date) -> bool:
        if not self.cal.is_working_day(day):
            return False
        return self.disregard is None or not self.disregard[0] <= day <= self.disregard[1]

    def add(self, start: date, n: int) -> date:
        day, remaining = start, n
        while remaining:
            day += timedelta(days=1)
            if self.counts(day):
                remaining -= 1
        return day


# The rights of access began on 1 January 2005 (FOIA and FOISA by commencement orders, EIR by
# reg 1(1)). The upper bound is the last day whose bank holidays the calendar knows: after it
# every weekday would silently count as a working day (FOIA s10(6), FOISA s73).
IN_FORCE = date(2005, 1, 1)
LAST_SUPPORTED = LAST_COVERED_DAY


def _check_facts(data: RegimeData, facts: ClockFacts) -> None:
    short = data.short_name
    recorded = [facts.received, facts.clarification_requested, facts.clarification_received,
                facts.fee_notice, facts.fee_paid]
    for day in recorded:
        if day is not None and not IN_FORCE <= day <= LAST_SUPPORTED:
            raise ClockError(
                f"{day} is outside {IN_FORCE} (when {short} came into force) to {LAST_SUPPORTED} "
                f"(the last day whose bank holidays the calendar knows)"
            )
    if facts.extension_working_days < 0:
        raise ClockError("an extension cannot be a negative number of working days")
    if facts.stage not in ("request", "review"):
        raise ClockError(f"unknown stage {facts.stage!r}: choose request or review")
    for label, day in (
        ("clarification was asked for", facts.clarification_requested),
        ("clarification was received", facts.clarification_received),
        ("the fees notice was given", facts.fee_notice),
    ):
        if day is not None and day < facts.received:
            raise ClockError(f"{label} ({day}) before the request was received ({facts.received})")
    if facts.fee_paid is not None and facts.fee_notice is None:
        raise ClockError("a fee was paid but no fees notice is recorded")
    if facts.fee_paid is not None and facts.fee_notice is not None:
        if facts.fee_paid < facts.fee_notice:
            raise ClockError(
                f"the fee was paid ({facts.fee_paid}) before the fees notice was given "
                f"({facts.fee_notice})"
            )
    if facts.extension_working_days and data.extension.kind == "none" and facts.stage == "request":
        raise ClockError(
            f"{short} has no extension of time: the public interest test must be completed "
            f"within the {data.response.working_days} working days ({short} s10(1))"
        )
    if facts.extension_working_days > 1000:
        raise ClockError("an extension of more than 1000 working days is not credible")


def _skipped_lines(cal: WorkingDayCalendar, start: date, end: date) -> list[str]:
    weekend = 0
    named: list[str] = []
    for day, reason in cal.non_working_days(start + timedelta(days=1), end):
        if reason in ("Saturday", "Sunday"):
            weekend += 1
        else:
            named.append(f"{fmt(day)} ({reason})")
    lines = []
    if named:
        lines.append(f"Not working days under {cal.provision}: " + "; ".join(named) + ".")
    if weekend:
        lines.append(f"Saturdays and Sundays skipped: {weekend}.")
    return lines


def _status(due: date, today: date | None, cal: WorkingDayCalendar) -> str:
    if today is None:
        return f"due {due.isoformat()}"
    left = cal.working_days_between(today, due)
    if left > 0:
        return f"due {due.isoformat()}: {left} working day{'s' if left != 1 else ''} left"
    if left == 0 and today <= due:
        return f"due today ({due.isoformat()})"
    late = max(-left, 1)
    return f"overdue since {due.isoformat()}: {late} working day{'s' if late != 1 else ''} late"


def compute_deadline(
    *,
    regime: str,
    facts: ClockFacts,
    calendar: WorkingDayCalendar | None = None,
    today: date | None = None,
) -> Deadline:
    """The due date of a request or an internal review, with its statutory basis.

    FOIA s10(1) / EIR reg 5(2) / FOISA s10(1): the 20th working day after the date of receipt,
    which may itself be a non-working day (day 0). Clarification restarts the clock (FOIA s1(3) and
    s10(6)(b); EIR reg 9(4); FOISA s10(1)(b)). Fees pause it (FOIA s10(2); EIR reg 8(6); FOISA
    s10(3)) and lapse an unpaid request (FOIA s9(2); EIR reg 8(5); FOISA s9(3)). Extensions:
    FOIA s10(3), EIR reg 7, none under FOISA. Reviews: FOIA s45 Code, EIR reg 11(4), FOISA s21(1).
    """
    try:
        key = normalise_regime(regime)
    except UnknownRegimeError as error:
        raise ClockError(str(error)) from None
    data = regime_data(key)
    cal = calendar if calendar is not None else calendar_for(key)
    if cal.regime != key:
        raise ClockError(f"a {cal.regime} calendar cannot time a {key} request")
    _check_facts(data, facts)
    if today is not None and not IN_FORCE <= today <= LAST_SUPPORTED:
        raise ClockError(f"today ({today}) is outside {IN_FORCE} to {LAST_SUPPORTED}")
    if facts.stage == "review":
        return _review_deadline(data, facts, cal, today)
    return _request_deadline(data, facts, cal, today)


def _request_deadline(
    data: RegimeData, facts: ClockFacts, cal: WorkingDayCalendar, today: date | None
) -> Deadline:
    short = data.short_name
    limit = data.response.working_days
    steps: list[str] = []
    received_reason = cal.non_working_reason(facts.received)
    steps.append(
        f"Request received {fmt(facts.received)}"
        + (f", not a working day ({received_reason})" if received_reason else "")
        + f": that is day 0, and day 1 is the next working day ({short} "
        f"{data.response.receipt_provision})."
    )

    def stopped(*, lapsed: bool, status: str, basis: str, start: date | None = None,
                pay_by: date | None = None) -> Deadline:
        return Deadline(
            regime=data.regime, stage="request", due=None, paused=not lapsed, lapsed=lapsed,
            status=status, basis=basis, date_of_receipt=start, fee_payment_by=pay_by,
            explanation=steps,
        )

    start = facts.received
    asked, answered = facts.clarification_requested, facts.clarification_received
    if answered is not None:
        start = answered
        steps.append(
            f"Clarification received {fmt(start)}: the clock starts again from that day "
            f"({short} {data.clarification.provision}, {data.clarification.clock_provision})."
        )
    if asked is not None and (answered is None or asked > answered):
        # A request for clarification with no answer after it: nothing is due until it comes.
        further = "further " if answered is not None else ""
        steps.append(
            f"A {further}clarification was asked for on {fmt(asked)}: nothing is due until it "
            f"arrives, and the clock then starts again ({short} {data.clarification.provision})."
        )
        return stopped(
            lapsed=False,
            status=f"paused: waiting for clarification ({short} {data.clarification.provision})",
            basis=f"{short} {data.clarification.provision}",
        )

    disregard: tuple[date, date] | None = None
    fee_payment_by: date | None = None
    if facts.fee_notice is not None:
        fees = data.fees
        lapse_day, window = payment_lapse_day(fees, facts.fee_notice, cal)
        fee_payment_by = lapse_day - timedelta(days=1)
        pay_rule = f"{short} {fees.payment_window_provision}"
        steps.append(
            f"Fees notice given {fmt(facts.fee_notice)} ({short} {fees.notice_provision}); the fee "
            f"must be paid within {window}, so by {fmt(fee_payment_by)} ({pay_rule})."
        )
        if facts.fee_paid is None:
            if today is not None and today >= lapse_day:
                steps.append(f"No payment by {fmt(fee_payment_by)}: the request has lapsed.")
                return stopped(
                    lapsed=True,
                    status=f"lapsed: fee unpaid after {fee_payment_by.isoformat()} ({pay_rule})",
                    basis=pay_rule, start=start, pay_by=fee_payment_by,
                )
            steps.append(f"The fee has not been paid: the clock is stopped ({short} "
                         f"{fees.pause_provision}).")
            return stopped(
                lapsed=False,
                status=f"paused: fee not yet paid ({short} {fees.pause_provision})",
                basis=f"{short} {fees.pause_provision}", start=start, pay_by=fee_payment_by,
            )
        if facts.fee_paid >= lapse_day:
            steps.append(
                f"Fee received {fmt(facts.fee_paid)}, after the payment window: the authority "
                f"need not comply ({pay_rule})."
            )
            return stopped(
                lapsed=True,
                status=f"lapsed: fee paid after {fee_payment_by.isoformat()} ({pay_rule})",
                basis=pay_rule, start=start, pay_by=fee_payment_by,
            )
        disregard = (facts.fee_notice, facts.fee_paid)

    disregarded = 0
    if disregard is not None:
        plain_due = cal.add_working_days(start, limit)
        if disregard[0] > plain_due:
            steps.append(
                f"The fees notice came after the {ordinal(limit)} working day "
                f"({fmt(plain_due)}): it was late and cannot pause a clock that had already run."
            )
            disregard = None
        else:
            # Day 0 is never counted, so a notice given on the date of receipt only stops the
            # clock from day 1.
            first = max(disregard[0], start + timedelta(days=1))
            disregarded = max(
                0, cal.working_days_between(first - timedelta(days=1), disregard[1])
            )
            steps.append(
                f"Fee received {fmt(disregard[1])}: the {disregarded} working day"
                f"{'s' if disregarded != 1 else ''} from the notice to the payment, both "
                f"included, are disregarded ({short} {data.fees.pause_provision})."
            )
    counter = _Counter(cal, disregard)
    base_due = counter.add(start, limit)

    ext = facts.extension_working_days
    extension = data.extension
    due = counter.add(base_due, ext)
    notice_due: date | None = None
    latest_due: date | None = due
    basis = f"{short} {data.response.provision}"
    if disregarded:
        basis += f" and {data.fees.pause_provision}"
    steps.extend(_skipped_lines(cal, start, due))
    steps.append(
        f"The {ordinal(limit)} working day after {fmt(start)} is {fmt(base_due)} "
        f"({short} {data.response.provision})."
    )
    if ext:
        cap = extension.max_additional_working_days
        if cap is not None and ext > cap:
            raise ClockError(
                f"{short} {extension.provision} allows at most {cap} more working days "
                f"(to {limit + cap}); {ext} asked for"
            )
        notice_due = base_due
        basis = f"{short} {extension.provision}"
        steps.append(
            f"Extended by {ext} working day{'s' if ext != 1 else ''} to {fmt(due)} "
            f"({short} {extension.provision}); the notice saying so is still due by "
            f"{fmt(base_due)} ({short} {extension.notice_provision})."
        )
        if extension.kind == "public_interest":
            latest_due = None
            guide = extension.guidance_additional_working_days
            if guide is not None and ext > guide:
                steps.append(
                    f"Caution: {ext} more working days goes beyond the ICO's guidance of "
                    f"{guide}; only exceptional cases justify that."
                )
        else:
            latest_due = counter.add(start, limit + (cap or 0))
    return Deadline(
        regime=data.regime,
        stage="request",
        due=due,
        paused=False,
        lapsed=False,
        status=_status(due, today, cal),
        basis=basis,
        notice_due=notice_due,
        latest_due=latest_due,
        date_of_receipt=start,
        working_days=limit + ext,
        disregarded_working_days=disregarded,
        fee_payment_by=fee_payment_by,
        explanation=steps,
    )


def _review_deadline(
    data: RegimeData, facts: ClockFacts, cal: WorkingDayCalendar, today: date | None
) -> Deadline:
    short = data.short_name
    review = data.review
    ext = facts.extension_working_days
    room = review.latest_working_days - review.working_days
    if ext > room:
        if room == 0:
            raise ClockError(
                f"{short} {review.provision} sets {review.working_days} working days for a review, "
                "with no extension"
            )
        raise ClockError(
            f"a {short} review may take at most {review.latest_working_days} working days "
            f"({review.provision}); {review.working_days} + {ext} asked for"
        )
    steps = [
        f"Review request received {fmt(facts.received)}: that is day 0, and day 1 is the next "
        "working day.",
    ]
    if any(
        day is not None
        for day in (facts.clarification_requested, facts.clarification_received,
                    facts.fee_notice, facts.fee_paid)
    ):
        steps.append("Clarification and fees recorded at the request stage do not move a review.")
    due = cal.add_working_days(facts.received, review.working_days + ext)
    latest = cal.add_working_days(facts.received, review.latest_working_days)
    steps.extend(_skipped_lines(cal, facts.received, latest))
    nature = "statutory" if review.statutory else "not statutory"
    steps.append(
        f"The review ({nature}) is due by the {ordinal(review.working_days + ext)} working day, "
        f"{fmt(due)} ({short} {review.provision})."
    )
    if latest != due:
        steps.append(
            f"The latest acceptable date, in exceptional cases, is the "
            f"{ordinal(review.latest_working_days)} working day, {fmt(latest)}."
        )
    return Deadline(
        regime=data.regime,
        stage="review",
        due=due,
        paused=False,
        lapsed=False,
        status=_status(due, today, cal),
        basis=f"{short} {review.provision}",
        latest_due=latest,
        date_of_receipt=facts.received,
        working_days=review.working_days + ext,
        explanation=steps,
    )


def working_days_remaining(
    deadline: Deadline, today: date, calendar: WorkingDayCalendar | None = None
) -> int | None:
    """Working days from `today` to the due date: positive while time is left, 0 on the due day,
    negative once overdue; None while paused or lapsed."""
    if deadline.due is None:
        return None
    cal = calendar if calendar is not None else calendar_for(deadline.regime)
    return cal.working_days_between(today, deadline.due)
