"""Questions split out of a request, the answer to each, and contributors asked for answers."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q

from .case import Case


class Question(models.Model):
    """One question of a request, as split by the text core (an officer may correct it)."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="questions")
    parse_id = models.CharField(max_length=40)
    label = models.CharField(max_length=40)
    # The requester's own marker ("a", "ii") as the splitter read it, and whether `label` is still
    # the one derived from it: letters then number the question exactly as the case page does.
    parse_label = models.CharField(max_length=40, blank=True)
    label_from_split = models.BooleanField(default=False)
    text = models.TextField()
    kind = models.CharField(max_length=40, blank=True)
    parent_parse_id = models.CharField(max_length=40, blank=True)
    condition = models.CharField(max_length=200, blank=True)
    order = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["case", "order", "id"]
        constraints = [
            models.UniqueConstraint(fields=["case", "parse_id"], name="question_parse_id_unique"),
            models.CheckConstraint(condition=~Q(text=""), name="question_has_text"),
        ]

    def __str__(self) -> str:
        return f"{self.label} {self.text[:60]}"


class Outcome(models.TextChoices):
    DISCLOSED = "disclosed", "Information disclosed"
    PARTIALLY_DISCLOSED = "partially_disclosed", "Disclosed in part, the rest withheld"
    NOT_HELD = "not_held", "Information not held"
    EXEMPT = "exempt", "Withheld under an exemption"
    NCND = "ncnd", "Neither confirm nor deny"
    COST_LIMIT = "cost_limit", "Refused: over the cost limit (s12)"
    VEXATIOUS = "vexatious", "Refused: vexatious or repeated (s14)"
    REASONABLY_ACCESSIBLE = "reasonably_accessible", "Reasonably accessible elsewhere (s21)"


WITHHOLDING_OUTCOMES = frozenset({Outcome.PARTIALLY_DISCLOSED, Outcome.EXEMPT})


class Answer(models.Model):
    """The authority's answer to one question, with what the law needs for each outcome."""

    question = models.OneToOneField(Question, on_delete=models.CASCADE, related_name="answer")
    outcome = models.CharField(max_length=24, choices=Outcome.choices)
    disclosed_text = models.TextField(blank=True)
    provisions = models.JSONField(default=list, blank=True)
    reason = models.TextField("why the provision applies (s17(1)(c))", blank=True)
    harm = models.TextField(blank=True)
    pit_for = models.TextField("public interest in disclosure", blank=True)
    pit_against = models.TextField("public interest in withholding", blank=True)
    pit_balance = models.TextField("balance of the public interest", blank=True)
    ncnd_provision = models.CharField(max_length=24, blank=True)
    cost_hours = models.DecimalField(max_digits=7, decimal_places=1, null=True, blank=True)
    cost_records = models.PositiveIntegerField(null=True, blank=True)
    cost_basis = models.TextField("how the estimate was made", blank=True)
    advice = models.TextField("advice and assistance (s16)", blank=True)
    who_may_hold = models.CharField("another body that may hold it", max_length=200, blank=True)
    where = models.TextField("where it is reasonably accessible (s21)", blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(outcome__in=[o.value for o in Outcome]), name="answer_outcome_known"
            ),
            models.CheckConstraint(
                condition=~Q(outcome="ncnd") | ~Q(ncnd_provision=""),
                name="answer_ncnd_names_its_provision",
            ),
            models.CheckConstraint(
                condition=~Q(outcome="cost_limit") | Q(cost_hours__isnull=False),
                name="answer_cost_limit_has_estimate",
            ),
            models.CheckConstraint(
                condition=~Q(outcome="disclosed") | ~Q(disclosed_text=""),
                name="answer_disclosed_has_text",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.question.label}: {self.get_outcome_display()}"


class ContributorRequest(models.Model):
    """A department asked to supply answers to chosen questions; they see only those."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="contributor_requests")
    contributor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="contributions"
    )
    questions = models.ManyToManyField(Question, related_name="contributor_requests")
    message = models.TextField(blank=True)
    due = models.DateField(null=True, blank=True)
    asked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    asked_at = models.DateTimeField(auto_now_add=True)
    response = models.TextField(blank=True)
    answers = models.JSONField(default=dict, blank=True)  # question id -> draft answer
    answered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-asked_at"]
        indexes = [models.Index(fields=["contributor", "answered_at"], name="contrib_open")]
        constraints = [
            models.CheckConstraint(
                condition=Q(answered_at__isnull=True) | ~Q(response=""),
                name="contribution_answer_has_text",
            ),
        ]
