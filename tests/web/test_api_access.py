"""The API: public read of the disclosure log, and staff case endpoints with token auth and the
web interface's permissions (another authority's case is a 404, even by guessing ids)."""

from __future__ import annotations

import pytest
from django.urls import reverse
from tests.factories import answered_case, make_authority, make_case, make_staff, make_user

from foidesk.api.services import api_token_create, api_token_revoke
from foidesk.disclosure.services import publish_case_response

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    x = make_authority()
    y = make_authority(name="Example Borough Council", slug="example-borough",
                       reference_prefix="EBC", regime="eir")
    x_officer = make_staff(x, email="xena.officer@example.org", full_name="Xena Officer")
    y_officer = make_staff(y, email="yuri.officer@example.org", full_name="Yuri Officer")
    return {"x": x, "y": y, "x_case": make_case(x), "y_case": make_case(y),
            "x_token": api_token_create(user=x_officer, name="laptop")[1],
            "y_token": api_token_create(user=y_officer, name="laptop")[1],
            "x_officer": x_officer}


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_the_openapi_schema_describes_both_halves_of_the_api(client):
    schema = client.get("/api/openapi.json").json()
    assert "/api/disclosure-log" in schema["paths"]
    assert "/api/cases/{case_id}" in schema["paths"]
    assert schema["paths"]["/api/cases"]["get"]["security"] == [{"TokenAuth": []}]


def test_staff_endpoints_refuse_a_caller_without_a_token(client, world):
    assert client.get("/api/cases").status_code == 401


def test_staff_see_only_their_own_authoritys_cases(client, world):
    listed = client.get("/api/cases", headers=bearer(world["x_token"])).json()
    assert [c["reference"] for c in listed["results"]] == [world["x_case"].reference]


def test_another_authoritys_case_is_a_404_not_a_403(client, world):
    own = client.get(f"/api/cases/{world['x_case'].pk}", headers=bearer(world["x_token"]))
    other = client.get(f"/api/cases/{world['y_case'].pk}", headers=bearer(world["x_token"]))
    missing = client.get("/api/cases/987654", headers=bearer(world["x_token"]))
    assert own.status_code == 200
    assert other.status_code == missing.status_code == 404
    assert other.content == missing.content


def test_a_revoked_token_stops_working(client, world):
    token_id = world["x_officer"].api_tokens.get().pk
    api_token_revoke(user=world["x_officer"], token_id=token_id)
    assert client.get("/api/cases", headers=bearer(world["x_token"])).status_code == 401


def test_a_requester_with_a_token_is_not_staff(client, world):
    requester = make_user("robin.requester@example.org", "Robin Requester")
    token = api_token_create(user=requester, name="mine")[1]
    assert client.get("/api/cases", headers=bearer(token)).status_code == 401


def test_the_public_log_endpoint_needs_no_token_and_holds_no_requester(client, world):
    case = answered_case(world["x"], world["x_officer"])
    published = publish_case_response(actor=world["x_officer"], case=case)
    body = client.get("/api/disclosure-log", {"q": "STAR fund"}).json()
    assert body["total"] == 1
    assert body["results"][0]["reference"] == published.reference
    detail = client.get(f"/api/disclosure-log/{published.pk}").text
    assert "Robin" not in detail
    assert "robin.requester@example.org" not in detail


def test_the_api_documentation_page_serves_its_own_assets(client):
    page = client.get(reverse("api:openapi-view")).text
    assert "cdn." not in page


def test_staff_create_a_token_on_the_web_and_see_the_key_once(client, world):
    client.force_login(world["x_officer"])
    page = client.post(reverse("api_tokens"), {"name": "reporting script"}).text
    assert "Token created" in page
    assert "fdk_" in page
    assert "fdk_" not in client.get(reverse("api_tokens")).text.split("Your tokens")[0]


def test_a_requester_cannot_open_the_token_page(client):
    client.force_login(make_user("robin.requester@example.org", "Robin Requester"))
    assert client.get(reverse("api_tokens")).status_code == 403
