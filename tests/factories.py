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
              received: dt.datetime | None = None, actor: Any = None, requester: Any = None,
              **extra: Any) -> Any:
    """A case submitted on the portal; `requester` (or `actor`) is the signed-in requester."""
    from foidesk.cases.services.intake import case_submit_from_portal

    actor = actor if actor is not None else requester
    kwargs: dict[str, Any] = {
        "requester_name": "Rowan Example", "requester_email": "rowan.example@example.org",
    }
    kwargs.update(extra)
    return case_submit_from_portal(actor=actor, authority=authority, text=text,
                                   received_at=received, **kwargs)


def make_staff(authority: Any, role: str = "officer", email: str = "olive.officer@example.org",
               full_name: str = "Olive Officer") -> Any:
    return make_member(authority, role, email, full_name)


SIMPLE_REQUEST = """Please send me information about the STAR fund bid.
- What is the application process for this exploratory funding?
- What was the total amount of funding available?"""


def answered_case(authority: Any, officer: Any, *, text: str = CANONICAL_REQUEST,
                  answers: list[Any] | None = None, **extra: Any) -> Any:
    """A portal request with one question per "- " line of its text, each answered, all through
    the casework services (so every answer is one the law accepts)."""
    from foidesk.cases.models import Outcome
    from foidesk.cases.services.answers import AnswerDraft, answer_question
    from foidesk.cases.services.questions import question_add

    case = make_case(authority, text=text, **extra)
    lines = [ln[2:] for ln in text.splitlines() if ln.startswith("- ")] or [text.splitlines()[0]]
    for i, line in enumerate(lines):
        q = question_add(actor=officer, case=case, label=str(i + 1), text=line)
        draft = (answers[i] if answers and i < len(answers) else
                 AnswerDraft(outcome=Outcome.DISCLOSED,
                             disclosed_text=f"The STAR fund answer number {i + 1}."))
        answer_question(actor=officer, question=q, draft=draft)
    case.refresh_from_db()
    return case
