"""One page per action on a case: clarification, fees, extension, approval, sending, closing,
review, the Commissioner and erasure. Each calls one service."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.views.decorators.http import require_POST

from foidesk.accounts.access import staff_required
from foidesk.cases.clock import PAUSE_LAW
from foidesk.cases.forms import (
    ClarificationForm,
    ClarificationReceivedForm,
    CloseForm,
    CommissionerForm,
    ExtendForm,
    FeeNoticeForm,
    FeePaidForm,
    ReasonForm,
    ReviewDecideForm,
    ReviewOpenForm,
    SendForm,
)
from foidesk.cases.selectors import case_for_user
from foidesk.cases.services.approval import (
    case_approve,
    case_return_for_changes,
    case_submit_for_approval,
)
from foidesk.cases.services.clock_events import (
    case_extend,
    case_issue_fee_notice,
    case_record_clarification,
    case_record_fee_paid,
    case_request_clarification,
)
from foidesk.cases.services.closing import (
    case_close,
    case_mark_invalid,
    case_redirect,
    case_withdraw,
)
from foidesk.cases.services.erasure import requester_erase
from foidesk.cases.services.review import (
    case_decide_review,
    case_open_review,
    case_record_commissioner_complaint,
    case_record_decision_notice,
    commissioner_name,
)
from foidesk.cases.services.sending import case_send, release_problems
from foidesk.cases.views.common import attempt, form_page, me, to_case


@staff_required("officer")
def request_clarification(request: HttpRequest, case_id: int) -> HttpResponse:
    case = case_for_user(me(request), case_id)
    form = ClarificationForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and attempt(
        request, lambda: case_request_clarification(
            actor=me(request), case=case, needed=form.cleaned_data["needed"].splitlines(),
            help_text=form.cleaned_data["help_text"]),
        "Clarification requested: the letter has been emailed. The clock restarts when the "
        "reply arrives (FOIA s1(3)).",
    ):
        return to_case(case)
    return form_page(request, case, form=form, title="Ask the requester for clarification",
                     button="Send the clarification letter",
                     intro="FOIA s1(3): you need not comply until you have what you need to "
                           "identify and locate the information.")


@staff_required("officer")
def record_clarification(request: HttpRequest, case_id: int) -> HttpResponse:
    case = case_for_user(me(request), case_id)
    form = ClarificationReceivedForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and attempt(
        request, lambda: case_record_clarification(
            actor=me(request), case=case, text=form.cleaned_data["text"],
            received_on=form.cleaned_data["received_on"]),
        "Clarification recorded: the clock starts again from the day it arrived.",
    ):
        return to_case(case)
    return form_page(request, case, form=form, title="Record the clarification received",
                     button="Record clarification")


@staff_required("officer")
def fee_notice(request: HttpRequest, case_id: int) -> HttpResponse:
    case = case_for_user(me(request), case_id)
    form = FeeNoticeForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and attempt(
        request, lambda: case_issue_fee_notice(
            actor=me(request), case=case,
            items=[(form.cleaned_data["description"], form.cleaned_data["amount"])],
            how_to_pay=form.cleaned_data["how_to_pay"]),
        f"Fees notice sent: the clock is paused until the fee is paid "
        f"({PAUSE_LAW['fee'].get(str(case.regime), '')}).",
    ):
        return to_case(case)
    return form_page(request, case, form=form, title="Issue a fees notice", button="Send notice",
                     intro="FOIA s9: the request lapses if the fee is not paid within three "
                           "months.")


@staff_required("officer")
def fee_paid(request: HttpRequest, case_id: int) -> HttpResponse:
    case = case_for_user(me(request), case_id)
    form = FeePaidForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and attempt(
        request, lambda: case_record_fee_paid(actor=me(request), case=case,
                                              paid_on=form.cleaned_data["paid_on"]),
        "Payment recorded: the clock runs again.",
    ):
        return to_case(case)
    return form_page(request, case, form=form, title="Record the fee paid", button="Record payment")


@staff_required("officer")
def extend(request: HttpRequest, case_id: int) -> HttpResponse:
    case = case_for_user(me(request), case_id)
    form = ExtendForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and attempt(
        request, lambda: case_extend(
            actor=me(request), case=case, working_days=form.cleaned_data["working_days"],
            reason=form.cleaned_data["reason"], harm=form.cleaned_data["harm"],
            provisions=[p.strip() for p in form.cleaned_data["provisions"].split(",")]),
        "Time extended: the extension notice has been emailed with the new date.",
    ):
        return to_case(case)
    intro = {
        "foia": "FOIA s10(3): extra time to consider the public interest for qualified "
                "exemptions. The s17 notice is still due within 20 working days.",
        "eir": "EIR reg 7(1): up to 20 more working days (40 in all) for complex and voluminous "
               "requests; tell the requester within 20 working days.",
        "foisa": "FOISA allows no extension of time.",
    }[case.regime]
    return form_page(request, case, form=form, title="Extend the time limit", button="Extend",
                     intro=intro)


@require_POST
@staff_required("officer")
def submit_for_approval(request: HttpRequest, case_id: int) -> HttpResponse:
    case = case_for_user(me(request), case_id)
    attempt(request, lambda: case_submit_for_approval(actor=me(request), case=case),
            "Submitted for approval.")
    return to_case(case)


@require_POST
@staff_required("approver")
def approve(request: HttpRequest, case_id: int) -> HttpResponse:
    case = case_for_user(me(request), case_id)
    attempt(request, lambda: case_approve(actor=me(request), case=case), "Response approved.")
    return to_case(case)


@staff_required("approver")
def return_for_changes(request: HttpRequest, case_id: int) -> HttpResponse:
    case = case_for_user(me(request), case_id)
    form = ReasonForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and attempt(
        request, lambda: case_return_for_changes(actor=me(request), case=case,
                                                 reason=form.cleaned_data["reason"]),
        "Returned to the officer.",
    ):
        return to_case(case)
    return form_page(request, case, form=form, title="Return for changes", button="Return")


@staff_required("officer")
def send(request: HttpRequest, case_id: int) -> HttpResponse:
    case = case_for_user(me(request), case_id)
    form = SendForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and attempt(
        request, lambda: case_send(
            actor=me(request), case=case, publish=form.cleaned_data["publish"] == "yes",
            not_published_reason=form.cleaned_data["not_published_reason"]),
        "Response sent to the requester.",
    ):
        return to_case(case)
    problems = release_problems(case)
    intro = ("Nothing can be sent yet: " + "; ".join(problems)) if problems else (
        "The letter and its files are emailed to the requester, then published to the "
        "disclosure log without the requester's name or contact details.")
    return form_page(request, case, form=form, title="Send the response", button="Send response",
                     intro=intro)


@staff_required("officer")
def close(request: HttpRequest, case_id: int) -> HttpResponse:
    case = case_for_user(me(request), case_id)
    form = CloseForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        calls = {
            "closed": lambda: case_close(actor=me(request), case=case, note=d["note"]),
            "withdrawn": lambda: case_withdraw(actor=me(request), case=case, note=d["note"]),
            "invalid": lambda: case_mark_invalid(actor=me(request), case=case,
                                                 missing=d["missing"], detail=d["note"]),
            "redirected": lambda: case_redirect(actor=me(request), case=case,
                                                to_authority=d["to_authority"], note=d["note"]),
        }
        if attempt(request, calls[d["how"]], "Case updated."):
            return to_case(case)
    return form_page(request, case, form=form, title="Close the case", button="Close case")


@staff_required("officer")
def open_review(request: HttpRequest, case_id: int) -> HttpResponse:
    case = case_for_user(me(request), case_id)
    form = ReviewOpenForm(request.POST or None)
    holder: dict[str, object] = {}

    def call() -> None:
        holder["review"] = case_open_review(actor=me(request), case=case,
                                            grounds=form.cleaned_data["grounds"],
                                            received_on=form.cleaned_data["received_on"])

    if request.method == "POST" and form.is_valid() and attempt(
        request, call, "Internal review opened with its own clock."
    ):
        return to_case(holder["review"])  # type: ignore[arg-type]
    return form_page(request, case, form=form, title="Open an internal review",
                     button="Open review")


@staff_required("approver")
def decide_review(request: HttpRequest, case_id: int) -> HttpResponse:
    case = case_for_user(me(request), case_id)
    form = ReviewDecideForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and attempt(
        request, lambda: case_decide_review(actor=me(request), case=case,
                                            result=form.cleaned_data["result"],
                                            findings=form.cleaned_data["findings"]),
        "Review result recorded. Generate and send the review letter.",
    ):
        return to_case(case)
    return form_page(request, case, form=form, title="Record the review's result",
                     button="Record result")


@staff_required("officer")
def commissioner(request: HttpRequest, case_id: int) -> HttpResponse:
    case = case_for_user(me(request), case_id)
    form = CommissionerForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        if d["event"] == "complaint":
            call = lambda: case_record_commissioner_complaint(  # noqa: E731
                actor=me(request), case=case, received_on=d["on"],
                commissioner_reference=d["reference"])
        else:
            call = lambda: case_record_decision_notice(  # noqa: E731
                actor=me(request), case=case, issued_on=d["on"], notice_reference=d["reference"],
                result=d["result"], summary=d["summary"])
        if attempt(request, call, "Recorded."):
            return to_case(case)
    return form_page(request, case, form=form,
                     title=f"Complaint to {commissioner_name(case.regime)}", button="Record")


@staff_required("administrator")
def erase(request: HttpRequest, case_id: int) -> HttpResponse:
    case = case_for_user(me(request), case_id)
    form = ReasonForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and attempt(
        request, lambda: requester_erase(actor=me(request), case=case,
                                         reason=form.cleaned_data["reason"]),
        "The requester's details have been erased from this case.",
    ):
        return to_case(case)
    return form_page(request, case, form=form, title="Erase the requester's details",
                     button="Erase details",
                     intro="Their name, email and address are removed for good; the timeline "
                           "records that you did it and why.")
