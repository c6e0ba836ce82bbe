"""The demo data `foidesk serve` loads, and `foidesk generate`'s datasets."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from foidesk.authorities.models import Authority
from foidesk.cases.clock import case_deadline
from foidesk.cases.demo.generate import generate_cases
from foidesk.cases.demo.load import DEMO_PASSWORD, load_demo
from foidesk.cases.models import Case
from foidesk.cases.states import CaseState

pytestmark = pytest.mark.django_db


def test_the_demo_has_the_opcc_a_scottish_and_an_eir_authority_and_the_canonical_case():
    logins = load_demo(generated_cases=60)
    assert {login.role for login in logins} >= {"officer", "contributor", "approver",
                                                 "administrator", "requester"}
    assert all(login.email.endswith("@example.org") for login in logins)
    regimes = set(Authority.objects.values_list("regime", flat=True))
    assert regimes == {"foia", "eir", "foisa"}
    canonical = Case.objects.get(authority__slug="opcc-cleveland",
                                 request_text__contains="facial recognition technology",
                                 channel="portal")
    assert canonical.state == CaseState.IN_PROGRESS
    assert canonical.questions.count() >= 10
    assert load_demo() == logins  # idempotent
    from foidesk.disclosure.models import PublishedResponse

    sent = Case.objects.filter(state__in=["sent", "closed"], stage="request").count()
    assert PublishedResponse.objects.count() == sent > 0


def test_generated_cases_cover_every_state_with_due_dates_from_the_law_engine():
    result = generate_cases(cases=1000, authorities=3, seed=7, today=dt.date(2026, 11, 26))
    assert result.cases == 1000
    states = set(Case.objects.values_list("state", flat=True))
    assert states == {s.value for s in CaseState}
    for case in Case.objects.filter(paused=False, is_open=True)[:25]:
        assert case.due_date == case_deadline(case).due
    assert not Case.objects.filter(reference__startswith="gen-").exists()


def test_the_demo_officer_can_open_every_page_of_the_canonical_case(client):
    load_demo(generated_cases=20)
    assert client.login(email="priya.officer@example.org", password=DEMO_PASSWORD)
    case = Case.objects.get(authority__slug="opcc-cleveland", channel="portal")
    q = case.questions.first()
    for url in [reverse("cases:inbox"), reverse("cases:case", args=[case.pk]),
                reverse("cases:answer", args=[case.pk, q.pk]),
                reverse("cases:ask_contributor", args=[case.pk]),
                reverse("cases:clarification", args=[case.pk]),
                reverse("cases:extend", args=[case.pk]), reverse("cases:close", args=[case.pk]),
                reverse("cases:log")]:
        assert client.get(url).status_code == 200, url


def test_the_case_page_renders_in_every_state(client):
    load_demo(generated_cases=600)
    assert client.login(email="priya.officer@example.org", password=DEMO_PASSWORD)
    from foidesk.authorities.models import Membership

    mine = Membership.objects.filter(user__email="priya.officer@example.org").values("authority")
    seen = set()
    for case in Case.objects.filter(authority__in=mine).order_by("state", "pk"):
        if case.state in seen:
            continue
        seen.add(case.state)
        response = client.get(reverse("cases:case", args=[case.pk]))
        assert response.status_code == 200, case.state
        assert case.get_state_display() in response.content.decode()
    assert len(seen) >= 8
