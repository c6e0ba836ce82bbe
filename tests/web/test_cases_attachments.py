"""The publication gate: every file is scanned on upload (a background task); a file with
findings cannot be sent until a cleaned copy re-scans clean or an approver overrides with a
written reason; a scanner error blocks and cannot be overridden (fail closed)."""

from __future__ import annotations

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook
from tests.factories import SIMPLE_REQUEST, make_case
from tests.web.canonical import ANSWERS

from foidesk.cases.models import EventKind, ScanStatus
from foidesk.cases.services.answers import answer_question
from foidesk.cases.services.approval import case_approve, case_submit_for_approval
from foidesk.cases.services.attachments import (
    attachment_clean,
    attachment_override,
    attachment_upload,
)
from foidesk.cases.services.permissions import NotAllowed
from foidesk.cases.services.questions import case_split_questions
from foidesk.cases.services.sending import ReleaseBlocked, case_send
from foidesk.cases.states import CaseState, TransitionError

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def leaky_spreadsheet() -> SimpleUploadedFile:
    """Funding figures, with a hidden sheet of staff phone numbers left in."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Funding"
    ws.append(["Year", "Amount"])
    ws.append(["2021/22", 4800000])
    hidden = wb.create_sheet("Staff")
    hidden.append(["Name", "Phone"])
    hidden.append(["Jo Bloggs", "07700 900123"])
    hidden.sheet_state = "hidden"
    buf = io.BytesIO()
    wb.save(buf)
    return SimpleUploadedFile("funding.xlsx", buf.getvalue())


def approved_case(opcc, commit):
    case = make_case(opcc.authority, text=SIMPLE_REQUEST)
    for q in case_split_questions(actor=opcc.officer, case=case):
        answer_question(actor=opcc.officer, question=q, draft=ANSWERS["q4"])
    att = commit(attachment_upload, actor=opcc.officer, case=case, upload=leaky_spreadsheet())
    case_submit_for_approval(actor=opcc.officer, case=case)
    case_approve(actor=opcc.approver, case=case)
    return case, att


def test_an_upload_is_scanned_in_the_background_and_its_findings_kept(opcc, commit):
    case = make_case(opcc.authority, text=SIMPLE_REQUEST)
    att = commit(attachment_upload, actor=opcc.officer, case=case, upload=leaky_spreadsheet())
    att.refresh_from_db()
    assert att.scan_status == ScanStatus.LEAKY
    assert {"hidden_sheet", "personal_data"} <= {f["kind"] for f in att.findings}
    assert case.events.filter(kind=EventKind.ATTACHMENT_SCANNED).count() == 1


def test_a_leaky_spreadsheet_blocks_sending_until_it_is_cleaned(opcc, commit):
    case, att = approved_case(opcc, commit)
    with pytest.raises(ReleaseBlocked, match="funding.xlsx"):
        case_send(actor=opcc.officer, case=case, publish=False, not_published_reason="Test.")
    clean = commit(attachment_clean, actor=opcc.officer, attachment=att)
    clean.refresh_from_db()
    assert clean.scan_status == ScanStatus.CLEAN
    att.refresh_from_db()
    assert att.superseded
    case_approve(actor=opcc.approver, case=case)
    commit(case_send, actor=opcc.officer, case=case, publish=False,
           not_published_reason="Contains commercially sensitive context.")
    case.refresh_from_db()
    assert case.state == CaseState.SENT


def test_an_approver_can_override_findings_with_a_written_reason(opcc, commit):
    case, att = approved_case(opcc, commit)
    with pytest.raises(NotAllowed):
        attachment_override(actor=opcc.officer, attachment=att, reason="Looks fine.")
    with pytest.raises(ValueError, match="why"):
        attachment_override(actor=opcc.approver, attachment=att, reason=" ")
    attachment_override(actor=opcc.approver, attachment=att,
                        reason="The hidden sheet lists the press office's published numbers.")
    event = case.events.get(kind=EventKind.ATTACHMENT_OVERRIDDEN)
    assert event.actor == opcc.approver and "press office" in event.data["reason"]
    commit(case_send, actor=opcc.officer, case=case, publish=False, not_published_reason="Test.")


def test_a_scanner_error_blocks_and_cannot_be_overridden(opcc, commit):
    case = make_case(opcc.authority, text=SIMPLE_REQUEST)
    broken = SimpleUploadedFile("broken.xlsx", b"PK\x03\x04 not really a zip")
    att = commit(attachment_upload, actor=opcc.officer, case=case, upload=broken)
    att.refresh_from_db()
    assert att.scan_status == ScanStatus.ERROR
    with pytest.raises(TransitionError, match="scanner error"):
        attachment_override(actor=opcc.approver, attachment=att, reason="Trust me.")


def test_the_scan_job_is_idempotent(opcc, commit):
    from foidesk.cases.services.attachments import attachment_record_scan

    case = make_case(opcc.authority, text=SIMPLE_REQUEST)
    att = commit(attachment_upload, actor=opcc.officer, case=case, upload=leaky_spreadsheet())
    assert attachment_record_scan(attachment_id=att.pk) == "leaky"
    assert case.events.filter(kind=EventKind.ATTACHMENT_SCANNED).count() == 1


def test_redacting_a_name_produces_a_copy_that_rescans_clean(opcc, commit):
    from foidesk.cases.services.attachments import attachment_redact

    case = make_case(opcc.authority, text=SIMPLE_REQUEST)
    text = b"Briefing on the STAR bid. Prepared by Jo Bloggs, telephone 07700 900123.\n"
    att = commit(attachment_upload, actor=opcc.officer, case=case,
                 upload=SimpleUploadedFile("briefing.txt", text))
    att.refresh_from_db()
    assert att.scan_status == ScanStatus.LEAKY
    redacted = commit(attachment_redact, actor=opcc.officer, attachment=att,
                      terms=["Jo Bloggs", "07700 900123"])
    redacted.refresh_from_db()
    assert redacted.scan_status == ScanStatus.CLEAN, redacted.findings
    with redacted.file.open("rb") as fh:
        body = fh.read()
    assert b"Jo Bloggs" not in body and b"07700 900123" not in body


def test_a_file_added_after_approval_sends_the_case_back_for_approval(opcc, commit):
    case, att = approved_case(opcc, commit)
    attachment_override(actor=opcc.approver, attachment=att,
                        reason="The hidden sheet lists the press office's published numbers.")
    commit(attachment_upload, actor=opcc.officer, case=case,
           upload=SimpleUploadedFile("extra.txt", b"Funding notes."))
    case.refresh_from_db()
    assert case.state == CaseState.AWAITING_APPROVAL
    event = case.events.filter(kind=EventKind.SUBMITTED_FOR_APPROVAL).last()
    assert "changed after approval" in event.data["reason"]
    with pytest.raises(TransitionError, match="Only an approved response"):
        case_send(actor=opcc.officer, case=case, publish=False, not_published_reason="Test.")
