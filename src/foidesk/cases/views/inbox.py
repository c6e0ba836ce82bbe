"""The staff dashboard: open cases with due date, working days left, overdue in red."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from foidesk.accounts.access import staff_required
from foidesk.cases.forms import InboxFilterForm
from foidesk.cases.selectors import (
    CaseFilters,
    authorities_for_user,
    cases_for_user,
    contributions_for_user,
    inbox_counts,
)
from foidesk.cases.views.common import CalendarCache, me

PAGE_SIZE = 25


@staff_required("contributor")
def inbox(request: HttpRequest) -> HttpResponse:
    """Officers see their authorities' open cases; contributors see what they were asked."""
    form = InboxFilterForm(request.GET or None)
    data = form.cleaned_data if form.is_valid() else {}
    owner = data.get("owner") or ""
    filters = CaseFilters(
        state=data.get("state") or None, regime=data.get("regime") or None,
        mine=owner == "mine", unassigned=owner == "none",
        due_this_week=data.get("due") == "week", overdue=data.get("due") == "overdue",
        query=data.get("q") or "", sort=data.get("sort") or "due",
    )
    authorities = list(authorities_for_user(me(request)))
    page = None
    rows = []
    if authorities:
        paginator = Paginator(cases_for_user(me(request), filters), PAGE_SIZE)
        page = paginator.get_page(request.GET.get("page"))
        cache = CalendarCache()
        rows = [(case, cache.due_info(case)) for case in page.object_list]
    query = request.GET.copy()
    query.pop("page", None)
    return render(request, "cases/inbox.html", {
        "form": form, "page": page, "rows": rows, "authorities": authorities,
        "counts": inbox_counts(me(request)) if authorities else None,
        "contributions": contributions_for_user(me(request)),
        "query": query.urlencode(),
        "authority": authorities[0] if len(authorities) == 1 else None,
    })
