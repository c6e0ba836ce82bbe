"""Who may call an API operation. Staff operations carry token auth (`TokenAuth`); a public
operation is marked with `public` (the same marker as the web views), so the route-access
architecture test can prove every operation declared one or the other."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja.security import HttpBearer

from foidesk.accounts.access import is_staff_member, public

from .services import api_token_user

__all__ = ["TokenAuth", "public"]


class TokenAuth(HttpBearer):
    """`Authorization: Bearer fdk_…` for a member of at least one authority. Which cases they
    see is the casework selectors' job, exactly as in the web interface."""

    def authenticate(self, request: HttpRequest, token: str) -> Any | None:
        user = api_token_user(token)
        if user is None or not is_staff_member(user):
            return None
        request.user = user
        return user
