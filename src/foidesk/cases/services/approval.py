"""Sign-off: an officer submits the drafted answers, an approver approves or returns them."""

from __future__ import annotations

from django.db import transaction

from foidesk.accounts.models import User
from foidesk.authorities.models import Role
from foidesk.cases.models import Case, EventKind, ScanStatus
from foidesk.cases.services.events import lock_case, move_to, record_event, save_case
from foidesk.cases.services.permissions import require_role
from foidesk.cases.states import CaseState, TransitionError


def unanswered_labels(case: Case) -> list[str]:
    return [q.label for q in case.questions.filter(answer__isnull=True).order_by("order", "id")]


@transaction.atomic
def case_submit_for_approval(*, actor: User, case: Case) -> Case:
    """Every question answered, every file scanned: ready for an approver."""
    case = lock_case(case.pk)
    require_role(actor=actor, authority=case.authority, role=Role.OFFICER)
    if not case.questions.exists():
        raise TransitionError("Split the request into questions and answer them first.")
    missing = unanswered_labels(case)
    if missing:
        raise TransitionError("Answer every question first; still unanswered: "
                              + ", ".join(missing) + ".")
    if case.attachments.filter(superseded=False, scan_status=ScanStatus.PENDING).exists():
        raise TransitionError("Wait until every attachment has been scanned.")
    move_to(case=case, target=CaseState.AWAITING_APPROVAL)
    record_event(case=case, kind=EventKind.SUBMITTED_FOR_APPROVAL, actor=actor)
    save_case(case=case)
    return case


@transaction.atomic
def case_approve(*, actor: User, case: Case, note: str = "") -> Case:
    """An approver signs off the response."""
    case = lock_case(case.pk)
    require_role(actor=actor, authority=case.authority, role=Role.APPROVER)
    move_to(case=case, target=CaseState.APPROVED)
    record_event(case=case, kind=EventKind.APPROVED, actor=actor, data={"note": note.strip()})
    save_case(case=case)
    return case


@transaction.atomic
def case_return_for_changes(*, actor: User, case: Case, reason: str) -> Case:
    """An approver sends the draft back to the officer with the reason."""
    case = lock_case(case.pk)
    require_role(actor=actor, authority=case.authority, role=Role.APPROVER)
    if not reason.strip():
        raise ValueError("Say what needs to change.")
    move_to(case=case, target=CaseState.IN_PROGRESS)
    record_event(case=case, kind=EventKind.RETURNED, actor=actor, data={"reason": reason.strip()})
    save_case(case=case)
    return case
