"""The response: generate the letter, pass the release gate, send it, publish it."""

from __future__ import annotations

from django.db import transaction

from foidesk.accounts.models import User
from foidesk.authorities.models import Role
from foidesk.cases.letters import compose_letter
from foidesk.cases.mail import email_after_commit
from foidesk.cases.models import Case, EventKind, Letter, LetterKind, Stage
from foidesk.cases.services.events import lock_case, move_to, record_event, save_case
from foidesk.cases.services.permissions import require_role
from foidesk.cases.states import CaseState, TransitionError


class ReleaseBlocked(TransitionError):
    """The publication gate refuses: a file is not clean and not overridden, or the letter fails
    the checker."""


def response_kind(case: Case) -> LetterKind:
    return LetterKind.INTERNAL_REVIEW if case.stage == Stage.REVIEW else LetterKind.RESPONSE


# FOIA s10(1): a late reply must still go out; lateness never blocks (letters stored before it
# became a warning still carry it as an error).
NEVER_BLOCKING = frozenset({"late_response"})


def blocking_findings(letter: Letter) -> list[dict[str, object]]:
    return [f for f in letter.check_findings if str(f.get("severity", "")).lower() == "error"
            and f.get("code") not in NEVER_BLOCKING]


@transaction.atomic
def case_generate_letter(*, actor: User, case: Case, blocks: dict[str, object] | None = None
                         ) -> Letter:
    """Compose the response letter from the recorded answers (through the text core); the
    checker's findings are kept beside it."""
    case = lock_case(case.pk)
    require_role(actor=actor, authority=case.authority, role=Role.OFFICER)
    if not case.questions.exists():
        raise TransitionError("Split the request into questions and answer them first.")
    if case.questions.filter(answer__isnull=True).exists():
        raise TransitionError("Answer every question before generating the response letter.")
    if case.stage == Stage.REVIEW and not blocks:
        blocks = review_block(case)
    letter = compose_letter(case=case, kind=response_kind(case), actor=actor, blocks=blocks)
    record_event(case=case, kind=EventKind.LETTER_GENERATED, actor=actor,
                 data={"letter_id": letter.pk, "kind": letter.kind,
                       "findings": len(letter.check_findings),
                       "errors": len(blocking_findings(letter))})
    return letter


def review_block(case: Case) -> dict[str, object]:
    """The internal review's result, as decided (see review.case_decide_review)."""
    decided = case.events.filter(kind=EventKind.APPROVED).exclude(data__review=None).last()
    data = decided.data["review"] if decided is not None else None
    if not data:
        raise TransitionError("Record the review's result before generating its letter.")
    return {"review": data}


def release_problems(case: Case) -> list[str]:
    """Why the response cannot leave yet (empty when it can). Fail closed."""
    problems = []
    for att in case.attachments.filter(superseded=False):
        if not att.releasable:
            problems.append(f"{att.original_name}: {att.get_scan_status_display().lower()}")
    return problems


@transaction.atomic
def case_send(
    *, actor: User, case: Case, publish: bool = True, not_published_reason: str = "",
) -> Case:
    """Send the approved response to the requester with its files, then publish it to the
    disclosure log unless the officer records why not. Refused while a file is not releasable
    or the latest letter has checker errors."""
    case = lock_case(case.pk)
    require_role(actor=actor, authority=case.authority, role=Role.OFFICER)
    if case.state != CaseState.APPROVED:
        raise TransitionError("Only an approved response can be sent; "
                              f"this case is {CaseState(case.state).label.lower()}.")
    problems = release_problems(case)
    if problems:
        raise ReleaseBlocked("These files cannot be released until they are cleaned or an "
                             "approver overrides the findings: " + "; ".join(problems) + ".")
    letter = case.letters.filter(kind=response_kind(case), sent_at__isnull=True).first()
    last_answer = (case.events.filter(kind=EventKind.ANSWER_RECORDED).order_by("-at")
                   .values_list("at", flat=True).first())
    if letter is None or (last_answer is not None and letter.created_at < last_answer):
        letter = case_generate_letter(actor=actor, case=case)
    errors = blocking_findings(letter)
    if errors:
        raise ReleaseBlocked("The letter fails the response check: "
                             + "; ".join(str(e.get("message", e)) for e in errors))
    if not publish and not not_published_reason.strip():
        raise ValueError("Record why the response is not published to the disclosure log.")
    move_to(case=case, target=CaseState.SENT)
    attachment_ids = [a.pk for a in case.attachments.filter(superseded=False)]
    email_after_commit(to=[case.requester_email], subject=letter.subject, body=letter.text,
                       html=letter.html, letter_id=letter.pk, attachment_ids=attachment_ids)
    record_event(case=case, kind=EventKind.SENT, actor=actor,
                 data={"letter_id": letter.pk, "attachments": len(attachment_ids),
                       "to": "requester"})
    if publish:
        from foidesk.disclosure.services import PublicationRefused, publish_case_response

        save_case(case=case)
        try:
            publish_case_response(actor=actor, case=case)
        except PublicationRefused as exc:
            # Fail closed: nothing is sent either (the transaction rolls back).
            raise ReleaseBlocked(f"The response cannot be published: {exc} Fix it, or choose "
                                 "not to publish and record why.") from exc
        record_event(case=case, kind=EventKind.PUBLISHED, actor=actor)
    else:
        case.not_published_reason = not_published_reason.strip()
        record_event(case=case, kind=EventKind.NOT_PUBLISHED, actor=actor,
                     data={"reason": case.not_published_reason})
    save_case(case=case)
    return case
