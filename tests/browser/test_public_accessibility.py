"""Accessibility: axe-core finds no serious or critical violation on any public page type, with
and without errors showing, in the default look and in an authority's own colours."""

from __future__ import annotations

import pytest
from tests.browser.support import serious_violations
from tests.factories import (
    PASSWORD,
    answered_case,
    make_authority,
    make_case,
    make_staff,
    make_user,
)

from foidesk.disclosure.services import publish_case_response

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def site():
    # A pale brand colour: the header text must switch to dark to keep its contrast.
    opcc = make_authority(colour="#ffdd00")
    make_authority(name="Scottish Example Council", slug="scottish-example", regime="foisa",
                   reference_prefix="SEC", colour="#1d4f91")
    officer = make_staff(opcc)
    published = publish_case_response(actor=officer, case=answered_case(opcc, officer))
    requester = make_user("ada.requester@example.org", "Ada Requester")
    mine = make_case(opcc, actor=requester, requester_name="Ada Requester",
                     requester_email=requester.email)
    return {"opcc": opcc, "published": published, "requester": requester, "mine": mine}


PUBLIC_PAGES = [
    "/",
    "/accessibility/",
    "/authorities/",
    "/authorities/opcc-cleveland/",
    "/request/",
    "/request/?to=opcc-cleveland",
    "/accounts/sign-in/",
    "/accounts/sign-in/email/",
    "/disclosure-log/",
    "/disclosure-log/?q=STAR+fund",
]
# Not listed: /api/docs is django-ninja's bundled Swagger UI, a developer tool whose own styles
# fail colour contrast upstream; the API's documentation is also the OpenAPI JSON it serves.


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_public_pages_have_no_serious_accessibility_violations(page, site, path):
    page.goto(path)
    assert serious_violations(page) == []


def test_a_published_response_page_is_accessible(page, site):
    page.goto(f"/disclosure-log/{site['published'].pk}/")
    assert serious_violations(page) == []


def test_the_request_form_with_errors_is_accessible_and_focuses_the_summary(page, site):
    page.goto("/request/")
    page.get_by_role("button", name="Send request").click()
    summary = page.locator(".govuk-error-summary")
    summary.wait_for()
    assert "Enter your name" in summary.inner_text()
    assert serious_violations(page) == []


def test_track_my_requests_pages_are_accessible(page, site):
    page.goto("/accounts/sign-in/")
    page.locator("#id_email").fill(site["requester"].email)
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in", exact=True).click()
    page.wait_for_url("**/")
    page.goto("/my-requests/")
    assert serious_violations(page) == []
    page.goto(f"/my-requests/{site['mine'].pk}/")
    assert serious_violations(page) == []
