"""Authorities are not GOV.UK: their own name, logo and colour, no crown, no GDS Transport, and
header text that keeps its contrast whatever colour an administrator picks (WCAG 2.1 SC 1.4.3)."""

from __future__ import annotations

import pytest
from django.urls import reverse
from tests.factories import make_authority

from foidesk.project.branding import contrast_ratio, readable_text_colour

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("background", "text"),
    [("#ffdd00", "#0b0c0c"), ("#00205b", "#ffffff"), ("#1d70b8", "#ffffff"),
     ("#f3f2f1", "#0b0c0c")],
)
def test_header_text_is_whichever_of_white_or_black_contrasts_more(background, text):
    assert readable_text_colour(background) == text
    assert contrast_ratio(background, text) >= 4.5


def test_an_authority_page_wears_the_authoritys_name_and_colour_without_the_crown(client):
    make_authority(colour="#00205b")
    page = client.get(reverse("portal:authority", args=["opcc-cleveland"])).text
    assert "--brand: #00205b" in page
    assert 'govuk-header__logotype-text">Office of the Police and Crime Commissioner' in page
    assert "govuk-header__logotype-crown" not in page
    assert "GDS Transport" not in page


def test_a_malformed_colour_falls_back_to_the_default(client):
    authority = make_authority()
    type(authority).objects.filter(pk=authority.pk).update(colour="#12")
    page = client.get(reverse("portal:authority", args=["opcc-cleveland"])).text
    assert "--brand: #0b0c0c" in page
