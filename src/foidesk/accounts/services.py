"""Writes for people: implicit sign-up of requesters, and sign-in links by email."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse

from .magic_links import make_token


@transaction.atomic
def requester_get_or_create(*, email: str, full_name: str) -> Any:
    """The person behind a request, found by email (any case) or signed up implicitly.

    A requester made here has no password: they sign in with an emailed link, and may set a
    password later. A known person's name is not overwritten by what a form says.
    """
    user_model = get_user_model()
    email = user_model.objects.normalize_email(email.strip())
    user = user_model._default_manager.filter(email__iexact=email).first()
    if user is not None:
        if not user.full_name and full_name:
            user.full_name = full_name.strip()
            user.save(update_fields=["full_name"])
        return user
    user = user_model(username=email.lower(), email=email, full_name=full_name.strip())
    user.set_unusable_password()
    user.save()
    return user


def magic_link_url(user: Any, *, next_url: str = "") -> str:
    query = {"token": make_token(user)}
    if next_url:
        query["next"] = next_url
    return f"{settings.SITE_URL}{reverse('accounts:magic_link')}?{urlencode(query)}"


def send_magic_link(*, email: str, next_url: str = "") -> bool:
    """Email a sign-in link to the person with this address, if there is one. The caller says the
    same thing either way, so the form does not reveal who has an account."""
    user = get_user_model()._default_manager.filter(email__iexact=email.strip(), is_active=True).first()
    if user is None:
        return False
    url = magic_link_url(user, next_url=next_url)
    body = (
        f"Hello {user.full_name or user.email},\n\n"
        f"Use this link to sign in to {settings.FOIDESK_SITE_NAME}:\n\n{url}\n\n"
        "The link works once and expires in 30 minutes. If you did not ask for it, ignore this "
        "email: nobody can sign in without it.\n"
    )
    transaction.on_commit(
        lambda: send_mail("Your sign-in link", body, None, [user.email], fail_silently=False)
    )
    return True
