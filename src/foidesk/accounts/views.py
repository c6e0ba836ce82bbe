"""Sign in (password or emailed link) and sign out. Thin: forms validate, services act."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import login, logout
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from .access import public
from .forms import MagicLinkForm, PasswordSignInForm
from .magic_links import InvalidLink, user_for_token
from .services import send_magic_link

BACKEND = "foidesk.accounts.backends.EmailBackend"


def _next_url(request: HttpRequest) -> str:
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return ""


def _after_sign_in(request: HttpRequest) -> HttpResponseRedirect:
    return redirect(_next_url(request) or reverse("portal:home"))


@public
def sign_in(request: HttpRequest) -> HttpResponse:
    """Password sign-in for staff and requesters, beside the emailed-link form."""
    form = PasswordSignInForm(request.POST or None, request=request)
    if request.method == "POST" and form.is_valid():
        login(request, form.user, backend=BACKEND)
        return _after_sign_in(request)
    return render(request, "accounts/sign_in.html", {
        "form": form, "link_form": MagicLinkForm(auto_id="link_%s"), "next": _next_url(request),
    })


@public
def request_link(request: HttpRequest) -> HttpResponse:
    form = MagicLinkForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        send_magic_link(email=form.cleaned_data["email"], next_url=_next_url(request))
        return render(request, "accounts/link_sent.html", {"email": form.cleaned_data["email"]})
    return render(request, "accounts/request_link.html", {"form": form, "next": _next_url(request)})


@public
def magic_link(request: HttpRequest) -> HttpResponse:
    """GET shows a button and POST signs in, so mail scanners that fetch links do not burn them."""
    token = request.POST.get("token") or request.GET.get("token") or ""
    try:
        user = user_for_token(token)
    except InvalidLink as exc:
        return render(request, "accounts/link_invalid.html", {"reason": str(exc)}, status=400)
    if request.method == "POST":
        login(request, user, backend=BACKEND)
        return _after_sign_in(request)
    return render(request, "accounts/magic_link.html", {"token": token, "next": _next_url(request)})


@public
@require_POST
def sign_out(request: HttpRequest) -> HttpResponse:
    logout(request)
    messages.success(request, "You have signed out.")
    return redirect("portal:home")
