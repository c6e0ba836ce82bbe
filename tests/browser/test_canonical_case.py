"""The canonical case in a real browser, from the portal to the disclosure log.

A requester submits the OPCC Cleveland facial recognition funding request on the portal and is
acknowledged with the statutory due date; the officer splits it, asks a contributor about Q5,
answers every question (Q5 and its parts neither confirmed nor denied under s31(3), with harm
and the public interest test); the approver approves; the letter is generated with no checker
error; the response is sent (the email arrives on a real SMTP server) and appears on the
disclosure log without the requester's name, where search finds it. Every page type on the way
is checked with axe-core.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from django.utils import timezone
from tests.browser.support import accessible, sign_in, wait_for_mail
from tests.factories import CANONICAL_REQUEST, make_authority, make_member
from tests.web.canonical import answer_for

from foidesk.cases.models import Case, LetterKind, Outcome
from foidesk.disclosure.models import PublishedResponse
from foidesk.law.clock import ClockFacts, compute_deadline

pytestmark = pytest.mark.django_db(transaction=True)

REQUESTER = "Jo Fictional"
REQUESTER_EMAIL = "jo.fictional@example.org"


def fill_answer(page, draft) -> None:
    page.locator(f"input[name=outcome][value={draft.outcome.value}]").check()
    fields = {
        "disclosed_text": draft.disclosed_text, "provisions": ", ".join(draft.provisions),
        "ncnd_provision": draft.ncnd_provision, "reason": draft.reason, "harm": draft.harm,
        "pit_for": draft.pit_for, "pit_against": draft.pit_against,
        "pit_balance": draft.pit_balance, "advice": draft.advice,
    }
    for name, value in fields.items():
        if value:
            page.locator(f"[name={name}]").fill(value)


@pytest.fixture
def opcc():
    authority = make_authority(colour="#00205b")
    return {
        "authority": authority,
        "officer": make_member(authority, "officer", "olu.officer@example.org", "Olu Officer"),
        "approver": make_member(authority, "approver", "april.approver@example.org",
                                "April Approver"),
        "contributor": make_member(authority, "contributor", "cai.contributor@example.org",
                                   "Cai Contributor"),
    }


def test_the_canonical_request_runs_from_the_portal_to_the_disclosure_log(
    browser, live_server, smtp, opcc
):
    def new_page():
        context = browser.new_context(base_url=live_server.url, locale="en-GB")
        context.set_default_timeout(30_000)
        return context.new_page()

    # The requester makes the request on the portal.
    requester = new_page()
    requester.goto("/request/?to=opcc-cleveland")
    accessible(requester)
    requester.locator("#id_name").fill(REQUESTER)
    requester.locator("#id_email").fill(REQUESTER_EMAIL)
    requester.locator("#id_text").fill(CANONICAL_REQUEST)
    requester.get_by_role("button", name="Send request").click()
    requester.wait_for_url("**/request/sent/")
    accessible(requester)
    case = Case.objects.get()
    due = compute_deadline(regime="foia", facts=ClockFacts(received=case.received)).due
    assert case.due_date == due
    assert case.reference in requester.locator(".govuk-panel").inner_text()
    assert due.strftime("%-d %B %Y") in requester.locator(".foidesk-due").inner_text()
    acknowledgement = wait_for_mail(smtp, REQUESTER_EMAIL, case.reference)
    assert due.strftime("%-d %B %Y") in acknowledgement

    # The officer splits the request into its questions and asks a contributor about Q5.
    officer = new_page()
    sign_in(officer, "olu.officer@example.org", "/casework/")
    accessible(officer)
    officer.get_by_role("link", name=re.compile(case.reference)).first.click()
    officer.wait_for_url(f"**/casework/cases/{case.pk}/")
    officer.get_by_role("button", name="Split into questions").click()
    officer.locator("#questions").wait_for()
    accessible(officer)
    questions = list(case.questions.order_by("order", "id"))
    labels = [q.label for q in questions]
    assert labels[:2] == ["1", "2"] and labels[3:5] == ["3", "4"]
    assert labels[2].startswith("2")  # the "if so" follow-on belongs to question 2
    assert {"5", "5(a)", "5(b)", "5(b)(i)", "5(b)(ii)"} <= set(labels)
    q5 = [q for q in questions if q.parse_id.startswith("q5")]

    officer.get_by_role("link", name="Ask a contributor").click()
    accessible(officer)
    officer.locator("[name=contributor]").select_option(label="Cai Contributor")
    for q in q5:
        officer.locator(f"input[name=questions][value='{q.pk}']").check()
    officer.locator("[name=message]").fill("Can you confirm the STAR bid position?")
    officer.get_by_role("button", name="Ask contributor").click()
    officer.wait_for_url(f"**/casework/cases/{case.pk}/")
    asked = wait_for_mail(smtp, "cai.contributor@example.org", case.reference)
    link = urlsplit(re.search(r"http://\S+", asked).group(0)).path

    # The contributor sees only the questions put to them, and answers.
    contributor = new_page()
    sign_in(contributor, "cai.contributor@example.org", link)
    accessible(contributor)
    assert "What is the application process" not in contributor.locator("main").inner_text()
    contributor.locator(f"[name=q{q5[0].pk}]").fill(
        "We should neither confirm nor deny whether we bid (s31(3)).")
    contributor.get_by_role("button", name="Send answers").click()
    contributor.wait_for_url("**/casework/")

    # The officer answers each question: Q5 and its parts NCND under s31(3).
    for i, q in enumerate(questions):
        officer.goto(f"/casework/cases/{case.pk}/questions/{q.pk}/answer/")
        if i == 0:
            accessible(officer)
        fill_answer(officer, answer_for(q.parse_id))
        officer.get_by_role("button", name="Save answer", exact=True).click()
        officer.wait_for_url(f"**/casework/cases/{case.pk}/**")
        errors = officer.locator(".govuk-error-summary")
        assert errors.count() == 0, errors.inner_text()
    assert {q.answer.outcome for q in case.questions.all() if q.parse_id.startswith("q5")} == {
        Outcome.NCND}
    officer.goto(f"/casework/cases/{case.pk}/")
    officer.get_by_role("button", name="Submit for approval").click()
    officer.locator("#case-state").filter(has_text="Awaiting approval").wait_for()

    # The approver approves.
    approver = new_page()
    sign_in(approver, "april.approver@example.org", f"/casework/cases/{case.pk}/")
    approver.get_by_role("button", name="Approve response").click()
    approver.locator("#case-state").filter(has_text="Approved").wait_for()

    # The letter is generated with no checker error, then sent.
    officer.goto(f"/casework/cases/{case.pk}/")
    officer.get_by_role("button", name="Generate the response letter").click()
    officer.wait_for_url(re.compile(r".*/letters/\d+/$"))
    accessible(officer)
    letter = case.letters.filter(kind=LetterKind.RESPONSE).first()
    assert [f for f in letter.check_findings if f.get("severity") == "error"] == []
    assert officer.locator("#check-findings .govuk-tag--red").count() == 0
    officer.goto(f"/casework/cases/{case.pk}/send/")
    accessible(officer)
    officer.get_by_role("button", name="Send response").click()
    officer.locator("#case-state").filter(has_text="Response sent").wait_for()
    response_mail = wait_for_mail(smtp, REQUESTER_EMAIL, letter.subject)
    assert "31(3)" in response_mail

    # It is on the disclosure log without the requester, and search finds it.
    published = PublishedResponse.objects.get(source_case_id=case.pk)
    public = new_page()
    public.goto("/disclosure-log/")
    assert case.reference in public.locator("#results").inner_text()
    public.locator("#q").fill("facial recognition funding")
    public.get_by_role("button", name="Search").click()
    public.locator("#results-heading").filter(has_text="1 response found").wait_for()
    assert case.reference in public.locator("#results").inner_text()
    assert public.locator("#results mark").count() > 0
    public.locator("#results").get_by_role("link").first.click()
    public.wait_for_url(f"**/disclosure-log/{published.pk}/")
    accessible(public)
    text = public.locator("body").inner_text()
    assert "section 31(3)" in text.lower() or "s31(3)" in text
    for secret in (REQUESTER, "Fictional", REQUESTER_EMAIL):
        assert secret not in text
        assert secret not in public.content()

    # The requester reads the response in "track my requests".
    requester.goto("/accounts/sign-in/")
    requester.locator("#link_email").fill(REQUESTER_EMAIL)
    requester.get_by_role("button", name="Email me a sign-in link").click()
    sign_in_mail = wait_for_mail(smtp, REQUESTER_EMAIL, "sign-in link")
    requester.goto(urlsplit(re.search(r"http://\S+", sign_in_mail).group(0)).path + "?"
                   + urlsplit(re.search(r"http://\S+", sign_in_mail).group(0)).query)
    requester.get_by_role("button", name="Continue to sign in").click()
    requester.goto("/my-requests/")
    requester.get_by_role("link", name=case.reference).click()
    accessible(requester)
    assert "Response" in requester.locator("main").inner_text()
    assert timezone.localdate() >= case.received
