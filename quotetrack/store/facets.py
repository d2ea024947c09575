"""Facet counts of a search: matches per official, role, region, province, topic, outlet,
language and kind, over the newest FACET_CAP matches."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from quotetrack.store.cache import newest_statement_id
from quotetrack.store.db import is_sqlite
from quotetrack.store.filters import StatementFilter
from quotetrack.store.match import (
    FIRST_SPAN,
    SET_FILTERS,
    SqlMatch,
    filter_joins,
    match_sql,
    newest_first,
    pg_array,
    pg_estimate,
    pg_newest_rows,
    pg_plan_settings,
    pg_span_select,
    pg_text_array,
    where_clauses,
)
from quotetrack.store.query import ParsedQuery

# Faceting stops after this many matches: a word in half a million statements must still answer
# fast. Results say when the facets were counted over a sample.
FACET_CAP = 3_000
FACET_SIZE = 10


@dataclass(frozen=True, slots=True)
class FacetValue:
    value: str
    label: str
    count: int


# Each facet counts the matched rows, first grouped by the key stored on the statement (the
# official, the membership, the article); each distinct key is then looked up once for all the
# facets it serves (a membership gives role, region and province): joining every matched row
# to its membership and area cost four times as much.
_KEYS = {
    "by_official": "SELECT official_id AS k, count(*) AS n FROM hits WHERE official_id IS NOT NULL GROUP BY 1",
    "by_membership": "SELECT membership_id AS k, count(*) AS n FROM hits WHERE membership_id IS NOT NULL GROUP BY 1",
    "by_article": "SELECT article_id AS k, count(*) AS n FROM hits GROUP BY 1",
    "posts": (
        "SELECT mb.role, ar.name AS region, "
        # The province above the area, or the area when it is one; a regency whose province is
        # unknown (no region table imported) has none, rather than being listed as a province.
        "COALESCE(pr.name, CASE WHEN ar.level = 'provinsi' THEN ar.name END) AS province, b.n FROM by_membership b "
        "JOIN membership mb ON mb.id = b.k LEFT JOIN area ar ON ar.id = mb.area_id "
        "LEFT JOIN area pr ON pr.id = ar.parent_id"
    ),
    "sources": "SELECT a.outlet, a.language, b.n FROM by_article b JOIN article a ON a.id = b.k",
}
# PostgreSQL: each table's rows for all the distinct keys in one bitmap scan (= ANY of the keys),
# then joined to their counts: looked up one by one (2,900 memberships and 2,800 articles for a
# common word), the 5,700 index probes were 20,000 of the 24,000 buffers of a call and 13 ms.
# Posts are summed per role and area before the areas are joined (561 rows, not 2,885).
_PG_KEYS = {
    **{name: sql for name, sql in _KEYS.items() if name not in ("posts", "sources")},
    "post_keys": (
        "SELECT mb.role, mb.area_id, sum(b.n) AS n FROM by_membership b "
        "JOIN (SELECT * FROM membership WHERE id = ANY(ARRAY(SELECT k FROM by_membership))) mb ON mb.id = b.k "
        "GROUP BY mb.role, mb.area_id"
    ),
    "posts": (
        "SELECT b.role, ar.name AS region, "
        "COALESCE(pr.name, CASE WHEN ar.level = 'provinsi' THEN ar.name END) AS province, b.n FROM post_keys b "
        "LEFT JOIN area ar ON ar.id = b.area_id LEFT JOIN area pr ON pr.id = ar.parent_id"
    ),
    "sources": (
        "SELECT a.outlet, a.language, sum(b.n) AS n FROM by_article b "
        "JOIN (SELECT * FROM article WHERE id = ANY(ARRAY(SELECT k FROM by_article))) a ON a.id = b.k "
        "GROUP BY a.outlet, a.language"
    ),
}
# Officials: only the ten largest groups are looked up (ties at the tenth place go by id).
_TOP_OFFICIALS = f"(SELECT k, n FROM by_official ORDER BY n DESC, k LIMIT {FACET_SIZE}) b JOIN official o ON o.id = b.k"
_FACETS: dict[str, tuple[str, str, str]] = {
    # name: (value expression, label expression, FROM clause giving a count n per row)
    "official": ("CAST(o.id AS TEXT)", "o.name", _TOP_OFFICIALS),
    "role": ("b.role", "b.role", "posts b"),
    "region": ("b.region", "b.region", "posts b"),
    "province": ("b.province", "b.province", "posts b"),
    "topic": (
        "t.slug",
        "t.slug",
        "(SELECT st.topic_id, 1 AS n FROM hits h JOIN statementtopic st ON st.statement_id = h.id) b "
        "JOIN topic t ON t.id = b.topic_id",
    ),
    "outlet": ("b.outlet", "b.outlet", "sources b"),
    "language": ("b.language", "b.language", "sources b"),
    "kind": ("b.kind", "b.kind", "(SELECT kind, 1 AS n FROM hits) b"),
}
FACET_NAMES = tuple(_FACETS)
# PostgreSQL, in the statement that reads the matches: officials and topics by one bitmap scan
# of = ANY(keys) too (see _PG_KEYS).
_PG_TOP = f"SELECT k, n FROM by_official ORDER BY n DESC, k LIMIT {FACET_SIZE}"
_PG_FACETS = {
    **_FACETS,
    "official": (
        "CAST(o.id AS TEXT)",
        "o.name",
        f"({_PG_TOP}) b JOIN (SELECT id, name FROM official WHERE id = ANY(ARRAY(SELECT k FROM ({_PG_TOP}) t))) o "
        "ON o.id = b.k",
    ),
    "topic": (
        "t.slug",
        "t.slug",
        "(SELECT st.topic_id, 1 AS n FROM hits h JOIN (SELECT statement_id, topic_id FROM statementtopic "
        "WHERE statement_id = ANY(ARRAY(SELECT id FROM hits))) st ON st.statement_id = h.id) b "
        "JOIN topic t ON t.id = b.topic_id",
    ),
}
# What the facets read of each matched statement (besides its id).
_HIT_COLUMNS = "s.official_id, s.membership_id, s.article_id, s.kind"


def facet_counts(
    *, session: Session, parsed: ParsedQuery, filters: StatementFilter = StatementFilter(), many: bool = False
) -> tuple[dict[str, list[FacetValue]], bool]:
    """Counts per official, role, region, province, topic, outlet, language and kind.

    Counted over the newest FACET_CAP matches; the flag says whether there were more. `many`
    when filters without words are known to leave more than that: the newest are then found by
    walking the statements newest first (see where_clauses).
    """
    match = match_sql(session, parsed, scored=False, selective=filters.official_id is not None)
    clauses, params = where_clauses(session, filters, walk=many and not parsed.groups)
    params.update(match.params)
    if parsed.groups and not is_sqlite(session):
        # Filters that join a table or test a set (outlet, topic, region...) keep the spans' rows
        # in hand, counted as before: the one statement runs under hash joins only, which would
        # read their tables whole.
        joins = filter_joins(filters)
        sets = bool(joins) or any(getattr(filters, name) for name in SET_FILTERS)
        return _pg_facet_counts(session, match, clauses, joins, params, one_statement=not sets)
    if match.where:
        clauses.append(match.where)
    hits = (
        f"SELECT s.id, {_HIT_COLUMNS} FROM {match.source} {filter_joins(filters)} WHERE {' AND '.join(clauses)} "
        f"ORDER BY {newest_first(session, match)} LIMIT :cap"
    )
    return _read(session.execute(sa.text(_facet_sql(hits, _KEYS)), {**params, "cap": FACET_CAP + 1}))


def _pg_facet_counts(
    session: Session, match: SqlMatch, clauses: list[str], joins: str, params: dict[str, Any], *, one_statement: bool
) -> tuple[dict[str, list[FacetValue]], bool]:
    """facet_counts on PostgreSQL: the newest matches in bounded steps, as the ranked search finds
    them; in one query the planner walked the newest statements testing each (280,000 rows for a
    word in 1% of a million) or read every match."""
    top = newest_statement_id(session)
    # The first span sized for FACET_CAP matches at the density the planner expects, and read
    # through the GIN index, not walked: each span reads the words' whole GIN entries again
    # (65,000 of them for a stem in 6% of a million statements, 10 ms), and two spans of
    # 32,768 were the rule for common words; walking a span that holds about FACET_CAP
    # matches tests most of its statements (49,000 rows, 163 ms).
    expected = pg_estimate(session, match, params) / max(top, 1)
    first = int(min(max(1.5 * (FACET_CAP + 1) / max(expected, 1e-9), FIRST_SPAN), 16 * FIRST_SPAN))
    low = max(top - first, 0)
    rows: list[Any] = []
    if one_statement and match.pairs is None:
        # The first span and the counts in one statement, the matches never leaving the server:
        # it holds the newest FACET_CAP + 1 matches for 57 of the bench's 60 common words.
        # Fetching its 3,001 rows and sending them back as five arrays took some 10 ms of a
        # 74 ms call (p50, load 3). When the span holds fewer, it hands them over as JSON and
        # counts nothing.
        span = pg_span_select(match, clauses, joins, columns=_HIT_COLUMNS) + " ORDER BY s.id DESC LIMIT :cap"
        bounds = {**params, "low": low, "high": top, "cap": FACET_CAP + 1}
        # Bitmap scans only, as pg_newest_rows reads its spans, and hash joins only: every
        # lookup below is one bitmap scan of = ANY(keys), whose ten rows the planner guesses
        # (2,000 to 3,000 here); with nested loops it looked up each area of 2,108 posts, and
        # each statement's topics, one bitmap probe at a time (12,000 buffers each).
        with pg_plan_settings(session, enable_indexscan="off", enable_nestloop="off"):
            answer = session.execute(sa.text(_facet_sql(span, _PG_KEYS, gated=True, facets=_PG_FACETS)), bounds).all()
        held = next((json.loads(value or "[]") for facet, value, _, _ in answer if facet == "hits"), None)
        if held is None:
            return _read(answer)
        if low == 0:  # unreachable: the gate lets a span reaching back to the first statement count
            raise AssertionError("facets: every match in hand but not counted")
        rows = [tuple(row) for row in held]
        # The rest as pg_newest_rows would have read it after this span: at the density seen,
        # with half again to spare.
        wanted = FACET_CAP + 1 - len(rows)
        top, first = low, (int(max(wanted * (top - low) / len(rows) * 1.5, FIRST_SPAN)) if rows else low)
    rows += pg_newest_rows(
        session,
        match,
        clauses,
        joins,
        params,
        top,
        FACET_CAP + 1 - len(rows),
        columns=_HIT_COLUMNS,
        first_span=first,
        walk=False,
    )
    return _read(session.execute(sa.text(_facet_sql(*_hits_in_hand(rows, params))), params))


def _hits_in_hand(rows: list[Any], params: dict[str, Any]) -> tuple[str, dict[str, str]]:
    """The hits SQL and keys over rows (id, official_id, membership_id, article_id, kind) read
    here, passed back as arrays (params gets them)."""
    for i, name in enumerate(("id", "official_id", "membership_id", "article_id")):
        params[f"h_{name}"] = pg_array(row[i] for row in rows)
    params["h_kind"] = pg_text_array(row[4] for row in rows)
    hits = (
        "SELECT * FROM unnest(CAST(:h_id AS integer[]), CAST(:h_official_id AS integer[]), "
        "CAST(:h_membership_id AS integer[]), CAST(:h_article_id AS integer[]), CAST(:h_kind AS text[])) "
        "AS h(id, official_id, membership_id, article_id, kind)"
    )
    # Each key counted here, and handed over as (key, count) arrays whose length the planner
    # sees. Grouped in SQL, it guessed 200 distinct memberships and articles where there were
    # 2,900 and looked each one up.
    keys = dict(_KEYS)
    for key, column in (("by_official", 1), ("by_membership", 2), ("by_article", 3)):
        counted = Counter(row[column] for row in rows if row[column] is not None)
        params[f"{key}_k"], params[f"{key}_n"] = pg_array(counted), pg_array(counted.values())
        keys[key] = f"SELECT * FROM unnest(CAST(:{key}_k AS integer[]), CAST(:{key}_n AS bigint[])) AS b(k, n)"
    return hits, keys


def _facet_sql(
    hits: str, keys: dict[str, str], *, gated: bool = False, facets: dict[str, tuple[str, str, str]] = _FACETS
) -> str:
    """Every facet of the rows `hits` selects, as rows (facet, value, label, n), and ('total', '',
    '', matched). `gated` (PostgreSQL, hits one span of ids in (:low, :high]): the facets only
    when the span holds more than :cap - 1 matches or reaches the first statement; otherwise a
    row ('hits', the rows as JSON) for the caller to read the older spans."""
    where = " AND (SELECT whole FROM n)" if gated else ""
    branches = [
        f"SELECT * FROM (SELECT '{name}' AS facet, {value} AS value, {label} AS label, sum(b.n) AS n "
        f"FROM {source} WHERE {value} IS NOT NULL{where} GROUP BY {value}, {label} "
        f"ORDER BY n DESC, value LIMIT {FACET_SIZE}) f_{name}"
        for name, (value, label, source) in facets.items()
    ]
    ctes = ", ".join(
        f"{name} AS MATERIALIZED ({sql})" if name in ("post_keys", "posts", "sources") else f"{name} AS ({sql})"
        for name, sql in keys.items()
    )
    if gated:
        whole = "count(*) >= :cap OR :low = 0"
        branches.append(
            "SELECT 'hits', CAST(json_agg(json_build_array(id, official_id, membership_id, article_id, kind)) "
            "AS text), '', 0 FROM hits HAVING NOT (SELECT whole FROM n)"
        )
    else:
        whole = "true"
    return (
        f"WITH hits AS MATERIALIZED ({hits}), {ctes}, n AS (SELECT count(*) AS n, {whole} AS whole FROM hits) "
        + " UNION ALL ".join(branches + ["SELECT 'total', '', '', n FROM n"])
    )


def _read(answer: Iterable[Any]) -> tuple[dict[str, list[FacetValue]], bool]:
    out: dict[str, list[FacetValue]] = {name: [] for name in _FACETS}
    matched = 0
    for facet, value, label, n in answer:
        if facet == "total":
            matched = n
        elif facet != "hits":
            out[facet].append(FacetValue(value=str(value), label=str(label), count=int(n)))
    for values in out.values():
        values.sort(key=lambda v: (-v.count, v.label))
    return out, matched > FACET_CAP
