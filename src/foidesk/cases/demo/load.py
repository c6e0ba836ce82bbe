"""The demo installation `foidesk serve` loads into an empty database: the Office of the Police
and Crime Commissioner for Cleveland and a handful of fictitious authorities (one Scottish under
FOISA, one EIR-heavy council, a police force, an NHS trust), a demo user for each role, the
canonical request awaiting answers, and a few hundred generated cases in every state.

Every person is fictitious (@example.org)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from importlib import resources

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from foidesk.accounts.models import User
from foidesk.authorities.models import Authority, Membership, Role
from foidesk.cases.demo.generate import generate_cases
from foidesk.cases.services.assignment import case_assign
from foidesk.cases.services.intake import case_submit_from_portal
from foidesk.cases.services.questions import case_split_questions
from foidesk.disclosure.demo import publish_generated

DEMO_PASSWORD = "foidesk-demo-2026"  # noqa: S105 — printed at start; demo data only


@dataclass(frozen=True)
class DemoLogin:
    role: str
    email: str
    name: str


AUTHORITIES = [
    {"name": "Office of the Police and Crime Commissioner for Cleveland", "slug": "opcc-cleveland",
         "regime": "foia", "kind": "pcc", "nation": "england", "reference_prefix": "OPCC",
         "foi_email": "foi@opcc-cleveland.example.org", "foi_phone": "07700 900100",
         "foi_address": "Office of the PCC\nSt Marks House\nStockton-on-Tees\nTS17 6QW",
         "colour": "#00577a"},
    {"name": "Northshire Police", "slug": "northshire-police", "regime": "foia", "kind": "police",
         "nation": "england", "reference_prefix": "NP", "foi_email": "foi@northshire-police.example.org",
         "foi_phone": "07700 900200", "foi_address": "Police HQ\n1 Example Way\nNorthtown\nNT1 1AA",
         "colour": "#1d3a6e"},
    {"name": "Teesmouth Borough Council", "slug": "teesmouth-council", "regime": "eir",
         "kind": "council", "nation": "england", "reference_prefix": "TBC",
         "foi_email": "information@teesmouth.example.org", "foi_phone": "07700 900300",
         "foi_address": "Town Hall\nHigh Street\nTeesmouth\nTS99 1ZZ", "colour": "#00703c"},
    {"name": "Riverside NHS Foundation Trust", "slug": "riverside-nhs", "regime": "foia", "kind": "nhs",
         "nation": "wales", "reference_prefix": "RNHS", "foi_email": "foi@riverside-nhs.example.org",
         "foi_phone": "07700 900400", "foi_address": "Riverside Hospital\nCardiff Road\nCF99 1AA",
         "colour": "#005eb8"},
    {"name": "Glenmuir Council", "slug": "glenmuir-council", "regime": "foisa", "kind": "council",
         "nation": "scotland", "reference_prefix": "GC", "foi_email": "foi@glenmuir.example.org",
         "foi_phone": "07700 900500", "foi_address": "Council Offices\nGlenmuir\nEH99 1AA",
         "colour": "#4c2c92"},
]

PEOPLE = [
    ("officer", "priya.officer@example.org", "Priya Shah (officer)"),
    ("contributor", "tom.contributor@example.org", "Tom Hughes (contributor)"),
    ("approver", "grace.approver@example.org", "Grace Okafor (approver)"),
    ("administrator", "dafydd.admin@example.org", "Dafydd Evans (administrator)"),
]
REQUESTER = ("requester", "rowan.requester@example.org", "Rowan Example (requester)")


def canonical_request_text() -> str:
    return resources.files("foidesk.cases.demo").joinpath("canonical_request.txt").read_text(
        encoding="utf-8")


def _user(email: str, name: str) -> User:
    user = get_user_model().objects.filter(email=email).first()
    if user is None:
        user = get_user_model()(username=email, email=email, full_name=name.split(" (")[0])
        user.set_password(DEMO_PASSWORD)
        user.save()
    assert isinstance(user, User)
    return user


def demo_logins() -> list[DemoLogin]:
    return [DemoLogin(role, email, name) for role, email, name in [*PEOPLE, REQUESTER]]


def load_demo(*, generated_cases: int = 300, today: dt.date | None = None) -> list[DemoLogin]:
    """Load the demo data (idempotent: does nothing if the OPCC already exists)."""
    if Authority.objects.filter(slug="opcc-cleveland").exists():
        return demo_logins()
    with transaction.atomic():
        auths = [Authority.objects.create(**a) for a in AUTHORITIES]
        opcc = auths[0]
        staff = {role: _user(email, name) for role, email, name in PEOPLE}
        for role, user in staff.items():
            Membership.objects.create(user=user, authority=opcc, role=role)
        # A person may belong to several authorities: the officer also works for the police.
        Membership.objects.create(user=staff["officer"], authority=auths[1], role=Role.OFFICER)
        for a in auths[1:]:
            for role in ("officer", "approver", "administrator"):
                email = f"{role}.{a.slug}@example.org"
                Membership.objects.create(user=_user(email, f"{a.name} {role}"), authority=a,
                                          role=role)
        requester = _user(REQUESTER[1], REQUESTER[2])
        received = timezone.now() - dt.timedelta(days=3)
        case = case_submit_from_portal(
            actor=requester, authority=opcc, requester_name="Rowan Example",
            requester_email=requester.email, text=canonical_request_text(),
            received_at=received,
        )
        case_assign(actor=staff["officer"], case=case, owner=staff["officer"])
        case_split_questions(actor=staff["officer"], case=case)
    generate_cases(cases=generated_cases, authorities=len(auths), seed=5, today=today)
    # The generated responses that were sent or closed appear on the disclosure log.
    publish_generated(seed=5)
    return demo_logins()
