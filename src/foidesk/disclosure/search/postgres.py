"""PostgreSQL full-text search: a stored generated tsvector (title weighted A, text B) with a
GIN index (see the disclosure migrations), websearch_to_tsquery for what people type, and
ts_rank over the bounded candidate set."""

from __future__ import annotations

from typing import Any

from django.utils.safestring import SafeString

from .base import (
    CANDIDATES,
    MARK_END,
    MARK_START,
    TABLE,
    SearchBackend,
    SearchFilters,
    filter_sql,
    highlight,
)

CONFIG = "english"


class PostgresSearch(SearchBackend):
    def _matches(self, f: SearchFilters) -> tuple[str, list[Any]]:
        where, params = filter_sql(f)
        sql = (
            f"FROM {TABLE} r WHERE r.search_vector @@ websearch_to_tsquery('{CONFIG}', %s)"
            + "".join(f" AND {w}" for w in where)
        )
        return sql, [f.text, *params]

    def _ranked_ids(self, f: SearchFilters, *, offset: int, limit: int) -> list[int]:
        sql, params = self._matches(f)
        with self.connection.cursor() as cur:
            cur.execute(
                f"WITH candidates AS MATERIALIZED (SELECT r.id, r.search_vector {sql} "
                "ORDER BY r.id DESC LIMIT %s) "
                f"SELECT id FROM candidates ORDER BY ts_rank(search_vector, "
                f"websearch_to_tsquery('{CONFIG}', %s)) DESC, id DESC LIMIT %s OFFSET %s",
                [*params, CANDIDATES, f.text, limit, offset],
            )
            return [row[0] for row in cur.fetchall()]

    def snippets(self, text: str, ids: list[int]) -> dict[int, SafeString]:
        if not ids:
            return {}
        options = f"StartSel={MARK_START}, StopSel={MARK_END}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \""
        with self.connection.cursor() as cur:
            cur.execute(
                f"SELECT id, ts_headline('{CONFIG}', search_text, "
                f"websearch_to_tsquery('{CONFIG}', %s), %s) FROM {TABLE} WHERE id = ANY(%s)",
                [text, options, ids],
            )
            return {pk: highlight(h) for pk, h in cur.fetchall() if h}
