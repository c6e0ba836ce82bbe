"""A case's regime is one that can apply to its authority: FOIA/EIR for bodies in England, Wales,
Northern Ireland and UK-wide; FOISA/EIR (Scotland) for Scottish bodies (review F6, F13)."""

from __future__ import annotations

import datetime as dt

import lxml.html
import pytest
from django.urls import reverse
from django.utils import timezone
from tests.factories import PASSWORD, make_authority, make_member

from foidesk.authorities.models import regimes_for
from foidesk.cases.demo.generate import generate_cases
from foidesk.cases.demo.load import load_demo
from foidesk.cases.models import Case, Channel
from foidesk.cases.services.intake import InvalidRequest, case_log_received

pytestmark = pytest.mark.django_db
RECEIVED = timezone.localdate() - dt.timedelta(days=3)


@pytest.fixture
def glenmuir():
    a = make_authority(name="Glenmuir Council", slug="glenmuir-council", regime="foisa",
                       kind="council", nation="scotland", reference_prefix="GC")
    return a, make_member(a, "officer", "isla.officer@example.org", "Isla Officer")


def log(*, actor, authority, regime):
    return case_log_received(
        actor=actor, authority=authority, channel=Channel.POST, received=RECEIVED,
        requester_name="Rowan Example", requester_address="2 Example Road, Stockton",
        text="Copies of the 2025 estates strategy.", regime=regime)


@pytest.mark.parametrize(("nation", "expected"), [
    ("england", ("foia", "eir")),  # FOIA s3, EIR 2004 reg 2(2)
    ("wales", ("foia", "eir")),
    ("northern_ireland", ("foia", "eir")),
    ("uk", ("foia", "eir")),
    ("scotland", ("foisa", "eir")),  # FOISA s3, EI(S)R 2004 reg 2
])
def test_the_possible_regimes_follow_the_authoritys_nation(nation, expected):
    authority = make_authority(nation=nation, regime=expected[0])
    assert regimes_for(authority) == expected


def test_the_service_refuses_foisa_for_an_english_authority(opcc):
    with pytest.raises(InvalidRequest, match="FOISA 2002 does not apply to .*England"):
        log(actor=opcc.officer, authority=opcc.authority, regime="foisa")
    assert not Case.objects.exists()


def test_the_service_refuses_foia_for_the_scottish_council(glenmuir):
    authority, officer = glenmuir
    with pytest.raises(InvalidRequest, match="FOIA 2000 does not apply to Glenmuir Council"):
        log(actor=officer, authority=authority, regime="foia")
    assert log(actor=officer, authority=authority, regime="eir").regime == "eir"


def test_the_log_form_shows_an_error_for_foisa_at_an_english_authority(client, opcc):
    assert client.login(email=opcc.officer.email, password=PASSWORD)
    response = client.post(reverse("cases:log"), {
        "authority": opcc.authority.pk, "channel": "post", "received": RECEIVED.isoformat(),
        "requester_name": "Rowan Example", "requester_address": "2 Example Road, Stockton",
        "text": "Copies of the 2025 estates strategy.", "regime": "foisa",
    })
    assert response.status_code == 400
    doc = lxml.html.fromstring(response.content)
    summary = " ".join(doc.xpath("//*[contains(@class, 'govuk-error-summary')]//text()"))
    assert "FOISA 2002 does not apply" in summary
    assert not Case.objects.exists()


def test_the_demo_and_generated_cases_only_use_regimes_that_can_apply():
    load_demo(generated_cases=60)
    generate_cases(cases=300, authorities=8, seed=11, today=timezone.localdate())
    pairs = set(Case.objects.values_list("authority__nation", "regime"))
    assert pairs, "the demo made no cases"
    for nation, regime in pairs:
        scottish = nation == "scotland"
        assert regime in (("foisa", "eir") if scottish else ("foia", "eir")), (nation, regime)
