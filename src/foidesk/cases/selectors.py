"""The only doors into case data for staff: every read goes through a permission-checked
selector. Another authority's case is a 404, never a 403, so ids reveal nothing."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db.models import Count, Q, QuerySet
from django.http import Http404
from django.utils import timezone

from foidesk.accounts.models import User
from foidesk.authorities.models import Authority, Membership, Role, role_allows

from .models import Case, ContributorRequest, Question
from .states import CaseState

INBOX_SORTS: dict[str, tuple[str, ...]] = {
    "due": ("due_date", "id"),
    "-due": ("-due_date", "-id"),
    "received": ("received", "id"),
    "-received": ("-received", "-id"),
    "reference": ("reference",),
    "-reference": ("-reference",),
    "state": ("state", "due_date", "id"),
}


@dataclass(frozen=True)
class CaseFilters:
    """What an officer filters the inbox by (all optional)."""

    authority_id: int | None = None
    state: str | None = None
    owner_id: int | None = None
    mine: bool = False
    unassigned: bool = False
    due_this_week: bool = False
    overdue: bool = False
    regime: str | None = None
    include_closed: bool = False
    query: str = ""
    sort: str = "due"
    today: dt.date | None = field(default=None)


def staff_authority_ids(user: User, *, role: Role = Role.OFFICER) -> list[int]:
    """Authorities where the user holds at least `role`."""
    if not user.is_authenticated:
        return []
    return [
        m.authority_id
        for m in Membership.objects.filter(user=user).only("authority_id", "role")
        if role_allows(m.role, role)
    ]


def authorities_for_user(user: User, *, role: Role = Role.OFFICER) -> QuerySet[Authority]:
    return Authority.objects.filter(pk__in=staff_authority_ids(user, role=role))


def membership_for(user: User, authority: Authority) -> Membership | None:
    if not user.is_authenticated:
        return None
    return Membership.objects.filter(user=user, authority=authority).first()


def cases_for_user(user: User, filters: CaseFilters | None = None) -> QuerySet[Case]:
    """Cases of the authorities where the user is at least an officer, filtered and sorted.
    Uses the (authority, is_open, due_date) index: fast with 100k cases."""
    f = filters or CaseFilters()
    ids = staff_authority_ids(user)
    if f.authority_id is not None:
        ids = [i for i in ids if i == f.authority_id]
    qs = Case.objects.filter(authority_id__in=ids)
    if not f.include_closed and not f.state:
        qs = qs.filter(is_open=True)
    if f.state:
        qs = qs.filter(state=CaseState(f.state))
    if f.mine:
        qs = qs.filter(owner=user)
    elif f.owner_id is not None:
        qs = qs.filter(owner_id=f.owner_id)
    if f.unassigned:
        qs = qs.filter(owner__isnull=True)
    if f.regime:
        qs = qs.filter(regime=f.regime)
    today = f.today or timezone.localdate()
    if f.due_this_week:
        monday = today - dt.timedelta(days=today.weekday())
        qs = qs.filter(due_date__gte=monday, due_date__lte=monday + dt.timedelta(days=6))
    if f.overdue:
        qs = qs.filter(due_date__lt=today, is_open=True)
    if f.query.strip():
        q = f.query.strip()
        qs = qs.filter(Q(reference__iexact=q) | Q(title__icontains=q))
    order = INBOX_SORTS.get(f.sort, INBOX_SORTS["due"])
    # Prefetch rather than join: a single-table query lets the planner walk a due-date
    # index and stop after one page.
    return qs.prefetch_related("authority", "owner").order_by(*order)


def case_for_user(user: User, case_id: int, *, role: Role = Role.OFFICER) -> Case:
    """One case, if the user holds `role` at its authority; otherwise 404 (not 403)."""
    case = (
        Case.objects.select_related("authority", "owner", "parent")
        .filter(pk=case_id, authority_id__in=staff_authority_ids(user, role=role))
        .first()
    )
    if case is None:
        raise Http404("No such case.")
    return case


def case_by_reference_for_user(user: User, reference: str) -> Case:
    case = Case.objects.filter(
        reference=reference, authority_id__in=staff_authority_ids(user)
    ).first()
    if case is None:
        raise Http404("No such case.")
    return case


def case_timeline(case: Case) -> QuerySet:  # type: ignore[type-arg]
    return case.events.select_related("actor").order_by("at", "id")


def case_questions(case: Case) -> QuerySet[Question]:
    return case.questions.select_related("answer").order_by("order", "id")


def contributions_for_user(user: User, *, open_only: bool = True) -> QuerySet[ContributorRequest]:
    """What a contributor has been asked (only theirs, only at authorities they belong to)."""
    if not user.is_authenticated:
        return ContributorRequest.objects.none()
    qs = ContributorRequest.objects.filter(
        contributor=user,
        case__authority_id__in=Membership.objects.filter(user=user).values("authority_id"),
    )
    if open_only:
        qs = qs.filter(answered_at__isnull=True)
    return qs.select_related("case", "case__authority").order_by("due", "asked_at")


def contribution_for_user(user: User, contribution_id: int) -> ContributorRequest:
    """One contributor request, only for the person asked; 404 for anyone else."""
    c = contributions_for_user(user, open_only=False).filter(pk=contribution_id).first()
    if c is None:
        raise Http404("No such request for answers.")
    return c


def inbox_counts(user: User) -> dict[str, int]:
    """Headline figures for the dashboard (open, overdue, unassigned, awaiting approval)."""
    today = timezone.localdate()
    qs = Case.objects.filter(authority_id__in=staff_authority_ids(user), is_open=True)
    return qs.aggregate(
        open=Count("id"),
        overdue=Count("id", filter=Q(due_date__lt=today)),
        unassigned=Count("id", filter=Q(owner__isnull=True)),
        awaiting_approval=Count("id", filter=Q(state=CaseState.AWAITING_APPROVAL)),
    )


def requester_cases(user: User) -> QuerySet[Case]:
    """A requester's own requests (the portal's 'track my requests'); never anyone else's."""
    if not user.is_authenticated:
        return Case.objects.none()
    return Case.objects.filter(requester=user).select_related("authority").order_by("-received_at")


def requester_case(user: User, case_id: int) -> Case:
    case = requester_cases(user).filter(pk=case_id).first()
    if case is None:
        raise Http404("No such request.")
    return case


def has_open_contribution(user: User, case: Case) -> bool:
    return ContributorRequest.objects.filter(contributor=user, case=case).exists()


__all__ = [
    "CaseFilters", "authorities_for_user", "case_by_reference_for_user",
    "case_for_user", "case_questions", "case_timeline", "cases_for_user",
    "contribution_for_user", "contributions_for_user", "has_open_contribution", "inbox_counts",
    "membership_for", "requester_case", "requester_cases", "staff_authority_ids",
]
