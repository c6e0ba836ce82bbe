"""The publication gate in a real browser: a spreadsheet with a hidden sheet of personal data is
blocked, cleaned with the release tools, re-scanned clean, and then sent and published."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from openpyxl import Workbook
from tests.browser.support import serious_violations, sign_in
from tests.factories import SIMPLE_REQUEST, make_authority, make_case, make_member

from foidesk.cases.models import Attachment, Outcome
from foidesk.cases.services.answers import AnswerDraft, answer_question
from foidesk.cases.services.approval import case_approve, case_submit_for_approval
from foidesk.cases.services.questions import question_add
from foidesk.disclosure.models import PublishedResponse

pytestmark = pytest.mark.django_db(transaction=True)


def leaky_workbook(path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Funding"
    ws.append(["Year", "Bid total (£)"])
    ws.append(["2021/22", 4_800_000])
    hidden = wb.create_sheet("Applicants")
    hidden.append(["Name", "Email", "Phone"])
    hidden.append(["Dana Leaky", "dana.leaky@example.org", "07700 900321"])
    hidden.sheet_state = "hidden"
    wb.save(path)


@pytest.fixture
def approved_case():
    authority = make_authority()
    officer = make_member(authority, "officer", "olu.officer@example.org", "Olu Officer")
    approver = make_member(authority, "approver", "april.approver@example.org", "April Approver")
    case = make_case(authority, text=SIMPLE_REQUEST)
    for i, line in enumerate(ln[2:] for ln in SIMPLE_REQUEST.splitlines() if ln.startswith("- ")):
        q = question_add(actor=officer, case=case, label=str(i + 1), text=line)
        answer_question(actor=officer, question=q, draft=AnswerDraft(
            outcome=Outcome.DISCLOSED, disclosed_text="The figures are in the attached workbook."))
    case_submit_for_approval(actor=officer, case=case)
    case_approve(actor=approver, case=case)
    return case


def test_a_leaky_spreadsheet_is_blocked_then_cleaned_then_allowed(page, approved_case, tmp_path):
    case = approved_case
    workbook = tmp_path / "star-bid-figures.xlsx"
    leaky_workbook(workbook)
    sign_in(page, "olu.officer@example.org", f"/casework/cases/{case.pk}/")

    page.locator("#id_file").set_input_files(str(workbook))
    page.get_by_role("button", name="Upload").click()
    page.wait_for_url(f"**/casework/cases/{case.pk}/**")
    page.goto(f"/casework/cases/{case.pk}/")
    status = page.locator("#attachments ~ table .govuk-tag").first
    assert "Findings" in status.inner_text()
    assert serious_violations(page) == []
    # A file added after approval sends the case back to the approver, who approves again.
    case.refresh_from_db()
    assert case.state == "awaiting_approval"
    approver = get_user_model().objects.get(email="april.approver@example.org")
    case_approve(actor=approver, case=case)

    # Blocked: the send page says why, and sending is refused.
    page.goto(f"/casework/cases/{case.pk}/send/")
    assert "Nothing can be sent yet" in page.locator("main").inner_text()
    page.get_by_role("button", name="Send response").click()
    assert "cannot be released" in page.locator("body").inner_text()
    case.refresh_from_db()
    assert case.state == "approved"
    assert not PublishedResponse.objects.filter(source_case_id=case.pk).exists()

    # Cleaned with the release tools: the copy re-scans clean.
    page.goto(f"/casework/cases/{case.pk}/")
    page.get_by_role("button", name="Clean star-bid-figures.xlsx").click()
    page.goto(f"/casework/cases/{case.pk}/")
    cleaned = Attachment.objects.get(case=case, superseded=False)
    assert cleaned.cleaned_from_id is not None
    assert cleaned.scan_status == "clean", cleaned.findings
    assert "Clean" in page.locator("#attachments ~ table .govuk-tag").first.inner_text()
    # Cleaning changed the files after approval: approved again before sending.
    case.refresh_from_db()
    assert case.state == "awaiting_approval"
    case_approve(actor=approver, case=case)

    # Allowed: sent and published with the cleaned file only.
    page.goto(f"/casework/cases/{case.pk}/send/")
    page.get_by_role("button", name="Send response").click()
    page.locator("#case-state").filter(has_text="Response sent").wait_for()
    published = PublishedResponse.objects.get(source_case_id=case.pk)
    assert [f.name for f in published.files.all()] == ["star-bid-figures.xlsx"]
    page.goto(f"/disclosure-log/{published.pk}/")
    with page.expect_download() as download:
        page.get_by_role("link", name="star-bid-figures.xlsx").click()
    from openpyxl import load_workbook

    saved = tmp_path / "released.xlsx"
    download.value.save_as(saved)
    released = load_workbook(saved)
    assert released.sheetnames == ["Funding"]
