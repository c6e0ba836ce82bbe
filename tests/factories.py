"""Test data in one place. Every person here is fictitious (example.org, 07700 900xxx)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from django.contrib.auth import get_user_model

PASSWORD = "correct-horse-battery-staple-42"
CANONICAL_REQUEST = (
    Path(__file__).resolve().parents[1] / "src" / "foidesk" / "cases" / "demo"
    / "canonical_request.txt"
).read_text(encoding="utf-8")


def make_user(email: str = "ada.lovelace@example.org", full_name: str = "Ada Lovelace",
              password: str | None = PASSWORD, **extra: Any) -> Any:
    user = get_user_model()(username=email, email=email, full_name=full_name, **extra)
    if password:
        user.set_password(password)
    else:
        user.set_unusable_password()
    user.save()
    return user


def make_authority(name: str = "Office of the Police and Crime Commissioner for Cleveland",
                   slug: str = "opcc-cleveland", **extra: Any) -> Any:
    from foidesk.authorities.models import Authority

    defaults: dict[str, Any] = {
        "regime": "foia", "kind": "pcc", "nation": "england", "reference_prefix": "OPCC",
        "foi_email": f"foi@{slug}.example.org", "foi_phone": "07700 900001",
        "foi_address": "1 Example Street\nMiddlesbrough\nTS1 1AA",
    }
    defaults.update(extra)
    return Authority.objects.create(name=name, slug=slug, **defaults)


def make_member(authority: Any, role: str, email: str, full_name: str) -> Any:
    from foidesk.authorities.models import Membership

    user = make_user(email=email, full_name=full_name)
    Membership.objects.create(user=user, authority=authority, role=role)
    return user


def make_case(authority: Any, *, text: str = CANONICAL_REQUEST,
              received: dt.datetime | None = None, actor: Any = None, **extra: Any) -> Any:
    from foidesk.cases.services.intake import case_submit_from_portal

    kwargs: dict[str, Any] = {
        "requester_name": "Rowan Example", "requester_email": "rowan.example@example.org",
    }
    kwargs.update(extra)
    return case_submit_from_portal(actor=actor, authority=authority, text=text,
                                   received_at=received, **kwargs)
