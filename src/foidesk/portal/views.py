"""Public portal pages. Thin views: forms validate, services write, selectors read."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django import forms
from django.contrib import messages
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from foidesk.accounts.access import public, requester_required
from foidesk.accounts.models import User
from foidesk.authorities.models import Regime
from foidesk.cases.clock import case_deadline
from foidesk.cases.models import Case
from foidesk.cases.services.clock_events import case_record_clarification
from foidesk.cases.services.closing import case_withdraw
from foidesk.cases.services.intake import InvalidRequest
from foidesk.cases.services.review import case_open_review
from foidesk.cases.states import OPEN_STATES, REVIEWABLE_STATES, CaseState, TransitionError

from . import selectors
from .forms import ClarificationForm, RequestForm, ReviewForm, WithdrawForm
from .services import portal_submit_request

SESSION_SUBMITTED = "portal_submitted_case_ids"


@public
def home(request: HttpRequest) -> HttpResponse:
    return render(request, "portal/home.html")


@public
def health(request: HttpRequest) -> HttpResponse:
    """For load balancers and the benchmark's baseline: no database, no template."""
    return HttpResponse("ok", content_type="text/plain")


@public
def accessibility(request: HttpRequest) -> HttpResponse:
    return render(request, "portal/accessibility.html")


@public
def authorities(request: HttpRequest) -> HttpResponse:
    """Searchable list of authorities; htmx swaps the list alone as the person types."""
    query = request.GET.get("q", "")[:100]
    regime = request.GET.get("regime", "")
    regime = regime if regime in Regime.values else ""
    context = {"authorities": selectors.public_authorities(query, regime), "q": query,
               "regime": regime, "regimes": Regime.choices}
    template = ("portal/_authority_list.html" if request.headers.get("HX-Request")
                else "portal/authorities.html")
    return render(request, template, context)


@public
def authority(request: HttpRequest, slug: str) -> HttpResponse:
    found = selectors.public_authority(slug)
    return render(request, "portal/authority.html", {"authority": found})


@public
def authority_logo(request: HttpRequest, slug: str) -> FileResponse:
    found = selectors.public_authority(slug)
    if not found.logo:
        raise Http404("No logo.")
    return FileResponse(found.logo.open("rb"))


@public
def request_start(request: HttpRequest) -> HttpResponse:
    """Make a request to one authority or several (FOIA s8: name, address, description)."""
    initial: dict[str, object] = {}
    if request.user.is_authenticated:
        initial = {"name": request.user.full_name, "email": request.user.email}
    chosen = [s for s in request.GET.getlist("to") if s]
    if chosen:
        initial["authorities"] = list(selectors.public_authorities().filter(slug__in=chosen))
    # The page wears the authority's branding when the request goes to one authority.
    form = RequestForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            cases = portal_submit_request(
                user=request.user, authorities=list(d["authorities"]), name=d["name"],
                email=d["email"], address=d["address"], text=d["text"],
            )
        except InvalidRequest as exc:
            form.add_error(None, str(exc))
        else:
            request.session[SESSION_SUBMITTED] = [c.pk for c in cases]
            return redirect("portal:request_done")
    preselected = list(selectors.public_authorities().filter(slug__in=chosen))
    authority = preselected[0] if len(preselected) == 1 else None
    return render(request, "portal/request_form.html", {"form": form, "authority": authority})


@public
def request_done(request: HttpRequest) -> HttpResponse:
    """Confirmation: the reference and the statutory due date of each case this session made."""
    cases = selectors.submitted_cases(request.session.get(SESSION_SUBMITTED, []))
    if not cases:
        return redirect("portal:request_start")
    rows = [(c, case_deadline(c)) for c in cases]
    return render(request, "portal/request_done.html", {
        "rows": rows, "authority": cases[0].authority if len(cases) == 1 else None,
    })


def _person(request: HttpRequest) -> User:
    """The signed-in person (requester_required has already turned anyone else away)."""
    assert isinstance(request.user, User)
    return request.user


@requester_required
def my_requests(request: HttpRequest) -> HttpResponse:
    return render(request, "portal/my_requests.html", {
        "cases": selectors.my_requests(request.user),
    })


def _detail_context(request: HttpRequest, case_id: int) -> dict[str, object]:
    case = selectors.my_request(request.user, case_id)
    state = CaseState(case.state)
    return {
        "case": case, "authority": case.authority, "state": state,
        "letters": selectors.letters_received(case),
        "attachments": selectors.released_attachments(case),
        "can_clarify": state == CaseState.AWAITING_CLARIFICATION,
        "can_review": (state in REVIEWABLE_STATES and case.stage == "request"
                       and not case.reviews.exists()),
        "can_withdraw": state in OPEN_STATES,
        "clarify_form": ClarificationForm(), "review_form": ReviewForm(),
        "withdraw_form": WithdrawForm(),
    }


@requester_required
def my_request(request: HttpRequest, case_id: int) -> HttpResponse:
    return render(request, "portal/my_request.html", _detail_context(request, case_id))


@requester_required
def my_attachment(request: HttpRequest, case_id: int, attachment_id: int) -> FileResponse:
    case = selectors.my_request(request.user, case_id)
    found = next((a for a in selectors.released_attachments(case) if a.pk == attachment_id), None)
    if found is None:
        raise Http404("No such file.")
    return FileResponse(found.file.open("rb"), as_attachment=True, filename=found.original_name)


def _act(request: HttpRequest, case_id: int, form_class: type[forms.Form], key: str,
         act: Callable[[Case, dict[str, Any]], object], done: str) -> HttpResponse:
    """Validate the form; call the casework service; show its refusal as an error summary."""
    context = _detail_context(request, case_id)
    case = context["case"]
    assert isinstance(case, Case)
    form = form_class(request.POST)
    if form.is_valid():
        try:
            act(case, form.cleaned_data)
        except (TransitionError, ValueError, PermissionError) as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, done)
            return redirect("portal:my_request", case_id=case_id)
    context[key] = form
    context["error_form"] = form
    return render(request, "portal/my_request.html", context, status=400)


@requester_required
@require_POST
def my_request_clarify(request: HttpRequest, case_id: int) -> HttpResponse:
    return _act(request, case_id, ClarificationForm, "clarify_form",
                lambda case, d: case_record_clarification(actor=_person(request), case=case,
                                                          text=d["text"]),
                "Your clarification was sent. The 20 working days start again from today.")


@requester_required
@require_POST
def my_request_review(request: HttpRequest, case_id: int) -> HttpResponse:
    return _act(request, case_id, ReviewForm, "review_form",
                lambda case, d: case_open_review(actor=_person(request), case=case,
                                                 grounds=d["grounds"]),
                "Your request for an internal review was sent.")


@requester_required
@require_POST
def my_request_withdraw(request: HttpRequest, case_id: int) -> HttpResponse:
    return _act(request, case_id, WithdrawForm, "withdraw_form",
                lambda case, d: case_withdraw(actor=_person(request), case=case, note=d["note"]),
                "Your request was withdrawn.")
