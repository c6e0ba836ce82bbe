"""Publishing a response to the disclosure log: a snapshot without the requester, refused when
the scanner flags anything."""

from __future__ import annotations

import pytest
from tests.factories import answered_case, make_authority, make_staff

from foidesk.cases.models import Outcome
from foidesk.cases.services.answers import AnswerDraft
from foidesk.disclosure.models import PublishedOutcome, PublishedResponse
from foidesk.disclosure.services import (
    PublicationRefused,
    overall_outcome,
    publish_case_response,
    scrub_requester,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def opcc():
    return make_authority()


@pytest.fixture
def officer(opcc):
    return make_staff(opcc)


def test_a_published_response_never_holds_the_requesters_name_or_email(opcc, officer):
    text = ("Please tell me the total funding for facial recognition.\n"
            "Yours, Robin Requester\nrobin.requester@example.org\n07700 900123")
    case = answered_case(opcc, officer, text=text, requester_name="Robin Requester",
                         requester_email="robin.requester@example.org")
    published = publish_case_response(actor=officer, case=case)
    everything = " ".join([published.title, published.request_text, published.search_text]
                          + [q.text + q.answer_text for q in published.questions.all()])
    assert "Robin" not in everything
    assert "Requester" not in everything
    assert "robin.requester@example.org" not in everything
    assert "07700 900123" not in everything
    assert "facial recognition" in published.request_text
    assert not hasattr(published, "requester")


def test_publishing_the_same_case_again_replaces_its_entry(opcc, officer):
    case = answered_case(opcc, officer)
    publish_case_response(actor=officer, case=case)
    publish_case_response(actor=officer, case=case)
    assert PublishedResponse.objects.filter(source_case_id=case.pk).count() == 1


def test_an_answer_with_personal_data_is_refused_by_the_gate(opcc, officer):
    leaky = AnswerDraft(outcome=Outcome.DISCLOSED,
                        disclosed_text="Contact our analyst on 07700 900456 for the bid.")
    case = answered_case(opcc, officer, answers=[leaky])
    with pytest.raises(PublicationRefused, match="UK phone number"):
        publish_case_response(actor=officer, case=case)
    assert PublishedResponse.objects.count() == 0


def test_the_authoritys_own_published_contact_is_not_personal_data(opcc, officer):
    fine = AnswerDraft(outcome=Outcome.DISCLOSED,
                       disclosed_text="Write to foi@opcc-cleveland.example.org for the bid.")
    case = answered_case(opcc, officer, answers=[fine])
    assert publish_case_response(actor=officer, case=case).outcome == PublishedOutcome.DISCLOSED


def test_the_ncnd_answer_publishes_its_provision_for_the_exemption_filter(opcc, officer):
    ncnd = AnswerDraft(
        outcome=Outcome.NCND, provisions=["s31(1)(a)"], ncnd_provision="s31(3)",
        harm="Confirming would reveal operational capability.",
        pit_for="Transparency in policing.", pit_against="Safeguarding law enforcement.",
        pit_balance="The balance favours neither confirming nor denying.",
    )
    disclosed = AnswerDraft(outcome=Outcome.DISCLOSED, disclosed_text="Through the STAR board.")
    case = answered_case(opcc, officer, answers=[disclosed, disclosed, disclosed, disclosed, ncnd])
    published = publish_case_response(actor=officer, case=case)
    assert published.outcome == PublishedOutcome.PARTIAL
    assert set(published.exemptions.values_list("citation", flat=True)) == {"s31(1)(a)", "s31(3)"}
    assert set(published.exemptions.values_list("section", flat=True)) == {"s31"}


@pytest.mark.parametrize(
    ("outcomes", "expected"),
    [
        (["disclosed", "disclosed"], PublishedOutcome.DISCLOSED),
        (["disclosed", "not_held", "ncnd"], PublishedOutcome.PARTIAL),
        (["exempt", "not_held"], PublishedOutcome.WITHHELD),
        (["not_held"], PublishedOutcome.NOT_HELD),
        (["cost_limit"], PublishedOutcome.REFUSED),
    ],
)
def test_the_overall_outcome_follows_the_questions(outcomes, expected):
    assert overall_outcome(outcomes) == expected


class _Case:
    requester_name = "Robin Requester"
    requester_email = "robin.requester@example.org"
    requester_address = "12 Example Street\nMiddlesbrough\nTS1 1AA"

    class authority:  # noqa: N801 - a stand-in with only what scrub_requester reads
        foi_email = foi_phone = foi_address = website = ""


def test_scrubbing_removes_the_requesters_address_lines_and_postcode():
    out = scrub_requester("Reply to 12 Example Street, Middlesbrough TS1 1AA please.", _Case())
    assert "Example Street" not in out
    assert "TS1 1AA" not in out
    assert "please" in out
