"""Requests arriving: through the portal, in a batch, or logged by an officer (with the true date
of receipt, pasted or from an .eml file)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core import mail
from django.utils import timezone
from tests.factories import CANONICAL_REQUEST, make_authority

from foidesk.cases.clock import case_deadline
from foidesk.cases.models import Channel, EventKind
from foidesk.cases.services.intake import (
    InvalidRequest,
    batch_submit,
    case_log_received,
    case_submit_from_portal,
    parse_eml,
)
from foidesk.cases.services.permissions import NotAllowed
from foidesk.cases.states import CaseState

pytestmark = pytest.mark.django_db


def at(day: str) -> dt.datetime:
    return timezone.make_aware(dt.datetime.fromisoformat(day + "T10:00"))


def test_a_portal_request_gets_a_reference_a_due_date_and_an_acknowledgement(opcc, commit):
    case = commit(case_submit_from_portal, actor=None, authority=opcc.authority,
                  requester_name="Rowan Example", requester_email="rowan.example@example.org",
                  text=CANONICAL_REQUEST, received_at=at("2026-11-26"))
    assert case.reference == f"OPCC-2026-{case.pk:06d}"
    assert case.state == CaseState.RECEIVED
    # FOIA s10(1)/(6): 20 working days, skipping St Andrew's Day (a Scottish bank holiday counts
    # under the union rule), Christmas Day and the substitute Boxing Day.
    assert case.due_date == dt.date(2026, 12, 29)
    assert case.channel == Channel.PORTAL
    kinds = list(case.events.values_list("kind", flat=True))
    assert kinds[0] == EventKind.RECEIVED and EventKind.ACKNOWLEDGED in kinds
    [ack] = [m for m in mail.outbox if "rowan.example@example.org" in m.to]
    assert case.reference in ack.body and "29 December 2026" in ack.body


@pytest.mark.parametrize(
    ("name", "email", "text", "missing"),
    [
        ("", "rowan.example@example.org", "All minutes of 2025.", "your name"),
        ("Rowan Example", "", "All minutes of 2025.", "an address for correspondence"),
        ("Rowan Example", "rowan.example@example.org", "  ", "a description"),
    ],
)
def test_foia_s8_a_request_without_name_address_or_description_is_refused(opcc, name, email,
                                                                          text, missing):
    with pytest.raises(InvalidRequest, match=missing):
        case_submit_from_portal(actor=None, authority=opcc.authority, requester_name=name,
                                requester_email=email, text=text)


def test_a_batch_request_makes_one_case_per_authority(opcc, other):
    cases = batch_submit(actor=None, authorities=[opcc.authority, other.authority],
                         requester_name="Rowan Example",
                         requester_email="rowan.example@example.org", text="Your gritting policy.")
    assert {c.authority for c in cases} == {opcc.authority, other.authority}
    assert cases[0].batch_id == cases[1].batch_id is not None
    # Each authority's own regime: the council answers under the EIR.
    assert {c.regime for c in cases} == {"foia", "eir"}


def test_an_officer_logs_a_posted_request_with_its_true_date_of_receipt(opcc):
    case = case_log_received(actor=opcc.officer, authority=opcc.authority, channel=Channel.POST,
                             received=dt.date(2026, 11, 21), requester_name="Rowan Example",
                             requester_address="2 Example Road\nStockton\nTS18 1AA",
                             text="Copies of the 2025 estates strategy.")
    # Received on a Saturday: day 1 is Monday 23 November (FOIA s10(6)); St Andrew's Day (30
    # November, Scotland) is skipped under the union rule, so day 20 is Monday 21 December.
    assert case.received == dt.date(2026, 11, 21)
    assert case.due_date == dt.date(2026, 12, 21)
    assert case.owner == opcc.officer


def test_a_contributor_cannot_log_a_request(opcc):
    with pytest.raises(NotAllowed):
        case_log_received(actor=opcc.contributor, authority=opcc.authority, channel=Channel.POST,
                          received=dt.date(2026, 11, 20), requester_name="Rowan Example",
                          requester_address="2 Example Road", text="Anything.")


def test_an_eml_file_gives_the_sender_subject_date_and_text():
    raw = (
        b"From: Rowan Example <rowan.example@example.org>\r\n"
        b"To: foi@opcc-cleveland.example.org\r\n"
        b"Subject: FOI request: drones\r\n"
        b"Date: Fri, 20 Nov 2026 16:45:00 +0000\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
        b"Please tell me how many drones you own.\r\n"
    )
    parsed = parse_eml(raw)
    assert parsed.sender_email == "rowan.example@example.org"
    assert parsed.sender_name == "Rowan Example"
    assert parsed.subject == "FOI request: drones"
    assert parsed.sent_at is not None and parsed.sent_at.date() == dt.date(2026, 11, 20)
    assert parsed.body == "Please tell me how many drones you own."


def test_a_scottish_authority_counts_only_scottish_holidays(db):
    scot = make_authority(name="Example Scottish Council", slug="example-scot", regime="foisa",
                          nation="scotland", reference_prefix="ESC")
    case = case_submit_from_portal(actor=None, authority=scot, requester_name="Rowan Example",
                                   requester_email="rowan.example@example.org",
                                   text="Your bin collection contract.",
                                   received_at=at("2026-11-26"))
    # FOISA s73: Scottish bank holidays only. 30 November (St Andrew's Day) and 25 and 28
    # December are Scottish holidays too, so the due date matches the FOIA one here; what
    # differs is that the calendar is Scotland's, as its explanation says.
    assert case.regime == "foisa"
    assert case.due_date == dt.date(2026, 12, 29)
    assert "FOISA" in " ".join(case_deadline(case).explanation)
