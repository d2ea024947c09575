"""Full-text search over statements: FTS5 on SQLite, tsvector on PostgreSQL.

One function serves the page, the JSON API and the CLI: a parsed query (see query.py), filters,
a sort (relevance or date), keyset cursors that stay stable while rows are added, and facet
counts (facets.py). Every value reaches the SQL as a bound parameter; the SQL text itself is
assembled only from fixed fragments (here and in match.py).
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from operator import itemgetter
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from quotetrack.errors import QueryError
from quotetrack.kinds import SEARCH_SORTS, SearchSort
from quotetrack.models import StatementPublic
from quotetrack.store import cursors
from quotetrack.store.cache import memo, newest_statement_id
from quotetrack.store.cursors import Cursor
from quotetrack.store.db import is_sqlite
from quotetrack.store.facets import FacetValue, facet_counts
from quotetrack.store.filters import StatementFilter, check_date_range
from quotetrack.store.match import (
    filter_joins,
    match_sql,
    newest_first,
    pg_array,
    pg_common_stems,
    pg_common_words,
    pg_newest_matches,
    pg_stem_config,
    where_clauses,
)
from quotetrack.store.query import Atom, ParsedQuery, parse_query, to_fts5, to_pg_match
from quotetrack.store.reads import ExportRow, search_rows_by_ids
from quotetrack.store.window_score import window_scores, window_terms
from quotetrack.text.highlight import match_spans, matched_words, stems_of

# Counting and faceting stop after this many matches: a word in half a million statements
# must still answer fast. Results say when a count is a lower bound.
COUNT_CAP = 1_000
# Relevance ranks the newest RANK_WINDOW matches when there are more than COUNT_CAP: scoring
# costs grow with every match, and a word in 300,000 statements must still answer in tens of
# milliseconds. Sort by date reaches every match.
RANK_WINDOW = 500
# Claim matching retrieves by the words found in at most this many statements (see candidate_ids).
COMMON_CAP = 2_000


@dataclass(frozen=True, slots=True)
class SearchHit:
    statement: StatementPublic
    score: float  # larger is better, on both backends
    highlights: list[tuple[int, int]]  # character offsets of matched words in statement.text
    matched_words: list[str]
    cluster_id: int | None = None  # the same quote as other outlets reported it (corroborate.py)


@dataclass(frozen=True, slots=True)
class SearchResult:
    query: ParsedQuery
    total: int
    hits: list[SearchHit]
    total_is_lower_bound: bool = False
    next_cursor: str | None = None
    facets: dict[str, list[FacetValue]] = field(default_factory=dict)
    facets_sampled: bool = False
    ranked_newest: int | None = None  # set when relevance ranked only the newest this many matches

    @property
    def items(self) -> list[StatementPublic]:
        return [h.statement for h in self.hits]


# --- cursors (store.cursors) -----------------------------------------------------------------


def _fingerprint(q: str, flt: StatementFilter, sort: SearchSort) -> str:
    return cursors.fingerprint(q, sort, flt.params(), flt.include_hidden)


def _keyset(sort: SearchSort, score: str, cur: Cursor) -> tuple[str, dict[str, Any]]:
    if sort == "relevance":
        return f"({score} < :ck OR ({score} = :ck AND s.id < :ci))", {"ck": cur.number_key(), "ci": cur.last_id}
    # Undated statements come last in both date orders.
    after = ">" if sort == "oldest" else "<"
    day = cur.date_key()
    if day is None:
        return f"(s.date IS NULL AND s.id {after} :ci)", {"ci": cur.last_id}
    return (
        f"(s.date {after} :ck OR (s.date = :ck AND s.id {after} :ci) OR s.date IS NULL)",
        {"ck": day, "ci": cur.last_id},
    )


_ORDER = {"date": "s.date DESC NULLS LAST, s.id DESC", "oldest": "s.date ASC NULLS LAST, s.id ASC"}


# --- search ----------------------------------------------------------------------------------


def search_statements(
    *,
    session: Session,
    q: str,
    filters: StatementFilter = StatementFilter(),
    sort: SearchSort = "relevance",
    limit: int = 20,
    offset: int = 0,
    cursor: str | None = None,
    facets: bool = False,
    max_chars: int = 500,
    memoise: bool = True,
) -> SearchResult:
    """Statements matching `q` under `filters`, best (or newest, or oldest) first.

    An empty `q` with at least one filter lists the statements the filters leave, newest first
    unless `sort` is "oldest" (nothing to rank); an empty `q` without a filter is a QueryError.

    Pass the previous page's `next_cursor` for the next page; it is tied to this query, filters
    and sort, and statements stored after the first page wait for a new search. (Relevance on
    SQLite is bm25, which weighs words by corpus statistics: pages fetched while many statements
    are being stored can shift by a few places. The date order and PostgreSQL's ts_rank cannot.)
    Raises QueryError (HTTP 400) for a malformed query or cursor, or a date range backwards.
    Answers are memoised per data version: a popular query costs the index once until the next
    write (`memoise=False` for the pages of an export, which would only push popular answers out).
    """
    if sort not in SEARCH_SORTS:
        raise QueryError("sort must be 'relevance', 'date' or 'oldest'")
    check_date_range(filters)
    if q is None or not q.strip():
        if not filters.any():
            raise QueryError("empty query: type at least one word, or choose a filter (topic, region, dates…)")
        parsed = ParsedQuery(groups=())
        sort = "date" if sort == "relevance" else sort
    else:
        parsed = parse_query(q, max_chars=max_chars)
    if not memoise:
        return _search(session, q, parsed, filters, sort, limit, offset, cursor, facets)
    key = ("search", q, filters, sort, limit, offset, cursor, facets)
    return _results.get(session, key, lambda: _search(session, q, parsed, filters, sort, limit, offset, cursor, facets))


# Each answer holds twenty statements and the facets: some 50 KB, so 25 MB per worker at most.
_results = memo(512)
# Facet counts alone (some 2 KB each): 30-40 ms of a search page at 100,000 statements.
_facets = memo(1024)


def _search(
    session: Session,
    q: str,
    parsed: ParsedQuery,
    filters: StatementFilter,
    sort: SearchSort,
    limit: int,
    offset: int,
    cursor: str | None,
    facets: bool,
) -> SearchResult:
    fp = _fingerprint(q, filters, sort)
    cur = cursors.decode(cursor, of="search", query=fp) if cursor else None
    # The newest statement when the search began: later pages leave out what was stored since.
    snapshot = cur.snapshot if cur is not None and cur.snapshot is not None else newest_statement_id(session)
    if sort == "relevance" and not is_sqlite(session):
        total, window_start, rows = _ranked_newest(session, parsed, filters, cur, snapshot, limit, offset)
    else:
        total, window_start, rows = _page(session, parsed, filters, sort, cur, snapshot, limit, offset)
    more = len(rows) > limit
    rows = rows[:limit]
    found = search_rows_by_ids(session=session, ids=[r[0] for r in rows])
    scores = {r[0]: float(r[1] or 0.0) for r in rows}
    next_cursor = None
    if more and rows:
        last = rows[-1]
        key = float(last[1]) if sort == "relevance" else (_as_date(last[2]).isoformat() if last[2] else None)
        next_cursor = cursors.encode(
            Cursor(key=key, last_id=last[0], snapshot=snapshot, window_start=window_start), of="search", query=fp
        )

    prefixes = frozenset(w for g in parsed.groups for a in g if a.prefix for w in a.words)
    stems = stems_of(parsed.words)
    hits = []
    for stmt in found.statements:
        spans = match_spans(
            stmt.text,
            parsed.words,
            prefixes=prefixes,
            lang=stmt.article.language,
            stored_stems=found.stems.get(stmt.id),
            stems=stems,
        )
        hits.append(
            SearchHit(
                stmt, scores.get(stmt.id, 0.0), spans, matched_words(stmt.text, spans), found.clusters.get(stmt.id)
            )
        )
    result = SearchResult(
        query=parsed,
        total=min(total, COUNT_CAP),
        total_is_lower_bound=total > COUNT_CAP,
        hits=hits,
        next_cursor=next_cursor,
        ranked_newest=RANK_WINDOW if window_start is not None else None,
    )
    if facets:
        # One count per words and filters: every page and every sort of a search shares it.
        counts, sampled = _facets.get(
            session,
            ("facets", q, filters),
            lambda: facet_counts(session=session, parsed=parsed, filters=filters, many=total > COUNT_CAP),
        )
        result = SearchResult(**{**_fields(result), "facets": counts, "facets_sampled": sampled})
    return result


def _sql(session: Session) -> sa.Connection:
    """The session's connection, for plain SQL: the ORM's execute handles each row again (about
    1 ms of the 7 it takes to read the newest 1,001 matches at a million statements)."""
    return session.connection()


def _page(
    session: Session,
    parsed: ParsedQuery,
    filters: StatementFilter,
    sort: SearchSort,
    cur: Cursor | None,
    snapshot: int,
    limit: int,
    offset: int,
) -> tuple[int, int | None, Sequence[Any]]:
    """(matches up to COUNT_CAP + 1, window start, the page's rows and one more) by SQL:
    the count, then the window of the newest matches, then the page ranked or dated."""
    clauses, params = where_clauses(session, filters)
    joins = filter_joins(filters)
    where = " AND ".join(clauses)
    selective = filters.official_id is not None
    unscored = match_sql(session, parsed, scored=False, selective=selective)
    params.update(unscored.params)
    if unscored.where:
        where = f"{where} AND {unscored.where}"
    page_clauses = list(clauses)
    window_start = cur.window_start if cur else None
    wants_window = cur is None and sort == "relevance" and not selective
    if is_sqlite(session) and wants_window:
        # The newest COUNT_CAP + 1 matches give the count and where the window of the newest
        # RANK_WINDOW begins: one pass over the index where a count and then an OFFSET took two.
        # With their text and stems, which rank the window (_ranked_window) without reading it again.
        newest_ids = (
            _sql(session)
            .execute(
                sa.text(
                    f"SELECT s.id, s.date, s.text, s.stem FROM {unscored.source} {joins} WHERE {where} "
                    f"ORDER BY {newest_first(session, unscored)} LIMIT :cap"
                ),
                {**params, "cap": COUNT_CAP + 1},
            )
            .all()
        )
        total = len(newest_ids)
        if total > min(COUNT_CAP, RANK_WINDOW):
            window_start = newest_ids[RANK_WINDOW - 1][0]
            return total, window_start, _ranked_window(session, parsed, newest_ids[:RANK_WINDOW], None, limit, offset)
        wants_window = False
    elif is_sqlite(session):
        count_sql = f"SELECT count(*) FROM (SELECT 1 FROM {unscored.source} {joins} WHERE {where} LIMIT :cap) c"
        total = _sql(session).execute(sa.text(count_sql), {**params, "cap": COUNT_CAP + 1}).scalar_one()
        if not parsed.groups and total > COUNT_CAP:
            # Filters alone leaving many statements: walk the date index (see where_clauses).
            page_clauses, _ = where_clauses(session, filters, walk=True)
    else:
        # The newest COUNT_CAP + 1 matches, found in bounded steps: when that is all of them,
        # the page is picked among them instead of walking the date index past rows that do not match.
        newest = pg_newest_matches(session, unscored, clauses, joins, params, snapshot, COUNT_CAP + 1)
        total = len(newest)
        if total <= COUNT_CAP:
            page_clauses.append("s.id = ANY(CAST(:matched AS integer[]))")
            params["matched"] = pg_array(sid for sid, _ in newest)

    if wants_window and total > min(COUNT_CAP, RANK_WINDOW):
        newest_order = newest_first(session, unscored)
        window_start = session.execute(
            sa.text(
                f"SELECT s.id FROM {unscored.source} {joins} WHERE {where} ORDER BY {newest_order} LIMIT 1 OFFSET :nth"
            ),
            {**params, "nth": RANK_WINDOW - 1},
        ).scalar()
    if is_sqlite(session) and sort == "relevance" and window_start is not None and not selective and cur is not None:
        # A later page of a ranked window: the window's rows again, ranked the same way.
        windowed = match_sql(session, parsed, scored=False, windowed=True)
        rows = (
            _sql(session)
            .execute(
                sa.text(
                    f"SELECT s.id, s.date, s.text, s.stem FROM {windowed.source} {joins} "
                    f"WHERE {' AND '.join([*page_clauses, 's.id >= :window_start', 's.id <= :snapshot'])}"
                ),
                {**params, **windowed.params, "window_start": window_start, "snapshot": snapshot},
            )
            .all()
        )
        return total, window_start, _ranked_window(session, parsed, rows, cur, limit, offset)
    match = match_sql(
        session, parsed, scored=sort == "relevance", windowed=window_start is not None, selective=selective
    )
    params.update(match.params)  # on PostgreSQL the ranked query has parameters of its own
    if window_start is not None:
        params["window_start"] = window_start
        page_clauses.append("s.id >= :window_start")
    if match.where:
        page_clauses.append(match.where)
    if cur is not None:
        clause, extra = _keyset(sort, match.score, cur)
        page_clauses += [clause, "s.id <= :snapshot"]
        params.update(extra, snapshot=snapshot)
        offset = 0
    order = f"{match.score} DESC, s.id DESC" if sort == "relevance" else _ORDER[sort]
    ids_sql = (
        f"SELECT s.id, {match.score} AS score, s.date, s.stem FROM {match.source} {joins} "
        f"WHERE {' AND '.join(page_clauses)} ORDER BY {order} LIMIT :limit OFFSET :offset"
    )
    rows = _sql(session).execute(sa.text(ids_sql), {**params, "limit": limit + 1, "offset": offset}).all()
    return total, window_start, rows


def _ranked_window(
    session: Session, parsed: ParsedQuery, window: Sequence[Any], cur: Cursor | None, limit: int, offset: int
) -> list[tuple[int, float, Any, str]]:
    """_page's rows (id, score, date, stem) for a page of the window, from the window's rows (id,
    date, text, stem): ranked by the score of match.py's _WINDOW_SOURCE, counted in Python
    (window_score: 6-7 ms of highlight() became about 2.5 ms for 500 matches at a million
    statements) and by FTS5 for the statements it cannot tokenize; ordered and cut as that SQL."""
    terms = window_terms(parsed)
    counted = dict(
        zip(
            [row[0] for row in window],
            window_scores(terms, [(row[2], row[3]) for row in window]) if terms else [None] * len(window),
            strict=True,
        )
    )
    scores = {sid: score for sid, score in counted.items() if score is not None}
    if len(scores) < len(counted):
        # The window's SQL, from the oldest statement left: testing the rows one by one against
        # the index (the `selective` form) took 0.65 ms each, 330 ms for a window of 500.
        left = sorted(counted.keys() - scores.keys())
        by_fts5 = match_sql(session, parsed, scored=True, windowed=True)
        sql = sa.text(f"SELECT s.id, {by_fts5.score} FROM {by_fts5.source} WHERE s.id IN :ids")
        rows = _sql(session).execute(
            sql.bindparams(sa.bindparam("ids", expanding=True)),
            {**by_fts5.params, "window_start": left[0], "ids": left},
        )
        scores.update((sid, float(score or 0.0)) for sid, score in rows)
    # A statement edited since the window was read may no longer match: the SQL left it out too.
    ranked = sorted((row for row in window if row[0] in scores), key=lambda row: (-scores[row[0]], -row[0]))
    if cur is not None:
        key, last = cur.number_key(), cur.last_id
        ranked = [row for row in ranked if scores[row[0]] < key or (scores[row[0]] == key and row[0] < last)]
        offset = 0
    return [(row[0], scores[row[0]], row[1], row[3]) for row in ranked[offset : offset + limit + 1]]


def _ranked_newest(
    session: Session,
    parsed: ParsedQuery,
    filters: StatementFilter,
    cur: Cursor | None,
    snapshot: int,
    limit: int,
    offset: int,
) -> tuple[int, int | None, Sequence[Any]]:
    """_page for relevance on PostgreSQL, from the newest COUNT_CAP + 1 matches and their
    ts_rank (pg_newest_matches): the count, the window of the newest RANK_WINDOW matches (taken
    whenever there are more, with or without filters) and the ranked page all come from those
    rows. Three scans of a common word's matches, and three round trips, became one."""
    match = match_sql(session, parsed, scored=True)
    clauses, params = where_clauses(session, filters)
    newest = pg_newest_matches(
        session, match, clauses, filter_joins(filters), {**params, **match.params}, snapshot, COUNT_CAP + 1
    )
    total = len(newest)
    window_start = cur.window_start if cur is not None else None
    if cur is None and total > RANK_WINDOW:
        window_start = newest[RANK_WINDOW - 1][0]
    window = newest if window_start is None else [r for r in newest if r[0] >= window_start]
    if cur is not None:
        key = cur.number_key()
        window = [r for r in window if r[1] < key or (r[1] == key and r[0] < cur.last_id)]
        offset = 0
    # Best score first, newest first among equals: only the page and what comes before it are
    # ordered (sorting all 500 with a key took 0.8 ms of a cold PostgreSQL search).
    ranked = heapq.nlargest(offset + limit + 1, window, key=itemgetter(1, 0))
    # (The page's stems come with its statements: _search.)
    return total, window_start, [(sid, score, None, None) for sid, score in ranked[offset:]]


def iter_search_rows(
    *,
    session: Session,
    q: str,
    filters: StatementFilter = StatementFilter(),
    sort: SearchSort = "relevance",
    at_most: int = 10_000,
    page: int = 200,
) -> Iterator[ExportRow]:
    """The matches of a search as export rows, in the order of the results, page by page
    (cursors, so memory stays flat); at most `at_most` of them."""
    cursor: str | None = None
    left = at_most
    while left > 0:
        result = search_statements(
            session=session, q=q, filters=filters, sort=sort, limit=min(page, left), cursor=cursor, memoise=False
        )
        for stmt in result.items:
            yield export_row(stmt)
        left -= len(result.items)
        cursor = result.next_cursor
        if cursor is None or not result.items:
            return


def export_row(s: StatementPublic) -> ExportRow:
    """A statement as the flat row the CSV and JSONL writers take."""
    return ExportRow(
        id=s.id,
        date=s.date,
        speaker=s.official.name if s.official else None,
        official_id=s.official.id if s.official else None,
        role=s.held_role or s.role,
        region=s.held_region or s.region,
        acting=s.acting,
        kind=s.kind,
        text=s.text,
        topics=list(s.topics),
        cue=s.cue,
        confidence=s.confidence,
        status=s.status,
        outlet=s.article.outlet,
        title=s.article.title,
        author=s.article.author,
        url=s.article.url,
        published=s.article.published,
        article_id=s.article.id,
        start=s.start,
        end=s.end,
        corrected_at=s.corrected_at,
    )


def _fields(result: SearchResult) -> dict[str, Any]:
    return {name: getattr(result, name) for name in SearchResult.__dataclass_fields__}


def _as_date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def candidate_ids(
    *, session: Session, parsed: ParsedQuery, filters: StatementFilter = StatementFilter(), limit: int = 50
) -> list[tuple[int, float]]:
    """(statement id, index score 0..1) of statements that may be the source of an OR query of
    a claim's words: the first stage of claim matching, at most 2 x `limit` of them.

    Candidates are the statements holding every word of the claim as printed, in any order
    (score 1: a quote cut short or reordered), then the best matches of the words that single
    out few statements (bm25, scaled to 0..1). A word found by its stem in
    more than COMMON_CAP statements is used in its printed form only, and left out when that
    too is that common: ranking every match of an OR of common words costs seconds at a million
    statements and says little about which one is the source (the reranking still weighs every
    word). When no word is rare, the newest matches of any word are the candidates (score 0).
    """
    atoms = [atom for group in parsed.groups for atom in group]
    counts, printed = _stem_and_printed_counts(session, atoms)
    if not any(counts):
        return []
    rare = tuple(
        [atom for atom, n in zip(atoms, counts, strict=True) if 0 < n <= COMMON_CAP]
        + [
            replace(atom, exact=True)
            for atom, n, p in zip(atoms, counts, printed, strict=True)
            if n > COMMON_CAP and 0 < p <= COMMON_CAP
        ]
    )
    found: dict[int, float] = {}
    if all(counts):
        every = ParsedQuery(groups=tuple((replace(atom, exact=True),) for atom in atoms))
        found.update((sid, 1.0) for sid, _ in _matches(session, every, filters, scored=False, limit=limit))
    if rare:
        ranked = _matches(session, ParsedQuery(groups=(rare,)), filters, scored=True, limit=limit)
        best = max((score for _, score in ranked), default=0.0) or 1.0
        for sid, score in ranked:
            found.setdefault(sid, max(score, 0.0) / best)
    else:
        for sid, _ in _matches(session, parsed, filters, scored=False, limit=limit):
            found.setdefault(sid, 0.0)
    return list(found.items())


def _stem_and_printed_counts(session: Session, atoms: list[Atom]) -> tuple[list[int], list[int]]:
    """For each atom, its matches by stem (printed word or its stems) and as printed, each
    counted no further than COMMON_CAP + 1; a printed count is only needed where it decides.

    The printed form is counted first: a word printed in more than COMMON_CAP statements is
    found by its stems in as many (the stem query includes the printed word), so its stem count
    is not needed. Counting stops at COMMON_CAP + 1 matches, but on PostgreSQL each match is a
    row read from the table (to see that it is visible): a common word costs two thousand rows,
    and was counted twice when the stems were counted first. On PostgreSQL a word the planner's
    statistics put in twice COMMON_CAP statements or more is not counted at all (see
    pg_common_words): 10 of the 18 content words of a claim at a million statements; nor, by
    its stems, a word whose stem they put there (pg_common_stems)."""
    exact = [replace(atom, exact=True) for atom in atoms]
    single = [atom.words[0] for atom in exact if len(atom.words) == 1 and not atom.prefix]
    known = set() if is_sqlite(session) else pg_common_words(session, single, at_least=2 * COMMON_CAP)
    common = [len(atom.words) == 1 and not atom.prefix and atom.words[0] in known for atom in exact]
    counted = iter(
        atom_counts(session=session, atoms=[a for a, c in zip(exact, common, strict=True) if not c], cap=COMMON_CAP)
    )
    printed = [COMMON_CAP + 1 if c else next(counted) for c in common]
    # Atoms typed with a capital are exact already: their printed count is the stem count.
    ask = [i for i, (atom, p) in enumerate(zip(atoms, printed, strict=True)) if p <= COMMON_CAP and not atom.exact]
    # A word printed rarely may have a common stem (petelitinya, telit in 9% of statements): on
    # PostgreSQL the statistics of the stems' index tell those too, where counting them read
    # 2,001 rows each (90% of a claim's buffers once the printed words were told).
    stems = (
        set()
        if is_sqlite(session)
        else pg_common_stems(
            session,
            [form[0] for i in ask if not atoms[i].prefix for form in atoms[i].stems if len(form) == 1],
            at_least=2 * COMMON_CAP,
        )
    )
    told = [i for i in ask if not atoms[i].prefix and any(len(f) == 1 and f[0] in stems for f in atoms[i].stems)]
    ask = [i for i in ask if i not in told]
    by_stem = dict(zip(ask, atom_counts(session=session, atoms=[atoms[i] for i in ask], cap=COMMON_CAP), strict=True))
    by_stem.update((i, COMMON_CAP + 1) for i in told)
    counts = [by_stem.get(i, p) for i, p in enumerate(printed)]
    return counts, printed


def _matches(
    session: Session, parsed: ParsedQuery, filters: StatementFilter, *, scored: bool, limit: int
) -> list[tuple[int, float]]:
    """The best `limit` matches by index score (bm25 / ts_rank), or the newest unscored."""
    selective = filters.official_id is not None
    match = match_sql(session, parsed, scored=scored, selective=selective)
    clauses, params = where_clauses(session, filters)
    if match.where:
        clauses.append(match.where)
    order = f"{match.score} DESC, s.id DESC" if scored else newest_first(session, match)
    sql = (
        f"SELECT s.id, {match.score} FROM {match.source} {filter_joins(filters)} WHERE {' AND '.join(clauses)} "
        f"ORDER BY {order} LIMIT :limit"
    )
    rows = session.execute(sa.text(sql), {**params, **match.params, "limit": limit})
    return [(row[0], float(row[1] or 0.0)) for row in rows]


def atom_counts(*, session: Session, atoms: list[Atom], cap: int) -> list[int]:
    """How many statements each atom matches, counting no further than cap + 1 (one query)."""
    if not atoms:
        return []
    params: dict[str, Any] = {"cap": cap + 1}
    parts = []
    for i, atom in enumerate(atoms):
        one = ParsedQuery(groups=((atom,),))
        if is_sqlite(session):
            params[f"q{i}"] = to_fts5(one)
            inner = f"SELECT 1 FROM statement_fts WHERE statement_fts MATCH :q{i} LIMIT :cap"
        else:
            pg = to_pg_match(one, stem_config=pg_stem_config(session), key=f"a{i}_")
            params.update(pg.params)
            inner = f"SELECT 1 FROM statement s WHERE {pg.sql} LIMIT :cap"
        parts.append(f"(SELECT count(*) FROM ({inner}) c{i})")
    row = session.execute(sa.text("SELECT " + ", ".join(parts)), params).one()
    return [int(n) for n in row]
