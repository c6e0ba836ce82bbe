"""What a person sees on the casework pages (HTML parsed, not string-matched as a whole)."""

from __future__ import annotations

import datetime as dt

import lxml.html
import pytest
from django.urls import reverse
from tests.factories import PASSWORD, make_case
from tests.web.canonical import answer_for

from foidesk.cases.models import Question
from foidesk.cases.services.answers import answer_question
from foidesk.cases.services.approval import case_submit_for_approval
from foidesk.cases.services.questions import case_split_questions
from foidesk.cases.states import CaseState

pytestmark = pytest.mark.django_db
RECEIVED = dt.datetime(2026, 11, 2, 10, 0, tzinfo=dt.UTC)


def page(client, url, **kwargs):
    response = client.get(url, **kwargs)
    assert response.status_code == 200, response.status_code
    return lxml.html.fromstring(response.content)


def cls(name):
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


def text_of(doc, xpath):
    return " ".join(" ".join(el.text_content().split()) for el in doc.xpath(xpath))


@pytest.fixture
def officer_client(client, opcc):
    assert client.login(email=opcc.officer.email, password=PASSWORD)
    return client


def test_the_inbox_shows_each_open_case_with_its_due_date(officer_client, opcc):
    case = make_case(opcc.authority, received=RECEIVED)
    doc = page(officer_client, reverse("cases:inbox"))
    rows = doc.xpath("//*[@id='inbox']/tbody/tr")
    assert len(rows) == 1
    row = " ".join(rows[0].text_content().split())
    assert case.reference in row and "1 Dec 2026" in row and "Unassigned" in row


def test_an_overdue_case_is_marked_red(officer_client, opcc):
    make_case(opcc.authority, received=dt.datetime(2025, 1, 6, 10, 0, tzinfo=dt.UTC))
    doc = page(officer_client, reverse("cases:inbox"))
    assert "Overdue" in text_of(doc, f"//*[@id='inbox']//*[{cls('govuk-tag--red')}]")
    assert doc.xpath(f"//*[@id='inbox']//tr[{cls('foidesk-row--overdue')}]")


def test_the_inbox_filters_by_regime(officer_client, opcc):
    make_case(opcc.authority, received=RECEIVED)
    doc = page(officer_client, reverse("cases:inbox"), data={"regime": "eir"})
    assert "No cases match" in text_of(doc, "//*[@id='inbox']/tbody")


def test_the_case_page_shows_the_clock_its_explanation_and_the_timeline(officer_client, opcc):
    case = make_case(opcc.authority, received=RECEIVED)
    doc = page(officer_client, reverse("cases:case", args=[case.pk]))
    assert "Tuesday 1 December 2026" in text_of(doc, "//*[@id='due-date']")
    explanation = text_of(doc, f"//*[@id='clock-summary']//*[{cls('govuk-details__text')}]")
    assert "St Andrew" in explanation and "s10(1)" in explanation
    timeline = text_of(doc, f"//*[{cls('foidesk-timeline')}]")
    assert "Request received" in timeline and "Acknowledgement sent" in timeline


def test_splitting_on_the_page_lists_the_questions_for_answering(officer_client, opcc):
    case = make_case(opcc.authority, received=RECEIVED)
    response = officer_client.post(reverse("cases:split", args=[case.pk]))
    assert response.status_code == 302
    doc = page(officer_client, reverse("cases:case", args=[case.pk]))
    keys = [k.text.strip() for k in doc.xpath("//*[@id='questions']/following-sibling::dl[1]/div/dt")]
    assert keys[:2] == ["1", "2"] and keys[3:5] == ["3", "4"]
    assert "5(b)(i)" in keys


def test_answering_q5_shows_prompts_for_a_qualified_prejudice_exemption(officer_client, opcc):
    case = make_case(opcc.authority, received=RECEIVED)
    case_split_questions(actor=opcc.officer, case=case)
    q5 = case.questions.get(parse_id="q5")
    answer_question(actor=opcc.officer, question=q5, draft=answer_for("q5"))
    doc = page(officer_client, reverse("cases:answer", args=[case.pk, q5.pk]))
    prompts = text_of(doc, "//*[starts-with(@id, 'prompt-')]")
    assert "Prejudice-based" in prompts and "Qualified" in prompts and "s31(3)" in prompts


def test_an_answer_missing_its_public_interest_test_is_refused_with_the_reason(officer_client,
                                                                               opcc):
    case = make_case(opcc.authority, received=RECEIVED)
    case_split_questions(actor=opcc.officer, case=case)
    q5 = case.questions.get(parse_id="q5")
    response = officer_client.post(reverse("cases:answer", args=[case.pk, q5.pk]), {
        "outcome": "ncnd", "provisions": "s31(1)(a)", "ncnd_provision": "s31(3)",
        "harm": "Would reveal capability.", "reason": "Law enforcement.",
    }, follow=True)
    doc = lxml.html.fromstring(response.content)
    assert "public interest" in text_of(doc, f"//*[{cls('govuk-notification-banner')}]")
    assert not Question.objects.get(pk=q5.pk, case=case).__dict__.get("answer")


def test_ncnd_citing_the_withholding_provision_is_refused(officer_client, opcc):
    case = make_case(opcc.authority, received=RECEIVED)
    case_split_questions(actor=opcc.officer, case=case)
    q5 = case.questions.get(parse_id="q5")
    response = officer_client.post(reverse("cases:answer", args=[case.pk, q5.pk]), {
        "outcome": "ncnd", "provisions": "s31(1)(a)", "ncnd_provision": "s31(1)(a)",
        "harm": "h", "reason": "r", "pit_for": "f", "pit_against": "a", "pit_balance": "b",
    }, follow=True)
    assert "not the withholding one" in lxml.html.fromstring(response.content).text_content()


def test_the_approver_approves_and_the_letter_page_shows_no_checker_errors(client, opcc):
    case = make_case(opcc.authority, received=RECEIVED)
    for q in case_split_questions(actor=opcc.officer, case=case):
        answer_question(actor=opcc.officer, question=q, draft=answer_for(q.parse_id))
    case_submit_for_approval(actor=opcc.officer, case=case)
    assert client.login(email=opcc.approver.email, password=PASSWORD)
    doc = page(client, reverse("cases:case", args=[case.pk]))
    assert "Approve response" in text_of(doc, "//button")
    client.post(reverse("cases:approve", args=[case.pk]))
    case.refresh_from_db()
    assert case.state == CaseState.APPROVED
    response = client.post(reverse("cases:generate_letter", args=[case.pk]), follow=True)
    doc = lxml.html.fromstring(response.content)
    severities = doc.xpath("//*[@id='check-findings']//li/strong/text()")
    assert "error" not in severities
    assert "cannot be sent" not in text_of(doc, "//*[@id='check-findings']")
    letter = case.letters.get(kind="response")
    pdf = client.get(reverse("cases:letter_download", args=[case.pk, letter.pk, "pdf"]))
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    docx = client.get(reverse("cases:letter_download", args=[case.pk, letter.pk, "docx"]))
    assert docx.status_code == 200 and docx.content.startswith(b"PK")


def test_an_officer_logs_a_posted_request_on_the_log_page(officer_client, opcc):
    response = officer_client.post(reverse("cases:log"), {
        "authority": opcc.authority.pk, "channel": "post", "received": "2026-11-21",
        "requester_name": "Rowan Example", "requester_address": "2 Example Road, Stockton",
        "text": "Copies of the 2025 estates strategy.",
    })
    assert response.status_code == 302
    doc = page(officer_client, response["Location"])
    assert "Monday 21 December 2026" in text_of(doc, "//*[@id='due-date']")


def test_the_log_page_shows_an_error_summary_when_the_text_is_missing(officer_client, opcc):
    response = officer_client.post(reverse("cases:log"), {
        "authority": opcc.authority.pk, "channel": "post", "received": "2026-11-21",
        "requester_name": "Rowan Example",
    })
    assert response.status_code == 400
    doc = lxml.html.fromstring(response.content)
    assert "Paste the request text" in text_of(doc, f"//*[{cls('govuk-error-summary')}]")


def test_an_officer_logs_an_emailed_request_by_uploading_the_eml(officer_client, opcc):
    from django.core.files.uploadedfile import SimpleUploadedFile

    raw = (b"From: Rowan Example <rowan.example@example.org>\r\n"
           b"Subject: FOI request: drones\r\nDate: Fri, 20 Nov 2026 16:45:00 +0000\r\n"
           b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
           b"Please tell me how many drones you own.\r\n")
    response = officer_client.post(reverse("cases:log"), {
        "authority": opcc.authority.pk, "channel": "email",
        "eml": SimpleUploadedFile("request.eml", raw, content_type="message/rfc822"),
    })
    assert response.status_code == 302
    doc = page(officer_client, response["Location"])
    assert "Friday 20 November 2026" in doc.text_content()
    assert "how many drones" in text_of(doc, f"//*[{cls('foidesk-request-text')}]")


def test_an_officer_can_remove_a_question_the_split_made_up(officer_client, opcc):
    case = make_case(opcc.authority, received=RECEIVED)
    case_split_questions(actor=opcc.officer, case=case)
    q4 = case.questions.get(parse_id="q4")
    url = reverse("cases:edit_question", args=[case.pk, q4.pk])
    doc = page(officer_client, url)
    buttons = text_of(doc, "//form[@id='remove-form']//button")
    assert f"Remove question {q4.label}" in buttons
    response = officer_client.post(url, {"remove": "1"})
    assert response.status_code == 302
    assert not Question.objects.filter(pk=q4.pk).exists()
    doc = page(officer_client, reverse("cases:case", args=[case.pk]))
    keys = [k.text.strip() for k in doc.xpath("//*[@id='questions']/following-sibling::dl[1]/div/dt")]
    assert q4.label not in keys
