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


def make_authority(name: str = "Office of the Police and Crime Commissioner for Cleveland",
                   slug: str = "opcc-cleveland", **extra: Any) -> Any:
    from foidesk.authorities.models import Authority

    defaults = {"regime": "foia", "kind": "pcc", "reference_prefix": "OPCC",
                "foi_email": "foi@opcc-cleveland.example.org", "colour": "#005ea5"}
    return Authority.objects.create(name=name, slug=slug, **{**defaults, **extra})


def make_staff(authority: Any, role: str = "officer", email: str = "olive.officer@example.org",
               full_name: str = "Olive Officer") -> Any:
    from django.contrib.auth import get_user_model

    from foidesk.authorities.models import Membership

    user = get_user_model().objects.filter(email=email).first() or make_user(email, full_name)
    Membership.objects.create(user=user, authority=authority, role=role)
    return user


CANONICAL_REQUEST = """I write to request information and records under the Freedom of Information Act 2000 (FOIA) regarding the use of facial recognition technology.
I write following inspection of the Police and Crime Plan Draft, which states on slide 12 referring to a "bid for exploratory funding to trial facial recognition software"
- What is the application process for this exploratory funding?
- What is the scheme or programme under which this exploratory funding has been or will be granted?
- To your knowledge, which body (or bodies) have been granted this exploratory funding?
- What was the total amount of funding available?
- Has the PCC been successful in its bid for funding?"""


def make_case(authority: Any, *, text: str = CANONICAL_REQUEST,
              requester_name: str = "Robin Requester",
              requester_email: str = "robin.requester@example.org", requester: Any = None,
              state: str = "in_progress", received: str = "2026-03-02") -> Any:
    """A case as the intake service leaves it (rows written directly, so the disclosure and
    portal tests do not depend on letter rendering)."""
    import datetime as dt

    from django.utils import timezone

    from foidesk.cases.models import Case

    day = dt.date.fromisoformat(received)
    case = Case.objects.create(
        authority=authority, reference=f"tmp-{Case.objects.count() + 1}", regime=authority.regime,
        requester=requester, requester_name=requester_name, requester_email=requester_email,
        title=text.splitlines()[0][:120], request_text=text, received=day,
        received_at=timezone.make_aware(dt.datetime.combine(day, dt.time(10, 0))),
        state=state, is_open=state not in {"sent", "closed", "withdrawn", "invalid", "redirected"},
        due_date=day + dt.timedelta(days=28),
    )
    case.reference = f"{authority.reference_prefix}-{day.year}-{case.pk:06d}"
    case.save(update_fields=["reference"])
    return case


def answered_case(authority: Any, officer: Any, *, text: str = CANONICAL_REQUEST,
                  requester_name: str = "Robin Requester",
                  requester_email: str = "robin.requester@example.org",
                  answers: list[Any] | None = None, **extra: Any) -> Any:
    """A case with one question per "- " line of its text, each answered (validated by the
    casework's own answer rules, so every answer here is one the law accepts)."""
    from foidesk.cases.models import Answer, Outcome, Question
    from foidesk.cases.services.answers import AnswerDraft, validate_answer

    case = make_case(authority, text=text, requester_name=requester_name,
                     requester_email=requester_email, **extra)
    lines = [ln[2:] for ln in text.splitlines() if ln.startswith("- ")] or [text.splitlines()[0]]
    for i, line in enumerate(lines):
        q = Question.objects.create(case=case, parse_id=f"q{i + 1}", label=str(i + 1), text=line,
                                    order=i)
        draft = (answers[i] if answers and i < len(answers) else
                 AnswerDraft(outcome=Outcome.DISCLOSED,
                             disclosed_text=f"The STAR fund answer number {i + 1}."))
        d = validate_answer(regime=case.regime, draft=draft)
        Answer.objects.create(
            question=q, outcome=d.outcome, disclosed_text=d.disclosed_text,
            provisions=d.provisions, reason=d.reason, harm=d.harm, pit_for=d.pit_for,
            pit_against=d.pit_against, pit_balance=d.pit_balance,
            ncnd_provision=d.ncnd_provision, advice=d.advice, answered_by=officer,
        )
    return case
