"""The public disclosure log. Reads only through foidesk.disclosure.selectors."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import Any

from django.contrib.syndication.views import Feed
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from foidesk.accounts.access import public

from . import selectors
from .models import PublishedOutcome, PublishedResponse
from .search import COUNT_CAP

EXPORT_FIELDS = ("reference", "authority", "regime", "title", "received", "responded",
                 "outcome", "exemptions", "url")


def _query_params(request: HttpRequest) -> dict[str, str]:
    return {k: str(v) for k, v in request.GET.items() if k != "page" and v}


@public
def log(request: HttpRequest) -> HttpResponse:
    """The log: search, filters and pages. An htmx request gets the results alone."""
    params = _query_params(request)
    filters = selectors.filters_from(params)
    try:
        number = int(request.GET.get("page", "1"))
    except ValueError:
        number = 1
    page = selectors.search_log(filters, page=number)
    query = "&".join(f"{k}={v}" for k, v in params.items())
    context = {
        "page": page, "filters": filters, "params": params, "query": query,
        "authorities": selectors.log_authorities(), "exemptions": selectors.log_exemptions(),
        "outcomes": PublishedOutcome.choices,
    }
    template = ("disclosure/_results.html" if request.headers.get("HX-Request")
                else "disclosure/log.html")
    return render(request, template, context)


@public
def response_detail(request: HttpRequest, pk: int) -> HttpResponse:
    response = selectors.published_response(pk)
    return render(request, "disclosure/response.html", {
        "response": response, "authority": response.authority,
    })


@public
def response_file(request: HttpRequest, pk: int, file_id: int) -> FileResponse:
    response = selectors.published_response(pk)
    published = next((f for f in response.files.all() if f.pk == file_id), None)
    if published is None:
        raise Http404("No such file.")
    return FileResponse(published.file.open("rb"), as_attachment=True, filename=published.name)


def _rows(request: HttpRequest) -> Iterator[PublishedResponse]:
    """The filtered log for export: every row without a search, or the first COUNT_CAP matches
    of one (exports are for the whole log; a search narrows it)."""
    filters = selectors.filters_from(_query_params(request))
    if filters.text:
        page = selectors.search_log(filters, page=1, page_size=COUNT_CAP)
        yield from page.results
        return
    yield from selectors.export_rows(filters)


def _row_dict(request: HttpRequest, r: PublishedResponse) -> dict[str, Any]:
    return {
        "reference": r.reference, "authority": r.authority.name, "regime": r.regime,
        "title": r.title, "received": r.received.isoformat(),
        "responded": r.responded.isoformat(), "outcome": r.outcome,
        "exemptions": sorted({e.citation for e in r.exemptions.all()}),
        "url": request.build_absolute_uri(reverse("disclosure:response", args=[r.pk])),
    }


class _Echo:
    def write(self, value: str) -> str:
        return value


@public
def export_csv(request: HttpRequest) -> StreamingHttpResponse:
    writer = csv.writer(_Echo())

    def lines() -> Iterator[str]:
        yield writer.writerow(EXPORT_FIELDS)
        for r in _rows(request):
            d = _row_dict(request, r)
            d["exemptions"] = " ".join(d["exemptions"])
            yield writer.writerow([d[k] for k in EXPORT_FIELDS])

    resp = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    resp["Content-Disposition"] = 'attachment; filename="disclosure-log.csv"'
    return resp


@public
def export_json(request: HttpRequest) -> StreamingHttpResponse:
    def chunks() -> Iterator[str]:
        yield '{"results": ['
        for i, r in enumerate(_rows(request)):
            yield ("," if i else "") + json.dumps(_row_dict(request, r))
        yield "]}"

    resp = StreamingHttpResponse(chunks(), content_type="application/json")
    resp["Content-Disposition"] = 'attachment; filename="disclosure-log.json"'
    return resp


@public
class LogFeed(Feed):  # type: ignore[type-arg]
    """Atom feed of the newest 50 published responses (filters apply, as on the log page)."""

    feed_type = Atom1Feed
    title = "Disclosure log"
    subtitle = "Responses to Freedom of Information requests, newest first"

    def get_object(self, request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
        self._filters = selectors.filters_from(_query_params(request))
        return None

    def link(self) -> str:
        return reverse("disclosure:log")

    def items(self) -> list[PublishedResponse]:
        return selectors.search_log(self._filters, page=1, page_size=50).results

    def item_title(self, item: PublishedResponse) -> str:
        return f"{item.reference}: {item.title}"

    def item_description(self, item: PublishedResponse) -> str:
        return f"{item.authority.name} — {item.get_outcome_display()}. {item.request_text[:400]}"

    def item_link(self, item: PublishedResponse) -> str:
        return reverse("disclosure:response", args=[item.pk])

    def item_pubdate(self, item: PublishedResponse) -> Any:
        return item.published_at

    def item_author_name(self, item: PublishedResponse) -> str:
        return item.authority.name
