"""Background jobs (django-tasks, database backend; the worker runs beside `foidesk serve`).

Each job takes ids and re-fetches, so running it twice does no harm, and is enqueued with
`transaction.on_commit` so it never sees a row that was rolled back.
"""

from __future__ import annotations

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.utils import timezone
from django_tasks import task


@task()
def send_email(
    to: list[str], subject: str, body: str, html: str = "", letter_id: int | None = None,
    attachment_ids: list[int] | None = None,
) -> int:
    """Send one email; with a letter, the letter's HTML goes as the body and as a PDF, and the
    letter is marked sent so a re-run of the job sends nothing twice."""
    from foidesk.cases.models import Attachment, Letter

    letter = None
    if letter_id is not None:
        letter = Letter.objects.filter(pk=letter_id).first()
        if letter is None or letter.sent_at is not None:
            return 0
    msg = EmailMultiAlternatives(subject=subject, body=body, from_email=settings.DEFAULT_FROM_EMAIL,
                                 to=to)
    if html:
        msg.attach_alternative(html, "text/html")
    for att in Attachment.objects.filter(pk__in=attachment_ids or []):
        if not att.releasable:
            continue  # fail closed: the gate is checked again at the moment of sending
        with att.file.open("rb") as fh:
            msg.attach(att.original_name, fh.read())
    sent = msg.send()
    if letter is not None:
        Letter.objects.filter(pk=letter.pk, sent_at__isnull=True).update(sent_at=timezone.now())
    return sent


@task()
def scan_attachment(attachment_id: int) -> str:
    """Scan an uploaded file with the release scanner (idempotent: a scanned file is left)."""
    from foidesk.cases.services.attachments import attachment_record_scan

    return attachment_record_scan(attachment_id=attachment_id)
