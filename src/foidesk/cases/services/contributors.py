"""Asking a department for answers to chosen questions, and their reply."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from foidesk.accounts.models import User
from foidesk.authorities.models import Role
from foidesk.cases.mail import email_after_commit
from foidesk.cases.models import Case, ContributorRequest, EventKind, Question
from foidesk.cases.services.assignment import start_work
from foidesk.cases.services.events import lock_case, record_event, save_case
from foidesk.cases.services.permissions import NotAllowed, require_role, role_at
from foidesk.cases.states import DRAFTING_STATES, CaseState, TransitionError


@transaction.atomic
def case_ask_contributor(
    *, actor: User, case: Case, contributor: User, questions: list[Question], message: str = "",
    due: dt.date | None = None,
) -> ContributorRequest:
    """Ask a member of the authority for answers to the chosen questions (they see only those)."""
    case = lock_case(case.pk)
    require_role(actor=actor, authority=case.authority, role=Role.OFFICER)
    if CaseState(case.state) not in DRAFTING_STATES:
        raise TransitionError("Contributors can only be asked while the case is being worked on.")
    if role_at(user=contributor, authority=case.authority) is None:
        raise NotAllowed(f"{contributor} is not a member of {case.authority.name}.")
    if not questions:
        raise ValueError("Choose at least one question for the contributor.")
    if any(q.case_id != case.pk for q in questions):
        raise ValueError("Those questions belong to another case.")
    contribution = ContributorRequest.objects.create(
        case=case, contributor=contributor, message=message.strip(), due=due, asked_by=actor
    )
    contribution.questions.set(questions)
    start_work(case)
    record_event(case=case, kind=EventKind.CONTRIBUTOR_ASKED, actor=actor, data={
        "contribution_id": contribution.pk, "contributor": str(contributor),
        "questions": [q.label for q in questions], "due": due.isoformat() if due else None,
    })
    save_case(case=case)
    link = settings.SITE_URL + reverse("cases:contribution", args=[contribution.pk])
    labels = ", ".join(q.label for q in questions)
    email_after_commit(
        to=[contributor.email],
        subject=f"Your input is needed: {case.reference}",
        body=(
            f"{actor} asks you for answers to question(s) {labels} of request {case.reference}"
            f"{' by ' + due.strftime('%d %B %Y') if due else ''}.\n\n"
            f"{message.strip()}\n\nReply here: {link}\n"
        ),
    )
    return contribution


@transaction.atomic
def contributor_answer(
    *, actor: User, contribution: ContributorRequest, answers: dict[int, str]
) -> ContributorRequest:
    """The contributor's reply: a draft answer to each question they were asked."""
    contribution = ContributorRequest.objects.select_for_update().get(pk=contribution.pk)
    if contribution.contributor_id != actor.pk:
        raise NotAllowed("Only the person asked can answer.")
    if contribution.answered_at is not None:
        raise TransitionError("You have already answered this request.")
    asked = {q.pk: q for q in contribution.questions.all()}
    parts = []
    for qid, text in answers.items():
        if qid not in asked:
            raise NotAllowed("You were not asked that question.")
        if text.strip():
            parts.append(f"{asked[qid].label}: {text.strip()}")
    if not parts:
        raise ValueError("Write an answer to at least one question.")
    contribution.response = "\n\n".join(parts)
    contribution.answers = {str(k): v.strip() for k, v in answers.items() if v.strip()}
    contribution.answered_at = timezone.now()
    contribution.save(update_fields=["response", "answers", "answered_at"])
    case = lock_case(contribution.case_id)
    record_event(case=case, kind=EventKind.CONTRIBUTOR_ANSWERED, actor=actor,
                 data={"contribution_id": contribution.pk})
    if case.owner is not None:
        email_after_commit(
            to=[case.owner.email], subject=f"Contributor answered: {case.reference}",
            body=f"{actor} has answered question(s) on {case.reference}.\n\n{contribution.response}\n",
        )
    return contribution
