"""Staff manage their own API tokens: create (the key is shown once) and revoke."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from foidesk.accounts.access import staff_required

from .models import ApiToken
from .services import api_token_create, api_token_revoke


class TokenForm(forms.Form):
    name = forms.CharField(
        label="Name", max_length=100, help_text="Where you will use it, for example: reporting script",
        error_messages={"required": "Enter a name for the token"},
        widget=forms.TextInput(attrs={"class": "govuk-input govuk-input--width-20"}),
    )


@staff_required("contributor")
def tokens(request: HttpRequest) -> HttpResponse:
    form = TokenForm(request.POST or None)
    key = ""
    if request.method == "POST" and form.is_valid():
        _, key = api_token_create(user=request.user, name=form.cleaned_data["name"])
        form = TokenForm()
    return render(request, "api/tokens.html", {
        "form": form, "new_key": key,
        "tokens": ApiToken.objects.filter(user=request.user, revoked_at__isnull=True),  # type: ignore[misc]
    })


@staff_required("contributor")
@require_POST
def revoke(request: HttpRequest, token_id: int) -> HttpResponse:
    try:
        api_token_revoke(user=request.user, token_id=token_id)
    except ValueError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, "The token was revoked.")
    return redirect("api_tokens")
