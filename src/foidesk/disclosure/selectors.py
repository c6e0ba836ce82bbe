"""The public door into the disclosure log: the ONLY reads the public site and the public API
make (tests/architecture/test_public_reads.py holds them to it). Nothing here can reach a case."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from django.core.cache import cache
from django.db.models import Prefetch, QuerySet
from django.http import Http404
from django.utils.safestring import SafeString

from foidesk.authorities.models import Authority

from .models import PublishedExemption, PublishedOutcome, PublishedResponse
from .search import SearchFilters, SearchPage, backend_for

PAGE_SIZE = 20
EXEMPTIONS_CACHE_KEY = "disclosure:log-exemptions"


def published_responses() -> QuerySet[PublishedResponse]:
    """Every published response, newest first, with its authority."""
    return PublishedResponse.objects.select_related("authority").order_by("-published_at", "-id")


def published_response(pk: int) -> PublishedResponse:
    """One published response with its questions, exemptions and files; 404 when there is none."""
    found = (
        published_responses()
        .prefetch_related("questions", "files",
                          Prefetch("exemptions", queryset=PublishedExemption.objects.order_by("citation")))
        .filter(pk=pk)
        .first()
    )
    if found is None:
        raise Http404("No such published response.")
    return found


@dataclass
class LogPage:
    results: list[PublishedResponse]
    page: SearchPage
    number: int
    has_next: bool

    @property
    def rows(self) -> list[tuple[PublishedResponse, SafeString | None]]:
        """Each result with its snippet (searches only)."""
        return [(r, self.page.snippets.get(r.pk)) for r in self.results]

    @property
    def has_previous(self) -> bool:
        return self.number > 1


def search_log(filters: SearchFilters, *, page: int = 1, page_size: int = PAGE_SIZE) -> LogPage:
    """A page of the log: filtered, searched, newest first or by relevance (see search/)."""
    page = max(1, min(page, 500))  # deep pages of a huge log are a crawler's job: use the export
    offset = (page - 1) * page_size
    found = backend_for().search(filters, offset=offset, limit=page_size + 1)
    ids = found.ids[:page_size]
    by_id = published_responses().prefetch_related("exemptions").in_bulk(ids)
    return LogPage(
        results=[by_id[i] for i in ids if i in by_id],
        page=SearchPage(ids=ids, total=found.total, more_than_cap=found.more_than_cap,
                        snippets=found.snippets),
        number=page,
        has_next=len(found.ids) > page_size,
    )


def log_authorities() -> QuerySet[Authority]:
    """Authorities for the log's filter (all of them: the list is short and public anyway)."""
    return Authority.objects.order_by("name").only("id", "name", "slug")


def log_exemptions() -> list[tuple[str, str]]:
    """(section, label) pairs relied on anywhere in the log, for the exemption filter. Reading
    them scans every exemption row, so the list is cached for a few minutes."""

    def compute() -> list[tuple[str, str]]:
        rows = (PublishedExemption.objects.order_by("section").values_list("section", "title")
                .distinct())
        seen: dict[str, str] = {}
        for section, title in rows:
            seen.setdefault(section, f"{section} {title}".strip())
        return sorted(seen.items(), key=lambda kv: _section_sort_key(kv[0]))

    found = cache.get_or_set(EXEMPTIONS_CACHE_KEY, compute, 300)
    return list(found or [])


def _section_sort_key(section: str) -> tuple[str, int]:
    digits = "".join(ch for ch in section if ch.isdigit())
    return ("".join(ch for ch in section if ch.isalpha()), int(digits or 0))


def filters_from(params: dict[str, str]) -> SearchFilters:
    """Filters from a query string; anything unreadable is ignored rather than an error."""

    def date(name: str) -> dt.date | None:
        try:
            return dt.date.fromisoformat(params.get(name, "").strip())
        except ValueError:
            return None

    authority_id = None
    if params.get("authority"):
        authority_id = (Authority.objects.filter(slug=params["authority"])
                        .values_list("id", flat=True).first())
        if authority_id is None:
            authority_id = -1  # an unknown authority matches nothing rather than everything
    outcome = params.get("outcome", "")
    return SearchFilters(
        text=params.get("q", "")[:200],
        authority_id=authority_id,
        responded_from=date("from"),
        responded_to=date("to"),
        outcome=outcome if outcome in PublishedOutcome.values else "",
        exemption=params.get("exemption", "")[:16],
        order="relevance" if params.get("order") == "relevance" else "newest",
    )


def export_rows(filters: SearchFilters) -> Iterator[PublishedResponse]:
    """Every row of the filtered log (no text search), streamed in chunks for the exports."""
    qs = published_responses().prefetch_related("exemptions")
    if filters.authority_id is not None:
        qs = qs.filter(authority_id=filters.authority_id)
    if filters.responded_from is not None:
        qs = qs.filter(responded__gte=filters.responded_from)
    if filters.responded_to is not None:
        qs = qs.filter(responded__lte=filters.responded_to)
    if filters.outcome:
        qs = qs.filter(outcome=filters.outcome)
    if filters.exemption:
        qs = qs.filter(exemptions__section=filters.exemption).distinct()
    return qs.iterator(chunk_size=500)
