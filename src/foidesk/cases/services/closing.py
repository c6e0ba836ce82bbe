"""Ending a case: closed after the response, withdrawn, invalid under s8, or redirected."""

from __future__ import annotations

from django.db import transaction

from foidesk.accounts.models import User
from foidesk.authorities.models import Role
from foidesk.cases.models import Case, EventKind, LetterKind
from foidesk.cases.services.events import lock_case, move_to, record_event, save_case
from foidesk.cases.services.notices import issue_letter
from foidesk.cases.services.permissions import require_role
from foidesk.cases.states import CaseState

MISSING_PARTS = ("writing", "name", "address", "description")


@transaction.atomic
def case_close(*, actor: User, case: Case, note: str = "") -> Case:
    """Close a case whose response was sent (or whose clarification/fee never came: s1(3),
    s9(2))."""
    case = lock_case(case.pk)
    require_role(actor=actor, authority=case.authority, role=Role.OFFICER)
    move_to(case=case, target=CaseState.CLOSED)
    record_event(case=case, kind=EventKind.CLOSED, actor=actor, data={"note": note.strip()})
    save_case(case=case)
    return case


@transaction.atomic
def case_withdraw(*, actor: User | None, case: Case, note: str = "") -> Case:
    """The requester withdraws (through the portal, or an officer records it)."""
    case = lock_case(case.pk)
    if actor is None or actor != case.requester:
        if actor is None:
            raise PermissionError("Sign in to withdraw a request.")
        require_role(actor=actor, authority=case.authority, role=Role.OFFICER)
    move_to(case=case, target=CaseState.WITHDRAWN)
    record_event(case=case, kind=EventKind.WITHDRAWN, actor=actor, data={"note": note.strip()})
    save_case(case=case)
    return case


@transaction.atomic
def case_mark_invalid(*, actor: User, case: Case, missing: list[str], detail: str = "") -> Case:
    """FOIA s8(1) / FOISA s8(1): not a valid request; the letter says what is missing."""
    case = lock_case(case.pk)
    require_role(actor=actor, authority=case.authority, role=Role.OFFICER)
    missing = [m for m in missing if m in MISSING_PARTS]
    if not missing:
        raise ValueError("Say what the request lacks: its name, an address or a description.")
    move_to(case=case, target=CaseState.INVALID)
    record_event(case=case, kind=EventKind.INVALID, actor=actor,
                 data={"missing": missing, "detail": detail.strip()})
    save_case(case=case)
    issue_letter(case=case, kind=LetterKind.INVALID_REQUEST, actor=actor,
                 blocks={"invalid": {"missing": missing, "detail": detail.strip() or None}})
    return case


@transaction.atomic
def case_redirect(*, actor: User, case: Case, to_authority: str, note: str = "") -> Case:
    """The information is held by another authority: the requester is told where to go (s16)."""
    case = lock_case(case.pk)
    require_role(actor=actor, authority=case.authority, role=Role.OFFICER)
    if not to_authority.strip():
        raise ValueError("Name the authority that holds the information.")
    move_to(case=case, target=CaseState.REDIRECTED)
    record_event(case=case, kind=EventKind.REDIRECTED, actor=actor,
                 data={"to": to_authority.strip(), "note": note.strip()})
    save_case(case=case)
    return case
