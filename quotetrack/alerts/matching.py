"""Which new statements each active follow matches, queued in the outbox.

Follows with the same words and filters share one query (ten thousand readers following a
hundred officials cost a hundred queries), over the statements stored since they last looked.
The outbox's unique (subscription, statement) pair makes queueing idempotent, so two processes
matching at once, or a range looked at twice, queue each statement once.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col, select

from quotetrack.alerts.subscriptions import criteria_query
from quotetrack.models import AlertDelivery, Subscription, utcnow
from quotetrack.store import reads
from quotetrack.store.cache import newest_statement_id
from quotetrack.store.db import is_sqlite
from quotetrack.store.filters import StatementFilter
from quotetrack.store.match import filter_joins, match_sql, where_clauses
from quotetrack.store.query import ParsedQuery

# Statement ids are handed out before their transaction commits, so on PostgreSQL a batch can
# commit id 100 after another committed 101. Each look goes this far back below what was read
# before; the outbox's unique pair keeps what was queued already from being queued again.
LOOKBACK_IDS = 2_000
# Rows per INSERT: SQLite allows 32,766 bound values, six per row here.
_CHUNK = 2_000


def matching_ids(
    session: Session,
    parsed: ParsedQuery,
    filters: StatementFilter,
    *,
    low: int = 0,
    high: int | None = None,
    among: Sequence[int] | None = None,
) -> list[int]:
    """Published statements matching the words and filters, with ids in (low, high] and, when
    given, among `among`; the query is the search's own (store.match), so a follow matches what
    the same search on the site shows."""
    if among is not None and not among:
        return []
    match = match_sql(session, parsed, scored=False, selective=True)
    clauses, params = where_clauses(session, filters)
    if match.where:
        clauses.append(match.where)
    clauses.append("s.id > :low")
    params["low"] = low
    if high is not None:
        clauses.append("s.id <= :high")
        params["high"] = high
    if among is not None:
        clauses.append("s.id IN :among")
        params["among"] = list(among)
    query = sa.text(
        f"SELECT s.id FROM {match.source} {filter_joins(filters)} WHERE {' AND '.join(clauses)} ORDER BY s.id"
    )
    if among is not None:
        query = query.bindparams(sa.bindparam("among", expanding=True))
    return [row[0] for row in session.execute(query, {**params, **match.params})]


def follow_query(session: Session, criteria: dict[str, Any]) -> tuple[ParsedQuery, StatementFilter]:
    """A follow's query, with a followed official that was merged since read as the one it became."""
    parsed, filters = criteria_query(criteria)
    if filters.official_id is not None:
        canonical = reads.canonical_official_id(session=session, official_id=filters.official_id)
        if canonical is not None and canonical != filters.official_id:
            filters = replace(filters, official_id=canonical)
    return parsed, filters


def queue_new_matches(session: Session, *, now: dt.datetime | None = None) -> int:
    """Queue, for every active follow, the published statements stored since it last looked that
    match it; returns the outbox rows added. The caller commits."""
    top = newest_statement_id(session)
    subs = session.exec(
        select(Subscription).where(Subscription.status == "active", col(Subscription.matched_through) < top)
    ).all()
    groups: dict[str, list[Subscription]] = defaultdict(list)
    for sub in subs:
        groups[json.dumps(sub.criteria, sort_keys=True)].append(sub)
    now = now or utcnow()
    rows: list[dict[str, Any]] = []
    for members in groups.values():
        low = min(max(s.since_statement_id, s.matched_through - LOOKBACK_IDS) for s in members)
        parsed, filters = follow_query(session, members[0].criteria)
        found = matching_ids(session, parsed, filters, low=low, high=top)
        for sub in members:
            rows.extend(
                {"subscription_id": sub.id, "statement_id": sid, "state": "pending", "next_attempt_at": now}
                for sid in found
                if sid > sub.since_statement_id
            )
    added = _insert_new(session, rows)
    if subs:
        session.execute(
            sa.update(Subscription)
            # Every active follow behind `top` was read above; one confirmed since starts at or past it.
            .where(col(Subscription.status) == "active", col(Subscription.matched_through) < top)
            .values(matched_through=top)
        )
    return added


def _insert_new(session: Session, rows: list[dict[str, Any]]) -> int:
    """Insert outbox rows, leaving out pairs already queued (by any process)."""
    insert = sqlite.insert if is_sqlite(session) else postgresql.insert
    statement = (
        insert(AlertDelivery)
        .on_conflict_do_nothing(index_elements=["subscription_id", "statement_id"])
        .returning(col(AlertDelivery.id))
    )
    added = 0
    for start in range(0, len(rows), _CHUNK):
        chunk = [{**row, "attempts": 0, "created_at": row["next_attempt_at"]} for row in rows[start : start + _CHUNK]]
        # One executemany (batched into multi-row INSERTs by SQLAlchemy); RETURNING counts what
        # went in, since the rowcount of such a batch is -1 under psycopg.
        added += len(session.execute(statement, chunk).all())
    return added
