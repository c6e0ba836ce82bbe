"""The questions of a request: split by the text core, corrected by an officer."""

from __future__ import annotations

from django.db import transaction
from django.db.models import Max

from foidesk.accounts.models import User
from foidesk.authorities.models import Role
from foidesk.cases.models import Case, EventKind, Question
from foidesk.cases.services.assignment import start_work
from foidesk.cases.services.events import lock_case, record_event, save_case
from foidesk.cases.services.permissions import require_role
from foidesk.cases.states import DRAFTING_STATES, CaseState, TransitionError
from foidesk.text.questions import QuestionItem, parse_request


def _require_drafting(case: Case) -> None:
    if CaseState(case.state) not in DRAFTING_STATES:
        raise TransitionError(
            f"Questions can only change while a case is being worked on; this one is "
            f"{CaseState(case.state).label.lower()}."
        )


def display_labels(items: list[QuestionItem]) -> dict[str, str]:
    """How a person refers to each question: '1', '2(a)', '5(b)(i)' — the same numbering the
    text core's letters use, so the case page and the letter always agree."""
    from foidesk.text.letters.answers import display_labels as letter_labels
    from foidesk.text.letters.case import Outcome as LetterOutcome
    from foidesk.text.letters.case import Question as LetterQuestion

    return letter_labels([
        LetterQuestion(id=i.id, label=i.label, text=i.text or "-", parent=i.parent,
                       condition=None, outcome=LetterOutcome.NOT_APPLICABLE, answer=None,
                       where=None)
        for i in items
    ])


@transaction.atomic
def case_split_questions(*, actor: User, case: Case) -> list[Question]:
    """Split the request into its questions with the text core, replacing any unanswered split.
    Refused once a question has an answer (the officer corrects it instead)."""
    case = lock_case(case.pk)
    require_role(actor=actor, authority=case.authority, role=Role.OFFICER)
    _require_drafting(case)
    if case.questions.filter(answer__isnull=False).exists():
        raise TransitionError("Some questions already have answers: correct the split by hand.")
    case.questions.all().delete()
    items = parse_request(case.request_text)
    if not items:
        items_text = case.request_text.strip()
        questions = [Question.objects.create(case=case, parse_id="q1", label="1",
                                             text=items_text, kind="request", order=1)]
    else:
        labels = display_labels(items)
        questions = [
            Question.objects.create(
                case=case, parse_id=item.id, label=labels[item.id], text=item.text,
                parse_label=item.label or "", label_from_split=True,
                kind=str(item.kind or ""), parent_parse_id=item.parent or "",
                condition=item.condition or "", order=i,
            )
            for i, item in enumerate(items, start=1)
        ]
    start_work(case)
    record_event(case=case, kind=EventKind.QUESTIONS_SPLIT, actor=actor,
                 data={"count": len(questions)})
    save_case(case=case)
    return questions


@transaction.atomic
def question_update(*, actor: User, question: Question, label: str, text: str) -> Question:
    """An officer corrects one question's label or wording."""
    case = lock_case(question.case_id)
    require_role(actor=actor, authority=case.authority, role=Role.OFFICER)
    _require_drafting(case)
    if not text.strip():
        raise ValueError("A question needs its text; remove it instead.")
    before = {"label": question.label, "text": question.text}
    if label.strip() and label.strip() != question.label:
        question.label = label.strip()
        question.label_from_split = False
    question.text = text.strip()
    question.save(update_fields=["label", "label_from_split", "text"])
    record_event(case=case, kind=EventKind.QUESTIONS_CORRECTED, actor=actor,
                 data={"question": question.parse_id, "action": "edited", "before": before})
    return question


@transaction.atomic
def question_add(*, actor: User, case: Case, label: str, text: str) -> Question:
    """An officer adds a question the split missed."""
    case = lock_case(case.pk)
    require_role(actor=actor, authority=case.authority, role=Role.OFFICER)
    _require_drafting(case)
    if not text.strip():
        raise ValueError("A question needs its text.")
    order = (case.questions.aggregate(m=Max("order"))["m"] or 0) + 1
    n = order
    while case.questions.filter(parse_id=f"m{n}").exists():
        n += 1
    question = Question.objects.create(case=case, parse_id=f"m{n}", label=label.strip() or str(order),
                                       text=text.strip(), kind="added", order=order)
    start_work(case)
    record_event(case=case, kind=EventKind.QUESTIONS_CORRECTED, actor=actor,
                 data={"question": question.parse_id, "action": "added"})
    save_case(case=case)
    return question


@transaction.atomic
def question_remove(*, actor: User, question: Question) -> None:
    """An officer removes a question the split made up (for example a heading)."""
    case = lock_case(question.case_id)
    require_role(actor=actor, authority=case.authority, role=Role.OFFICER)
    _require_drafting(case)
    data = {"question": question.parse_id, "action": "removed", "text": question.text[:200]}
    case.questions.filter(parent_parse_id=question.parse_id).update(parent_parse_id="")
    question.delete()
    record_event(case=case, kind=EventKind.QUESTIONS_CORRECTED, actor=actor, data=data)
