"""Files released with a response, and the publication gate in front of them.

Every file is scanned on upload by the release scanner as a background job. A file with findings
cannot be sent until a cleaned or redacted version re-scans clean, or an approver overrides the
findings with a written reason. A scanner error blocks and cannot be overridden (fail closed).
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from django.core.files import File
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone

from foidesk.accounts.models import User
from foidesk.authorities.models import Role
from foidesk.cases.models import Attachment, Case, EventKind, ScanStatus
from foidesk.cases.services.events import lock_case, move_to, record_event, save_case
from foidesk.cases.services.permissions import require_role
from foidesk.cases.states import CaseState, TransitionError
from foidesk.release.findings import ScanOptions, Verdict

MAX_UPLOAD_BYTES = 50 * 1024 * 1024


def _enqueue_scan(attachment_id: int) -> None:
    from foidesk.cases.tasks import scan_attachment

    transaction.on_commit(lambda: scan_attachment.enqueue(attachment_id))


def _require_editable(case: Case, *, actor: User | None = None) -> None:
    """FOIA s1(1)(b): what is sent is what the approver approved, so a file added, cleaned,
    redacted or removed after approval sends the case back for approval (audited)."""
    if not case.is_open:
        raise TransitionError("Files can only change while the case is open.")
    if case.state == CaseState.APPROVED:
        move_to(case=case, target=CaseState.AWAITING_APPROVAL)
        record_event(case=case, kind=EventKind.SUBMITTED_FOR_APPROVAL, actor=actor,
                     data={"reason": "The files changed after approval; approve them again."})
        save_case(case=case)


@transaction.atomic
def attachment_upload(*, actor: User, case: Case, upload: UploadedFile | File[Any],
                      name: str | None = None) -> Attachment:
    """Store a file for release; the scan runs as a background job after commit."""
    case = lock_case(case.pk)
    require_role(actor=actor, authority=case.authority, role=Role.OFFICER)
    _require_editable(case, actor=actor)
    original = Path(name or upload.name or "file").name
    if upload.size is not None and upload.size > MAX_UPLOAD_BYTES:
        raise ValueError("Files over 50 MB cannot be attached.")
    att = Attachment(case=case, original_name=original, uploaded_by=actor)
    att.file.save(original, upload, save=False)
    att.save()
    record_event(case=case, kind=EventKind.ATTACHMENT_UPLOADED, actor=actor,
                 data={"attachment_id": att.pk, "name": original})
    _enqueue_scan(att.pk)
    return att


def scan_options(case: Case) -> ScanOptions:
    """Look for the requester's and staff names; allow the authority's published contacts."""
    names = [case.requester_name] if case.requester_name else []
    allow = [a for a in (case.authority.foi_email, case.authority.foi_phone) if a]
    return ScanOptions(names=tuple(names), allow=tuple(allow))


def attachment_record_scan(*, attachment_id: int) -> str:
    """The scan job: run the scanner on the stored file and record its verdict. Idempotent: an
    attachment already scanned is left as it is. Any failure records `error`, which blocks."""
    from foidesk.release.scanner import scan_file

    att = Attachment.objects.select_related("case", "case__authority").filter(pk=attachment_id).first()
    if att is None:
        return "missing"
    if att.scan_status != ScanStatus.PENDING:
        return str(att.scan_status)
    try:
        report = scan_file(Path(att.file.path), scan_options(att.case))
        verdict = str(report.verdict.value)
        findings = [f.as_dict() for f in report.findings]
        if report.error:
            findings.append({"kind": "scanner_error", "where": "whole file",
                             "excerpt": report.error})
    except Exception as exc:  # noqa: BLE001 — fail closed: any scanner failure blocks release
        verdict = Verdict.ERROR.value
        findings = [{"kind": "scanner_error", "where": "whole file", "excerpt": str(exc)[:300]}]
    with transaction.atomic():
        locked = Attachment.objects.select_for_update().get(pk=att.pk)
        if locked.scan_status != ScanStatus.PENDING:
            return str(locked.scan_status)
        locked.scan_status = ScanStatus(verdict)
        locked.findings = findings
        locked.scanned_at = timezone.now()
        locked.save(update_fields=["scan_status", "findings", "scanned_at"])
        record_event(case=att.case, kind=EventKind.ATTACHMENT_SCANNED, actor=None,
                     data={"attachment_id": att.pk, "name": att.original_name,
                           "verdict": verdict, "findings": len(findings)})
    return verdict


def _replace_with(*, actor: User, att: Attachment, produced: Path, how: str,
                  detail: dict[str, object]) -> Attachment:
    with produced.open("rb") as fh:
        new = Attachment(case=att.case, original_name=att.original_name, uploaded_by=actor,
                         cleaned_from=att)
        new.file.save(att.original_name, File(fh), save=False)
        new.save()
    att.superseded = True
    att.save(update_fields=["superseded"])
    record_event(case=att.case, kind=EventKind.ATTACHMENT_CLEANED, actor=actor,
                 data={"attachment_id": new.pk, "from": att.pk, "how": how, **detail})
    _enqueue_scan(new.pk)
    return new


@transaction.atomic
def attachment_clean(*, actor: User, attachment: Attachment) -> Attachment:
    """Clean a leaky file with the release tools (hidden sheets, tracked changes, metadata...);
    the cleaned copy replaces it and is scanned again."""
    from foidesk.release.cleaning import clean_file

    case = lock_case(attachment.case_id)
    require_role(actor=actor, authority=case.authority, role=Role.OFFICER)
    _require_editable(case, actor=actor)
    att = Attachment.objects.select_for_update().get(pk=attachment.pk)
    if att.superseded:
        raise TransitionError("This file has already been replaced by a cleaned version.")
    with tempfile.TemporaryDirectory() as tmp:
        dst = Path(tmp) / att.original_name
        result = clean_file(Path(att.file.path), dst, options=scan_options(case))
        if not dst.exists():
            raise TransitionError(f"The file could not be cleaned: {result.error or 'unknown'}.")
        detail = {"report": _as_dict(result)}
        return _replace_with(actor=actor, att=att, produced=dst, how="cleaned", detail=detail)


@transaction.atomic
def attachment_redact(*, actor: User, attachment: Attachment, terms: list[str]) -> Attachment:
    """Redact for real (text removed, not covered) every occurrence of the given terms."""
    from foidesk.release.redaction import (
        RedactionFailed,
        redact_file,
    )

    case = lock_case(attachment.case_id)
    require_role(actor=actor, authority=case.authority, role=Role.OFFICER)
    _require_editable(case, actor=actor)
    terms = [t.strip() for t in terms if t.strip()]
    if not terms:
        raise ValueError("Give at least one word or phrase to redact.")
    att = Attachment.objects.select_for_update().get(pk=attachment.pk)
    if att.superseded:
        raise TransitionError("This file has already been replaced.")
    with tempfile.TemporaryDirectory() as tmp:
        dst = Path(tmp) / att.original_name
        try:
            result = redact_file(Path(att.file.path), dst, texts=terms,
                                 options=scan_options(case))
        except RedactionFailed as exc:
            raise TransitionError(f"The redaction could not be proved: {exc}") from exc
        return _replace_with(actor=actor, att=att, produced=dst, how="redacted",
                             detail={"terms": len(terms), "report": _as_dict(result)})


def _as_dict(result: object) -> object:
    as_dict = getattr(result, "as_dict", None) or getattr(result, "to_dict", None)
    return as_dict() if callable(as_dict) else str(result)[:500]


@transaction.atomic
def attachment_override(*, actor: User, attachment: Attachment, reason: str) -> Attachment:
    """An approver releases a file despite the scanner's findings, with a written reason
    (audited). A scanner error is never overridable: the file must be fixed (fail closed)."""
    case = lock_case(attachment.case_id)
    require_role(actor=actor, authority=case.authority, role=Role.APPROVER)
    att = Attachment.objects.select_for_update().get(pk=attachment.pk)
    if att.scan_status != ScanStatus.LEAKY:
        raise TransitionError("Only a file with findings can be overridden; a scanner error "
                              "blocks until the file is fixed.")
    if not reason.strip():
        raise ValueError("Write why the findings do not matter for this release.")
    att.override_reason = reason.strip()
    att.override_by = actor
    att.overridden_at = timezone.now()
    att.save(update_fields=["override_reason", "override_by", "overridden_at"])
    record_event(case=case, kind=EventKind.ATTACHMENT_OVERRIDDEN, actor=actor,
                 data={"attachment_id": att.pk, "name": att.original_name,
                       "reason": att.override_reason, "findings": len(att.findings)})
    return att


@transaction.atomic
def attachment_remove(*, actor: User, attachment: Attachment) -> None:
    """Withdraw a file from the response (kept for the audit trail, never sent)."""
    case = lock_case(attachment.case_id)
    require_role(actor=actor, authority=case.authority, role=Role.OFFICER)
    _require_editable(case, actor=actor)
    Attachment.objects.filter(pk=attachment.pk).update(superseded=True)
    record_event(case=case, kind=EventKind.ATTACHMENT_CLEANED, actor=actor,
                 data={"attachment_id": attachment.pk, "how": "removed"})
