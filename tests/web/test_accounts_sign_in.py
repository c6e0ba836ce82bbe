"""Signing in by password and by emailed link (signed, expiring, single use), and signing out."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import pytest
import time_machine
from django.core import mail
from django.urls import reverse
from tests.factories import PASSWORD, make_user

from foidesk.accounts.services import requester_get_or_create

pytestmark = pytest.mark.django_db


def link_from(message) -> str:
    found = re.search(r"http://\S+", message.body)
    assert found, message.body
    return found.group(0).removeprefix("http://127.0.0.1:8000")


def test_a_person_signs_in_with_email_and_password_and_is_sent_where_they_were_going(client):
    make_user()
    response = client.post(reverse("accounts:sign_in"), {
        "email": "ADA.lovelace@example.org", "password": PASSWORD, "next": "/authorities/",
    })
    assert response.status_code == 302
    assert response["Location"] == "/authorities/"
    assert "_auth_user_id" in client.session


def test_a_wrong_password_is_refused_with_an_error_summary(client):
    make_user()
    response = client.post(reverse("accounts:sign_in"), {
        "email": "ada.lovelace@example.org", "password": "not-it",
    })
    assert response.status_code == 200
    assert "There is a problem" in response.text
    assert "Enter a correct email address and password" in response.text
    assert "_auth_user_id" not in client.session


def test_an_offsite_next_address_is_ignored(client):
    make_user()
    response = client.post(reverse("accounts:sign_in"), {
        "email": "ada.lovelace@example.org", "password": PASSWORD,
        "next": "https://evil.example.org/",
    })
    assert response["Location"] == reverse("portal:home")


def test_an_emailed_link_signs_in_once_only(client, django_capture_on_commit_callbacks):
    make_user(password=None)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("accounts:request_link"), {"email": "ada.lovelace@example.org"})
    assert len(mail.outbox) == 1
    link = link_from(mail.outbox[0])

    assert client.get(link).status_code == 200  # a button, so mail scanners cannot burn it
    assert "_auth_user_id" not in client.session
    token = parse_qs(urlsplit(link).query)["token"][0]
    assert client.post(reverse("accounts:magic_link"), {"token": token}).status_code == 302
    assert "_auth_user_id" in client.session

    client.logout()
    again = client.post(reverse("accounts:magic_link"), {"token": token})
    assert again.status_code == 400
    assert "already been used" in again.text


def test_an_emailed_link_expires_after_thirty_minutes(client, django_capture_on_commit_callbacks):
    make_user(password=None)
    with time_machine.travel("2026-03-02 10:00 +0000", tick=False):
        with django_capture_on_commit_callbacks(execute=True):
            client.post(reverse("accounts:request_link"), {"email": "ada.lovelace@example.org"})
    link = link_from(mail.outbox[0])
    with time_machine.travel("2026-03-02 10:31 +0000", tick=False):
        response = client.get(link)
    assert response.status_code == 400
    assert "expired" in response.text


def test_a_tampered_link_is_refused(client):
    user = make_user(password=None)
    from foidesk.accounts.magic_links import make_token

    token = make_token(user)
    response = client.get(reverse("accounts:magic_link"), {"token": token[:-2] + "xx"})
    assert response.status_code == 400
    assert "not valid" in response.text


def test_asking_for_a_link_for_an_unknown_address_says_the_same_and_sends_nothing(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("accounts:request_link"), {"email": "nobody@example.org"})
    assert "Check your email" in response.text
    assert mail.outbox == []


def test_a_requester_is_signed_up_implicitly_and_found_again_by_email_in_any_case():
    first = requester_get_or_create(email="Grace.Hopper@example.org", full_name="Grace Hopper")
    again = requester_get_or_create(email="grace.hopper@EXAMPLE.org", full_name="G Hopper")
    assert first.pk == again.pk
    assert again.full_name == "Grace Hopper"
    assert not first.has_usable_password()


def test_signing_out_needs_a_post_and_ends_the_session(client):
    user = make_user()
    client.force_login(user)
    assert client.get(reverse("accounts:sign_out")).status_code == 405
    client.post(reverse("accounts:sign_out"))
    assert "_auth_user_id" not in client.session
