"""Authority administration: members and roles, retention and calendar corrections, for the
authority's administrators only (404 for anyone else)."""

from __future__ import annotations

import lxml.html
import pytest
from django.urls import reverse
from tests.factories import PASSWORD

from foidesk.authorities.models import AuthorityAuditEvent, Membership

pytestmark = pytest.mark.django_db


def admin_url(staff):
    return reverse("authorities:admin", args=[staff.authority.slug])


def test_an_administrator_adds_a_member_with_a_role(client, opcc):
    assert client.login(email=opcc.administrator.email, password=PASSWORD)
    response = client.post(admin_url(opcc), {"what": "member", "m-email": "nia.new@example.org",
                                             "m-full_name": "Nia New", "m-role": "contributor"})
    assert response.status_code == 302
    m = Membership.objects.get(user__email="nia.new@example.org")
    assert m.role == "contributor" and m.authority == opcc.authority
    assert AuthorityAuditEvent.objects.filter(action="membership_added").exists()


def test_the_retention_period_cannot_be_shorter_than_the_review_window(client, opcc):
    assert client.login(email=opcc.administrator.email, password=PASSWORD)
    response = client.post(admin_url(opcc), {"what": "retention", "r-retention_days": "7"})
    assert response.status_code == 400
    doc = lxml.html.fromstring(response.content)
    assert "greater than or equal to 30" in doc.text_content()


def test_an_officer_and_another_authoritys_administrator_get_404(client, opcc, other):
    assert client.login(email=other.administrator.email, password=PASSWORD)
    assert client.get(admin_url(opcc)).status_code == 404
    client.logout()
    assert client.login(email=opcc.officer.email, password=PASSWORD)
    assert client.get(admin_url(opcc)).status_code == 403


def test_a_calendar_correction_is_listed_on_the_page(client, opcc):
    assert client.login(email=opcc.administrator.email, password=PASSWORD)
    client.post(admin_url(opcc), {"what": "calendar", "c-day": "2027-06-15", "c-action": "remove",
                                  "c-reason": "Not confirmed by any proclamation."})
    doc = lxml.html.fromstring(client.get(admin_url(opcc)).content)
    assert "Tuesday 15 June 2027" in doc.text_content()


def test_an_administrator_sets_the_brand_colour_and_a_bad_colour_is_refused(client, opcc):
    assert client.login(email=opcc.administrator.email, password=PASSWORD)
    fields = {"what": "details", "d-foi_email": "foi@opcc-cleveland.example.org",
              "d-foi_phone": "07700 900001", "d-foi_address": "1 Example Street"}
    response = client.post(admin_url(opcc), {**fields, "d-colour": "teal"}, follow=True)
    assert "#rrggbb" in lxml.html.fromstring(response.content).text_content()
    client.post(admin_url(opcc), {**fields, "d-colour": "#00577A"})
    opcc.authority.refresh_from_db()
    assert opcc.authority.colour == "#00577a"
