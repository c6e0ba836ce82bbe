"""The bridge from a case's recorded facts to the law engine's pure clock.

Derive, don't store: the facts are the case's receipt date and its timeline events; the due date
cached on the case is only ever written by `services.events.recompute_clock`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from foidesk.authorities.models import Authority, CalendarAction
from foidesk.law.calendars import calendar_for
from foidesk.law.clock import ClockFacts, Deadline, compute_deadline

from .models import Case, CaseEvent, EventKind, Stage


def _latest_day(events: list[CaseEvent], kind: EventKind) -> dt.date | None:
    days = [dt.date.fromisoformat(e.data["on"]) for e in events if e.kind == kind and "on" in e.data]
    return max(days) if days else None


def authority_calendar(authority: Authority, regime: str):  # type: ignore[no-untyped-def]
    """FOIA s10(6) / FOISA s73 calendar, with the authority's administrator's corrections."""
    extra: dict[dt.date, str] = {}
    removed: list[dt.date] = []
    for override in authority.calendar_overrides.all():
        if override.action == CalendarAction.ADD:
            extra[override.day] = override.reason
        else:
            removed.append(override.day)
    return calendar_for(regime, extra_days=extra, removed_days=tuple(removed))


def clock_facts(case: Case, events: list[CaseEvent] | None = None) -> ClockFacts:
    """The facts the clock needs, read from the timeline (latest of each kind wins)."""
    if events is None:
        events = list(case.events.filter(kind__in=CLOCK_EVENT_KINDS))
    extension = 0
    for e in events:
        if e.kind == EventKind.EXTENDED:
            extension = int(e.data.get("working_days", 0))
    return ClockFacts(
        received=case.received,
        stage="review" if case.stage == Stage.REVIEW else "request",
        clarification_requested=_latest_day(events, EventKind.CLARIFICATION_REQUESTED),
        clarification_received=_latest_day(events, EventKind.CLARIFICATION_RECEIVED),
        fee_notice=_latest_day(events, EventKind.FEE_NOTICE),
        fee_paid=_latest_day(events, EventKind.FEE_PAID),
        extension_working_days=extension,
    )


CLOCK_EVENT_KINDS = (
    EventKind.CLARIFICATION_REQUESTED, EventKind.CLARIFICATION_RECEIVED,
    EventKind.FEE_NOTICE, EventKind.FEE_PAID, EventKind.EXTENDED,
)


def case_deadline(case: Case, *, today: dt.date | None = None) -> Deadline:
    """The statutory deadline of a case, with its explanation and basis."""
    return compute_deadline(
        regime=case.regime,
        facts=clock_facts(case),
        calendar=authority_calendar(case.authority, case.regime),
        today=today,
    )


def normal_due(case: Case) -> dt.date | None:
    """The due date without any extension: what FOIA s17(2) notices and EIR reg 7(3) notices
    are measured against (the extended date is stated beside it)."""
    facts = dataclasses.replace(clock_facts(case), extension_working_days=0)
    return compute_deadline(regime=case.regime, facts=facts,
                            calendar=authority_calendar(case.authority, case.regime)).due


PAUSE_LAW = {
    "clarification": {"foia": "FOIA s1(3)", "eir": "EIR reg 9(4)", "foisa": "FOISA s1(3)"},
    "fee": {"foia": "FOIA s10(2)", "eir": "EIR reg 8", "foisa": "FOISA s9(4)"},
}


def pause_reason(case: Case) -> str:
    """Why the clock is stopped, with the regime's section: FOIA s1(3) / EIR reg 9(4) / FOISA
    s1(3) while clarification is awaited; FOIA s10(2) / EIR reg 8 / FOISA s9(4) while a fee is
    unpaid."""
    facts = clock_facts(case)
    asked, answered = facts.clarification_requested, facts.clarification_received
    regime = str(case.regime)
    if asked is not None and (answered is None or answered < asked):
        return (f"until the requester clarifies the request "
                f"({PAUSE_LAW['clarification'].get(regime, regime)})")
    return f"until the fee is paid ({PAUSE_LAW['fee'].get(regime, regime)})"
