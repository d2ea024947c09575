"""Corroboration: the same quote reported by several outlets, clustered.

Two statements are one quote when the same official said them, their articles appeared within
a few days of each other, and their words nearly coincide (rapidfuzz token-set ratio, which
forgives a dropped clause or a reordered sentence). A cluster is named by its smallest
statement id (statement.cluster_id); a statement never clustered keeps NULL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import sqlalchemy as sa
from rapidfuzz import fuzz
from sqlmodel import Session, col, select

from quotetrack.models import Article, Statement
from quotetrack.search.stem import WORD

SAME_QUOTE = 85.0  # token-set ratio (0..100) from which two texts are one quote
WINDOW_DAYS = 3
MIN_CHARS = 25  # "Ya." in two articles is not corroboration
_UNDATED = dt.date(1, 1, 1)


def quote_similarity(a: str, b: str) -> float:
    """0..100: how nearly two reported texts are the same words."""
    if min(len(a), len(b)) < MIN_CHARS:
        return 0.0
    shorter, longer = sorted((len(a), len(b)))
    if shorter < 0.5 * longer:  # one is a fragment of a much longer statement
        return 0.0
    return fuzz.token_set_ratio(a.casefold(), b.casefold())


def wording_diff(a: str, b: str) -> tuple[list[str], list[str]]:
    """Words only in `a` and words only in `b`, casefolded, in the order they appear."""
    wa = [w.casefold() for w in WORD.findall(a)]
    wb = [w.casefold() for w in WORD.findall(b)]
    sa_, sb = set(wa), set(wb)
    return list(dict.fromkeys(w for w in wa if w not in sb)), list(dict.fromkeys(w for w in wb if w not in sa_))


def _day(stmt_date: dt.date | None, published: dt.date | None) -> dt.date | None:
    return stmt_date or published


@dataclass(frozen=True, slots=True)
class NewQuote:
    """A statement just stored, as clustering needs it (day: its date, else its article's)."""

    id: int
    text: str
    official_id: int | None
    article_id: int
    day: dt.date | None
    cluster_id: int | None = None  # a statement just stored has none yet


def cluster_statements(*, session: Session, statement_ids: Sequence[int]) -> int:
    """Cluster the given (newly stored) statements with earlier reports; returns links made."""
    if not statement_ids:
        return 0
    new = session.exec(
        select(Statement.id, Statement.text, Statement.official_id, Statement.article_id, Statement.date,
               Article.published, Statement.cluster_id)
        .join(Article, col(Article.id) == Statement.article_id)
        .where(col(Statement.id).in_(statement_ids), col(Statement.official_id).is_not(None))
    ).all()
    return cluster_new(
        session=session,
        quotes=[NewQuote(sid, text, oid, aid, _day(date, published), cluster)
                for sid, text, oid, aid, date, published, cluster in new],
    )


def cluster_new(*, session: Session, quotes: Sequence[NewQuote]) -> int:
    """cluster_statements for a caller that has the new statements in hand (the ingest)."""
    windows = {
        q.id: (q.text, q.official_id, q.article_id, q.day - _WINDOW, q.day + _WINDOW)
        for q in quotes
        if q.official_id is not None and q.day is not None and len(q.text) >= MIN_CHARS
    }
    if not windows:
        return 0
    candidates = _candidates(session, windows.values())
    own_cluster = {q.id: q.cluster_id for q in quotes}  # kept current as this batch joins clusters
    links = 0
    for sid, (text, official_id, article_id, lo, hi) in windows.items():
        matched = [
            (oid, c.cluster_id)
            for oid, c in candidates.get(official_id, {}).items()
            if c.article_id != article_id and oid != sid and lo <= c.day <= hi
            and quote_similarity(text, c.text) >= SAME_QUOTE
        ]
        if not matched:
            continue
        members = {sid, *(oid for oid, _ in matched)}
        clusters = {c for _, c in matched if c is not None}
        if own_cluster.get(sid) is not None:
            clusters.add(own_cluster[sid])
        connection = session.connection()
        if clusters:
            members |= set(connection.execute(_CLUSTER_MEMBERS, {"clusters": sorted(clusters)}).scalars())
        cluster_id = min(members | clusters)
        connection.execute(_JOIN_CLUSTER, {"members": sorted(members), "cluster": cluster_id})
        for by_id in candidates.values():  # later statements of this batch see the cluster as stored now
            for oid in members & by_id.keys():
                by_id[oid].cluster_id = cluster_id
        own_cluster.update((oid, cluster_id) for oid in members & own_cluster.keys())
        links += len(matched)
    return links


_WINDOW = dt.timedelta(days=WINDOW_DAYS)
_LO, _HI = sa.bindparam("lo", type_=sa.Date), sa.bindparam("hi", type_=sa.Date)
_PUBLISHED_OF = (
    select(Statement.id, Statement.official_id, Statement.article_id, Statement.text, Statement.cluster_id,
           Statement.date, Article.published)
    .join(Article, col(Article.id) == Statement.article_id)
    .where(col(Statement.official_id).in_(sa.bindparam("officials", expanding=True)), Statement.status == "published")
)
# Built once: the ingest runs it for every article. Dated statements and undated ones (dated by
# their article) apart, so the (official, status, date) index bounds the dates: a window over
# coalesce(date, published) reads every statement of a much-quoted official.
_CANDIDATES = sa.union_all(
    _PUBLISHED_OF.where(col(Statement.date).between(_LO, _HI)),
    _PUBLISHED_OF.where(col(Statement.date).is_(None), col(Article.published).between(_LO, _HI)),
)


_CLUSTER_MEMBERS = select(Statement.id).where(col(Statement.cluster_id).in_(sa.bindparam("clusters", expanding=True)))
_JOIN_CLUSTER = (
    sa.update(Statement)
    .where(col(Statement.id).in_(sa.bindparam("members", expanding=True)))
    .values(cluster_id=sa.bindparam("cluster"))
)


@dataclass(slots=True)
class _Candidate:
    text: str
    article_id: int
    day: dt.date
    cluster_id: int | None


def _candidates(
    session: Session, windows: Iterable[tuple[str, int, int, dt.date, dt.date]]
) -> dict[int, dict[int, _Candidate]]:
    """official id -> {statement id: candidate}: published statements of these officials near these days.

    One query for the whole batch (the (official, status, date) index finds an official's few
    statements); each new statement then keeps those within its own window.
    """
    windows = list(windows)
    rows = session.connection().execute(
        _CANDIDATES,
        {"officials": sorted({w[1] for w in windows}), "lo": min(w[3] for w in windows),
         "hi": max(w[4] for w in windows)},
    )
    out: dict[int, dict[int, _Candidate]] = {}
    for sid, official_id, article_id, text, cluster_id, date, published in rows:
        out.setdefault(official_id, {})[sid] = _Candidate(text, article_id, date or published, cluster_id)
    return out


@dataclass(frozen=True, slots=True)
class Report:
    """Another outlet's report of the same quote."""

    statement_id: int
    article_id: int
    outlet: str | None
    title: str | None
    url: str | None
    published: dt.date | None
    first: bool  # the earliest report of the quote (ties: the smallest statement id)
    similarity: float
    only_here: list[str]  # words of the statement asked about that this report lacks
    only_there: list[str]  # words this report has that the statement asked about lacks


def also_reported(*, session: Session, statement_id: int) -> list[Report]:
    """The other reports of a statement's quote, earliest first; [] when it stands alone."""
    own = session.get(Statement, statement_id)
    if own is None or own.cluster_id is None:
        return []
    rows = session.exec(
        select(Statement.id, Statement.text, Statement.date, Article.id, Article.outlet, Article.title, Article.url,
               Article.published)
        .join(Article, col(Article.id) == Statement.article_id)
        .where(Statement.cluster_id == own.cluster_id, Statement.status == "published")
    ).all()
    ordered = sorted(rows, key=lambda r: (_day(r[2], r[7]) or _UNDATED, r[0]))
    first_id = ordered[0][0] if ordered else None
    out = []
    for sid, text, _date, aid, outlet, title, url, published in ordered:
        if sid == statement_id:
            continue
        here, there = wording_diff(own.text, text)
        out.append(Report(sid, aid, outlet, title, url, published, sid == first_id,
                          round(quote_similarity(own.text, text), 1), here, there))
    return out


def outlets_by_cluster(*, session: Session, statement_ids: Sequence[int]) -> dict[int, list[str]]:
    """For search results: statement id -> the other outlets that reported the same quote."""
    rows = session.exec(
        select(Statement.id, Statement.cluster_id).where(
            col(Statement.id).in_(statement_ids), col(Statement.cluster_id).is_not(None)
        )
    ).all()
    if not rows:
        return {}
    clusters = {c for _, c in rows}
    members = session.exec(
        select(Statement.id, Statement.cluster_id, Article.outlet)
        .join(Article, col(Article.id) == Statement.article_id)
        .where(col(Statement.cluster_id).in_(clusters), Statement.status == "published")
    ).all()
    out: dict[int, list[str]] = {}
    for sid, cluster in rows:
        out[sid] = sorted({outlet or "?" for mid, c, outlet in members if c == cluster and mid != sid})
    return out
