"""The case timeline, which is also the audit log: every service writes one event in the same
transaction as its change. The statutory clock is derived from these facts."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from .case import Case


class EventKind(models.TextChoices):
    RECEIVED = "received", "Request received"
    ACKNOWLEDGED = "acknowledged", "Acknowledgement sent"
    ASSIGNED = "assigned", "Assigned"
    QUESTIONS_SPLIT = "questions_split", "Questions split"
    QUESTIONS_CORRECTED = "questions_corrected", "Questions corrected"
    CONTRIBUTOR_ASKED = "contributor_asked", "Contributor asked"
    CONTRIBUTOR_ANSWERED = "contributor_answered", "Contributor answered"
    CLARIFICATION_REQUESTED = "clarification_requested", "Clarification requested (s1(3))"
    CLARIFICATION_RECEIVED = "clarification_received", "Clarification received"
    FEE_NOTICE = "fee_notice", "Fees notice issued (s9)"
    FEE_PAID = "fee_paid", "Fee paid"
    EXTENDED = "extended", "Time extended"
    ANSWER_RECORDED = "answer_recorded", "Answer recorded"
    SUBMITTED_FOR_APPROVAL = "submitted_for_approval", "Submitted for approval"
    APPROVED = "approved", "Approved"
    RETURNED = "returned", "Returned for changes"
    LETTER_GENERATED = "letter_generated", "Letter generated"
    SENT = "sent", "Response sent"
    PUBLISHED = "published", "Published to the disclosure log"
    NOT_PUBLISHED = "not_published", "Not published"
    CLOSED = "closed", "Closed"
    WITHDRAWN = "withdrawn", "Withdrawn"
    INVALID = "invalid", "Invalid under s8"
    REDIRECTED = "redirected", "Redirected"
    REVIEW_OPENED = "review_opened", "Internal review opened"
    COMMISSIONER_COMPLAINT = "commissioner_complaint", "Complaint to the Commissioner"
    DECISION_NOTICE = "decision_notice", "Decision notice"
    REQUESTER_ERASED = "requester_erased", "Requester's details erased"
    ATTACHMENT_UPLOADED = "attachment_uploaded", "Attachment uploaded"
    ATTACHMENT_SCANNED = "attachment_scanned", "Attachment scanned"
    ATTACHMENT_CLEANED = "attachment_cleaned", "Attachment cleaned"
    ATTACHMENT_OVERRIDDEN = "attachment_overridden", "Scan findings overridden"
    OVERDUE = "overdue", "Overdue"
    EMAIL_SENT = "email_sent", "Email sent"


class CaseEvent(models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(max_length=32, choices=EventKind.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    at = models.DateTimeField()
    data = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["at", "id"]
        indexes = [models.Index(fields=["case", "kind", "at"], name="event_case_kind")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(kind__in=[k.value for k in EventKind]), name="event_kind_known"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.case_id} {self.kind} {self.at:%Y-%m-%d}"
