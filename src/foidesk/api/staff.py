"""Staff API: cases, with token auth and exactly the web interface's permissions (the same
selectors): another authority's case is a 404."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Query, Router, Schema

from foidesk.cases.models import Case
from foidesk.cases.selectors import (
    CaseFilters,
    case_for_user,
    case_questions,
    case_timeline,
    cases_for_user,
)
from foidesk.cases.states import CaseState

from .access import TokenAuth
from .schemas import CaseDetailOut, CaseListOut

router = Router(tags=["cases (staff)"], auth=TokenAuth())

MAX_LIMIT = 100


class CaseQuery(Schema):
    state: str = ""
    regime: str = ""
    overdue: bool = False
    mine: bool = False
    include_closed: bool = False
    sort: str = "due"
    limit: int = 50
    offset: int = 0


def _case(c: Case) -> dict[str, Any]:
    return {
        "id": c.pk, "reference": c.reference, "authority": c.authority.name, "regime": c.regime,
        "stage": c.stage, "state": c.state, "title": c.title, "received": c.received,
        "due_date": c.due_date, "overdue": c.overdue,
        "owner": str(c.owner) if c.owner_id else None,
    }


@router.get("/cases", response=CaseListOut)
def list_cases(request: HttpRequest, params: Query[CaseQuery]) -> dict[str, Any]:
    """Open cases of the caller's authorities, by due date (as the inbox)."""
    state = params.state if params.state in CaseState.values else None
    qs = cases_for_user(request.user, CaseFilters(  # type: ignore[arg-type]
        state=state, regime=params.regime or None, overdue=params.overdue, mine=params.mine,
        include_closed=params.include_closed, sort=params.sort,
    ))
    limit = max(1, min(params.limit, MAX_LIMIT))
    offset = max(0, params.offset)
    rows = list(qs[offset:offset + limit])
    return {"count": len(rows), "results": [_case(c) for c in rows]}


@router.get("/cases/{case_id}", response=CaseDetailOut)
def get_case(request: HttpRequest, case_id: int) -> dict[str, Any]:
    """One case with its questions, answers and timeline; 404 unless it is the caller's
    authority's."""
    c = case_for_user(request.user, case_id)  # type: ignore[arg-type]
    questions = []
    for q in case_questions(c):
        a = getattr(q, "answer", None)
        questions.append({
            "id": q.pk, "label": q.label, "text": q.text,
            "answer": None if a is None else {
                "outcome": a.outcome, "provisions": a.provisions,
                "ncnd_provision": a.ncnd_provision, "disclosed_text": a.disclosed_text,
            },
        })
    events = [{"kind": e.kind, "at": e.at, "actor": str(e.actor) if e.actor_id else None,
               "data": e.data} for e in case_timeline(c)]
    return {**_case(c), "request_text": c.request_text, "questions": questions, "events": events}
