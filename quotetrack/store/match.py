"""How a parsed query and filters become SQL on each backend: the FTS5 or tsvector match and
its score, the filter clauses and joins, and on PostgreSQL the newest matches found in bounded
steps. Every value reaches the SQL as a bound parameter; the SQL text is assembled only from the
fixed fragments here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from quotetrack.kinds import StatementStatus
from quotetrack.store.db import is_sqlite
from quotetrack.store.filters import StatementFilter, region_names
from quotetrack.store.post_forms import stored_forms
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
    # PostgreSQL phrases: a condition over statement_pair (alias p) that every match meets (see
    # pg_phrase_pairs); pg_newest_rows takes each span's candidates from it.
    pairs: str | None = None


# A tsquery of single lexemes one after the other, as to_tsquery prints it: 'dalam' <-> 'dari'.
_CHAIN = re.compile(r"'([^'\\]+)'(?: <-> '[^'\\]+')+")
_LEXEME = re.compile(r"'([^'\\]+)'")


def pg_phrase_pairs(session: Session, parsed: ParsedQuery, stem_config: str) -> tuple[str, dict[str, str]] | None:
    """A condition over statement_pair (alias p) that every match of `parsed` meets, from the
    adjacent pairs of its phrases; None when the query has no group made of phrases alone.

    Each phrase is rendered as tsv's own half matches it (printed words in 'simple', stems in
    `stem_config`); when to_tsquery makes of it anything but a chain of single lexemes (a word
    it splits, or drops), that group sets no condition, so no match is ever left out. A
    statement matching a chain l1 <-> l2 <-> l3 holds, in that half, the pairs (l1 l2) and
    (l2 l3) at adjacent positions, which is what statement_pairs hashed."""
    phrases: list[tuple[int, str, str]] = []  # (group, text-search configuration, tsquery text)
    for g, group in enumerate(parsed.groups):
        if all(len(atom.words) > 1 for atom in group):
            for atom in group:
                # Quoted as query.to_pg_match quotes them (words are \\w+: no quote inside).
                phrases.append((g, "simple", " <-> ".join(f"'{w}'" for w in atom.words)))
                phrases += [(g, stem_config, " <-> ".join(f"'{w}'" for w in form)) for form in atom.stems]
    if not phrases:
        return None
    params: dict[str, Any] = {}
    for i, (_, config, text) in enumerate(phrases):
        params[f"c{i}"], params[f"q{i}"] = config, text
    sql = ", ".join(f"CAST(to_tsquery(CAST(:c{i} AS regconfig), :q{i}) AS text)" for i in range(len(phrases)))
    printed = session.execute(sa.text(f"SELECT {sql}"), params).one()
    # Per group, the pair sets any one of which a match holds; a phrase whose stems are its
    # printed words (di dan) asks once.
    alternatives: dict[int, dict[tuple[str, ...], None]] = {}
    failed: set[int] = set()
    for (g, _, _), rendered in zip(phrases, printed, strict=True):
        if not _CHAIN.fullmatch(rendered or ""):
            failed.add(g)
            continue
        lexemes = _LEXEME.findall(rendered)
        pairs = tuple(sorted({f"{a} {b}" for a, b in zip(lexemes, lexemes[1:], strict=False)}))
        alternatives.setdefault(g, {})[pairs] = None
    out: dict[str, str] = {}
    groups = []
    for g, sets in alternatives.items():
        if g in failed:
            continue
        ors = []
        for pairs in sets:
            names = [f"pp{len(out) + i}" for i in range(len(pairs))]
            out.update(zip(names, pairs, strict=True))
            ors.append("p.pairs @> ARRAY[" + ", ".join(f"hashtext(CAST(:{n} AS text))" for n in names) + "]")
        groups.append(" OR ".join(ors))
    if not groups:
        return None
    return " AND ".join(f"({cond})" for cond in groups), out


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
        where, params = "s.tsv @@ m.tsq", dict(ranked.params)
    else:
        # One word, phrase or set of alternatives: the unweighted halves of tsv answer it from the
        # index alone (see to_pg_match), where the weighted query read a row for every match.
        found = to_pg_match(parsed, stem_config=config)
        where, params = found.sql, {**found.params, **ranked.params}
    pairs = pg_phrase_pairs(session, parsed, config)
    if pairs is None:
        return SqlMatch(source=source, score=score, params=params, where=where)
    return SqlMatch(source=source, score=score, params={**params, **pairs[1]}, where=where, pairs=pairs[0])


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
_AREA = "(SELECT id FROM area WHERE code = :{0} OR lower(name) IN (:{0}_n0, :{0}_n1, :{0}_n2))"


def _in_area(param: str) -> str:
    area = _AREA.format(param)
    return (
        "s.membership_id IN (SELECT id FROM membership WHERE area_id IN "
        f"(SELECT id FROM area WHERE id IN {area} OR parent_id IN {area}))"
    )


# The forms of a typed post the role filter tries at most (the typed one, two spelled out, the post).
ROLE_FORMS = 4

_FILTERS = {
    "official_id": "s.official_id = :official_id",
    "article_id": "s.article_id = :article_id",
    "kind": "s.kind = :kind",
    "date_from": "s.date >= :date_from",
    "date_to": "s.date <= :date_to",
    "outlet": "lower(a.outlet) = :outlet",
    "language": "a.language = :language",
    # The post as typed and its stored forms ("Kapolda": "kepala kepolisian daerah", see post_forms).
    "role": (
        "s.membership_id IN (SELECT id FROM membership WHERE "
        + " OR ".join(f"lower(role) LIKE :role_f{i} ESCAPE '\\'" for i in range(ROLE_FORMS))
        + ")"
    ),
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
SET_FILTERS = ("topic", "role", "region", "province")


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
        if walk and name in SET_FILTERS:
            clause = "+" + clause
        clauses.append(clause)
        if name == "role":
            forms = stored_forms(value)[:ROLE_FORMS]
            params.update({f"role_f{i}": _like(forms[min(i, len(forms) - 1)]) for i in range(ROLE_FORMS)})
            continue
        elif name in ("region", "province"):
            params.update({f"{name}_n{i}": form for i, form in enumerate(region_names(value))})
        elif name == "outlet":
            value = value.casefold()
        params[name] = value
    return clauses, params


def pg_array(values: Iterable[int | None]) -> str:
    """A parameter for CAST(:x AS integer[]): the array's text form. psycopg adapts a Python list
    element by element, 4 ms for 3,000 integers (20 ms for the columns of the newest 3,001
    matches that facets hand back); their text form costs a join."""
    return "{" + ",".join(map(str, values)).replace("None", "NULL") + "}"


def pg_text_array(values: Iterable[str | None]) -> str:
    """pg_array for CAST(:x AS text[]), each element quoted."""
    quoted = ("NULL" if v is None else '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"' for v in values)
    return "{" + ",".join(quoted) + "}"


# PostgreSQL looks for matches among the newest FIRST_SPAN statements first (see pg_newest_matches).
FIRST_SPAN = 32_768


def pg_newest_matches(
    session: Session, match: SqlMatch, clauses: list[str], joins: str, params: dict[str, Any], top: int, cap: int
) -> list[tuple[int, float]]:
    """(id, score) of the newest `cap` matches with ids up to `top`, newest first (see pg_newest_rows)."""
    return pg_newest_rows(session, match, clauses, joins, params, top, cap, columns=match.score, packed=True)


def pg_span_select(match: SqlMatch, clauses: list[str], joins: str, *, columns: str) -> str:
    """SELECT s.id, `columns` of the matches with ids in (:low, :high], one span of
    pg_newest_rows, without its ORDER BY and LIMIT."""
    where = " AND ".join(clauses + ([match.where] if match.where else []))
    return f"SELECT s.id, {columns} FROM {match.source} {joins} WHERE {where} AND s.id > :low AND s.id <= :high"


@contextmanager
def pg_plan_settings(session: Session, **settings: str) -> Iterator[None]:
    """Planner settings (enable_indexscan="off", ...) for the statements sent inside, put back
    after them; an error rolls them back with the transaction."""
    names = list(settings)
    current = ", ".join(f"current_setting(:n{i})" for i in range(len(names)))
    change = ", ".join(f"set_config(:n{i}, :v{i}, true)" for i in range(len(names)))
    params = {f"n{i}": name for i, name in enumerate(names)} | {f"v{i}": v for i, v in enumerate(settings.values())}
    was = session.execute(sa.text(f"SELECT {current}, {change}"), params).one()[: len(names)]
    yield
    back = {f"n{i}": name for i, name in enumerate(names)} | {f"v{i}": v for i, v in enumerate(was)}
    session.execute(sa.text(f"SELECT {change}"), back)


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
    first_span: int = FIRST_SPAN,
    walk: bool = True,
    packed: bool = False,
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
    newest 3,000 of a word in 1% of a million statements (the spans read 4,000). After the first
    span, and from the start with `walk=False` (facets size `first_span` to hold the matches they
    need, so walking it would test most of it), the spans are read through the GIN indexes only.

    `packed=True` when `columns` is one expression: each span's rows come back as two arrays in
    one row, handed back as (id, value) tuples. Reading the 1,001 rows of (id, ts_rank) of a
    cold search one by one took 1.6 ms of its client CPU, the two arrays 0.7 ms."""
    where = " AND ".join(clauses + ([match.where] if match.where else []))
    select = pg_span_select(match, clauses, joins, columns=columns)
    if match.pairs:
        # A phrase: the span's newest candidates first, from the pairs' index alone (a BitmapAnd
        # of its GIN index and primary key), then those statements by id, each tested against
        # the phrase. OFFSET 0 keeps the test out of the planner's reach: given it as an index
        # condition it read the phrase's words' whole GIN entries again (88 ms) to narrow a
        # thousand ids it already had.
        candidates = sa.text(
            f"SELECT p.statement_id FROM statement_pair p WHERE {match.pairs} "
            "AND p.statement_id > :low AND p.statement_id <= :high ORDER BY p.statement_id DESC LIMIT :cap"
        )
        assert match.source.startswith("statement s ")
        source = (
            "(SELECT * FROM statement WHERE id = ANY(CAST(:candidates AS integer[])) OFFSET 0) s"
            + match.source[len("statement s") :]
        )
        by_ids = f"SELECT s.id, {columns} FROM {source} {joins} WHERE {where} ORDER BY s.id DESC"
    high, low = top, max(top - first_span, 0)
    order = "s.id DESC"
    rows: list[Any] = []
    walks: str | None = None  # enable_indexscan as it was, once turned off
    # A phrase whose pairs are in one statement in ten or more ("yang yang"; the planner's estimate)
    # has its newest matches within the first few thousand statements: walking them, as for a
    # word, read a few hundred pages, where its candidates were a quarter of the index (28 ms).
    paired = bool(match.pairs) and _pair_estimate(session, match, params) * FIRST_SPAN < 3 * cap * max(top, 1)
    if paired or not walk:
        walks = session.execute(_WALKS_OFF).scalar_one()
    # The spans' rows on the session's connection: the ORM's execute handles each row again
    # (up to a thousand a span).
    conn = session.connection()

    def read(sql: str, bounds: dict[str, Any]) -> Sequence[Any]:
        if not packed:
            return conn.execute(sa.text(sql), bounds).all()
        ids, values = conn.execute(
            sa.text(f"SELECT array_agg(id ORDER BY id DESC), array_agg(v ORDER BY id DESC) FROM ({sql}) x (id, v)"),
            bounds,
        ).one()
        return list(zip(ids or (), values or (), strict=True))

    while True:
        bounds = {**params, "low": low, "high": high, "cap": cap - len(rows)}
        if paired:
            # all(): one fetch, where iterating fetched the candidates one at a time (~600 a phrase).
            found = conn.execute(candidates, bounds).scalars().all()
            if found:
                rows += read(by_ids, {**bounds, "candidates": pg_array(found)})
            if len(found) == bounds["cap"] and len(rows) < cap:
                high = min(found)  # the rest of the span, below the candidates taken
                continue
        else:
            rows += read(f"{select} ORDER BY {order} LIMIT :cap", bounds)
        if len(rows) >= cap or low == 0:
            break
        # Statements to walk for the missing matches, at the density seen so far.
        to_walk = (cap - len(rows)) * (top - low) / len(rows) if rows else float("inf")
        span = max(to_walk * 1.5, FIRST_SPAN)
        high, low = low, (int(low - span) if span < low else 0)
        order = "s.id + 0 DESC"
        paired = bool(match.pairs)
        if walks is None:
            walks = session.execute(_WALKS_OFF).scalar_one()
    if walks is not None:
        session.execute(_WALKS_BACK, {"was": walks})
    return rows[:cap]


def pg_estimate(session: Session, match: SqlMatch, params: dict[str, Any]) -> float:
    """The planner's estimate of the statements `match` finds (from its statistics).

    One word is its printed form OR its stems (to_pg_match), and a statement printing the word
    holds its stem too: the planner adds the two as if independent (49,362 + 59,101 for the
    60,355 statements of 'pelayananan' at a million), and a span sized by that held half the
    matches it was meant to. Such a pair counts as the larger of its two."""
    plan = session.execute(sa.text(f"EXPLAIN (FORMAT JSON) SELECT 1 FROM {match.source} WHERE {match.where}"), params)
    top = plan.scalar_one()[0]["Plan"]
    rows = float(top["Plan Rows"])
    either = top.get("Plans", [{}])[0]
    halves = either.get("Plans", [])
    if either.get("Node Type") == "BitmapOr" and sorted(half.get("Index Name", "") for half in halves) == [
        "ix_statement_stems",
        "ix_statement_words",
    ]:
        rows = min(rows, max(float(half["Plan Rows"]) for half in halves))
    return rows


def _pair_estimate(session: Session, match: SqlMatch, params: dict[str, Any]) -> float:
    """The planner's estimate of the statements holding a phrase's pairs (its statistics of them)."""
    plan = session.execute(sa.text(f"EXPLAIN (FORMAT JSON) SELECT 1 FROM statement_pair p WHERE {match.pairs}"), params)
    return float(plan.scalar_one()[0]["Plan"]["Plan Rows"])


# After the first span, and for a phrase's candidates, bitmap scans only, for this transaction
# (put back after the spans; an error rolls it back). Walking a span's primary key tested each
# statement in it against the words (1 to 2 µs a row: 32,768 rows, 56 ms, for the 2,015 matches
# of a stem in 6% of statements), where the BitmapAnd of the word's GIN index and the span read
# only the pages holding matches (1,771 buffers instead of 5,658). The planner costs the test at
# a fraction of a page and walked whenever it guessed matches denser than about one in ten.
_WALKS_OFF = sa.text("SELECT current_setting('enable_indexscan'), set_config('enable_indexscan', 'off', true)")
_WALKS_BACK = sa.text("SELECT set_config('enable_indexscan', :was, true)")
