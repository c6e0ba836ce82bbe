"""Test data in one place. Every person here is fictitious (example.org, 07700 900xxx)."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model

PASSWORD = "correct-horse-battery-staple-42"


def make_user(email: str = "ada.lovelace@example.org", full_name: str = "Ada Lovelace",
              password: str | None = PASSWORD, **extra: Any) -> Any:
    user = get_user_model()(username=email, email=email, full_name=full_name, **extra)
    if password:
        user.set_password(password)
    else:
        user.set_unusable_password()
    user.save()
    return user
