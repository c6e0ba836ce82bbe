"""Letters generated through the text core and sent to the requester."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from .case import Case


class LetterKind(models.TextChoices):
    """The letters the three regimes require (values as in the text core's LetterKind)."""

    ACKNOWLEDGEMENT = "acknowledgement", "Acknowledgement"
    CLARIFICATION = "clarification", "Request for clarification (s1(3))"
    FEES_NOTICE = "fees_notice", "Fees notice (s9)"
    PIT_EXTENSION = "pit_extension", "Public interest extension notice (s17(2), s10(3))"
    EIR_EXTENSION = "eir_extension", "Extension notice (EIR reg 7)"
    RESPONSE = "response", "Response"
    REFUSAL = "refusal", "Refusal (s12 / s14)"
    INVALID_REQUEST = "invalid_request", "Invalid request (s8)"
    INTERNAL_REVIEW = "internal_review", "Internal review outcome"


class Letter(models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="letters")
    kind = models.CharField(max_length=20, choices=LetterKind.choices)
    subject = models.CharField(max_length=200)
    html = models.TextField()
    text = models.TextField(blank=True)
    check_findings = models.JSONField(default=list, blank=True)
    # The text core's LetterCase as JSON: PDF and DOCX are rendered from exactly this.
    source = models.JSONField(default=dict, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(kind__in=[k.value for k in LetterKind]),
                name="letter_kind_known",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} for {self.case}"
