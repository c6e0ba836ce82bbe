"""Public API: read the disclosure log, through the same public selector as the web pages."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.urls import reverse
from ninja import Query, Router, Schema

from foidesk.disclosure import selectors
from foidesk.disclosure.models import PublishedResponse

from .access import public
from .schemas import LogPageOut, PublishedDetailOut, PublishedSummaryOut

router = Router(tags=["disclosure log"])


class LogQuery(Schema):
    q: str = ""
    authority: str = ""
    outcome: str = ""
    exemption: str = ""
    responded_from: str = ""
    responded_to: str = ""
    order: str = "newest"
    page: int = 1


def _summary(request: HttpRequest, r: PublishedResponse, snippet: str | None = None) -> dict[str, Any]:
    return {
        "id": r.pk, "reference": r.reference, "authority": r.authority.name,
        "authority_slug": r.authority.slug, "regime": r.regime, "title": r.title,
        "received": r.received, "responded": r.responded, "outcome": r.outcome,
        "exemptions": sorted({e.citation for e in r.exemptions.all()}),
        "url": request.build_absolute_uri(reverse("disclosure:response", args=[r.pk])),
        "snippet": snippet,
    }


@router.get("/disclosure-log", response=LogPageOut, auth=None)
@public
def disclosure_log(request: HttpRequest, params: Query[LogQuery]) -> dict[str, Any]:
    """Search and filter the disclosure log, newest first (or by relevance with order=relevance).
    Counts stop at 10,000 (`more_than` is then true)."""
    filters = selectors.filters_from({
        "q": params.q, "authority": params.authority, "outcome": params.outcome,
        "exemption": params.exemption, "from": params.responded_from,
        "to": params.responded_to, "order": params.order,
    })
    page = selectors.search_log(filters, page=params.page)
    return {
        "total": page.page.total, "more_than": page.page.more_than_cap,
        "total_label": page.page.total_label, "page": page.number, "has_next": page.has_next,
        "results": [_summary(request, r, str(s) if s else None) for r, s in page.rows],
    }


@router.get("/disclosure-log/{response_id}", response=PublishedDetailOut, auth=None)
@public
def disclosure_response(request: HttpRequest, response_id: int) -> dict[str, Any]:
    """One published response with its questions and answers."""
    r = selectors.published_response(response_id)
    return {
        **_summary(request, r),
        "request": r.request_text,
        "questions": [
            {"label": q.label, "text": q.text, "outcome": q.outcome, "answer": q.answer_text,
             "provisions": q.provisions, "reason": q.reason, "harm": q.harm,
             "public_interest_for": q.pit_for, "public_interest_against": q.pit_against,
             "public_interest_balance": q.pit_balance, "advice": q.advice}
            for q in r.questions.all()
        ],
        "files": [f.name for f in r.files.all()],
    }


__all__ = ["PublishedSummaryOut", "router"]
