"""Write functions: every change to the store goes through here (ingest, CLI, editors)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from sqlmodel import Session, col, select

from quotetrack.models import (
    Area,
    Article,
    Membership,
    Official,
    OfficialAlias,
    Statement,
    StatementTopic,
    Topic,
    utcnow,
)
from quotetrack.topics import TopicDef


def find_article_by_sha(*, session: Session, sha256: str) -> Article | None:
    return session.exec(select(Article).where(Article.sha256 == sha256)).first()


def add_article(*, session: Session, article: Article) -> Article:
    session.add(article)
    session.flush()
    return article


def ensure_topics(*, session: Session, taxonomy: Sequence[TopicDef]) -> dict[str, int]:
    """Create missing topics (parents first) and return slug -> id for all of them."""
    existing = {t.slug: t for t in session.exec(select(Topic))}
    for topic in taxonomy:
        if topic.slug not in existing:
            row = Topic(slug=topic.slug, label_id=topic.label_id, label_en=topic.label_en)
            session.add(row)
            existing[topic.slug] = row
    session.flush()
    for topic in taxonomy:
        if topic.parent and topic.parent in existing:
            existing[topic.slug].parent_id = existing[topic.parent].id
    session.flush()
    return {slug: t.id for slug, t in existing.items() if t.id is not None}


def add_statements(
    *, session: Session, statements: Sequence[Statement], topics: Sequence[Iterable[int]]
) -> list[Statement]:
    """Insert statements with their topic links (topic ids, one iterable per statement)."""
    session.add_all(statements)
    session.flush()
    for stmt, topic_ids in zip(statements, topics, strict=True):
        for tid in set(topic_ids):
            session.add(StatementTopic(statement_id=stmt.id, topic_id=tid))
    session.flush()
    return list(statements)


def create_official(
    *,
    session: Session,
    name: str,
    sort_name: str | None = None,
    honorific_prefix: str | None = None,
    honorific_suffix: str | None = None,
) -> Official:
    official = Official(
        name=name,
        sort_name=sort_name or name,
        honorific_prefix=honorific_prefix or None,
        honorific_suffix=honorific_suffix or None,
    )
    session.add(official)
    session.flush()
    return official


def add_alias(*, session: Session, official_id: int, name: str, key: str) -> None:
    """Record another printed name of an official (no-op when already known)."""
    name = name.strip()[:300]
    if not name:
        return
    found = session.exec(
        select(OfficialAlias).where(OfficialAlias.official_id == official_id, OfficialAlias.name == name)
    ).first()
    if found is None:
        session.add(OfficialAlias(official_id=official_id, name=name, key=key[:300]))
        session.flush()


def ensure_area(*, session: Session, name: str, level: str, code: str | None = None) -> Area:
    query = select(Area).where(Area.code == code) if code else select(Area).where(Area.name == name)
    area = session.exec(query).first()
    if area is None:
        area = Area(name=name, level=level, code=code)
        session.add(area)
        session.flush()
    return area


def record_membership(
    *,
    session: Session,
    official_id: int,
    role: str,
    area_id: int | None,
    appointment: str,
    on: dt.date | None,
) -> Membership:
    """The membership for this post, widened to cover `on` (created when first seen)."""
    membership = session.exec(
        select(Membership).where(
            Membership.official_id == official_id,
            Membership.role == role,
            col(Membership.area_id).is_(None) if area_id is None else Membership.area_id == area_id,
        )
    ).first()
    if membership is None:
        membership = Membership(
            official_id=official_id, role=role, area_id=area_id, appointment=appointment, start_date=on, end_date=on
        )
        session.add(membership)
    elif on is not None:
        if membership.start_date is None or on < membership.start_date:
            membership.start_date = on
        if membership.end_date is None or on > membership.end_date:
            membership.end_date = on
    session.flush()
    return membership


def touch(row: Official | Statement) -> None:
    row.updated_at = utcnow()
