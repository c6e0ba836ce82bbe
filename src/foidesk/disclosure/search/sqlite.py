"""SQLite FTS5: an external-content index over the published responses, kept in step by
triggers (see the disclosure migrations), with the porter stemmer."""

from __future__ import annotations

import re
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

FTS = "disclosure_fts"
_WORD = re.compile(r"\w+", re.UNICODE)


def fts5_query(text: str) -> str:
    """A person's words as an FTS5 query: every word must appear (as in PostgreSQL's
    websearch_to_tsquery), each quoted so that FTS5 operators in the input mean nothing, and a
    quoted phrase stays a phrase."""
    parts: list[str] = []
    for i, chunk in enumerate(text.split('"')):
        words = _WORD.findall(chunk)
        if not words:
            continue
        if i % 2 == 1:
            parts.append('"' + " ".join(words) + '"')
        else:
            parts.extend(f'"{w}"' for w in words)
    return " ".join(parts)


class SqliteSearch(SearchBackend):
    id_column = f"{FTS}.rowid"

    def _matches(self, f: SearchFilters) -> tuple[str, list[Any]]:
        """FROM/WHERE for the matches. Without filters the index alone answers, in rowid order
        (publication order), and a LIMIT stops the walk early; filters join the table."""
        where, params = filter_sql(f)
        if not where:
            return f"FROM {FTS} WHERE {FTS} MATCH %s", [fts5_query(f.text)]
        # CROSS JOIN keeps the full-text index as the outer loop: left to itself SQLite may walk
        # the table by a filter's index and run the MATCH once per row, which is ruinous.
        sql = (
            f"FROM {FTS} CROSS JOIN {TABLE} r ON r.id = {FTS}.rowid "
            f"WHERE {FTS} MATCH %s" + "".join(f" AND {w}" for w in where)
        )
        return sql, [fts5_query(f.text), *params]

    def _ranked_ids(self, f: SearchFilters, *, offset: int, limit: int) -> list[int]:
        """Rank only the CANDIDATES newest matches. Entries get their ids as they are published,
        so "newest" here is the highest rowids, which FTS5 walks natively: the boundary is one
        index step and bm25() runs on rows past it only. (An `IN (subquery)` on the virtual
        table is re-evaluated per row by SQLite, costing far more than ranking everything.)"""
        query = fts5_query(f.text)
        where, params = filter_sql(f)
        with self.connection.cursor() as cur:
            if not where:
                cur.execute(
                    f"SELECT rowid FROM {FTS} WHERE {FTS} MATCH %s "
                    "ORDER BY rowid DESC LIMIT 1 OFFSET %s",
                    [query, CANDIDATES - 1],
                )
                row = cur.fetchone()
                cur.execute(
                    f"SELECT rowid FROM {FTS} WHERE {FTS} MATCH %s AND rowid >= %s "
                    f"ORDER BY bm25({FTS}, 4.0, 1.0), rowid DESC LIMIT %s OFFSET %s",
                    [query, row[0] if row else 0, limit, offset],
                )
                return [r[0] for r in cur.fetchall()]
            # With filters the candidates are not contiguous: find them through the table, then
            # rank the rowid range they span and keep only them.
            sql, match_params = self._matches(f)
            cur.execute(f"SELECT {FTS}.rowid {sql} ORDER BY {FTS}.rowid DESC LIMIT %s",
                        [*match_params, CANDIDATES])
            candidates = {r[0] for r in cur.fetchall()}
            if not candidates:
                return []
            cur.execute(
                f"SELECT rowid, bm25({FTS}, 4.0, 1.0) FROM {FTS} WHERE {FTS} MATCH %s "
                "AND rowid BETWEEN %s AND %s",
                [query, min(candidates), max(candidates)],
            )
            ranked = sorted(((score, -pk) for pk, score in cur.fetchall() if pk in candidates))
            return [-neg for _, neg in ranked[offset:offset + limit]]

    def snippets(self, text: str, ids: list[int]) -> dict[int, SafeString]:
        out: dict[int, SafeString] = {}
        query = fts5_query(text)
        with self.connection.cursor() as cur:
            for pk in ids:  # one indexed lookup per row on the page
                cur.execute(
                    f"SELECT snippet({FTS}, 1, %s, %s, '…', 24) FROM {FTS} "
                    f"WHERE {FTS} MATCH %s AND rowid = %s",
                    [MARK_START, MARK_END, query, pk],
                )
                row = cur.fetchone()
                if row and row[0]:
                    out[pk] = highlight(row[0])
        return out
