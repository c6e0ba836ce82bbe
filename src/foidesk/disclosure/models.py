"""The disclosure log: snapshots of sent responses, published for everyone.

A published entry is a copy, not a view onto the case: it never holds the requester's name,
email, address or user account, and it keeps only what was released (answers, the provisions
relied on, files that scanned clean). Erasing a requester or deleting a case leaves it intact.
"""

from __future__ import annotations

from django.db import models
from django.db.models import Q

from foidesk.authorities.models import Authority, Regime


class PublishedOutcome(models.TextChoices):
    """The response as a whole, from the outcomes of its questions."""

    DISCLOSED = "disclosed", "Information disclosed"
    PARTIAL = "partial", "Some information disclosed"
    WITHHELD = "withheld", "Information withheld"
    NOT_HELD = "not_held", "Information not held"
    REFUSED = "refused", "Request refused (cost or vexatious)"


class PublishedResponse(models.Model):
    authority = models.ForeignKey(
        Authority, on_delete=models.PROTECT, related_name="published_responses"
    )
    # The case it came from, by number only: the snapshot must outlive erasure of the case.
    source_case_id = models.BigIntegerField(unique=True)
    reference = models.CharField(max_length=40)
    regime = models.CharField(max_length=8, choices=Regime.choices)
    title = models.CharField(max_length=200)
    request_text = models.TextField(help_text="The request with the requester's details removed.")
    received = models.DateField()
    responded = models.DateField()
    outcome = models.CharField(max_length=12, choices=PublishedOutcome.choices)
    published_at = models.DateTimeField()
    # Everything the full-text index reads, assembled once at publication (title excluded).
    search_text = models.TextField()

    class Meta:
        ordering = ["-published_at", "-id"]
        indexes = [
            models.Index(fields=["-published_at", "-id"], name="published_newest"),
            models.Index(fields=["authority", "-published_at"], name="published_by_authority"),
            models.Index(fields=["outcome", "-published_at"], name="published_by_outcome"),
            models.Index(fields=["responded"], name="published_by_responded"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(outcome__in=[o.value for o in PublishedOutcome]),
                name="published_outcome_known",
            ),
            models.CheckConstraint(
                condition=Q(regime__in=[r.value for r in Regime]), name="published_regime_known"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.reference}: {self.title}"


class PublishedQuestion(models.Model):
    response = models.ForeignKey(
        PublishedResponse, on_delete=models.CASCADE, related_name="questions"
    )
    order = models.PositiveIntegerField()
    label = models.CharField(max_length=40)
    text = models.TextField()
    outcome = models.CharField(max_length=24)
    outcome_label = models.CharField(max_length=80)
    answer_text = models.TextField(blank=True)
    provisions = models.JSONField(default=list, blank=True)
    reason = models.TextField(blank=True)
    harm = models.TextField(blank=True)
    pit_for = models.TextField(blank=True)
    pit_against = models.TextField(blank=True)
    pit_balance = models.TextField(blank=True)
    advice = models.TextField(blank=True)

    class Meta:
        ordering = ["response", "order"]

    def __str__(self) -> str:
        return f"{self.label} {self.text[:60]}"


class PublishedExemption(models.Model):
    """One provision a response relied on, for the exemption filter (indexed both ways)."""

    response = models.ForeignKey(
        PublishedResponse, on_delete=models.CASCADE, related_name="exemptions"
    )
    section = models.CharField(max_length=16, help_text='The section or regulation: "s31", "reg12".')
    citation = models.CharField(max_length=40, help_text='As cited: "s31(3)".')
    title = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["section", "citation"]
        indexes = [models.Index(fields=["section", "response"], name="published_exemption")]
        constraints = [
            models.UniqueConstraint(fields=["response", "citation"], name="one_citation_per_response")
        ]

    def __str__(self) -> str:
        return self.citation


class PublishedFile(models.Model):
    """A released file that scanned clean, copied so the log does not depend on the case."""

    response = models.ForeignKey(PublishedResponse, on_delete=models.CASCADE, related_name="files")
    name = models.CharField(max_length=255)
    file = models.FileField(upload_to="disclosure/%Y/%m/")
    size = models.PositiveBigIntegerField()
    sha256 = models.CharField(max_length=64)

    class Meta:
        ordering = ["response", "name"]

    def __str__(self) -> str:
        return self.name
