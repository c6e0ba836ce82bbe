"""Role checks inside services: a service refuses an actor without the role it needs, whatever
door (view, API, command) the call came through."""

from __future__ import annotations

from foidesk.accounts.models import User
from foidesk.authorities.models import Authority, Membership, Role, role_allows


class NotAllowed(PermissionError):
    """The actor lacks the role this action needs at this authority."""


def role_at(*, user: User, authority: Authority) -> str | None:
    m = Membership.objects.filter(user=user, authority=authority).only("role").first()
    return m.role if m else None


def require_role(*, actor: User, authority: Authority, role: Role) -> None:
    held = role_at(user=actor, authority=authority)
    if held is None or not role_allows(held, role):
        raise NotAllowed(f"You need the {role.label.lower()} role at {authority.name} to do this.")
