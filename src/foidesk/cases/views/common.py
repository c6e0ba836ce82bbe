"""What every casework view shares: the refusal message, and the clock shown on a case."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone

from foidesk.accounts.models import User
from foidesk.authorities.models import Authority
from foidesk.cases.clock import authority_calendar
from foidesk.cases.models import Case
from foidesk.cases.services.permissions import NotAllowed
from foidesk.cases.states import TransitionError

REFUSALS = (TransitionError, NotAllowed, ValueError, PermissionError)


def me(request: HttpRequest) -> User:
    """The signed-in person (the access decorators have already refused anyone else)."""
    user = request.user
    assert isinstance(user, User)
    return user


def attempt(request: HttpRequest, call: Callable[[], Any], success: str) -> bool:
    """Call one service; show its refusal (an illegal transition, a missing role, bad input)
    as a message instead of an error page."""
    try:
        call()
    except REFUSALS as exc:
        messages.error(request, str(exc))
        return False
    if success:
        messages.success(request, success)
    return True


def to_case(case: Case, anchor: str = "") -> HttpResponse:
    response = redirect("cases:case", case_id=case.pk)
    if anchor:
        response["Location"] += f"#{anchor}"
    return response


def form_page(request: HttpRequest, case: Case, *, form: Any, title: str, button: str,
              intro: str = "", multipart: bool = False, status: int = 200,
              remove_label: str = "") -> HttpResponse:
    """One thing per page: a titled form for one action on a case.

    `remove_label`, when given, adds a separate warning button that posts `remove=1`.
    """
    return render(request, "cases/action_form.html", {
        "case": case, "authority": case.authority, "form": form, "title": title,
        "button": button, "intro": intro, "multipart": multipart, "remove_label": remove_label,
    }, status=status)


@dataclass(frozen=True)
class DueInfo:
    due: dt.date | None
    working_days_left: int | None
    overdue: bool


class CalendarCache:
    """One working-day calendar per authority and regime for a page of cases."""

    def __init__(self) -> None:
        self._cals: dict[tuple[int, str], Any] = {}

    def due_info(self, case: Case, today: dt.date | None = None) -> DueInfo:
        today = today or timezone.localdate()
        if case.due_date is None:
            return DueInfo(None, None, False)
        key = (case.authority_id, case.regime)
        if key not in self._cals:
            self._cals[key] = authority_calendar(_authority(case), case.regime)
        left = self._cals[key].working_days_between(today, case.due_date)
        return DueInfo(case.due_date, left, case.is_open and case.due_date < today)


def _authority(case: Case) -> Authority:
    return case.authority
