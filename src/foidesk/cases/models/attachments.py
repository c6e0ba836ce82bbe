"""Files released with a response. Each is scanned before it can leave the building."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q

from .case import Case


class ScanStatus(models.TextChoices):
    PENDING = "pending", "Waiting for the scan"
    CLEAN = "clean", "Clean"
    LEAKY = "leaky", "Findings: must be cleaned or overridden"
    ERROR = "error", "Scanner error: blocked"


class Attachment(models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(upload_to="attachments/%Y/%m/")
    original_name = models.CharField(max_length=255)
    scan_status = models.CharField(
        max_length=8, choices=ScanStatus.choices, default=ScanStatus.PENDING
    )
    findings = models.JSONField(default=list, blank=True)
    scanned_at = models.DateTimeField(null=True, blank=True)
    # A cleaned or redacted version replaces `file` for release once it re-scans clean.
    cleaned_from = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="cleaned_versions"
    )
    superseded = models.BooleanField(default=False)
    override_reason = models.TextField(blank=True)
    override_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    overridden_at = models.DateTimeField(null=True, blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["uploaded_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(scan_status__in=[s.value for s in ScanStatus]),
                name="attachment_scan_status_known",
            ),
            models.CheckConstraint(
                condition=Q(override_by__isnull=True, override_reason="")
                | (Q(override_by__isnull=False) & ~Q(override_reason="")),
                name="attachment_override_has_reason_and_approver",
            ),
            # Fail closed: a scanner error can never be overridden into release.
            models.CheckConstraint(
                condition=~Q(scan_status="error") | Q(override_by__isnull=True),
                name="attachment_error_not_overridable",
            ),
        ]

    def __str__(self) -> str:
        return self.original_name

    @property
    def releasable(self) -> bool:
        """Release gate: clean, or leaky with an approver's written override."""
        if self.superseded:
            return False
        if self.scan_status == ScanStatus.CLEAN:
            return True
        return self.scan_status == ScanStatus.LEAKY and self.override_by_id is not None
