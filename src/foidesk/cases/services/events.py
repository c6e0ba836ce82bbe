"""The shared write steps every case service uses: move the status through the one transition
table, write the timeline/audit event, and recompute the cached clock from the events."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction
from django.utils import timezone

from foidesk.accounts.models import User
from foidesk.cases.clock import case_deadline
from foidesk.cases.models import Case, CaseEvent, EventKind
from foidesk.cases.states import OPEN_STATES, CaseState, check_transition


def record_event(
    *, case: Case, kind: EventKind, actor: User | None, data: dict[str, Any] | None = None,
    at: dt.datetime | None = None,
) -> CaseEvent:
    """Write one timeline/audit event (always inside the caller's transaction)."""
    return CaseEvent.objects.create(
        case=case, kind=kind, actor=actor, at=at or timezone.now(), data=data or {}
    )


def move_to(*, case: Case, target: CaseState) -> None:
    """Change the status, refusing what the transition table does not allow."""
    check_transition(case.state, target)
    case.state = target
    case.is_open = target in OPEN_STATES
    if not case.is_open and case.closed_at is None:
        case.closed_at = timezone.now()


def recompute_clock(*, case: Case, today: dt.date | None = None) -> None:
    """Refresh the cached due date and paused flag from the law engine (never set by hand)."""
    deadline = case_deadline(case, today=today or timezone.localdate())
    case.paused = bool(deadline.paused)
    case.due_date = None if case.paused else deadline.due
    if case.due_date is not None and case.is_open:
        case.overdue = case.due_date < (today or timezone.localdate())
    else:
        case.overdue = False


def save_case(*, case: Case) -> None:
    """Persist a case after a service changed it, with the clock recomputed first."""
    recompute_clock(case=case)
    case.save()


def lock_case(case_id: int) -> Case:
    """Fetch a case for update so two officers' actions never interleave."""
    return Case.objects.select_for_update().select_related("authority").get(pk=case_id)


def on_commit(func: Any) -> None:
    transaction.on_commit(func)
