"""Requester personal data is kept only as long as the authority's retention setting says."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction
from django.utils import timezone

from foidesk.accounts.models import User
from foidesk.authorities.models import Role
from foidesk.cases.models import Case, EventKind
from foidesk.cases.services.events import lock_case, record_event
from foidesk.cases.services.permissions import require_role
from foidesk.cases.states import TransitionError

ERASED = "[requester details erased]"


def _scrub(value: Any, secrets: list[str]) -> Any:
    """Every string in a JSON-like value with the requester's details replaced."""
    if isinstance(value, str):
        for secret in secrets:
            value = value.replace(secret, ERASED)
        return value
    if isinstance(value, list):
        return [_scrub(v, secrets) for v in value]
    if isinstance(value, dict):
        return {k: _scrub(v, secrets) for k, v in value.items()}
    return value


def _secrets(case: Case) -> list[str]:
    """The details to remove, longest first (an address line may contain the name)."""
    found = [case.requester_name, case.requester_email, case.requester_address,
             *case.requester_address.splitlines()]
    if case.requester is not None:
        found += [case.requester.email, getattr(case.requester, "full_name", "") or ""]
    return sorted({s.strip() for s in found if s and len(s.strip()) > 2}, key=len, reverse=True)


def _erase_copies(case: Case) -> None:
    """UK GDPR Art 17: the stored letters (text, html, source) and the timeline hold copies of
    the details too; the requester's own actions become the system's."""
    secrets = _secrets(case)
    for letter in case.letters.all():
        letter.text = _scrub(letter.text, secrets)
        letter.html = _scrub(letter.html, secrets)
        letter.subject = _scrub(letter.subject, secrets)
        letter.source = _scrub(letter.source, secrets)
        letter.save(update_fields=["text", "html", "subject", "source"])
    for event in case.events.all():
        fields = ["data"]
        event.data = _scrub(event.data, secrets)
        if case.requester_id is not None and event.actor_id == case.requester_id:
            event.actor = None
            fields.append("actor")
        event.save(update_fields=fields)


def _erase(case: Case, actor: User | None, why: str) -> None:
    _erase_copies(case)
    case.requester_name = ""
    case.requester_email = ""
    case.requester_address = ""
    case.requester = None
    case.requester_erased_at = timezone.now()
    case.save(update_fields=["requester_name", "requester_email", "requester_address",
                             "requester", "requester_erased_at"])
    # The timeline keeps no copy of the details: only that they were erased, by whom and why.
    record_event(case=case, kind=EventKind.REQUESTER_ERASED, actor=actor, data={"why": why})


@transaction.atomic
def requester_erase(*, actor: User, case: Case, reason: str) -> Case:
    """UK GDPR Art 5(1)(e), 17: an administrator erases the requester's details from a closed
    case (audited). Published entries never held them."""
    case = lock_case(case.pk)
    require_role(actor=actor, authority=case.authority, role=Role.ADMINISTRATOR)
    if case.is_open:
        raise TransitionError("Only a closed case's requester details can be erased.")
    if case.requester_erased_at is not None:
        raise TransitionError("The requester's details have already been erased.")
    if not reason.strip():
        raise ValueError("Record why the details are erased.")
    _erase(case, actor, reason.strip())
    return case


def erase_expired_requesters(*, today: dt.date | None = None) -> int:
    """The retention sweep: erase details from cases closed longer ago than their authority's
    retention period. Returns how many cases were erased."""
    now = timezone.now() if today is None else timezone.make_aware(
        dt.datetime.combine(today, dt.time(12, 0)))
    count = 0
    candidates = Case.objects.filter(is_open=False, requester_erased_at__isnull=True,
                                     closed_at__isnull=False).select_related("authority")
    for case in candidates.iterator():
        if case.closed_at and case.closed_at + dt.timedelta(days=case.authority.retention_days) < now:
            with transaction.atomic():
                locked = lock_case(case.pk)
                if locked.requester_erased_at is None:
                    _erase(locked, None, f"retention period of {case.authority.retention_days} days")
                    count += 1
    return count
