"""Disclosure-log search: one interface, FTS5 on SQLite and full-text search on PostgreSQL
(whichever database the suite runs on), with bounded ranking and capped counts."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.utils import timezone
from tests.factories import make_authority

from foidesk.disclosure.models import PublishedExemption, PublishedResponse
from foidesk.disclosure.search import SearchFilters, backend_for, base
from foidesk.disclosure.search.sqlite import fts5_query
from foidesk.disclosure.selectors import filters_from, search_log

pytestmark = pytest.mark.django_db


def publish(authority, title, body, *, days_ago=0, outcome="disclosed", sections=()):
    when = timezone.now() - dt.timedelta(days=days_ago)
    r = PublishedResponse.objects.create(
        authority=authority, source_case_id=PublishedResponse.objects.count() + 1000,
        reference=f"REF-{title[:8]}", regime="foia", title=title, request_text=body,
        received=when.date(), responded=when.date(), outcome=outcome, published_at=when,
        search_text=body,
    )
    for s in sections:
        PublishedExemption.objects.create(response=r, section=s, citation=f"{s}(1)")
    return r


@pytest.fixture
def log():
    opcc = make_authority()
    council = make_authority(name="Example Borough Council", slug="example-council",
                             regime="eir", reference_prefix="EBC")
    return {
        "facial": publish(opcc, "Facial recognition funding", "Bids for facial recognition trials",
                          days_ago=3, outcome="partial", sections=["s31"]),
        "drones": publish(opcc, "Drone purchases", "How many drones were bought", days_ago=2),
        "bins": publish(council, "Bin collections", "Recognition awards for bin crews",
                        days_ago=1, outcome="withheld", sections=["reg12"]),
        "opcc": opcc, "council": council,
    }


def test_the_backend_matches_the_database_vendor():
    expected = {"sqlite": "SqliteSearch", "postgresql": "PostgresSearch"}[connection.vendor]
    assert type(backend_for()).__name__ == expected


def test_a_search_finds_the_matching_responses_newest_first(log):
    page = search_log(SearchFilters(text="recognition"))
    assert [r.pk for r in page.results] == [log["bins"].pk, log["facial"].pk]
    assert page.page.total == 2


def test_stemming_finds_other_forms_of_a_word(log):
    page = search_log(SearchFilters(text="bid"))
    assert [r.pk for r in page.results] == [log["facial"].pk]


def test_relevance_puts_a_title_match_first(log):
    page = search_log(SearchFilters(text="facial recognition", order="relevance"))
    assert page.results[0].pk == log["facial"].pk


def test_snippets_highlight_the_words_and_escape_everything_else(log):
    opcc = log["opcc"]
    r = publish(opcc, "Scripts", "<script>alert(1)</script> about recognition cameras")
    page = search_log(SearchFilters(text="recognition"))
    snippet = page.page.snippets[r.pk]
    assert "<mark>recognition</mark>" in snippet
    assert "<script>" not in snippet


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"authority": "example-council"}, ["bins"]),
        ({"outcome": "partial"}, ["facial"]),
        ({"exemption": "s31"}, ["facial"]),
        ({"exemption": "reg12", "q": "recognition"}, ["bins"]),
        ({"authority": "no-such-authority"}, []),
    ],
)
def test_filters_narrow_the_log(log, params, expected):
    page = search_log(filters_from(params))
    assert [r.pk for r in page.results] == [log[k].pk for k in expected]


def test_date_filters_use_the_response_date(log):
    since = log["drones"].responded.isoformat()
    page = search_log(filters_from({"from": since}))
    assert {r.pk for r in page.results} == {log["drones"].pk, log["bins"].pk}


def test_counts_stop_at_the_cap_and_say_more_than(log, monkeypatch):
    monkeypatch.setattr(base, "COUNT_CAP", 1)
    page = backend_for().search(SearchFilters(text="recognition"), offset=0, limit=10)
    assert page.more_than_cap
    assert page.total_label == "more than 1"


def test_ranking_only_considers_the_newest_candidates(log, monkeypatch):
    from foidesk.disclosure.search import postgres, sqlite

    monkeypatch.setattr(sqlite, "CANDIDATES", 1)
    monkeypatch.setattr(postgres, "CANDIDATES", 1)
    page = backend_for().search(SearchFilters(text="recognition", order="relevance"),
                                offset=0, limit=10)
    assert page.ids == [log["bins"].pk]


@pytest.mark.parametrize(
    ("typed", "query"),
    [
        ("facial recognition", '"facial" "recognition"'),
        ('"facial recognition" funding', '"facial recognition" "funding"'),
        ("NEAR(a b) OR c*", '"NEAR" "a" "b" "OR" "c"'),
    ],
)
def test_what_people_type_cannot_inject_fts5_syntax(typed, query):
    assert fts5_query(typed) == query


def test_punctuation_alone_browses_the_log_instead_of_failing(log):
    assert len(search_log(SearchFilters(text='"*()')).results) == 3


def test_relevance_with_a_filter_ranks_only_the_filtered_matches(log):
    page = search_log(SearchFilters(text="recognition", order="relevance",
                                    authority_id=log["opcc"].pk))
    assert [r.pk for r in page.results] == [log["facial"].pk]
