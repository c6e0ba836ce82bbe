"""Logging a request that arrived by email, post or a public request site."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from foidesk.accounts.access import staff_required
from foidesk.cases.forms import LogRequestForm
from foidesk.cases.models import Channel
from foidesk.cases.selectors import authorities_for_user
from foidesk.cases.services.intake import InvalidRequest, case_log_received, parse_eml
from foidesk.cases.views.common import attempt, me, to_case


@staff_required("officer")
def log_request(request: HttpRequest) -> HttpResponse:
    form = LogRequestForm(request.POST or None, request.FILES or None,
                          authorities=authorities_for_user(me(request)))
    holder: dict[str, object] = {}
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        name, email, text, received = (d["requester_name"], d["requester_email"], d["text"],
                                       d["received"])
        if d.get("eml"):
            try:
                parsed = parse_eml(d["eml"].read())
            except InvalidRequest as exc:
                form.add_error("eml", str(exc))
                return render(request, "cases/log.html", {"form": form}, status=400)
            name = name or parsed.sender_name
            email = email or parsed.sender_email
            text = text or parsed.body
            received = received or (parsed.sent_at.date() if parsed.sent_at else None)
        if received is None:
            form.add_error("received", "Enter the date of receipt")
        else:
            def call() -> None:
                holder["case"] = case_log_received(
                    actor=me(request), authority=d["authority"], channel=Channel(d["channel"]),
                    received=received, requester_name=name, requester_email=email,
                    requester_address=d["requester_address"], text=text,
                    regime=d["regime"] or None)

            if attempt(request, call, "Request logged and acknowledged."):
                return to_case(holder["case"])  # type: ignore[arg-type]
    return render(request, "cases/log.html", {"form": form},
                  status=400 if form.is_bound else 200)
