"""Authorities that run foidesk, their staff (memberships and roles) and calendar overrides."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q


class Regime(models.TextChoices):
    """The access regime a request is handled under (a case may differ from its authority's)."""

    FOIA = "foia", "FOIA 2000"
    EIR = "eir", "EIR 2004"
    FOISA = "foisa", "FOISA 2002"


class AuthorityKind(models.TextChoices):
    POLICE = "police", "Police force"
    PCC = "pcc", "Police and crime commissioner"
    COUNCIL = "council", "Local council"
    NHS = "nhs", "NHS body"
    CENTRAL = "central", "Central government"
    EDUCATION = "education", "University, college or school"
    OTHER = "other", "Other public authority"


class Nation(models.TextChoices):
    ENGLAND = "england", "England"
    WALES = "wales", "Wales"
    SCOTLAND = "scotland", "Scotland"
    NORTHERN_IRELAND = "northern_ireland", "Northern Ireland"
    UK = "uk", "UK-wide"


class Role(models.TextChoices):
    """Roles ordered by what they may do: each role may do everything of the roles before it,
    except that a contributor only ever sees the questions put to them."""

    CONTRIBUTOR = "contributor", "Contributor"
    OFFICER = "officer", "Officer"
    APPROVER = "approver", "Approver"
    ADMINISTRATOR = "administrator", "Administrator"


ROLE_RANK: dict[str, int] = {
    Role.CONTRIBUTOR: 0,
    Role.OFFICER: 1,
    Role.APPROVER: 2,
    Role.ADMINISTRATOR: 3,
}


def role_allows(held: str, needed: str) -> bool:
    """True when the role held is at least the role needed."""
    return ROLE_RANK[held] >= ROLE_RANK[needed]


class Authority(models.Model):
    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=80, unique=True)
    regime = models.CharField(
        max_length=8, choices=Regime.choices, default=Regime.FOIA,
        help_text="Default regime for its requests (a council may handle most under the EIR).",
    )
    kind = models.CharField(max_length=16, choices=AuthorityKind.choices, default=AuthorityKind.OTHER)
    nation = models.CharField(max_length=20, choices=Nation.choices, default=Nation.ENGLAND)
    reference_prefix = models.CharField(max_length=12, default="FOI")
    foi_email = models.EmailField("FOI contact email", blank=True)
    foi_phone = models.CharField("FOI contact phone", max_length=40, blank=True)
    foi_address = models.TextField("FOI postal address", blank=True)
    website = models.URLField(blank=True)
    logo = models.FileField(upload_to="authority-logos/", blank=True)
    colour = models.CharField(max_length=7, default="#1d70b8", help_text="Brand colour, #rrggbb.")
    retention_days = models.PositiveIntegerField(
        default=730, help_text="Days a closed case keeps the requester's personal data."
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "authorities"
        constraints = [
            models.CheckConstraint(
                condition=Q(regime__in=[r.value for r in Regime]), name="authority_regime_known"
            ),
            models.CheckConstraint(
                condition=Q(colour__startswith="#"),
                name="authority_colour_hex",
            ),
            models.CheckConstraint(condition=~Q(slug=""), name="authority_slug_not_empty"),
        ]

    def __str__(self) -> str:
        return self.name


def regimes_for(authority: Authority) -> tuple[str, ...]:
    """FOIA s3 and EIR 2004 reg 2(2) cover public authorities in England, Wales, Northern
    Ireland and UK-wide bodies; FOISA s3 and the Environmental Information (Scotland)
    Regulations 2004 (modelled as `eir`) cover Scottish public authorities instead."""
    if authority.nation == Nation.SCOTLAND:
        return (Regime.FOISA.value, Regime.EIR.value)
    return (Regime.FOIA.value, Regime.EIR.value)


def regime_refusal(*, authority: Authority, regime: str) -> str | None:
    """Why `regime` cannot apply to `authority` (FOIA s3 / FOISA s3), or None when it can."""
    if regime in regimes_for(authority):
        return None
    label = dict(Regime.choices).get(regime, regime)
    allowed = " or ".join(dict(Regime.choices)[r] for r in regimes_for(authority))
    return (f"{label} does not apply to {authority.name} "
            f"({authority.get_nation_display()}): choose {allowed}.")


class Membership(models.Model):
    """A person's role at one authority. A person may belong to several authorities."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    authority = models.ForeignKey(Authority, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(max_length=16, choices=Role.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["authority__name", "user__email"]
        constraints = [
            models.UniqueConstraint(fields=["user", "authority"], name="one_membership_per_authority"),
            models.CheckConstraint(
                condition=Q(role__in=[r.value for r in Role]), name="membership_role_known"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} — {self.get_role_display()} at {self.authority}"


class CalendarAction(models.TextChoices):
    ADD = "add", "Not a working day (add a holiday)"
    REMOVE = "remove", "A working day after all (remove a listed holiday)"


class CalendarOverride(models.Model):
    """FOIA s10(6) / FOISA s73: an administrator adds a proclaimed bank holiday the `holidays`
    package does not know yet, or removes one it lists wrongly."""

    authority = models.ForeignKey(
        Authority, on_delete=models.CASCADE, related_name="calendar_overrides"
    )
    day = models.DateField()
    action = models.CharField(max_length=8, choices=CalendarAction.choices)
    reason = models.CharField(max_length=200)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["day"]
        constraints = [
            models.UniqueConstraint(fields=["authority", "day"], name="one_override_per_day"),
            models.CheckConstraint(
                condition=Q(action__in=[a.value for a in CalendarAction]),
                name="calendar_action_known",
            ),
            models.CheckConstraint(condition=~Q(reason=""), name="calendar_override_has_reason"),
        ]

    def __str__(self) -> str:
        return f"{self.day} {self.action} ({self.reason})"


class AuthorityAuditEvent(models.Model):
    """Who changed an authority's settings or staff, and when."""

    authority = models.ForeignKey(Authority, on_delete=models.CASCADE, related_name="audit_events")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    action = models.CharField(max_length=40)
    data = models.JSONField(default=dict, blank=True)
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-at", "-id"]
