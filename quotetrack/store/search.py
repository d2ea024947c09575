"""Full-text search over statements: FTS5 on SQLite, tsvector on PostgreSQL.

One function serves the page, the JSON API and the CLI: a parsed query (see query.py), filters,
a sort (relevance or date), keyset cursors that stay stable while rows are added, and facet
counts. Every value reaches the SQL as a bound parameter; the SQL text itself is assembled
only from the fixed fragments below.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
from dataclasses import asdict, dataclass, field, replace
from typing import Any, Literal

import sqlalchemy as sa
from sqlmodel import Session

from quotetrack.errors import QueryError
from quotetrack.models import StatementPublic
from quotetrack.search.highlight import match_spans, matched_words
from quotetrack.store.cache import memo
from quotetrack.store.db import is_sqlite
from quotetrack.store.query import Atom, ParsedQuery, parse_query, to_fts5, to_pg_query
from quotetrack.store.reads import statements_by_ids

Sort = Literal["relevance", "date"]
# Counting and faceting stop after this many matches: a word in half a million statements
# must still answer fast. Results say when a count is a lower bound.
COUNT_CAP = 1_000
FACET_CAP = 3_000
# Relevance ranks the newest RANK_WINDOW matches when there are more than COUNT_CAP: scoring
# costs grow with every match, and a word in 300,000 statements must still answer in tens of
# milliseconds. Sort by date reaches every match.
RANK_WINDOW = 500
# Claim matching retrieves by the words found in at most this many statements (see candidate_ids).
COMMON_CAP = 2_000
FACET_SIZE = 10
# bm25 column weights (text, stem): the printed word outranks a match by stem only.
_BM25 = "bm25(statement_fts, 4.0, 1.0)"


@dataclass(frozen=True, slots=True)
class SearchFilters:
    official_id: int | None = None
    role: str | None = None  # the post held (registry membership), e.g. "Bupati"
    region: str | None = None  # the area of that post
    province: str | None = None  # the province of that area (or the area itself)
    topic: str | None = None  # a topic slug; its child topics count too
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    outlet: str | None = None
    language: str | None = None
    kind: str | None = None  # direct | indirect


@dataclass(frozen=True, slots=True)
class SearchHit:
    statement: StatementPublic
    score: float  # larger is better, on both backends
    highlights: list[tuple[int, int]]  # character offsets of matched words in statement.text
    matched_words: list[str]


@dataclass(frozen=True, slots=True)
class FacetValue:
    value: str
    label: str
    count: int


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


def pg_stem_config(session: Session) -> str:
    """The configuration migration 0004 built the stems of tsv with: 'indonesian' when the
    server has it (it does from PostgreSQL 12 on), else 'simple'. Checked once per database."""
    bind = session.get_bind()
    key = bind.url.render_as_string(hide_password=True) if hasattr(bind, "url") else ""
    if key not in _STEM_CONFIGS:
        found = session.execute(sa.text("SELECT 1 FROM pg_ts_config WHERE cfgname = 'indonesian'")).first()
        _STEM_CONFIGS[key] = "indonesian" if found else "simple"
    return _STEM_CONFIGS[key]


_STEM_CONFIGS: dict[str, str] = {}


@dataclass(frozen=True, slots=True)
class _Sql:
    """The matching part of a search: FROM clause, score expression and parameters."""

    source: str
    score: str  # larger is better
    params: dict[str, Any]
    where: str | None = None  # a condition the source needs in WHERE


# Within the window, a bm25 without its inverse document frequency: how many times the query
# matched the printed text (weight 4) and the stems (weight 1), read from FTS5's highlight()
# markers, saturated and normalised by length as bm25 does (k1 1.2, b 0.75, 200 characters
# taken as the average statement). bm25's idf needs every match of every phrase in the query
# (FTS5 runs each over the whole index): 30-500 ms for common words at a million statements,
# and once per row when rows are tested one by one, while every row of a window of the newest
# matches shares those words anyway.
_TF = (
    "(4 * (length(highlight(statement_fts, 0, char(1), '')) - length(statement_fts.text)) "
    "+ length(highlight(statement_fts, 1, char(1), '')) - length(statement_fts.stem))"
)
_TF_SCORE = f"({_TF} * 2.2 / ({_TF} + 1.2 * (0.25 + 0.75 * length(statement_fts.text) / 200.0)))"


def _match_sql(
    session: Session, parsed: ParsedQuery, *, scored: bool = True, windowed: bool = False, selective: bool = False
) -> _Sql:
    """`scored=False` when no ranking is needed (counts, facets, date order): bm25 costs more
    than finding the matches. `windowed` keeps statement ids from :window_start on.
    `selective` when a filter (one official) leaves few statements: they are walked by index
    and each is tested against the index, instead of walking every match of a common word."""
    if is_sqlite(session):
        params = {"q": to_fts5(parsed)}
        if selective:
            test = "FROM statement_fts WHERE statement_fts MATCH :q AND statement_fts.rowid = s.id"
            return _Sql(
                source="statement s",
                score=f"(SELECT {_TF_SCORE} {test})" if scored else "0.0",
                params=params,
                where=f"EXISTS (SELECT 1 {test})",
            )
        if not scored:
            score = "0.0"
        elif windowed:
            score = _TF_SCORE
        else:
            score = f"-{_BM25}"
        window = " AND rowid >= :window_start" if windowed else ""
        return _Sql(
            source=(
                f"(SELECT rowid AS id, {score} AS score FROM statement_fts WHERE statement_fts MATCH :q{window}) m "
                "JOIN statement s ON s.id = m.id"
            ),
            score="m.score",
            params=params,
        )
    pg = to_pg_query(parsed, stem_config=pg_stem_config(session))
    return _Sql(
        source=f"statement s CROSS JOIN LATERAL (SELECT {pg.sql} AS tsq) m",
        score="ts_rank(s.tsv, m.tsq)::float8" if scored else "0.0::float8",
        params=pg.params,
    )


def _newest_first(session: Session, match: _Sql) -> str:
    """ORDER BY for the newest matches: FTS5 walks its index newest first when ordered by its own
    rowid (m.id), not by s.id; the selective path and PostgreSQL order the statements."""
    return "m.id DESC" if is_sqlite(session) and not match.where else "s.id DESC"


_ARTICLE_JOIN = "JOIN article a ON a.id = s.article_id"


def _joins(flt: SearchFilters) -> str:
    """Only the joins the filters need: most searches touch statement and the index alone."""
    return _ARTICLE_JOIN if flt.outlet or flt.language else ""


# The post filters mean what they mean on the statement lists (reads.StatementFilter): a region
# by code or name takes in the areas directly below it; a role matches part of the post's name.
_AREA = "(SELECT id FROM area WHERE code = :region OR lower(name) = :region_folded)"
_FILTERS = {
    "official_id": "s.official_id = :official_id",
    "kind": "s.kind = :kind",
    "date_from": "s.date >= :date_from",
    "date_to": "s.date <= :date_to",
    "outlet": "a.outlet = :outlet",
    "language": "a.language = :language",
    "role": "s.membership_id IN (SELECT id FROM membership WHERE lower(role) LIKE :role ESCAPE '\\')",
    "region": (
        "s.membership_id IN (SELECT id FROM membership WHERE area_id IN "
        f"(SELECT id FROM area WHERE id IN {_AREA} OR parent_id IN {_AREA}))"
    ),
    "province": (
        "s.membership_id IN (SELECT mb.id FROM membership mb JOIN area ar ON ar.id = mb.area_id "
        "LEFT JOIN area pr ON pr.id = ar.parent_id "
        "WHERE lower(pr.name) = :province OR (ar.level = 'provinsi' AND lower(ar.name) = :province))"
    ),
    "topic": (
        "s.id IN (SELECT st.statement_id FROM statementtopic st JOIN topic t ON t.id = st.topic_id "
        "WHERE t.slug = :topic OR t.parent_id IN (SELECT id FROM topic WHERE slug = :topic))"
    ),
}


def _like(text: str) -> str:
    return "%" + text.casefold().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _where(session: Session, flt: SearchFilters) -> tuple[list[str], dict[str, Any]]:
    clauses = ["s.status = 'published'"]
    if not is_sqlite(session):
        clauses.append("s.tsv @@ m.tsq")
    params: dict[str, Any] = {}
    for name, clause in _FILTERS.items():
        value = getattr(flt, name)
        if value is None or value == "":
            continue
        clauses.append(clause)
        if name == "role":
            value = _like(value)
        elif name == "province":
            value = value.strip().casefold()
        elif name == "region":
            value = value.strip()
            params["region_folded"] = value.casefold()
        params[name] = value
    return clauses, params


# --- cursors ---------------------------------------------------------------------------------


def _fingerprint(q: str, flt: SearchFilters, sort: Sort) -> str:
    raw = json.dumps([q, sort, asdict(flt)], default=str, sort_keys=True)
    return hashlib.sha256(raw.encode()).hexdigest()[:12]


@dataclass(frozen=True, slots=True)
class _Cursor:
    """Where the previous page ended, and the newest statement id when the search began:
    statements stored while someone pages through are left for the next search."""

    key: Any
    last_id: int
    snapshot: int
    window_start: int | None = None


def _encode_cursor(fp: str, cur: _Cursor) -> str:
    raw = json.dumps({"f": fp, "k": cur.key, "i": cur.last_id, "m": cur.snapshot, "w": cur.window_start},
                     separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def _decode_cursor(cursor: str, fp: str) -> _Cursor:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        data = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")))
        if not isinstance(data, dict):
            raise TypeError("a cursor is a JSON object")
        window = data.get("w")
        found = _Cursor(key=data["k"], last_id=int(data["i"]), snapshot=int(data["m"]),
                        window_start=None if window is None else int(window))
        fingerprint = data["f"]
    except (ValueError, KeyError, TypeError, UnicodeError, binascii.Error) as exc:
        raise QueryError("invalid cursor: use the next_cursor value of a previous page") from exc
    if fingerprint != fp:
        raise QueryError("this cursor belongs to another search: start again from the first page")
    return found


def _score_key(key: Any) -> float:
    if not isinstance(key, int | float) or isinstance(key, bool):
        raise QueryError("invalid cursor: use the next_cursor value of a previous page")
    return float(key)


def _keyset(sort: Sort, score: str, key: Any, last_id: int) -> tuple[str, dict[str, Any]]:
    if sort == "relevance":
        return f"({score} < :ck OR ({score} = :ck AND s.id < :ci))", {"ck": _score_key(key), "ci": last_id}
    if key is None:
        return "(s.date IS NULL AND s.id < :ci)", {"ci": last_id}
    try:
        day = dt.date.fromisoformat(key)
    except (TypeError, ValueError) as exc:
        raise QueryError("invalid cursor: use the next_cursor value of a previous page") from exc
    return "(s.date < :ck OR (s.date = :ck AND s.id < :ci) OR s.date IS NULL)", {"ck": day, "ci": last_id}


# --- search ----------------------------------------------------------------------------------


def search_statements(
    *,
    session: Session,
    q: str,
    filters: SearchFilters = SearchFilters(),
    sort: Sort = "relevance",
    limit: int = 20,
    offset: int = 0,
    cursor: str | None = None,
    facets: bool = False,
    max_chars: int = 500,
) -> SearchResult:
    """Statements matching `q` under `filters`, best (or newest) first.

    Pass the previous page's `next_cursor` for the next page; it is tied to this query, filters
    and sort, and statements stored after the first page wait for a new search. (Relevance on
    SQLite is bm25, which weighs words by corpus statistics: pages fetched while many statements
    are being stored can shift by a few places. The date order and PostgreSQL's ts_rank cannot.)
    Raises QueryError (HTTP 400) for a malformed query or cursor. Answers are memoised per data
    version: a popular query costs the index once until the next write.
    """
    if sort not in ("relevance", "date"):
        raise QueryError("sort must be 'relevance' or 'date'")
    parsed = parse_query(q, max_chars=max_chars)
    key = ("search", q, filters, sort, limit, offset, cursor, facets)
    return _results.get(session, key, lambda: _search(session, q, parsed, filters, sort, limit, offset, cursor, facets))


# Each answer holds twenty statements and the facets: some 50 KB, so 25 MB per worker at most.
_results = memo(512)


def _search(
    session: Session, q: str, parsed: ParsedQuery, filters: SearchFilters, sort: Sort, limit: int, offset: int,
    cursor: str | None, facets: bool,
) -> SearchResult:
    fp = _fingerprint(q, filters, sort)
    cur = _decode_cursor(cursor, fp) if cursor else None
    if sort == "relevance" and not is_sqlite(session):
        total, window_start, snapshot, rows = _ranked_newest(session, parsed, filters, cur, limit, offset)
    else:
        total, window_start, snapshot, rows = _page(session, parsed, filters, sort, cur, limit, offset)
    more = len(rows) > limit
    rows = rows[:limit]
    statements = statements_by_ids(session=session, ids=[r[0] for r in rows])
    scores = {r[0]: float(r[1] or 0.0) for r in rows}
    stored_stems = {r[0]: r[3] for r in rows}
    next_cursor = None
    if more and rows:
        last = rows[-1]
        key = float(last[1]) if sort == "relevance" else (_as_date(last[2]).isoformat() if last[2] else None)
        next_cursor = _encode_cursor(
            fp, _Cursor(key=key, last_id=last[0], snapshot=snapshot, window_start=window_start)
        )

    prefixes = frozenset(w for g in parsed.groups for a in g if a.prefix for w in a.words)
    hits = []
    for stmt in statements:
        spans = match_spans(stmt.text, parsed.words, prefixes=prefixes, lang=stmt.article.language,
                            stored_stems=stored_stems.get(stmt.id))
        hits.append(SearchHit(stmt, scores.get(stmt.id, 0.0), spans, matched_words(stmt.text, spans)))
    result = SearchResult(
        query=parsed,
        total=min(total, COUNT_CAP),
        total_is_lower_bound=total > COUNT_CAP,
        hits=hits,
        next_cursor=next_cursor,
        ranked_newest=RANK_WINDOW if window_start is not None else None,
    )
    if facets:
        counts, sampled = facet_counts(session=session, parsed=parsed, filters=filters)
        result = SearchResult(**{**_fields(result), "facets": counts, "facets_sampled": sampled})
    return result


def _page(
    session: Session, parsed: ParsedQuery, filters: SearchFilters, sort: Sort, cur: _Cursor | None, limit: int,
    offset: int,
) -> tuple[int, int | None, int, list[Any]]:
    """(matches up to COUNT_CAP + 1, window start, snapshot, the page's rows and one more) by SQL:
    the count, then the window of the newest matches, then the page ranked or dated."""
    clauses, params = _where(session, filters)
    joins = _joins(filters)
    where = " AND ".join(clauses)
    selective = filters.official_id is not None
    unscored = _match_sql(session, parsed, scored=False, selective=selective)
    params.update(unscored.params)
    if unscored.where:
        where = f"{where} AND {unscored.where}"
    snapshot = cur.snapshot if cur is not None else session.execute(_TOP).scalar_one()
    page_clauses = list(clauses)
    if is_sqlite(session):
        count_sql = f"SELECT count(*) FROM (SELECT 1 FROM {unscored.source} {joins} WHERE {where} LIMIT :cap) c"
        total = session.execute(sa.text(count_sql), {**params, "cap": COUNT_CAP + 1}).scalar_one()
    else:
        # The newest COUNT_CAP + 1 matches, found in bounded steps: when that is all of them,
        # the page is picked among them instead of walking the date index past rows that do not match.
        newest = _pg_newest_matches(session, unscored, clauses, joins, params, snapshot, COUNT_CAP + 1)
        total = len(newest)
        if total <= COUNT_CAP:
            page_clauses.append("s.id = ANY(:matched)")
            params["matched"] = [sid for sid, _ in newest]

    window_start = cur.window_start if cur else None
    if cur is None and sort == "relevance" and total > min(COUNT_CAP, RANK_WINDOW) and not selective:
        newest_first = _newest_first(session, unscored)
        window_start = session.execute(
            sa.text(f"SELECT s.id FROM {unscored.source} {joins} WHERE {where} ORDER BY {newest_first} "
                    "LIMIT 1 OFFSET :nth"),
            {**params, "nth": RANK_WINDOW - 1},
        ).scalar()
    match = _match_sql(session, parsed, scored=sort == "relevance", windowed=window_start is not None,
                       selective=selective)
    if window_start is not None:
        params["window_start"] = window_start
    if window_start is not None:
        page_clauses.append("s.id >= :window_start")
    if match.where:
        page_clauses.append(match.where)
    if cur is not None:
        clause, extra = _keyset(sort, match.score, cur.key, cur.last_id)
        page_clauses += [clause, "s.id <= :snapshot"]
        params.update(extra, snapshot=cur.snapshot)
        offset = 0
    order = f"{match.score} DESC, s.id DESC" if sort == "relevance" else "s.date DESC NULLS LAST, s.id DESC"
    ids_sql = (
        f"SELECT s.id, {match.score} AS score, s.date, s.stem FROM {match.source} {joins} "
        f"WHERE {' AND '.join(page_clauses)} ORDER BY {order} LIMIT :limit OFFSET :offset"
    )
    rows = session.execute(sa.text(ids_sql), {**params, "limit": limit + 1, "offset": offset}).all()
    return total, window_start, snapshot, rows


def _ranked_newest(
    session: Session, parsed: ParsedQuery, filters: SearchFilters, cur: _Cursor | None, limit: int, offset: int
) -> tuple[int, int | None, int, list[Any]]:
    """_page for relevance on PostgreSQL, from the newest COUNT_CAP + 1 matches and their
    ts_rank (_pg_newest_matches): the count, the window of the newest RANK_WINDOW matches (taken
    whenever there are more, with or without filters) and the ranked page all come from those
    rows. Three scans of a common word's matches, and three round trips, became one."""
    match = _match_sql(session, parsed, scored=True)
    clauses, params = _where(session, filters)
    top = cur.snapshot if cur is not None else session.execute(_TOP).scalar_one()
    newest = _pg_newest_matches(session, match, clauses, _joins(filters), {**params, **match.params}, top,
                                COUNT_CAP + 1)
    total = len(newest)
    window_start = cur.window_start if cur is not None else None
    if cur is None and total > RANK_WINDOW:
        window_start = newest[RANK_WINDOW - 1][0]
    ranked = sorted(((sid, score) for sid, score in newest if window_start is None or sid >= window_start),
                    key=lambda r: (-r[1], -r[0]))
    if cur is not None:
        key = _score_key(cur.key)
        ranked = [r for r in ranked if r[1] < key or (r[1] == key and r[0] < cur.last_id)]
        offset = 0
    page = ranked[offset : offset + limit + 1]
    stems = dict(session.execute(_STEMS, {"ids": [sid for sid, _ in page]}).all()) if page else {}
    return total, window_start, top, [(sid, score, None, stems.get(sid)) for sid, score in page]


# PostgreSQL looks for matches among the newest FIRST_SPAN statements first (see _pg_newest_matches).
FIRST_SPAN = 32_768
_TOP = sa.text("SELECT coalesce(max(id), 0) FROM statement")


def _pg_newest_matches(
    session: Session, match: _Sql, clauses: list[str], joins: str, params: dict[str, Any], top: int, cap: int
) -> list[tuple[int, float]]:
    """(id, score) of the newest `cap` matches with ids up to `top`, newest first.

    The newest FIRST_SPAN statements are searched first, then, when they hold too few matches,
    all the older ones. The planner may walk the primary key backwards testing each statement
    (a common word has its thousand matches within a few thousand rows) or read the GIN index
    (a rare word), by its estimate of how common the query is. For phrases and stems that
    estimate can be twenty times too high, and it walked half a million statements to find a
    few hundred (400 ms at a million); with stale statistics it guessed the other way and read
    and sorted all 100,000 matches of two common words. In the first span a wrong guess costs
    a few milliseconds. For the older statements the first span has shown how common the query
    really is: unless the missing matches are expected early on, the order is by an expression
    the primary key cannot give (s.id + 0), which leaves the planner the GIN index."""
    select = (f"SELECT s.id, {match.score} FROM {match.source} {joins} WHERE {' AND '.join(clauses)} "
              "AND s.id > :low AND s.id <= :high")
    low = max(top - FIRST_SPAN, 0)
    rows = session.execute(sa.text(f"{select} ORDER BY s.id DESC LIMIT :cap"),
                           {**params, "low": low, "high": top, "cap": cap}).all()
    if len(rows) < cap and low > 0:
        # Statements to walk for the missing matches, at the density of the first span.
        to_walk = (cap - len(rows)) * (top - low) / len(rows) if rows else float("inf")
        order = "s.id DESC" if to_walk <= low / 4 else "s.id + 0 DESC"
        rows += session.execute(sa.text(f"{select} ORDER BY {order} LIMIT :cap"),
                                {**params, "low": 0, "high": low, "cap": cap - len(rows)}).all()
    return [(row[0], float(row[1] or 0.0)) for row in rows]


_STEMS = sa.text("SELECT id, stem FROM statement WHERE id IN :ids").bindparams(sa.bindparam("ids", expanding=True))


def _fields(result: SearchResult) -> dict[str, Any]:
    return {name: getattr(result, name) for name in SearchResult.__dataclass_fields__}


def _as_date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def candidate_ids(
    *, session: Session, parsed: ParsedQuery, filters: SearchFilters = SearchFilters(), limit: int = 50
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
    counts = atom_counts(session=session, atoms=atoms, cap=COMMON_CAP)
    if not any(counts):
        return []
    common = [replace(atom, exact=True) for atom, n in zip(atoms, counts, strict=True) if n > COMMON_CAP]
    printed = atom_counts(session=session, atoms=common, cap=COMMON_CAP)
    rare = tuple(
        [atom for atom, n in zip(atoms, counts, strict=True) if 0 < n <= COMMON_CAP]
        + [atom for atom, n in zip(common, printed, strict=True) if 0 < n <= COMMON_CAP]
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


def _matches(
    session: Session, parsed: ParsedQuery, filters: SearchFilters, *, scored: bool, limit: int
) -> list[tuple[int, float]]:
    """The best `limit` matches by index score (bm25 / ts_rank), or the newest unscored."""
    selective = filters.official_id is not None
    match = _match_sql(session, parsed, scored=scored, selective=selective)
    clauses, params = _where(session, filters)
    if match.where:
        clauses.append(match.where)
    order = f"{match.score} DESC, s.id DESC" if scored else _newest_first(session, match)
    sql = (
        f"SELECT s.id, {match.score} FROM {match.source} {_joins(filters)} WHERE {' AND '.join(clauses)} "
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
            pg = to_pg_query(one, stem_config=pg_stem_config(session), key=f"a{i}_")
            params.update(pg.params)
            inner = f"SELECT 1 FROM statement WHERE tsv @@ {pg.sql} LIMIT :cap"
        parts.append(f"(SELECT count(*) FROM ({inner}) c{i})")
    row = session.execute(sa.text("SELECT " + ", ".join(parts)), params).one()
    return [int(n) for n in row]


# --- facets ----------------------------------------------------------------------------------

# Each facet counts the matched rows, first grouped by the key stored on the statement (the
# official, the membership, the article); each distinct key is then looked up once for all the
# facets it serves (a membership gives role, region and province): joining every matched row
# to its membership and area cost four times as much.
_KEYS = {
    "by_official": "SELECT official_id AS k, count(*) AS n FROM hits WHERE official_id IS NOT NULL GROUP BY 1",
    "by_membership": "SELECT membership_id AS k, count(*) AS n FROM hits WHERE membership_id IS NOT NULL GROUP BY 1",
    "by_article": "SELECT article_id AS k, count(*) AS n FROM hits GROUP BY 1",
    "posts": (
        "SELECT mb.role, ar.name AS region, COALESCE(pr.name, ar.name) AS province, b.n FROM by_membership b "
        "JOIN membership mb ON mb.id = b.k LEFT JOIN area ar ON ar.id = mb.area_id "
        "LEFT JOIN area pr ON pr.id = ar.parent_id"
    ),
    "sources": "SELECT a.outlet, a.language, b.n FROM by_article b JOIN article a ON a.id = b.k",
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


def facet_counts(
    *, session: Session, parsed: ParsedQuery, filters: SearchFilters = SearchFilters()
) -> tuple[dict[str, list[FacetValue]], bool]:
    """Counts per official, role, region, province, topic, outlet, language and kind.

    Counted over the newest FACET_CAP matches; the flag says whether there were more.
    """
    selective = filters.official_id is not None
    match = _match_sql(session, parsed, scored=False, selective=selective)
    clauses, params = _where(session, filters)
    if match.where:
        clauses.append(match.where)
    params.update(match.params)
    columns = "s.id, s.official_id, s.membership_id, s.article_id, s.kind"
    if is_sqlite(session):
        hits = (f"SELECT {columns} FROM {match.source} {_joins(filters)} WHERE {' AND '.join(clauses)} "
                f"ORDER BY {_newest_first(session, match)} LIMIT :cap")
    else:
        top = session.execute(_TOP).scalar_one()
        newest = _pg_newest_matches(session, match, clauses, _joins(filters), params, top, FACET_CAP + 1)
        hits = f"SELECT {columns} FROM statement s WHERE s.id = ANY(:hit_ids)"
        params["hit_ids"] = [sid for sid, _ in newest]
    branches = [
        f"SELECT * FROM (SELECT '{name}' AS facet, {value} AS value, {label} AS label, sum(b.n) AS n "
        f"FROM {source} WHERE {value} IS NOT NULL GROUP BY {value}, {label} "
        f"ORDER BY n DESC, value LIMIT {FACET_SIZE}) f_{name}"
        for name, (value, label, source) in _FACETS.items()
    ]
    keys = ", ".join(f"{name} AS MATERIALIZED ({sql})" if name in ("posts", "sources") else f"{name} AS ({sql})"
                     for name, sql in _KEYS.items())
    sql = f"WITH hits AS MATERIALIZED ({hits}), {keys}, n AS (SELECT count(*) AS n FROM hits) " + " UNION ALL ".join(
        branches + ["SELECT 'total', '', '', n FROM n"]
    )
    out: dict[str, list[FacetValue]] = {name: [] for name in _FACETS}
    matched = 0
    for facet, value, label, n in session.execute(sa.text(sql), {**params, "cap": FACET_CAP + 1}):
        if facet == "total":
            matched = n
        else:
            out[facet].append(FacetValue(value=str(value), label=str(label), count=int(n)))
    for values in out.values():
        values.sort(key=lambda v: (-v.count, v.label))
    return out, matched > FACET_CAP
