"""The case page, assignment and the officer's corrections to the question split."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from foidesk.accounts.access import staff_required
from foidesk.authorities.models import Membership, Role, role_allows
from foidesk.cases.clock import case_deadline, pause_reason
from foidesk.cases.forms import AssignForm, QuestionForm, UploadForm
from foidesk.cases.models import Question
from foidesk.cases.selectors import case_for_user, case_questions, case_timeline, membership_for
from foidesk.cases.services.assignment import case_assign
from foidesk.cases.services.questions import (
    case_split_questions,
    question_add,
    question_remove,
    question_update,
)
from foidesk.cases.states import DRAFTING_STATES, TRANSITIONS, CaseState
from foidesk.cases.views.common import CalendarCache, attempt, form_page, me, to_case
from foidesk.law.clock import ClockError


def officers_of(authority_id: int):  # type: ignore[no-untyped-def]
    roles = [r for r in Role if role_allows(r, Role.OFFICER)]
    return get_user_model().objects.filter(
        memberships__authority_id=authority_id, memberships__role__in=roles
    ).order_by("full_name", "email")


@staff_required("officer")
def case_page(request: HttpRequest, case_id: int) -> HttpResponse:
    """Everything about one case: request, questions, clock and explanation, timeline, actions."""
    case = case_for_user(me(request), case_id)
    membership = membership_for(me(request), case.authority)
    role = membership.role if membership else Role.OFFICER
    try:
        deadline = case_deadline(case, today=timezone.localdate())
    except ClockError:
        deadline = None
    state = CaseState(case.state)
    questions = list(case_questions(case))
    return render(request, "cases/case.html", {
        "case": case, "authority": case.authority, "state": state,
        "next_states": sorted(TRANSITIONS[state], key=lambda s: s.label),
        "drafting": state in DRAFTING_STATES,
        "is_approver": role_allows(role, Role.APPROVER),
        "is_administrator": role_allows(role, Role.ADMINISTRATOR),
        "deadline": deadline, "due": CalendarCache().due_info(case),
        "pause_reason": pause_reason(case) if case.paused else "",
        "questions": questions,
        "unanswered": [q for q in questions if not hasattr(q, "answer")],
        "timeline": case_timeline(case),
        "attachments": case.attachments.filter(superseded=False).select_related("override_by"),
        "letters": case.letters.all()[:10],
        "contributions": case.contributor_requests.select_related("contributor")
        .prefetch_related("questions"),
        "assign_form": AssignForm(officers=officers_of(case.authority_id),
                                  initial={"owner": case.owner_id or me(request).pk}),
        "upload_form": UploadForm(),
        "reviews": case.reviews.all(),
    })


@require_POST
@staff_required("officer")
def assign(request: HttpRequest, case_id: int) -> HttpResponse:
    case = case_for_user(me(request), case_id)
    form = AssignForm(request.POST, officers=officers_of(case.authority_id))
    if form.is_valid():
        owner = form.cleaned_data["owner"]
        attempt(request, lambda: case_assign(actor=me(request), case=case, owner=owner),
                f"Assigned to {owner}.")
    return to_case(case)


@require_POST
@staff_required("officer")
def split_questions(request: HttpRequest, case_id: int) -> HttpResponse:
    case = case_for_user(me(request), case_id)
    attempt(request, lambda: case_split_questions(actor=me(request), case=case),
            "The request has been split into questions. Check the split and correct it if needed.")
    return to_case(case, "questions")


@staff_required("officer")
def edit_question(request: HttpRequest, case_id: int, question_id: int) -> HttpResponse:
    case = case_for_user(me(request), case_id)
    question = get_object_or_404(Question, pk=question_id, case=case)
    form = QuestionForm(request.POST or None, initial={"label": question.label,
                                                       "text": question.text})
    if request.method == "POST":
        if request.POST.get("remove") == "1":
            attempt(request, lambda: question_remove(actor=me(request), question=question),
                    f"Question {question.label} removed.")
            return to_case(case, "questions")
        if form.is_valid() and attempt(
            request, lambda: question_update(actor=me(request), question=question,
                                             label=form.cleaned_data["label"],
                                             text=form.cleaned_data["text"]),
            f"Question {question.label} corrected.",
        ):
            return to_case(case, "questions")
    return form_page(request, case, form=form, title=f"Correct question {question.label}",
                     button="Save question",
                     remove_label=f"Remove question {question.label} from the split")


@staff_required("officer")
def add_question(request: HttpRequest, case_id: int) -> HttpResponse:
    case = case_for_user(me(request), case_id)
    form = QuestionForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and attempt(
        request, lambda: question_add(actor=me(request), case=case,
                                      label=form.cleaned_data["label"],
                                      text=form.cleaned_data["text"]),
        "Question added.",
    ):
        return to_case(case, "questions")
    return form_page(request, case, form=form, title="Add a question the split missed",
                     button="Add question")


def member_users(authority_id: int):  # type: ignore[no-untyped-def]
    return get_user_model().objects.filter(
        pk__in=Membership.objects.filter(authority_id=authority_id).values("user_id")
    ).order_by("full_name", "email")
