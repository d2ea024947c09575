"""Corroboration: the same quote reported by several outlets, clustered.

Two statements are one quote when the same official said them, their articles appeared within
a few days of each other, and their words nearly coincide (rapidfuzz token-set ratio, which
forgives a dropped clause or a reordered sentence). A cluster is named by its smallest
statement id (statement.cluster_id); a statement never clustered keeps NULL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import sqlalchemy as sa
from rapidfuzz import fuzz
from sqlmodel import Session, col

from quotetrack.kinds import StatementStatus
from quotetrack.models import Article, Statement
from quotetrack.store.db import select_columns
from quotetrack.text.stem import WORD

SAME_QUOTE = 85.0  # token-set ratio (0..100) from which two texts are one quote
WINDOW_DAYS = 3
MIN_CHARS = 25  # "Ya." in two articles is not corroboration
# Bounds on the work one article can cause: distinct statements clustered per call (a 2 MiB
# paste of one article holds thousands of copies of a few) and characters compared per text.
MAX_QUOTES = 2000
MAX_COMPARE_CHARS = 2000
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
        select_columns(
            Statement.id,
            Statement.text,
            Statement.official_id,
            Statement.article_id,
            Statement.date,
            Article.published,
            Statement.cluster_id,
        )
        .join(Article, col(Article.id) == Statement.article_id)
        .where(col(Statement.id).in_(statement_ids), col(Statement.official_id).is_not(None))
    ).all()
    return cluster_new(
        session=session,
        quotes=[
            NewQuote(sid, text, oid, aid, _day(date, published), cluster)
            for sid, text, oid, aid, date, published, cluster in new
        ],
    )


def cluster_new(*, session: Session, quotes: Sequence[NewQuote]) -> int:
    """cluster_statements for a caller that has the new statements in hand (the ingest).

    Linear in the statements and their candidates: matches are joined in memory (union-find)
    and each resulting cluster is written with one UPDATE, its id the smallest statement id of
    its members and of the clusters it absorbs (each already named by its smallest member), so
    no cluster is read back. Identical reports in one article (an article pasted many times
    over) are compared once.
    """
    groups: dict[tuple[str, int, int, dt.date], list[int]] = {}
    absorbed: dict[int, int] = {}  # new statement -> the cluster it already belongs to
    for q in quotes:
        if q.official_id is None or q.day is None or len(q.text) < MIN_CHARS:
            continue
        key = (q.text, q.official_id, q.article_id, q.day)
        if key not in groups and len(groups) >= MAX_QUOTES:
            continue  # bounded work per call: the rest stays unclustered
        groups.setdefault(key, []).append(q.id)
        if q.cluster_id is not None:
            absorbed[q.id] = q.cluster_id
    if not groups:
        return 0
    candidates = _candidates(session, [(official, day - _WINDOW, day + _WINDOW) for _, official, _, day in groups])
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        root = x
        while parent.get(root, root) != root:
            root = parent[root]
        while x != root:  # path compression: later finds are near O(1)
            parent[x], x = root, parent.get(x, x)
        return root

    def union(a: int, b: int) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    links = 0
    for (text, official_id, article_id, day), members in groups.items():
        lo, hi = day - _WINDOW, day + _WINDOW
        own = text[:MAX_COMPARE_CHARS]
        matched = [
            oid
            for other_article, cands in candidates.get(official_id, {}).items()
            if other_article != article_id
            for oid, c in cands
            if lo <= c.day <= hi and quote_similarity(own, c.text[:MAX_COMPARE_CHARS]) >= SAME_QUOTE
        ]
        if not matched:
            continue
        for oid in matched:
            union(members[0], oid)
        for sid in members[1:]:
            union(members[0], sid)
        links += len(matched) * len(members)
    if not parent:
        return 0
    cluster_of = {
        sid: c.cluster_id
        for by_article in candidates.values()
        for cands in by_article.values()
        for sid, c in cands
        if c.cluster_id is not None
    }
    cluster_of.update(absorbed)
    components: dict[int, set[int]] = {}
    for node in list(parent):  # every joined statement but the roots, which each component adds
        root = find(node)
        components.setdefault(root, {root}).add(node)
    connection = session.connection()
    for nodes in components.values():
        clusters = {cluster_of[n] for n in nodes if n in cluster_of}
        target = min(nodes | clusters)
        ids = sorted(nodes)
        for i in range(0, len(ids), 1000):  # bounded parameter lists
            connection.execute(_JOIN_CLUSTER, {"members": ids[i : i + 1000], "cluster": target})
        stale = sorted(c for c in clusters if c != target)
        for i in range(0, len(stale), 1000):  # clusters absorbed whole, members not read back
            connection.execute(_RENAME_CLUSTERS, {"clusters": stale[i : i + 1000], "cluster": target})
    return links


_WINDOW = dt.timedelta(days=WINDOW_DAYS)
_LO, _HI = sa.bindparam("lo", type_=sa.Date), sa.bindparam("hi", type_=sa.Date)
_PUBLISHED_OF = (
    select_columns(
        Statement.id,
        Statement.official_id,
        Statement.article_id,
        Statement.text,
        Statement.cluster_id,
        Statement.date,
        Article.published,
    )
    .join(Article, col(Article.id) == Statement.article_id)
    .where(
        col(Statement.official_id).in_(sa.bindparam("officials", expanding=True)),
        Statement.status == StatementStatus.PUBLISHED,
    )
)
# Built once: the ingest runs it for every article. Dated statements and undated ones (dated by
# their article) apart, so the (official, status, date) index bounds the dates: a window over
# coalesce(date, published) reads every statement of a much-quoted official.
_CANDIDATES = sa.union_all(
    _PUBLISHED_OF.where(col(Statement.date).between(_LO, _HI)),
    _PUBLISHED_OF.where(col(Statement.date).is_(None), col(Article.published).between(_LO, _HI)),
)


_RENAME_CLUSTERS = (
    sa.update(Statement)
    .where(col(Statement.cluster_id).in_(sa.bindparam("clusters", expanding=True)))
    .values(cluster_id=sa.bindparam("cluster"))
)
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
    session: Session, windows: Sequence[tuple[int, dt.date, dt.date]]
) -> dict[int, dict[int, list[tuple[int, _Candidate]]]]:
    """official id -> article id -> [(statement id, candidate)]: published statements of these
    officials near these days.

    One query for the whole batch (the (official, status, date) index finds an official's few
    statements); by article, so a new statement skips its own article's statements at once.
    """
    rows = session.connection().execute(
        _CANDIDATES,
        {
            "officials": sorted({w[0] for w in windows}),
            "lo": min(w[1] for w in windows),
            "hi": max(w[2] for w in windows),
        },
    )
    out: dict[int, dict[int, list[tuple[int, _Candidate]]]] = {}
    for sid, official_id, article_id, text, cluster_id, date, published in rows:
        cand = _Candidate(text, article_id, date or published, cluster_id)
        out.setdefault(official_id, {}).setdefault(article_id, []).append((sid, cand))
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
        select_columns(
            Statement.id,
            Statement.text,
            Statement.date,
            Article.id,
            Article.outlet,
            Article.title,
            Article.url,
            Article.published,
        )
        .join(Article, col(Article.id) == Statement.article_id)
        .where(Statement.cluster_id == own.cluster_id, Statement.status == StatementStatus.PUBLISHED)
    ).all()
    ordered = sorted(rows, key=lambda r: (_day(r[2], r[7]) or _UNDATED, r[0]))
    first_id = ordered[0][0] if ordered else None
    out = []
    for sid, text, _date, aid, outlet, title, url, published in ordered:
        if sid == statement_id:
            continue
        here, there = wording_diff(own.text, text)
        out.append(
            Report(
                sid,
                aid,
                outlet,
                title,
                url,
                published,
                sid == first_id,
                round(quote_similarity(own.text, text), 1),
                here,
                there,
            )
        )
    return out


def outlets_by_cluster(*, session: Session, clusters: Mapping[int, int]) -> dict[int, list[str]]:
    """For search results: statement id -> the other outlets that reported the same quote, from
    the statements' clusters (statement id -> cluster id; search hits carry theirs)."""
    if not clusters:
        return {}
    members = session.connection().execute(_CLUSTER_OUTLETS, {"clusters": sorted(set(clusters.values()))}).all()
    return {
        sid: sorted({outlet or "?" for mid, c, outlet in members if c == cluster and mid != sid})
        for sid, cluster in clusters.items()
    }


# Every published statement of the clusters with its outlet (on the session's connection: the
# ORM's execute would handle each row again).
_CLUSTER_OUTLETS = (
    sa.select(col(Statement.id), col(Statement.cluster_id), col(Article.outlet))
    .join(Article, col(Article.id) == Statement.article_id)
    .where(col(Statement.cluster_id).in_(sa.bindparam("clusters", expanding=True)))
    .where(col(Statement.status) == StatementStatus.PUBLISHED)
)
