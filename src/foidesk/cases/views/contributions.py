"""What a contributor sees: only the questions put to them, and their reply."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from foidesk.accounts.access import staff_required
from foidesk.cases.forms import ContributionAnswerForm, ContributorForm
from foidesk.cases.selectors import case_for_user, contribution_for_user
from foidesk.cases.services.contributors import case_ask_contributor, contributor_answer
from foidesk.cases.views.case import member_users
from foidesk.cases.views.common import attempt, form_page, me, to_case


@staff_required("officer")
def ask(request: HttpRequest, case_id: int) -> HttpResponse:
    case = case_for_user(me(request), case_id)
    form = ContributorForm(request.POST or None, members=member_users(case.authority_id),
                           questions=case.questions.order_by("order", "id"))
    if request.method == "POST" and form.is_valid() and attempt(
        request, lambda: case_ask_contributor(
            actor=me(request), case=case, contributor=form.cleaned_data["contributor"],
            questions=list(form.cleaned_data["questions"]), message=form.cleaned_data["message"],
            due=form.cleaned_data["due"]),
        "Contributor asked: they have been emailed and see only those questions.",
    ):
        return to_case(case)
    return form_page(request, case, form=form, title="Ask a contributor for answers",
                     button="Ask contributor")


@staff_required("contributor")
def contribution(request: HttpRequest, contribution_id: int) -> HttpResponse:
    c = contribution_for_user(me(request), contribution_id)
    questions = list(c.questions.order_by("order", "id"))
    form = ContributionAnswerForm(request.POST or None, questions=questions)
    if request.method == "POST" and form.is_valid() and attempt(
        request, lambda: contributor_answer(actor=me(request), contribution=c,
                                            answers=form.answers()),
        "Thank you: your answers have been sent to the officer.",
    ):
        return redirect("cases:inbox")
    return render(request, "cases/contribution.html", {
        "contribution": c, "case": c.case, "authority": c.case.authority,
        "questions": questions, "form": form,
    })
