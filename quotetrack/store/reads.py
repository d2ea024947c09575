"""Read functions shared by the web pages, the JSON API and the CLI.

Each returns *Public shapes (never table rows) or None when the row does not exist;
only the routes turn None into a 404.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import Session, col, func, select

from quotetrack.models import (
    Area,
    AreaPublic,
    Article,
    ArticleDetail,
    ArticlePublic,
    ArticleRef,
    Membership,
    MembershipPublic,
    Official,
    OfficialAlias,
    OfficialPublic,
    OfficialRef,
    Statement,
    StatementPublic,
    StatementTopic,
    Topic,
    TopicPublic,
)

PUBLISHED = "published"


@dataclass(frozen=True, slots=True)
class StatementFilter:
    official_id: int | None = None
    article_id: int | None = None
    topic: str | None = None
    kind: str | None = None
    include_hidden: bool = False


def _topics_for(session: Session, ids: Sequence[int]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = defaultdict(list)
    if not ids:
        return out
    rows = session.exec(
        select(StatementTopic.statement_id, Topic.slug)
        .join(Topic, col(Topic.id) == StatementTopic.topic_id)
        .where(col(StatementTopic.statement_id).in_(ids))
        .order_by(Topic.slug)
    )
    for sid, slug in rows:
        out[sid].append(slug)
    return out


def _statement_select() -> sa.Select:
    return (
        select(Statement, Article, Official, Membership, Area)
        .join(Article, col(Article.id) == Statement.article_id)
        .join(Official, col(Official.id) == Statement.official_id, isouter=True)
        .join(Membership, col(Membership.id) == Statement.membership_id, isouter=True)
        .join(Area, col(Area.id) == Membership.area_id, isouter=True)
    )


StatementRow = tuple[Statement, Article, Official | None, Membership | None, Area | None]


def _to_public(session: Session, rows: Sequence[StatementRow]) -> list[StatementPublic]:
    topics = _topics_for(session, [r[0].id for r in rows if r[0].id is not None])
    out = []
    for stmt, article, official, membership, area in rows:
        out.append(
            StatementPublic.model_validate(
                stmt,
                update={
                    "official": OfficialRef(id=official.id, name=official.name) if official else None,
                    "article": ArticleRef.model_validate(article),
                    "topics": topics.get(stmt.id or 0, []),
                    "held_role": membership.role if membership else None,
                    "held_region": area.name if area else None,
                    "acting": bool(membership and membership.appointment == "acting"),
                },
            )
        )
    return out


def _apply_filter(query: sa.Select, flt: StatementFilter) -> sa.Select:
    if not flt.include_hidden:
        query = query.where(Statement.status == PUBLISHED)
    if flt.official_id is not None:
        query = query.where(Statement.official_id == flt.official_id)
    if flt.article_id is not None:
        query = query.where(Statement.article_id == flt.article_id)
    if flt.kind:
        query = query.where(Statement.kind == flt.kind)
    if flt.topic:
        query = query.where(
            col(Statement.id).in_(
                select(StatementTopic.statement_id)
                .join(Topic, col(Topic.id) == StatementTopic.topic_id)
                .where(Topic.slug == flt.topic)
            )
        )
    return query


def list_statements(
    *, session: Session, flt: StatementFilter = StatementFilter(), limit: int = 50, offset: int = 0
) -> list[StatementPublic]:
    """Statements newest first (statement date, then id)."""
    query = _apply_filter(_statement_select(), flt)
    if flt.article_id is not None:
        query = query.order_by(col(Statement.start))
    else:
        query = query.order_by(col(Statement.date).desc().nulls_last(), col(Statement.id).desc())
    rows = session.exec(query.limit(limit).offset(offset)).all()
    return _to_public(session, rows)


def count_statements(*, session: Session, flt: StatementFilter = StatementFilter()) -> int:
    query = _apply_filter(select(func.count()).select_from(Statement), flt)
    return session.exec(query).one()


def get_statement(*, session: Session, statement_id: int) -> StatementPublic | None:
    row = session.exec(_statement_select().where(Statement.id == statement_id)).first()
    return _to_public(session, [row])[0] if row else None


def statements_by_ids(*, session: Session, ids: Sequence[int]) -> list[StatementPublic]:
    """Statements in the order of `ids` (search results keep their ranking)."""
    if not ids:
        return []
    rows = session.exec(_statement_select().where(col(Statement.id).in_(ids))).all()
    by_id = {r[0].id: r for r in rows}
    return _to_public(session, [by_id[i] for i in ids if i in by_id])


def get_article(*, session: Session, article_id: int) -> ArticleDetail | None:
    article = session.get(Article, article_id)
    if article is None:
        return None
    count = count_statements(session=session, flt=StatementFilter(article_id=article_id))
    return ArticleDetail.model_validate(article, update={"statement_count": count})


def list_articles(*, session: Session, limit: int = 50, offset: int = 0) -> list[ArticlePublic]:
    counts = (
        select(Statement.article_id, func.count().label("n"))
        .where(Statement.status == PUBLISHED)
        .group_by(Statement.article_id)
        .subquery()
    )
    rows = session.exec(
        select(Article, func.coalesce(counts.c.n, 0))
        .join(counts, counts.c.article_id == Article.id, isouter=True)
        .order_by(col(Article.published).desc().nulls_last(), col(Article.id).desc())
        .limit(limit)
        .offset(offset)
    ).all()
    return [ArticlePublic.model_validate(a, update={"statement_count": n}) for a, n in rows]


def canonical_official_id(*, session: Session, official_id: int) -> int | None:
    """Follow merges: the id an old official id now lives under, or None if unknown."""
    seen = set()
    current = session.get(Official, official_id)
    while current is not None and current.merged_into_id is not None and current.id not in seen:
        seen.add(current.id)
        current = session.get(Official, current.merged_into_id)
    return current.id if current else None


def _memberships(session: Session, official_ids: Sequence[int]) -> dict[int, list[MembershipPublic]]:
    out: dict[int, list[MembershipPublic]] = defaultdict(list)
    if not official_ids:
        return out
    rows = session.exec(
        select(Membership, Area)
        .join(Area, col(Area.id) == Membership.area_id, isouter=True)
        .where(col(Membership.official_id).in_(official_ids))
        .order_by(col(Membership.start_date).desc().nulls_last())
    )
    for membership, area in rows:
        out[membership.official_id].append(
            MembershipPublic.model_validate(
                membership, update={"area": AreaPublic.model_validate(area) if area else None}
            )
        )
    return out


def _officials_public(session: Session, officials: Sequence[tuple[Official, int]]) -> list[OfficialPublic]:
    ids = [o.id for o, _ in officials if o.id is not None]
    aliases: dict[int, list[str]] = defaultdict(list)
    if ids:
        for oid, name in session.exec(
            select(OfficialAlias.official_id, OfficialAlias.name)
            .where(col(OfficialAlias.official_id).in_(ids))
            .order_by(OfficialAlias.name)
        ):
            aliases[oid].append(name)
    memberships = _memberships(session, ids)
    return [
        OfficialPublic.model_validate(
            o,
            update={
                "aliases": [a for a in aliases.get(o.id or 0, []) if a != o.name],
                "memberships": memberships.get(o.id or 0, []),
                "statement_count": n,
            },
        )
        for o, n in officials
    ]


def _official_counts() -> sa.Subquery:
    return (
        select(Statement.official_id, func.count().label("n"))
        .where(Statement.status == PUBLISHED)
        .group_by(Statement.official_id)
        .subquery()
    )


def list_officials(*, session: Session, limit: int = 50, offset: int = 0) -> list[OfficialPublic]:
    """Officials, most quoted first."""
    counts = _official_counts()
    rows = session.exec(
        select(Official, func.coalesce(counts.c.n, 0).label("n"))
        .join(counts, counts.c.official_id == Official.id, isouter=True)
        .where(col(Official.merged_into_id).is_(None))
        .order_by(sa.desc("n"), col(Official.sort_name), col(Official.id))
        .limit(limit)
        .offset(offset)
    ).all()
    return _officials_public(session, rows)


def get_official(*, session: Session, official_id: int) -> OfficialPublic | None:
    official = session.get(Official, official_id)
    if official is None:
        return None
    n = count_statements(session=session, flt=StatementFilter(official_id=official_id))
    return _officials_public(session, [(official, n)])[0]


def list_topics(*, session: Session) -> list[TopicPublic]:
    rows = session.exec(
        select(Topic, func.count(col(Statement.id)))
        .join(StatementTopic, col(StatementTopic.topic_id) == Topic.id, isouter=True)
        .join(
            Statement,
            sa.and_(col(Statement.id) == StatementTopic.statement_id, Statement.status == PUBLISHED),
            isouter=True,
        )
        .group_by(col(Topic.id))
        .order_by(Topic.slug)
    ).all()
    return [TopicPublic.model_validate(t, update={"statement_count": n}) for t, n in rows]


@dataclass(frozen=True, slots=True)
class Totals:
    articles: int
    statements: int
    officials: int


def totals(*, session: Session) -> Totals:
    return Totals(
        articles=session.exec(select(func.count()).select_from(Article)).one(),
        statements=session.exec(select(func.count()).select_from(Statement)).one(),
        officials=session.exec(
            select(func.count()).select_from(Official).where(col(Official.merged_into_id).is_(None))
        ).one(),
    )
