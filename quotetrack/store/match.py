"""How a parsed query and filters become SQL on each backend: the FTS5 or tsvector match and
its score, the filter clauses and joins, and on PostgreSQL the newest matches found in bounded
steps. Every value reaches the SQL as a bound parameter; the SQL text is assembled only from the
fixed fragments here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from quotetrack.kinds import StatementStatus
from quotetrack.store.db import is_sqlite
from quotetrack.store.filters import StatementFilter
from quotetrack.store.query import ParsedQuery, to_fts5, to_pg_match, to_pg_query

# bm25 column weights (text, stem): the printed word outranks a match by stem only.
_BM25 = "bm25(statement_fts, 4.0, 1.0)"


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


# Printed words (the lexemes of ts_filter(tsv, '{a}'), as ANALYZE sampled them for the index of
# migration 0017) with their share of the statements; most_common_elem_freqs ends with three
# figures that are not words' (unnest pairs them with NULL).
_COMMON_WORDS = sa.text(
    "SELECT u.word FROM pg_stats p "
    "CROSS JOIN LATERAL unnest(p.most_common_elems::text::text[], p.most_common_elem_freqs) AS u(word, freq) "
    "WHERE p.schemaname = current_schema() AND p.tablename = 'ix_statement_words' AND u.word = ANY(:words) "
    "AND u.freq * (SELECT reltuples FROM pg_class WHERE oid = 'statement'::regclass) >= :at_least"
)


def pg_common_words(session: Session, words: list[str], *, at_least: int) -> set[str]:
    """Those of `words` that the planner's statistics put in `at_least` statements or more.

    ANALYZE estimates from a sample of 30,000 statements (a word in 4,000 of a million is seen
    some 120 times), so callers ask with a margin; the estimate is as old as the last ANALYZE.
    Words sampled too rarely to be listed, and every word of a table never analysed (reltuples
    -1), are not returned."""
    if not words:
        return set()
    return {row[0] for row in session.execute(_COMMON_WORDS, {"words": words, "at_least": at_least})}


# The same for the stems half (ts_filter(tsv, '{b}'), the index ix_statement_stems): a stem as
# query.Atom.stems gives it is looked up as the lexemes its to_tsquery makes of it.
_COMMON_STEMS = sa.text(
    "SELECT q.stem FROM unnest(CAST(:stems AS text[])) AS q(stem) WHERE EXISTS ("
    "SELECT 1 FROM pg_stats p "
    "CROSS JOIN LATERAL unnest(p.most_common_elems::text::text[], p.most_common_elem_freqs) AS u(word, freq) "
    "WHERE p.schemaname = current_schema() AND p.tablename = 'ix_statement_stems' "
    "AND u.word = ANY(tsvector_to_array(to_tsvector(CAST(:config AS regconfig), q.stem))) "
    "AND u.freq * (SELECT reltuples FROM pg_class WHERE oid = 'statement'::regclass) >= :at_least)"
)


def pg_common_stems(session: Session, stems: list[str], *, at_least: int) -> set[str]:
    """Those of `stems` that the planner's statistics put in `at_least` statements or more, as
    pg_common_words does for printed words."""
    if not stems:
        return set()
    params = {"stems": stems, "config": pg_stem_config(session), "at_least": at_least}
    return {row[0] for row in session.execute(_COMMON_STEMS, params)}


@dataclass(frozen=True, slots=True)
class SqlMatch:
    """The matching part of a search: FROM clause, score expression and parameters."""

    source: str
    score: str  # larger is better
    params: dict[str, Any]
    where: str | None = None  # a condition the source needs in WHERE
    # ORDER BY for the newest matches: FTS5 walks its index newest first when ordered by its own
    # rowid (m.id), not by s.id; the other sources order the statements.
    newest: str = "s.id DESC"


# A search with filters and no words: every published statement the filters leave.
EVERY_STATEMENT = SqlMatch(source="statement s", score="0.0", params={})


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
# The same score over the window (rowid >= :window_start) with the four highlight() calls made
# once per row: SQLite copies a plain subquery's expressions into the query around it, so the
# score's two uses of the count ran them twice; DISTINCT (rowids are distinct anyway) keeps the
# subquery as it is. 23 -> 16 ms for a window of 500 matches at a million statements.
_WINDOW_SOURCE = (
    "(SELECT id, (tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * chars / 200.0))) AS score FROM "
    f"(SELECT DISTINCT rowid AS id, {_TF} AS tf, length(statement_fts.text) AS chars FROM statement_fts "
    "WHERE statement_fts MATCH :q AND rowid >= :window_start)) m JOIN statement s ON s.id = m.id"
)


def match_sql(
    session: Session, parsed: ParsedQuery, *, scored: bool = True, windowed: bool = False, selective: bool = False
) -> SqlMatch:
    """`scored=False` when no ranking is needed (counts, facets, date order): bm25 costs more
    than finding the matches. `windowed` keeps statement ids from :window_start on.
    `selective` when a filter (one official) leaves few statements: they are walked by index
    and each is tested against the index, instead of walking every match of a common word.
    A query without words (filters only) matches every statement."""
    if not parsed.groups:
        return EVERY_STATEMENT
    if is_sqlite(session):
        params = {"q": to_fts5(parsed)}
        if selective:
            test = "FROM statement_fts WHERE statement_fts MATCH :q AND statement_fts.rowid = s.id"
            return SqlMatch(
                source="statement s",
                score=f"(SELECT {_TF_SCORE} {test})" if scored else "0.0",
                params=params,
                where=f"EXISTS (SELECT 1 {test})",
            )
        if scored and windowed:
            return SqlMatch(source=_WINDOW_SOURCE, score="m.score", params=params, newest="m.id DESC")
        score = f"-{_BM25}" if scored else "0.0"
        window = " AND rowid >= :window_start" if windowed else ""
        return SqlMatch(
            source=(
                f"(SELECT rowid AS id, {score} AS score FROM statement_fts WHERE statement_fts MATCH :q{window}) m "
                "JOIN statement s ON s.id = m.id"
            ),
            score="m.score",
            params=params,
            newest="m.id DESC",
        )
    # Ranked by ts_rank of the weighted query over tsv, so a printed word outranks a stem.
    config = pg_stem_config(session)
    ranked = to_pg_query(parsed, stem_config=config)
    source = f"statement s CROSS JOIN LATERAL (SELECT {ranked.sql} AS tsq) m"
    score = "ts_rank(s.tsv, m.tsq)::float8" if scored else "0.0::float8"
    if len(parsed.groups) > 1:
        # Several words that must all be there: one scan of tsv's GIN index intersects their
        # entries before any row is read, and only the intersection is rechecked. Over the
        # unweighted halves each word was a bitmap of its own (93,000 statements for a common
        # stem, lossy at work_mem 4MB) before the BitmapAnd: 12,275 pages read instead of 4,293.
        return SqlMatch(source=source, score=score, params=ranked.params, where="s.tsv @@ m.tsq")
    # One word, phrase or set of alternatives: the unweighted halves of tsv answer it from the
    # index alone (see to_pg_match), where the weighted query read a row for every match.
    found = to_pg_match(parsed, stem_config=config)
    return SqlMatch(source=source, score=score, params={**found.params, **ranked.params}, where=found.sql)


def newest_first(session: Session, match: SqlMatch) -> str:
    """ORDER BY for the newest matches (see SqlMatch.newest)."""
    return match.newest


_ARTICLE_JOIN = "JOIN article a ON a.id = s.article_id"


def filter_joins(flt: StatementFilter) -> str:
    """Only the joins the filters need: most searches touch statement and the index alone."""
    return _ARTICLE_JOIN if flt.outlet or flt.language else ""


# The filters as store.filters documents them, in the words of reads._apply_filter: a region by
# code or name takes in the areas directly below it (a province is read as a region); a role
# matches part of the post's name; a topic takes in its child topics.
_AREA = "(SELECT id FROM area WHERE code = :{0} OR lower(name) = :{0}_folded)"


def _in_area(param: str) -> str:
    area = _AREA.format(param)
    return (
        "s.membership_id IN (SELECT id FROM membership WHERE area_id IN "
        f"(SELECT id FROM area WHERE id IN {area} OR parent_id IN {area}))"
    )


_FILTERS = {
    "official_id": "s.official_id = :official_id",
    "article_id": "s.article_id = :article_id",
    "kind": "s.kind = :kind",
    "date_from": "s.date >= :date_from",
    "date_to": "s.date <= :date_to",
    "outlet": "a.outlet = :outlet",
    "language": "a.language = :language",
    "role": "s.membership_id IN (SELECT id FROM membership WHERE lower(role) LIKE :role ESCAPE '\\')",
    "region": _in_area("region"),
    "province": _in_area("province"),
    # The topic's ids first, then their links by the (topic_id, statement_id) index: joining every
    # link to its topic under an OR read all links (30 ms at 100,000 statements; 8 ms now).
    "topic": (
        "s.id IN (SELECT st.statement_id FROM statementtopic st WHERE st.topic_id IN "
        "(SELECT id FROM topic WHERE slug = :topic OR parent_id IN (SELECT id FROM topic WHERE slug = :topic)))"
    ),
}
# Filters whose set of statements SQLite would read first and sort (see where_clauses' `walk`).
_SET_FILTERS = ("topic", "role", "region", "province")


def _like(text: str) -> str:
    return "%" + text.casefold().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def where_clauses(session: Session, flt: StatementFilter, *, walk: bool = False) -> tuple[list[str], dict[str, Any]]:
    """The filters as SQL (the words are matched by match_sql's `where`).

    `walk=True` when the filters leave many statements and the page wants the newest (or oldest)
    few: SQLite then walks the date index and tests each statement against the sets, instead of
    reading every statement of a topic or region and sorting them (a topic in 6,600 of 100,000
    statements: 25 ms to sort, 2 ms to walk). A unary + on the column is SQLite's way of saying
    "do not drive the query with this index"."""
    if flt.include_hidden:
        clauses = ["1 = 1"]  # every status (and a WHERE that is never empty)
    elif flt.article_id is not None:  # an article's own list shows what a newer version superseded
        clauses = [f"s.status IN ('{StatementStatus.PUBLISHED}', '{StatementStatus.SUPERSEDED}')"]
    else:
        clauses = ["s.status = 'published'"]
    params: dict[str, Any] = {}
    for name, clause in _FILTERS.items():
        value = getattr(flt, name)
        if value is None or value == "":
            continue
        if walk and name in _SET_FILTERS:
            clause = "+" + clause
        clauses.append(clause)
        if name == "role":
            value = _like(value)
        elif name in ("region", "province"):
            params[f"{name}_folded"] = value.casefold()
        params[name] = value
    return clauses, params


# PostgreSQL looks for matches among the newest FIRST_SPAN statements first (see pg_newest_matches).
FIRST_SPAN = 32_768
MAX_ID = sa.text("SELECT coalesce(max(id), 0) FROM statement")


def pg_newest_matches(
    session: Session, match: SqlMatch, clauses: list[str], joins: str, params: dict[str, Any], top: int, cap: int
) -> list[tuple[int, float]]:
    """(id, score) of the newest `cap` matches with ids up to `top`, newest first (see pg_newest_rows)."""
    rows = pg_newest_rows(session, match, clauses, joins, params, top, cap, columns=match.score)
    return [(row[0], float(row[1] or 0.0)) for row in rows]


def pg_newest_rows(
    session: Session,
    match: SqlMatch,
    clauses: list[str],
    joins: str,
    params: dict[str, Any],
    top: int,
    cap: int,
    *,
    columns: str,
) -> list[Any]:
    """(s.id, `columns`...) of the newest `cap` matches with ids up to `top`, newest first.

    The newest FIRST_SPAN statements are searched first, then older spans sized by the density
    of matches seen so far (with half again to spare), and all the rest once a span would reach
    back that far. In the first span the planner may walk the primary key backwards testing each
    statement (a common word has its thousand matches within a few thousand rows) or take the
    GIN index's matches in the span (BitmapAnd with the primary key), by its estimate of how
    common the query is. For phrases and stems that estimate can be forty times too high: it
    walked 430,000 statements to find 900 matches of a phrase (2.7 s at a million). In the first
    span a wrong guess costs a few milliseconds; the older spans are ordered by an expression the
    primary key cannot give (s.id + 0), which leaves the planner the GIN index, and the span
    bounds what it reads: reading every older match and sorting them read 10,000 rows for the
    newest 3,000 of a word in 1% of a million statements (the spans read 4,000)."""
    where = " AND ".join(clauses + ([match.where] if match.where else []))
    select = f"SELECT s.id, {columns} FROM {match.source} {joins} WHERE {where} AND s.id > :low AND s.id <= :high"
    high, low = top, max(top - FIRST_SPAN, 0)
    order = "s.id DESC"
    rows: list[Any] = []
    while True:
        rows += session.execute(
            sa.text(f"{select} ORDER BY {order} LIMIT :cap"),
            {**params, "low": low, "high": high, "cap": cap - len(rows)},
        ).all()
        if len(rows) >= cap or low == 0:
            break
        # Statements to walk for the missing matches, at the density seen so far.
        to_walk = (cap - len(rows)) * (top - low) / len(rows) if rows else float("inf")
        span = max(to_walk * 1.5, FIRST_SPAN)
        high, low = low, (int(low - span) if span < low else 0)
        order = "s.id + 0 DESC"
    return rows
