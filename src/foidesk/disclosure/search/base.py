"""The search interface and what both database backends share (filters, paging, snippets)."""

from __future__ import annotations

import datetime as dt
import html
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Any, Literal

from django.db.backends.base.base import BaseDatabaseWrapper
from django.utils.safestring import SafeString, mark_safe

COUNT_CAP = 10_000
CANDIDATES = 1_000
TABLE = "disclosure_publishedresponse"
# Markers the engines put round matched words; escaped text cannot contain them.
MARK_START, MARK_END = "\u27e6", "\u27e7"

Order = Literal["newest", "relevance"]


@dataclass(frozen=True)
class SearchFilters:
    text: str = ""
    authority_id: int | None = None
    responded_from: dt.date | None = None
    responded_to: dt.date | None = None
    outcome: str = ""
    exemption: str = ""  # a section or regulation: "s31", "reg12"
    order: Order = "newest"


@dataclass
class SearchPage:
    ids: list[int]
    total: int  # exact up to COUNT_CAP
    more_than_cap: bool
    snippets: dict[int, SafeString] = field(default_factory=dict)

    @property
    def total_label(self) -> str:
        if self.more_than_cap:
            return f"more than {COUNT_CAP:,}"
        return f"{self.total:,}"


def highlight(raw: str) -> SafeString:
    """Escape a snippet the engine produced, then turn its markers into <mark>."""
    escaped = html.escape(raw.replace("\n", " "))
    return mark_safe(  # noqa: S308 - everything but our own tags was escaped on the line above
        escaped.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")
    )


def filter_sql(f: SearchFilters, alias: str = "r") -> tuple[list[str], list[Any]]:
    """WHERE conditions for the filters, with their parameters."""
    where: list[str] = []
    params: list[Any] = []
    if f.authority_id is not None:
        where.append(f"{alias}.authority_id = %s")
        params.append(f.authority_id)
    if f.responded_from is not None:
        where.append(f"{alias}.responded >= %s")
        params.append(f.responded_from)
    if f.responded_to is not None:
        where.append(f"{alias}.responded <= %s")
        params.append(f.responded_to)
    if f.outcome:
        where.append(f"{alias}.outcome = %s")
        params.append(f.outcome)
    if f.exemption:
        where.append(
            f"{alias}.id IN (SELECT response_id FROM disclosure_publishedexemption"
            " WHERE section = %s)"
        )
        params.append(f.exemption)
    return where, params


class SearchBackend(ABC):
    """One search engine over the disclosure log."""

    def __init__(self, connection: BaseDatabaseWrapper) -> None:
        self.connection = connection

    def search(self, f: SearchFilters, *, offset: int, limit: int) -> SearchPage:
        if not self.has_terms(f.text):
            return self._browse(f, offset=offset, limit=limit)
        total = self._count(f)
        if f.order == "relevance":
            ids = self._ranked_ids(f, offset=offset, limit=limit)
        else:
            ids = self._newest_ids(f, offset=offset, limit=limit)
        return SearchPage(
            ids=ids, total=min(total, COUNT_CAP), more_than_cap=total > COUNT_CAP,
            snippets=self.snippets(f.text, ids),
        )

    def _browse(self, f: SearchFilters, *, offset: int, limit: int) -> SearchPage:
        where, params = filter_sql(f)
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        with self.connection.cursor() as cur:
            cur.execute(
                f"SELECT count(*) FROM (SELECT 1 FROM {TABLE} r {clause} LIMIT %s) capped",
                [*params, COUNT_CAP + 1],
            )
            total = cur.fetchone()[0]
            cur.execute(
                f"SELECT r.id FROM {TABLE} r {clause}"
                " ORDER BY r.published_at DESC, r.id DESC LIMIT %s OFFSET %s",
                [*params, limit, offset],
            )
            ids = [row[0] for row in cur.fetchall()]
        return SearchPage(ids=ids, total=min(total, COUNT_CAP), more_than_cap=total > COUNT_CAP)

    @staticmethod
    def has_terms(text: str) -> bool:
        return any(ch.isalnum() for ch in text)

    #: The SQL expression for an entry's id in `_matches`' FROM clause (ids follow publication).
    id_column: str = "r.id"

    @abstractmethod
    def _matches(self, f: SearchFilters) -> tuple[str, list[Any]]:
        """The `FROM ... WHERE ...` clause selecting every match, and its parameters."""

    def _count(self, f: SearchFilters) -> int:
        """Matches, counted up to COUNT_CAP + 1 and no further."""
        sql, params = self._matches(f)
        with self.connection.cursor() as cur:
            cur.execute(f"SELECT count(*) FROM (SELECT 1 {sql} LIMIT %s) capped",
                        [*params, COUNT_CAP + 1])
            return int(cur.fetchone()[0])

    def _newest_ids(self, f: SearchFilters, *, offset: int, limit: int) -> list[int]:
        """A page of matches, newest first (publication order: ids are given as entries are
        published), with no ranking."""
        sql, params = self._matches(f)
        with self.connection.cursor() as cur:
            cur.execute(
                f"SELECT {self.id_column} {sql} ORDER BY {self.id_column} DESC LIMIT %s OFFSET %s",
                [*params, limit, offset],
            )
            return [row[0] for row in cur.fetchall()]

    @abstractmethod
    def _ranked_ids(self, f: SearchFilters, *, offset: int, limit: int) -> list[int]:
        """A page of the newest CANDIDATES matches (by publication order), ranked by relevance."""

    @abstractmethod
    def snippets(self, text: str, ids: list[int]) -> dict[int, SafeString]:
        """Highlighted extracts for these rows only."""
