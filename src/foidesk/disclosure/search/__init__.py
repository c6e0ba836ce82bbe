"""Full-text search of the disclosure log behind one interface.

`backend_for(connection)` picks SQLite FTS5 on the embedded database and PostgreSQL full-text
search on PostgreSQL; a faster engine can later replace both by implementing `SearchBackend`.

Designed for large logs, because ranking every match costs microseconds per match and a common
word matches most of a big log:
- the default order is newest first, which needs no ranking at all;
- "most relevant" ranks only the newest CANDIDATES matches, never the whole match set;
- counts stop at COUNT_CAP, so the page says "more than 10,000" instead of counting them all;
- snippets are made only for the rows on the page shown.
"""

from __future__ import annotations

from django.db import connection as default_connection
from django.db.backends.base.base import BaseDatabaseWrapper

from .base import CANDIDATES, COUNT_CAP, SearchBackend, SearchFilters, SearchPage

__all__ = [
    "CANDIDATES", "COUNT_CAP", "SearchBackend", "SearchFilters", "SearchPage", "backend_for",
]


def backend_for(connection: BaseDatabaseWrapper | None = None) -> SearchBackend:
    conn = connection or default_connection
    if conn.vendor == "postgresql":
        from .postgres import PostgresSearch

        return PostgresSearch(conn)
    if conn.vendor == "sqlite":
        from .sqlite import SqliteSearch

        return SqliteSearch(conn)
    raise NotImplementedError(f"no disclosure-log search for the {conn.vendor} database")
