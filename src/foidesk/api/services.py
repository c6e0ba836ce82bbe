"""Issuing, checking and revoking API tokens."""

from __future__ import annotations

import hashlib
import secrets
from typing import Any

from django.db import transaction
from django.utils import timezone

from .models import ApiToken

PREFIX = "fdk_"


def _hash(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


@transaction.atomic
def api_token_create(*, user: Any, name: str) -> tuple[ApiToken, str]:
    """A new token for `user`. The key is returned once and only its hash is kept."""
    if not name.strip():
        raise ValueError("Name the token, so you can tell it apart later.")
    key = PREFIX + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(user=user, name=name.strip()[:100], prefix=key[:12],
                                    key_hash=_hash(key))
    return token, key


def api_token_user(key: str) -> Any | None:
    """The active user a key belongs to, or None (unknown, revoked, or user deactivated)."""
    if not key.startswith(PREFIX):
        return None
    token = (ApiToken.objects.select_related("user")
             .filter(key_hash=_hash(key), revoked_at__isnull=True).first())
    if token is None or not token.user.is_active:
        return None
    ApiToken.objects.filter(pk=token.pk).update(last_used_at=timezone.now())
    return token.user


@transaction.atomic
def api_token_revoke(*, user: Any, token_id: int) -> None:
    updated = ApiToken.objects.filter(pk=token_id, user=user, revoked_at__isnull=True).update(
        revoked_at=timezone.now()
    )
    if not updated:
        raise ValueError("No such active token.")
