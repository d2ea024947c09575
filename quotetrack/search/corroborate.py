"""Corroboration: the same quote reported by several outlets, clustered.

Two statements are one quote when the same official said them, their articles appeared within
a few days of each other, and their words nearly coincide (rapidfuzz token-set ratio, which
forgives a dropped clause or a reordered sentence). A cluster is named by its smallest
statement id (statement.cluster_id); a statement never clustered keeps NULL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
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


def cluster_statements(*, session: Session, statement_ids: Sequence[int]) -> int:
    """Cluster the given (newly stored) statements with earlier reports; returns links made."""
    if not statement_ids:
        return 0
    new = session.exec(
        select(Statement.id, Statement.text, Statement.official_id, Statement.article_id, Statement.date,
               Article.published)
        .join(Article, col(Article.id) == Statement.article_id)
        .where(col(Statement.id).in_(statement_ids), col(Statement.official_id).is_not(None))
    ).all()
    links = 0
    for sid, text, official_id, article_id, date, published in new:
        day = _day(date, published)
        if day is None or len(text) < MIN_CHARS:
            continue
        lo, hi = day - dt.timedelta(days=WINDOW_DAYS), day + dt.timedelta(days=WINDOW_DAYS)
        others = session.exec(
            select(Statement.id, Statement.text, Statement.cluster_id)
            .join(Article, col(Article.id) == Statement.article_id)
            .where(
                Statement.official_id == official_id,
                Statement.article_id != article_id,
                Statement.id != sid,
                Statement.status == "published",
                sa.func.coalesce(Statement.date, Article.published).between(lo, hi),
            )
        ).all()
        matched = [(oid, cluster) for oid, other, cluster in others if quote_similarity(text, other) >= SAME_QUOTE]
        if not matched:
            continue
        members = {sid, *(oid for oid, _ in matched)}
        clusters = {c for _, c in matched if c is not None}
        own = session.get(Statement, sid)
        if own is not None and own.cluster_id is not None:
            clusters.add(own.cluster_id)
        if clusters:
            members |= set(session.exec(select(Statement.id).where(col(Statement.cluster_id).in_(clusters))))
        cluster_id = min(members | clusters)
        session.execute(sa.update(Statement).where(col(Statement.id).in_(members)).values(cluster_id=cluster_id))
        links += len(matched)
    session.flush()
    return links


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
