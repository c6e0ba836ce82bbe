"""Shapes of the API's JSON (documented in the OpenAPI schema at /api/docs)."""

from __future__ import annotations

import datetime as dt

from ninja import Schema


class PublishedQuestionOut(Schema):
    label: str
    text: str
    outcome: str
    answer: str
    provisions: list[str]
    reason: str
    harm: str
    public_interest_for: str
    public_interest_against: str
    public_interest_balance: str
    advice: str


class PublishedSummaryOut(Schema):
    id: int
    reference: str
    authority: str
    authority_slug: str
    regime: str
    title: str
    received: dt.date
    responded: dt.date
    outcome: str
    exemptions: list[str]
    url: str
    snippet: str | None = None


class PublishedDetailOut(PublishedSummaryOut):
    request: str
    questions: list[PublishedQuestionOut]
    files: list[str]


class LogPageOut(Schema):
    total: int
    more_than: bool
    total_label: str
    page: int
    has_next: bool
    results: list[PublishedSummaryOut]


class CaseOut(Schema):
    id: int
    reference: str
    authority: str
    regime: str
    stage: str
    state: str
    title: str
    received: dt.date
    due_date: dt.date | None
    overdue: bool
    owner: str | None


class CaseListOut(Schema):
    count: int
    results: list[CaseOut]


class AnswerOut(Schema):
    outcome: str
    provisions: list[str]
    ncnd_provision: str
    disclosed_text: str


class QuestionOut(Schema):
    id: int
    label: str
    text: str
    answer: AnswerOut | None


class EventOut(Schema):
    kind: str
    at: dt.datetime
    actor: str | None
    data: dict[str, object]


class CaseDetailOut(CaseOut):
    request_text: str
    questions: list[QuestionOut]
    events: list[EventOut]
