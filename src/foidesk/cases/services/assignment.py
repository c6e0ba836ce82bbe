"""Who carries a case."""

from __future__ import annotations

from django.db import transaction

from foidesk.accounts.models import User
from foidesk.authorities.models import Role, role_allows
from foidesk.cases.models import Case, EventKind
from foidesk.cases.services.events import lock_case, move_to, record_event, save_case
from foidesk.cases.services.permissions import NotAllowed, require_role, role_at
from foidesk.cases.states import CaseState, TransitionError


@transaction.atomic
def case_assign(*, actor: User, case: Case, owner: User) -> Case:
    """Give the case to an officer of its authority; a received case is then in progress."""
    case = lock_case(case.pk)
    require_role(actor=actor, authority=case.authority, role=Role.OFFICER)
    held = role_at(user=owner, authority=case.authority)
    if held is None or not role_allows(held, Role.OFFICER):
        raise NotAllowed(f"{owner} is not an officer at {case.authority.name}.")
    if not case.is_open:
        raise TransitionError("A closed case cannot be reassigned.")
    previous = case.owner
    case.owner = owner
    if case.state == CaseState.RECEIVED:
        move_to(case=case, target=CaseState.IN_PROGRESS)
    record_event(case=case, kind=EventKind.ASSIGNED, actor=actor,
                 data={"owner_id": owner.pk, "owner": str(owner),
                       "previous": str(previous) if previous else None})
    save_case(case=case)
    return case


def start_work(case: Case) -> None:
    """The first piece of work on a received case puts it in progress."""
    if case.state == CaseState.RECEIVED:
        move_to(case=case, target=CaseState.IN_PROGRESS)
