"""Sign-in links sent by email: signed, expiring and single-use.

The token signs the user's id and their last sign-in time. Signing in changes that time, so a
link works once; the signature carries a timestamp, so it expires after MAGIC_LINK_MAX_AGE.
Nothing is stored, so there is no table of live tokens to leak.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing

SALT = "foidesk.accounts.magic-link"


class InvalidLink(Exception):
    """The link is forged, expired or already used."""


def _last_login_stamp(user: Any) -> str:
    return user.last_login.isoformat() if user.last_login else "never"


def make_token(user: Any) -> str:
    return signing.dumps({"u": user.pk, "l": _last_login_stamp(user)}, salt=SALT, compress=True)


def user_for_token(token: str) -> Any:
    """The user the token signs for, or InvalidLink saying why not."""
    max_age = getattr(settings, "MAGIC_LINK_MAX_AGE", 30 * 60)
    try:
        payload = signing.loads(token, salt=SALT, max_age=max_age)
    except signing.SignatureExpired as exc:
        raise InvalidLink("This sign-in link has expired. Ask for a new one.") from exc
    except signing.BadSignature as exc:
        raise InvalidLink("This sign-in link is not valid. Ask for a new one.") from exc
    user = get_user_model()._default_manager.filter(pk=payload.get("u"), is_active=True).first()
    if user is None or payload.get("l") != _last_login_stamp(user):
        raise InvalidLink("This sign-in link has already been used. Ask for a new one.")
    return user
