"""The case: one request to one authority (or one internal review of a response)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q

from foidesk.authorities.models import Authority, Regime
from foidesk.cases.states import OPEN_STATES, CaseState


class Channel(models.TextChoices):
    PORTAL = "portal", "foidesk portal"
    EMAIL = "email", "Email"
    POST = "post", "Post"
    WHATDOTHEYKNOW = "whatdotheyknow", "WhatDoTheyKnow"
    OTHER = "other", "Other"


class Stage(models.TextChoices):
    REQUEST = "request", "Request"
    REVIEW = "review", "Internal review"


class RequestBatch(models.Model):
    """One request sent to several authorities at once; each authority gets its own case."""

    requester = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="request_batches",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"Batch {self.pk}"


class Case(models.Model):
    authority = models.ForeignKey(Authority, on_delete=models.PROTECT, related_name="cases")
    reference = models.CharField(max_length=40)
    regime = models.CharField(max_length=8, choices=Regime.choices)
    stage = models.CharField(max_length=8, choices=Stage.choices, default=Stage.REQUEST)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="reviews",
        help_text="For an internal review: the case whose response is reviewed.",
    )
    # The requester: erasable personal data (see requester_erase).
    requester = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="requests",
    )
    requester_name = models.CharField(max_length=200, blank=True)
    requester_email = models.EmailField(blank=True)
    requester_address = models.TextField(blank=True)
    requester_erased_at = models.DateTimeField(null=True, blank=True)

    title = models.CharField(max_length=200, blank=True)
    request_text = models.TextField()
    received = models.DateField(help_text="The true date of receipt (FOIA s10(1)).")
    received_at = models.DateTimeField()
    channel = models.CharField(max_length=16, choices=Channel.choices, default=Channel.PORTAL)
    batch = models.ForeignKey(
        RequestBatch, null=True, blank=True, on_delete=models.SET_NULL, related_name="cases"
    )
    state = models.CharField(max_length=24, choices=CaseState.choices, default=CaseState.RECEIVED)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="owned_cases",
    )
    # Cached from the law engine by the services whenever an event is recorded; never edited.
    due_date = models.DateField(null=True, blank=True)
    paused = models.BooleanField(default=False)
    is_open = models.BooleanField(default=True)
    overdue = models.BooleanField(default=False)
    # Set when the officer decides not to publish the response, with the reason.
    not_published_reason = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    closed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["due_date", "id"]
        indexes = [
            models.Index(fields=["authority", "is_open", "due_date"], name="case_inbox_due"),
            models.Index(fields=["authority", "state", "due_date"], name="case_inbox_state"),
            models.Index(fields=["owner", "is_open", "due_date"], name="case_owner_due"),
            models.Index(fields=["authority", "received"], name="case_received"),
        ]
        constraints = [
            models.UniqueConstraint(fields=["authority", "reference"], name="case_reference_unique"),
            models.CheckConstraint(
                condition=Q(state__in=[s.value for s in CaseState]), name="case_state_known"
            ),
            models.CheckConstraint(
                condition=Q(regime__in=[r.value for r in Regime]), name="case_regime_known"
            ),
            models.CheckConstraint(
                condition=Q(stage="request", parent__isnull=True)
                | Q(stage="review", parent__isnull=False),
                name="case_review_has_parent",
            ),
            models.CheckConstraint(
                condition=Q(is_open=True, state__in=sorted(s.value for s in OPEN_STATES))
                | (Q(is_open=False) & ~Q(state__in=sorted(s.value for s in OPEN_STATES))),
                name="case_is_open_matches_state",
            ),
            models.CheckConstraint(
                condition=Q(paused=False) | Q(due_date__isnull=True),
                name="case_paused_has_no_due_date",
            ),
            models.CheckConstraint(
                condition=Q(requester_erased_at__isnull=True)
                | Q(requester_name="", requester_email="", requester_address=""),
                name="case_erased_requester_is_empty",
            ),
            models.CheckConstraint(condition=~Q(request_text=""), name="case_has_request_text"),
        ]

    def __str__(self) -> str:
        return self.reference

    @property
    def state_enum(self) -> CaseState:
        return CaseState(self.state)
