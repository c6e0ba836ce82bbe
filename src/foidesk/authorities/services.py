"""Authority administration: members and roles, retention, calendar corrections. Only an
administrator of the authority may change them; each change is recorded in the audit log."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from django.contrib.auth import get_user_model
from django.core.files import File
from django.db import transaction

from foidesk.accounts.models import User

from .models import (
    Authority,
    AuthorityAuditEvent,
    CalendarAction,
    CalendarOverride,
    Membership,
    Role,
    role_allows,
)


class NotAdministrator(PermissionError):
    pass


def _require_admin(actor: User, authority: Authority) -> None:
    m = Membership.objects.filter(user=actor, authority=authority).first()
    if m is None or not role_allows(m.role, Role.ADMINISTRATOR):
        raise NotAdministrator(f"You need the administrator role at {authority.name}.")


def _audit(authority: Authority, actor: User | None, action: str, data: dict[str, object]) -> None:
    AuthorityAuditEvent.objects.create(authority=authority, actor=actor, action=action, data=data)


@transaction.atomic
def membership_set(*, actor: User, authority: Authority, email: str, full_name: str = "",
                   role: Role) -> Membership:
    """Add a person to the authority, or change their role. A new person gets an account with
    no password: they sign in by emailed link."""
    _require_admin(actor, authority)
    email = email.strip().lower()
    if not email:
        raise ValueError("Enter the person's email address.")
    user_model = get_user_model()
    user = user_model.objects.filter(email__iexact=email).first()
    if user is None:
        user = user_model(username=email, email=email, full_name=full_name.strip())
        user.set_unusable_password()
        user.save()
    membership, created = Membership.objects.update_or_create(
        user=user, authority=authority, defaults={"role": role})
    _audit(authority, actor, "membership_added" if created else "role_changed",
           {"email": email, "role": role.value})
    return membership


@transaction.atomic
def membership_remove(*, actor: User, membership: Membership) -> None:
    _require_admin(actor, membership.authority)
    if membership.user_id == actor.pk:
        raise ValueError("You cannot remove yourself; ask another administrator.")
    _audit(membership.authority, actor, "membership_removed", {"email": membership.user.email})
    membership.delete()


@transaction.atomic
def authority_set_retention(*, actor: User, authority: Authority, days: int) -> Authority:
    """UK GDPR Art 5(1)(e): how long a closed case keeps the requester's personal data."""
    _require_admin(actor, authority)
    if days < 30:
        raise ValueError("Keep requester details for at least 30 days after closing, so that a "
                         "review can be asked for.")
    before = authority.retention_days
    authority.retention_days = days
    authority.save(update_fields=["retention_days"])
    _audit(authority, actor, "retention_changed", {"from": before, "to": days})
    return authority


HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


@transaction.atomic
def authority_update_details(
    *, actor: User, authority: Authority, colour: str, foi_email: str, foi_phone: str,
    foi_address: str, website: str = "", logo: File[Any] | None = None,
) -> Authority:
    """Branding and contact details: what letters, emails and the authority's pages show."""
    _require_admin(actor, authority)
    if not HEX_COLOUR.match(colour.strip()):
        raise ValueError("Enter the colour as #rrggbb, for example #00577a.")
    before = {"colour": authority.colour, "foi_email": authority.foi_email}
    authority.colour = colour.strip().lower()
    authority.foi_email = foi_email.strip()
    authority.foi_phone = foi_phone.strip()
    authority.foi_address = foi_address.strip()
    authority.website = website.strip()
    if logo is not None:
        authority.logo.save(logo.name or "logo", logo, save=False)
    authority.save()
    _audit(authority, actor, "details_changed", {"before": before, "logo": logo is not None})
    return authority


@transaction.atomic
def calendar_override_set(*, actor: User, authority: Authority, day: dt.date,
                          action: CalendarAction, reason: str) -> CalendarOverride:
    """FOIA s10(6) / FOISA s73: add a proclaimed bank holiday the `holidays` package does not
    know, or remove one it lists wrongly. Due dates of open cases are recomputed."""
    _require_admin(actor, authority)
    if not reason.strip():
        raise ValueError("Give the source, e.g. the proclamation.")
    override, _ = CalendarOverride.objects.update_or_create(
        authority=authority, day=day, defaults={"action": action, "reason": reason.strip()})
    _audit(authority, actor, "calendar_override", {"day": day.isoformat(), "action": action.value,
                                                   "reason": reason.strip()})
    _recompute_open_cases(authority)
    return override


@transaction.atomic
def calendar_override_remove(*, actor: User, override: CalendarOverride) -> None:
    authority = override.authority
    _require_admin(actor, authority)
    _audit(authority, actor, "calendar_override_removed", {"day": override.day.isoformat()})
    override.delete()
    _recompute_open_cases(authority)


def _recompute_open_cases(authority: Authority) -> None:
    from foidesk.cases.models import Case
    from foidesk.cases.services.events import recompute_clock

    for case in Case.objects.filter(authority=authority, is_open=True).select_related("authority"):
        recompute_clock(case=case)
        case.save(update_fields=["due_date", "paused", "overdue"])
