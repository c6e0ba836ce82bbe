"""Sign in with an email address and password (the username is kept equal to the email)."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.http import HttpRequest


class EmailBackend(ModelBackend):
    def authenticate(
        self, request: HttpRequest | None, username: str | None = None,
        password: str | None = None, **kwargs: Any,
    ) -> Any:
        email = kwargs.get("email") or username
        if not email or not password:
            return None
        user_model = get_user_model()
        user = user_model._default_manager.filter(email__iexact=email.strip()).first()
        if user is None:
            user_model().set_password(password)  # same work either way, so timing leaks nothing
            return None
        if user.check_password(password) and self.user_can_authenticate(user):
            return user
        return None
