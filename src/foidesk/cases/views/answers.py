"""Answering a question: the form, prompts shaped by the provisions' status and test, and the
response checker's findings on the draft letter beside it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from foidesk.accounts.access import staff_required
from foidesk.cases.forms import AnswerForm, answer_initial
from foidesk.cases.letters import check_findings, draft_response_text
from foidesk.cases.models import Case, Outcome, Question
from foidesk.cases.selectors import case_for_user
from foidesk.cases.services.answers import AnswerDraft, answer_question
from foidesk.cases.views.common import attempt, me, to_case
from foidesk.law.catalogue import resolve_citation, status_of


@dataclass(frozen=True)
class Prompt:
    citation: str
    title: str
    status: str
    test: str
    lines: tuple[str, ...]


def prompts_for(regime: str, cited: list[str]) -> list[Prompt]:
    """What the officer must write for each provision: harm for a prejudice test, the public
    interest for a qualified one, nothing of the kind for an absolute one (FOIA s2, s17)."""
    out = []
    for text in cited:
        provision = resolve_citation(regime, text)
        if provision is None:
            continue
        status = status_of(regime, text) or provision.status
        lines = []
        if provision.test == "prejudice":
            lines.append("Prejudice-based: explain the harm that disclosure would, or would be "
                         "likely to, cause — causal, real and of substance.")
        elif provision.test == "class":
            lines.append("Class-based: show the information falls within the class; no harm "
                         "test is needed.")
        if status == "absolute":
            lines.append("Absolute: no public interest test (FOIA s2(3)). Do not weigh factors.")
        else:
            lines.append("Qualified: give the public interest factors for and against "
                         "disclosure and say where the balance lies (s2(2)(b)).")
        if provision.ncnd:
            lines.append(f"To neither confirm nor deny, cite {provision.ncnd}, not the "
                         "withholding subsection.")
        out.append(Prompt(provision.citation, provision.title, status.replace("_", " "),
                          provision.test, tuple(lines)))
    return out


def draft_findings(case: Case) -> tuple[list[dict[str, Any]], str]:
    """The checker's findings on the response letter as drafted so far (nothing is stored)."""
    try:
        text = draft_response_text(case=case)
    except ValueError as exc:  # pydantic's ValidationError is a ValueError
        return [], f"The draft letter cannot be composed yet: {str(exc).splitlines()[0]}"
    return check_findings(case=case, text=text), ""


@staff_required("officer")
def answer(request: HttpRequest, case_id: int, question_id: int) -> HttpResponse:
    case = case_for_user(me(request), case_id)
    question = get_object_or_404(Question.objects.select_related("answer"), pk=question_id,
                                 case=case)
    form = AnswerForm(request.POST or None, initial=answer_initial(question))
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        draft = AnswerDraft(
            outcome=Outcome(d["outcome"]), disclosed_text=d["disclosed_text"],
            provisions=form.provisions_list(), reason=d["reason"], harm=d["harm"],
            pit_for=d["pit_for"], pit_against=d["pit_against"], pit_balance=d["pit_balance"],
            ncnd_provision=d["ncnd_provision"], cost_hours=d["cost_hours"],
            cost_records=d["cost_records"], cost_basis=d["cost_basis"], advice=d["advice"],
            who_may_hold=d["who_may_hold"], where=d["where"],
        )
        if attempt(request, lambda: answer_question(actor=me(request), question=question,
                                                    draft=draft),
                   f"Answer to question {question.label} saved."):
            nxt = case.questions.filter(answer__isnull=True).order_by("order", "id").first()
            if nxt is not None and request.POST.get("next") == "1":
                from django.shortcuts import redirect

                return redirect("cases:answer", case_id=case.pk, question_id=nxt.pk)
            return to_case(case, "questions")
    cited = (form.provisions_list() if form.is_bound and form.is_valid()
             else list(getattr(getattr(question, "answer", None), "provisions", []) or []))
    findings, compose_note = draft_findings(case)
    contributions = list(question.contributor_requests.filter(answered_at__isnull=False))
    return render(request, "cases/answer.html", {
        "case": case, "authority": case.authority, "question": question, "form": form,
        "prompts": prompts_for(case.regime, cited), "findings": findings,
        "compose_note": compose_note,
        "contributed": [(c.contributor, c.answers.get(str(question.pk), "")) for c in contributions],
    })
