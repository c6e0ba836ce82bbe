"""Making a request on the portal: authorities listed with their law, FOIA s8 validity in GOV.UK
error-summary style, and after sending the reference, the statutory due date and an email."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.core import mail
from django.urls import reverse
from tests.factories import make_authority

from foidesk.cases.models import Case
from foidesk.law.clock import ClockFacts, compute_deadline

pytestmark = pytest.mark.django_db


@pytest.fixture
def authorities():
    return [
        make_authority(),
        make_authority(name="Scottish Example Council", slug="scottish-example", regime="foisa",
                       nation="scotland", reference_prefix="SEC",
                       foi_email="foi@scottish-example.example.org"),
        make_authority(name="Example Borough Council", slug="example-borough", regime="eir",
                       reference_prefix="EBC", foi_email="eir@example-borough.example.org"),
    ]


def test_the_authority_list_shows_each_regime_and_contact(client, authorities):
    page = client.get(reverse("portal:authorities")).text
    assert "FOISA (Scotland)" in page
    assert "EIR only" in page
    assert "foi@opcc-cleveland.example.org" in page


def test_the_authority_list_is_searchable_and_htmx_gets_only_the_list(client, authorities):
    response = client.get(reverse("portal:authorities"), {"q": "scottish"},
                          headers={"HX-Request": "true"})
    assert "Scottish Example Council" in response.text
    assert "Office of the Police" not in response.text
    assert "<html" not in response.text


@pytest.mark.parametrize(
    ("missing", "message"),
    [
        ("name", "Enter your name – a request must say who is asking (FOIA s8(1)(b))"),
        ("email", "Enter an email address – a request must give an address for the reply (FOIA s8(1)(b))"),
        ("text", "Describe the information you want – a request must describe it (FOIA s8(1)(c))"),
    ],
)
def test_a_request_missing_what_s8_needs_is_refused_saying_what_is_missing(
    client, authorities, missing, message
):
    data = {"authorities": [authorities[0].pk], "name": "Robin Requester",
            "email": "robin.requester@example.org", "text": "The total funding for trials."}
    data[missing] = ""
    response = client.post(reverse("portal:request_start"), data)
    assert response.status_code == 200
    assert "There is a problem" in response.text
    assert message in response.text
    assert response.text.count(message) == 2  # in the summary and beside the field
    assert "<title>Error:" in response.text
    assert Case.objects.count() == 0


def test_a_request_is_acknowledged_with_its_reference_and_statutory_due_date(
    client, authorities, django_capture_on_commit_callbacks
):
    with time_machine.travel(dt.datetime(2026, 3, 2, 10, 0, tzinfo=dt.UTC), tick=False):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(reverse("portal:request_start"), {
                "authorities": [authorities[0].pk], "name": "Robin Requester",
                "email": "robin.requester@example.org",
                "text": "Please send the funding application for facial recognition.",
            }, follow=True)
    case = Case.objects.get()
    due = compute_deadline(regime="foia", facts=ClockFacts(received=dt.date(2026, 3, 2))).due
    assert case.due_date == due
    assert case.reference in response.text
    assert due.strftime("%-d %B %Y") in response.text
    assert [m.to for m in mail.outbox] == [["robin.requester@example.org"]]
    assert case.reference in mail.outbox[0].subject + mail.outbox[0].body
    assert case.requester.email == "robin.requester@example.org"


def test_a_batch_request_makes_one_case_per_authority(
    client, authorities, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("portal:request_start"), {
            "authorities": [a.pk for a in authorities], "name": "Robin Requester",
            "email": "robin.requester@example.org",
            "text": "How much did you spend on consultants in 2025?",
        }, follow=True)
    cases = list(Case.objects.order_by("authority__name"))
    assert len(cases) == 3
    assert {c.authority.slug for c in cases} == {a.slug for a in authorities}
    assert len({c.batch_id for c in cases}) == 1
    for c in cases:
        assert c.reference in response.text
    assert {c.regime for c in cases} == {"foia", "foisa", "eir"}


def test_the_confirmation_page_shows_only_this_browsers_requests(client, authorities):
    assert client.get(reverse("portal:request_done")).status_code == 302
