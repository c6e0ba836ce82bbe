"""Who may use a route. Every view declares it with one of these decorators, and
tests/architecture/test_route_access.py enumerates the URL conf and fails for a view that does not.

- `@public`: anyone, signed in or not (the portal, the disclosure log).
- `@requester_required`: a signed-in person; they see only their own requests (the selectors
  enforce that).
- `@staff_required(Role.OFFICER)`: a signed-in member of at least one authority holding at least
  that role; which authority's data they see is the selectors' job (`case_for_user`), and a case
  of another authority answers 404, never 403, so its existence does not leak.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from django.apps import apps
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse

ACCESS_ATTRIBUTE = "foidesk_access"
# Highest last; a role may do everything the roles before it may (a contributor only sees the
# questions put to them, which the selectors enforce).
ROLE_ORDER = ("contributor", "officer", "approver", "administrator")

View = TypeVar("View", bound=Callable[..., Any])
Declared = TypeVar("Declared")


@dataclass(frozen=True)
class Access:
    audience: str  # "public", "requester" or "staff"
    role: str = ""

    def __str__(self) -> str:
        return f"staff ({self.role} or above)" if self.audience == "staff" else self.audience


def access_of(view: Any) -> Access | None:
    """The declared access of a view function (or a class-based view's `as_view()`)."""
    found = getattr(view, ACCESS_ATTRIBUTE, None)
    if found is None and hasattr(view, "view_class"):
        found = getattr(view.view_class, ACCESS_ATTRIBUTE, None)
    return found if isinstance(found, Access) else None


def roles_at_least(role: str) -> tuple[str, ...]:
    if role not in ROLE_ORDER:
        raise ValueError(f"unknown role {role!r}; expected one of {', '.join(ROLE_ORDER)}")
    return ROLE_ORDER[ROLE_ORDER.index(role) :]


def is_staff_member(user: Any, role: str = "contributor") -> bool:
    """True when the user holds at least `role` at one authority or more."""
    if not getattr(user, "is_authenticated", False):
        return False
    try:
        membership = apps.get_model("authorities", "Membership")
    except LookupError:  # the authorities app has no memberships yet
        return False
    return bool(
        membership.objects.filter(user_id=user.pk, role__in=roles_at_least(role)).exists()
    )


def public(view: Declared) -> Declared:
    """Anyone may use this route (a view function, a view class, or an API operation)."""
    setattr(view, ACCESS_ATTRIBUTE, Access("public"))
    return view


def requester_required(view: View) -> View:
    """A signed-in person; anonymous visitors are sent to sign in and brought back."""

    @functools.wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        result: HttpResponse = view(request, *args, **kwargs)
        return result

    setattr(wrapped, ACCESS_ATTRIBUTE, Access("requester"))
    return wrapped  # type: ignore[return-value]


def staff_required(role: str = "contributor") -> Callable[[View], View]:
    """A signed-in member of an authority with at least `role` (403 otherwise: the route itself
    is no secret; the cases behind it are guarded by the selectors with 404)."""
    roles_at_least(role)  # fail at import time on a misspelt role

    def decorate(view: View) -> View:
        @functools.wraps(view)
        def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not is_staff_member(request.user, role):
                raise PermissionDenied("This page is for authority staff.")
            result: HttpResponse = view(request, *args, **kwargs)
            return result

        setattr(wrapped, ACCESS_ATTRIBUTE, Access("staff", role))
        return wrapped  # type: ignore[return-value]

    return decorate
