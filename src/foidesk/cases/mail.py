"""Outbound email through Django's mail framework, always after the transaction commits."""

from __future__ import annotations

from django.db import transaction

from .tasks import send_email


def email_after_commit(
    *, to: list[str], subject: str, body: str, html: str = "", letter_id: int | None = None,
    attachment_ids: list[int] | None = None,
) -> None:
    """Queue an email once the current transaction commits (never for a rolled-back change)."""
    recipients = [a for a in to if a]
    if not recipients:
        return
    transaction.on_commit(
        lambda: send_email.enqueue(
            to=recipients, subject=subject, body=body, html=html, letter_id=letter_id,
            attachment_ids=attachment_ids or [],
        )
    )
