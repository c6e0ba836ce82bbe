"""Letters: generate the response, preview it as HTML, download PDF or DOCX."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from foidesk.accounts.access import staff_required
from foidesk.cases.letters import render_document
from foidesk.cases.models import Letter
from foidesk.cases.selectors import case_for_user
from foidesk.cases.services.sending import blocking_findings, case_generate_letter
from foidesk.cases.views.common import REFUSALS, me, to_case

CONTENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


@require_POST
@staff_required("officer")
def generate(request: HttpRequest, case_id: int) -> HttpResponse:
    case = case_for_user(me(request), case_id)
    try:
        letter = case_generate_letter(actor=me(request), case=case)
    except REFUSALS as exc:
        from django.contrib import messages

        messages.error(request, str(exc))
        return to_case(case)
    return redirect("cases:letter", case_id=case.pk, letter_id=letter.pk)


@staff_required("officer")
def letter_page(request: HttpRequest, case_id: int, letter_id: int) -> HttpResponse:
    case = case_for_user(me(request), case_id)
    letter = get_object_or_404(Letter, pk=letter_id, case=case)
    return render(request, "cases/letter.html", {
        "case": case, "authority": case.authority, "letter": letter,
        "errors": blocking_findings(letter), "findings": letter.check_findings,
    })


@staff_required("officer")
def letter_download(request: HttpRequest, case_id: int, letter_id: int, fmt: str) -> HttpResponse:
    case = case_for_user(me(request), case_id)
    letter = get_object_or_404(Letter, pk=letter_id, case=case)
    if fmt not in CONTENT_TYPES:
        raise Http404("Letters download as PDF or DOCX.")
    body = render_document(letter, fmt)
    response = HttpResponse(body, content_type=CONTENT_TYPES[fmt])
    response["Content-Disposition"] = (
        f'attachment; filename="{case.reference}-{letter.kind}.{fmt}"')
    return response
