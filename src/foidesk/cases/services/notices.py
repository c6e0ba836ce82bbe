"""Notices the law says must reach the requester. Each becomes a Letter (through the text core)
and an email after commit."""

from __future__ import annotations

from typing import Any

from foidesk.accounts.models import User
from foidesk.cases.letters import compose_letter
from foidesk.cases.mail import email_after_commit
from foidesk.cases.models import Case, EventKind, Letter, LetterKind
from foidesk.cases.services.events import record_event


def issue_letter(
    *, case: Case, kind: LetterKind, actor: User | None, attachment_ids: list[int] | None = None,
    blocks: dict[str, Any] | None = None,
) -> Letter:
    """Compose a letter of `kind`, keep it on the case, and email it to the requester."""
    letter = compose_letter(case=case, kind=kind, actor=actor, blocks=blocks)
    record_event(case=case, kind=EventKind.LETTER_GENERATED, actor=actor,
                 data={"letter_id": letter.pk, "kind": kind.value})
    if case.requester_email:
        email_after_commit(
            to=[case.requester_email], subject=letter.subject, body=letter.text, html=letter.html,
            letter_id=letter.pk, attachment_ids=attachment_ids,
        )
        record_event(case=case, kind=EventKind.EMAIL_SENT, actor=actor,
                     data={"letter_id": letter.pk, "kind": kind.value})
    return letter


def acknowledge(*, case: Case, actor: User | None) -> Letter:
    """Acknowledge receipt with the reference and the statutory due date (s10(1))."""
    letter = issue_letter(case=case, kind=LetterKind.ACKNOWLEDGEMENT, actor=actor)
    record_event(case=case, kind=EventKind.ACKNOWLEDGED, actor=actor, data={"letter_id": letter.pk})
    return letter
