"""Write functions: every change to the store goes through here (ingest, CLI, editors)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
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


def insert_article(*, session: Session, article: Article) -> int | None:
    """Store a new article and set its id; None (nothing stored) when its text is stored already.

    The unique sha256 decides, so two ingests storing the same text at once cannot both win.
    """
    table = Article.__table__  # type: ignore[attr-defined]
    values = {c.name: getattr(article, c.name) for c in table.columns if c.name != "id"}
    article.id = session.execute(insert_or_skip(session, table, ["sha256"]).returning(table.c.id), values).scalar()
    return article.id


def ensure_topics(*, session: Session, taxonomy: Sequence[TopicDef]) -> dict[str, int]:
    """Create missing topics (parents first) and return slug -> id for all of them.

    Two ingests starting on a new database both create them: the unique slug keeps one of each.
    """
    known = set(session.exec(select(Topic.slug)))
    missing = [
        {"slug": t.slug, "label_id": t.label_id, "label_en": t.label_en} for t in taxonomy if t.slug not in known
    ]
    if missing:
        session.execute(insert_or_skip(session, Topic.__table__, ["slug"]), missing)  # type: ignore[attr-defined]
    existing = {t.slug: t for t in session.exec(select(Topic))}
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


def insert_statements(
    *, session: Session, rows: Sequence[Mapping[str, Any]], topics: Sequence[Iterable[int]]
) -> list[int]:
    """The ingest's bulk form of add_statements: column values in, new ids out (in order).

    Each row carries its `stem` already (the worker computes it), so no per-row listener runs.
    """
    if not rows:
        return []
    now = utcnow()
    table = Statement.__table__  # type: ignore[attr-defined]
    ids = list(
        session.execute(
            sa.insert(table).returning(table.c.id, sort_by_parameter_order=True),
            [{"status": "published", "created_at": now, "updated_at": now, **row} for row in rows],
        ).scalars()
    )
    links = [{"statement_id": sid, "topic_id": tid} for sid, tids in zip(ids, topics, strict=True) for tid in set(tids)]
    if links:
        session.execute(sa.insert(StatementTopic.__table__), links)  # type: ignore[attr-defined]
    return ids


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


def insert_official(
    *, session: Session, name: str, sort_name: str | None = None, honorific_prefix: str | None = None,
    honorific_suffix: str | None = None,
) -> int:
    """create_official for the ingest: the new id, without building an ORM object."""
    now = utcnow()
    table = Official.__table__  # type: ignore[attr-defined]
    return session.execute(
        sa.insert(table).returning(table.c.id),
        {"name": name, "sort_name": sort_name or name, "honorific_prefix": honorific_prefix or None,
         "honorific_suffix": honorific_suffix or None, "created_at": now, "updated_at": now},
    ).scalar_one()


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


def add_aliases(*, session: Session, aliases: Iterable[tuple[int, str, str]]) -> None:
    """Record printed names (official id, name, key) in one statement; names already stored are skipped.

    Another ingest may have recorded the same name since this one read the registry: the
    database's unique (official_id, name) decides, instead of a SELECT per name.
    """
    rows = {}
    for official_id, name, key in aliases:
        name = name.strip()[:300]
        if name:
            rows[official_id, name] = {"official_id": official_id, "name": name, "key": key[:300]}
    if rows:
        session.execute(
            insert_or_skip(session, OfficialAlias.__table__, ["official_id", "name"]),  # type: ignore[attr-defined]
            list(rows.values()),
        )


def insert_or_skip(session: Session, table: sa.Table, unique: Sequence[str]) -> sa.Insert:
    """INSERT that leaves out rows whose `unique` columns are already stored (ON CONFLICT DO NOTHING)."""
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    return dialect.insert(table).on_conflict_do_nothing(index_elements=list(unique))


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


def insert_membership(
    *, session: Session, official_id: int, role: str, area_id: int | None, appointment: str, on: dt.date | None
) -> int:
    """A new membership seen once, on `on`; returns its id (the caller knows it is new)."""
    table = Membership.__table__  # type: ignore[attr-defined]
    return session.execute(
        sa.insert(table).returning(table.c.id),
        {"official_id": official_id, "role": role, "area_id": area_id, "appointment": appointment,
         "start_date": on, "end_date": on},
    ).scalar_one()


def widen_membership(*, session: Session, membership_id: int, on: dt.date) -> None:
    """Stretch a membership's period to cover `on`, against the stored dates (not a cached copy)."""
    start, end = Membership.__table__.c.start_date, Membership.__table__.c.end_date  # type: ignore[attr-defined]
    session.execute(
        sa.update(Membership.__table__)  # type: ignore[attr-defined]
        .where(Membership.__table__.c.id == membership_id)  # type: ignore[attr-defined]
        .values(
            start_date=sa.case((sa.or_(start.is_(None), start > on), on), else_=start),
            end_date=sa.case((sa.or_(end.is_(None), end < on), on), else_=end),
        )
    )


def touch(row: Official | Statement) -> None:
    row.updated_at = utcnow()
