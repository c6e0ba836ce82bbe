"""Portal reads. Authorities are public; requests only ever through the requester's own door
(`foidesk.cases.selectors.requester_cases`)."""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet
from django.http import Http404

from foidesk.authorities.models import Authority
from foidesk.cases.models import Attachment, Case, EventKind, Letter
from foidesk.cases.selectors import requester_case, requester_cases


def public_authorities(query: str = "", regime: str = "") -> QuerySet[Authority]:
    qs = Authority.objects.order_by("name")
    if query.strip():
        q = query.strip()
        qs = qs.filter(Q(name__icontains=q) | Q(slug__icontains=q) | Q(foi_address__icontains=q))
    if regime:
        qs = qs.filter(regime=regime)
    return qs


def public_authority(slug: str) -> Authority:
    found = Authority.objects.filter(slug=slug).first()
    if found is None:
        raise Http404("No such authority.")
    return found


def my_requests(user: Any) -> QuerySet[Case]:
    return requester_cases(user)


def my_request(user: Any, case_id: int) -> Case:
    """One of the user's own requests; 404 for anyone else's, whatever the id."""
    return requester_case(user, case_id)


def letters_received(case: Case) -> QuerySet[Letter]:
    """Letters that were emailed to the requester (drafts never show)."""
    return case.letters.filter(sent_at__isnull=False).order_by("created_at", "id")


def released_attachments(case: Case) -> list[Attachment]:
    """Files the requester was sent with the response: only once it was sent, and only those the
    release gate let through."""
    if not case.events.filter(kind=EventKind.SENT).exists():
        return []
    return [a for a in case.attachments.filter(superseded=False) if a.releasable]


def submitted_cases(case_ids: list[int]) -> list[Case]:
    """The cases this browser session just submitted (the confirmation page, before sign-in)."""
    return list(Case.objects.select_related("authority").filter(pk__in=case_ids[-20:])
                .order_by("authority__name"))
