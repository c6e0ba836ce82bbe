"""Public portal pages. Thin views: forms validate, services write, selectors read."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from foidesk.accounts.access import public


@public
def home(request: HttpRequest) -> HttpResponse:
    return render(request, "portal/home.html")
