"""The daily sweep: mark overdue cases and tell their owners; erase expired requester data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from foidesk.cases.mail import email_after_commit
from foidesk.cases.models import Case, EventKind
from foidesk.cases.services.erasure import erase_expired_requesters
from foidesk.cases.services.events import lock_case, record_event


@dataclass(frozen=True)
class SweepResult:
    overdue_marked: int
    owners_emailed: int
    requesters_erased: int


def sweep_overdue(*, today: dt.date | None = None) -> SweepResult:
    """FOIA s10(1): a case past its due date is overdue. Each newly overdue case gets one
    timeline event and its owner one email; running the sweep twice a day does nothing more."""
    today = today or timezone.localdate()
    marked = 0
    emailed = 0
    due = Case.objects.filter(is_open=True, overdue=False, paused=False, due_date__lt=today)
    for case_id in due.values_list("pk", flat=True).iterator():
        with transaction.atomic():
            case = lock_case(case_id)
            if case.overdue or not case.is_open or case.due_date is None or case.due_date >= today:
                continue
            case.overdue = True
            case.save(update_fields=["overdue"])
            record_event(case=case, kind=EventKind.OVERDUE, actor=None,
                         data={"due": case.due_date.isoformat(), "on": today.isoformat()})
            marked += 1
            if case.owner is not None and case.owner.email:
                email_after_commit(
                    to=[case.owner.email], subject=f"Overdue: {case.reference}",
                    body=(f"{case.reference} ({case.title}) was due on "
                          f"{case.due_date:%d %B %Y} and has not been answered.\n"),
                )
                emailed += 1
    erased = erase_expired_requesters(today=today)
    return SweepResult(overdue_marked=marked, owners_emailed=emailed, requesters_erased=erased)
