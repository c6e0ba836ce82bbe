"""Files for release: upload (scanned in the background), clean, redact, override, download."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST

from foidesk.accounts.access import staff_required
from foidesk.cases.forms import ReasonForm, RedactForm, UploadForm
from foidesk.cases.models import Attachment
from foidesk.cases.selectors import case_for_user
from foidesk.cases.services.attachments import (
    attachment_clean,
    attachment_override,
    attachment_redact,
    attachment_remove,
    attachment_upload,
)
from foidesk.cases.views.common import attempt, form_page, me, to_case


@require_POST
@staff_required("officer")
def upload(request: HttpRequest, case_id: int) -> HttpResponse:
    case = case_for_user(me(request), case_id)
    form = UploadForm(request.POST, request.FILES)
    if form.is_valid():
        f = form.cleaned_data["file"]
        attempt(request, lambda: attachment_upload(actor=me(request), case=case, upload=f),
                f"{f.name} uploaded; it is being scanned before it can be released.")
    else:
        from django.contrib import messages

        messages.error(request, "Choose a file to upload.")
    return to_case(case, "attachments")


def _attachment(request: HttpRequest, case_id: int, attachment_id: int) -> Attachment:
    case = case_for_user(me(request), case_id)
    return get_object_or_404(Attachment, pk=attachment_id, case=case)


@require_POST
@staff_required("officer")
def clean(request: HttpRequest, case_id: int, attachment_id: int) -> HttpResponse:
    att = _attachment(request, case_id, attachment_id)
    attempt(request, lambda: attachment_clean(actor=me(request), attachment=att),
            f"{att.original_name} cleaned; the clean copy is being scanned again.")
    return to_case(att.case, "attachments")


@staff_required("officer")
def redact(request: HttpRequest, case_id: int, attachment_id: int) -> HttpResponse:
    att = _attachment(request, case_id, attachment_id)
    form = RedactForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and attempt(
        request, lambda: attachment_redact(actor=me(request), attachment=att,
                                           terms=form.cleaned_data["terms"].splitlines()),
        f"{att.original_name} redacted; the redacted copy is being scanned again.",
    ):
        return to_case(att.case, "attachments")
    return form_page(request, att.case, form=form, title=f"Redact {att.original_name}",
                     button="Redact")


@staff_required("approver")
def override(request: HttpRequest, case_id: int, attachment_id: int) -> HttpResponse:
    att = _attachment(request, case_id, attachment_id)
    form = ReasonForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and attempt(
        request, lambda: attachment_override(actor=me(request), attachment=att,
                                             reason=form.cleaned_data["reason"]),
        f"Findings on {att.original_name} overridden; the reason is on the timeline.",
    ):
        return to_case(att.case, "attachments")
    return form_page(request, att.case, form=form,
                     title=f"Release {att.original_name} despite the findings",
                     button="Override and allow release",
                     intro="Write why each finding does not matter for this release. "
                           "The override is audited.")


@require_POST
@staff_required("officer")
def remove(request: HttpRequest, case_id: int, attachment_id: int) -> HttpResponse:
    att = _attachment(request, case_id, attachment_id)
    attempt(request, lambda: attachment_remove(actor=me(request), attachment=att),
            f"{att.original_name} will not be sent.")
    return to_case(att.case, "attachments")


@staff_required("officer")
def download(request: HttpRequest, case_id: int, attachment_id: int) -> HttpResponse:
    att = _attachment(request, case_id, attachment_id)
    with att.file.open("rb") as fh:
        body = fh.read()
    response = HttpResponse(body, content_type="application/octet-stream")
    response["Content-Disposition"] = f'attachment; filename="{att.original_name}"'
    return response
