"""Full-text search over statement text: FTS5 on SQLite, tsvector on PostgreSQL."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import Session

from quotetrack.models import StatementPublic
from quotetrack.store.db import is_sqlite
from quotetrack.store.query import ParsedQuery, parse_query, to_fts5, to_tsquery
from quotetrack.store.reads import statements_by_ids


@dataclass(frozen=True, slots=True)
class SearchResult:
    query: ParsedQuery
    total: int
    items: list[StatementPublic]


_SQLITE_IDS = sa.text(
    "SELECT s.id FROM statement_fts JOIN statement s ON s.id = statement_fts.rowid "
    "WHERE statement_fts MATCH :q AND s.status = 'published' "
    "ORDER BY bm25(statement_fts), s.id DESC LIMIT :limit OFFSET :offset"
)
_SQLITE_COUNT = sa.text(
    "SELECT count(*) FROM statement_fts JOIN statement s ON s.id = statement_fts.rowid "
    "WHERE statement_fts MATCH :q AND s.status = 'published'"
)
_PG_IDS = sa.text(
    "SELECT s.id FROM statement s, to_tsquery('simple', :q) query "
    "WHERE s.tsv @@ query AND s.status = 'published' "
    "ORDER BY ts_rank(s.tsv, query) DESC, s.id DESC LIMIT :limit OFFSET :offset"
)
_PG_COUNT = sa.text(
    "SELECT count(*) FROM statement s WHERE s.tsv @@ to_tsquery('simple', :q) AND s.status = 'published'"
)


def search_statements(
    *, session: Session, q: str, limit: int = 20, offset: int = 0, max_chars: int = 500
) -> SearchResult:
    """Statements matching `q`, best first. Raises QueryError for a malformed query."""
    parsed = parse_query(q, max_chars=max_chars)
    if is_sqlite(session):
        params = {"q": to_fts5(parsed)}
        ids_sql, count_sql = _SQLITE_IDS, _SQLITE_COUNT
    else:
        params = {"q": to_tsquery(parsed)}
        ids_sql, count_sql = _PG_IDS, _PG_COUNT
    total = session.execute(count_sql, params).scalar_one()
    ids = [row[0] for row in session.execute(ids_sql, {**params, "limit": limit, "offset": offset})]
    return SearchResult(query=parsed, total=total, items=statements_by_ids(session=session, ids=ids))
