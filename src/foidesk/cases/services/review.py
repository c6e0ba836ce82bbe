"""The internal review stage, and the Commissioner beyond it."""

from __future__ import annotations

import datetime as dt
import uuid

from django.db import transaction
from django.utils import timezone

from foidesk.accounts.models import User
from foidesk.authorities.models import Regime, Role
from foidesk.cases.models import Answer, Case, EventKind, Question, Stage
from foidesk.cases.services.events import lock_case, move_to, record_event, save_case
from foidesk.cases.services.permissions import require_role
from foidesk.cases.states import REVIEWABLE_STATES, CaseState, TransitionError

REVIEW_RESULTS = ("upheld", "partly_upheld", "overturned")


@transaction.atomic
def case_open_review(
    *, actor: User | None, case: Case, grounds: str, received_on: dt.date | None = None,
) -> Case:
    """Open an internal review as a linked case with its own clock: FOIA s45 Code (20 working
    days), EIR reg 11(4) (40), FOISA s21(1) (20). Its date of receipt is the day the request for
    review arrived."""
    case = lock_case(case.pk)
    if actor is None or actor != case.requester:
        if actor is None:
            raise PermissionError("Sign in to ask for a review.")
        require_role(actor=actor, authority=case.authority, role=Role.OFFICER)
    if case.stage == Stage.REVIEW:
        raise TransitionError("A review cannot itself be reviewed; the next step is the "
                              "Commissioner.")
    if CaseState(case.state) not in REVIEWABLE_STATES:
        raise TransitionError("A review can be asked for once the response has been sent.")
    if case.reviews.exists():
        raise TransitionError("This response is already under review.")
    if not grounds.strip():
        raise ValueError("Say why the response should be reviewed.")
    day = received_on or timezone.localdate()
    review = Case.objects.create(
        authority=case.authority, reference=f"pending-{uuid.uuid4().hex}", regime=case.regime,
        stage=Stage.REVIEW, parent=case, requester=case.requester,
        requester_name=case.requester_name, requester_email=case.requester_email,
        requester_address=case.requester_address, title=f"Internal review: {case.title}"[:200],
        request_text=grounds.strip(), received=day,
        received_at=timezone.make_aware(dt.datetime.combine(day, dt.time(9, 0))),
        channel=case.channel, owner=case.owner, state=CaseState.IN_PROGRESS,
    )
    review.reference = f"{case.reference}-IR"
    for q in case.questions.select_related("answer").order_by("order", "id"):
        copy = Question.objects.create(
            case=review, parse_id=q.parse_id, label=q.label, text=q.text, kind=q.kind,
            parent_parse_id=q.parent_parse_id, condition=q.condition, order=q.order,
            parse_label=q.parse_label, label_from_split=q.label_from_split,
        )
        answer = getattr(q, "answer", None)
        if answer is not None:
            Answer.objects.create(
                question=copy, **{f.name: getattr(answer, f.name) for f in Answer._meta.fields
                                  if f.name not in ("id", "question", "updated_at")}
            )
    record_event(case=review, kind=EventKind.RECEIVED, actor=actor,
                 data={"on": day.isoformat(), "review_of": case.reference})
    record_event(case=case, kind=EventKind.REVIEW_OPENED, actor=actor,
                 data={"review_id": review.pk, "on": day.isoformat()})
    save_case(case=review)
    return review


@transaction.atomic
def case_decide_review(*, actor: User, case: Case, result: str, findings: str) -> Case:
    """An approver records the review's result (upheld, partly upheld, overturned); the letter is
    then generated and sent like any response. Overturned answers are corrected first."""
    case = lock_case(case.pk)
    require_role(actor=actor, authority=case.authority, role=Role.APPROVER)
    if case.stage != Stage.REVIEW or case.parent is None:
        raise TransitionError("Only an internal review has a review result.")
    if result not in REVIEW_RESULTS:
        raise ValueError("The result is upheld, partly upheld or overturned.")
    if not findings.strip():
        raise ValueError("Write what the review found.")
    if case.state == CaseState.IN_PROGRESS:
        move_to(case=case, target=CaseState.AWAITING_APPROVAL)
    move_to(case=case, target=CaseState.APPROVED)
    parent_sent = case.parent.events.filter(kind=EventKind.SENT).order_by("at").first()
    review = {
        "requested": case.received.isoformat(), "reviewer": str(actor), "result": result,
        "grounds": case.request_text, "findings": findings.strip(),
        "original_date": timezone.localtime(parent_sent.at).date().isoformat()
        if parent_sent else None,
    }
    record_event(case=case, kind=EventKind.APPROVED, actor=actor, data={"review": review})
    save_case(case=case)
    return case


def commissioner_name(regime: str) -> str:
    """FOIA s50 / EIR reg 18: the Information Commissioner; FOISA s47: the Scottish one."""
    return ("the Scottish Information Commissioner" if regime == Regime.FOISA
            else "the Information Commissioner")


@transaction.atomic
def case_record_commissioner_complaint(
    *, actor: User, case: Case, received_on: dt.date, commissioner_reference: str = "",
) -> Case:
    """Record that the requester complained to the Commissioner (FOIA s50, FOISA s47)."""
    case = lock_case(case.pk)
    require_role(actor=actor, authority=case.authority, role=Role.OFFICER)
    if case.is_open:
        raise TransitionError("A complaint to the Commissioner follows a response.")
    record_event(case=case, kind=EventKind.COMMISSIONER_COMPLAINT, actor=actor, data={
        "on": received_on.isoformat(), "commissioner": commissioner_name(case.regime),
        "reference": commissioner_reference.strip(),
    })
    return case


@transaction.atomic
def case_record_decision_notice(
    *, actor: User, case: Case, issued_on: dt.date, notice_reference: str, result: str,
    summary: str = "",
) -> Case:
    """Record the Commissioner's decision notice (FOIA s50(3), FOISA s49(5))."""
    case = lock_case(case.pk)
    require_role(actor=actor, authority=case.authority, role=Role.OFFICER)
    if not case.events.filter(kind=EventKind.COMMISSIONER_COMPLAINT).exists():
        raise TransitionError("Record the complaint to the Commissioner first.")
    if result not in ("upheld", "partly_upheld", "not_upheld"):
        raise ValueError("The decision is upheld, partly upheld or not upheld.")
    record_event(case=case, kind=EventKind.DECISION_NOTICE, actor=actor, data={
        "on": issued_on.isoformat(), "reference": notice_reference.strip(), "result": result,
        "summary": summary.strip(),
    })
    return case
