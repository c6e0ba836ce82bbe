"""Requesters see only their own requests: requester A cannot read B's request, its letters or
its files, by link or by guessing ids (404, not 403, so ids reveal nothing)."""

from __future__ import annotations

import pytest
from django.urls import reverse
from tests.factories import make_authority, make_case, make_user

from foidesk.cases.states import CaseState

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_requesters():
    opcc = make_authority()
    a = make_user("ada.requester@example.org", "Ada Requester")
    b = make_user("bea.requester@example.org", "Bea Requester")
    return {
        "a": a, "b": b,
        "a_case": make_case(opcc, actor=a, requester_name="Ada Requester",
                            requester_email=a.email),
        "b_case": make_case(opcc, actor=b, requester_name="Bea Requester",
                            requester_email=b.email, text="Bea's private request about drones."),
    }


def test_track_my_requests_needs_sign_in(client):
    response = client.get(reverse("portal:my_requests"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:sign_in"))


def test_a_requester_lists_only_their_own_requests(client, two_requesters):
    client.force_login(two_requesters["a"])
    page = client.get(reverse("portal:my_requests")).text
    assert two_requesters["a_case"].reference in page
    assert two_requesters["b_case"].reference not in page


@pytest.mark.parametrize("route", ["portal:my_request", "portal:clarify", "portal:review",
                                   "portal:withdraw"])
def test_requester_a_cannot_reach_bs_request_by_guessing_its_id(client, two_requesters, route):
    client.force_login(two_requesters["a"])
    url = reverse(route, args=[two_requesters["b_case"].pk])
    response = client.get(url) if route == "portal:my_request" else client.post(url, {
        "text": "x", "grounds": "x", "note": "x"})
    assert response.status_code == 404
    assert "drones" not in response.text


def test_a_file_of_bs_request_is_a_404_for_a(client, two_requesters):
    client.force_login(two_requesters["a"])
    url = reverse("portal:my_attachment", args=[two_requesters["b_case"].pk, 1])
    assert client.get(url).status_code == 404


def test_a_requester_withdraws_their_own_open_request(client, two_requesters):
    client.force_login(two_requesters["a"])
    case = two_requesters["a_case"]
    response = client.post(reverse("portal:withdraw", args=[case.pk]), {"note": "Found it."},
                           follow=True)
    case.refresh_from_db()
    assert case.state == CaseState.WITHDRAWN
    assert "Your request was withdrawn." in response.text
    assert case.events.filter(kind="withdrawn", actor=two_requesters["a"]).exists()


def test_an_internal_review_cannot_be_asked_for_before_the_response(client, two_requesters):
    client.force_login(two_requesters["a"])
    case = two_requesters["a_case"]
    response = client.post(reverse("portal:review", args=[case.pk]), {"grounds": "Too slow."})
    assert response.status_code == 400
    assert "There is a problem" in response.text
    assert "once the response has been sent" in response.text
