"""Write functions: every change to the store goes through here (ingest, CLI, editors)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from typing import Any, cast

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, SQLModel, col, select

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


def table_of(model: type[SQLModel]) -> sa.Table:
    return cast(sa.Table, model.__table__)  # type: ignore[attr-defined]


# The ingest's hot statements, built once: building an INSERT per call costs more than running it,
# and they run on the session's connection, past the ORM's execute machinery.
_STATEMENT, _MEMBERSHIP, _OFFICIAL = table_of(Statement), table_of(Membership), table_of(Official)
_INSERT_STATEMENTS = sa.insert(_STATEMENT).returning(_STATEMENT.c.id, sort_by_parameter_order=True)
_INSERT_TOPIC_LINKS = sa.insert(table_of(StatementTopic))
_INSERT_OFFICIAL = sa.insert(_OFFICIAL).returning(_OFFICIAL.c.id)
_INSERT_MEMBERSHIP = sa.insert(_MEMBERSHIP).returning(_MEMBERSHIP.c.id)
_ON = sa.bindparam("on", type_=sa.Date)
_WIDEN_MEMBERSHIP = (
    sa.update(_MEMBERSHIP)
    .where(_MEMBERSHIP.c.id == sa.bindparam("membership_id"))
    .values(
        start_date=sa.case(
            (sa.or_(_MEMBERSHIP.c.start_date.is_(None), _MEMBERSHIP.c.start_date > _ON), _ON),
            else_=_MEMBERSHIP.c.start_date,
        ),
        end_date=sa.case(
            (sa.or_(_MEMBERSHIP.c.end_date.is_(None), _MEMBERSHIP.c.end_date < _ON), _ON),
            else_=_MEMBERSHIP.c.end_date,
        ),
    )
)


def insert_or_skip(
    session: Session, table: sa.Table, unique: Sequence[str], *, returning_id: bool = False
) -> sa.Insert:
    """INSERT that leaves out rows whose `unique` columns are already stored (ON CONFLICT DO NOTHING)."""
    return _insert_or_skip(session.get_bind().dialect.name, table.name, tuple(unique), returning_id)


@cache
def _insert_or_skip(dialect: str, table_name: str, unique: tuple[str, ...], returning_id: bool) -> sa.Insert:
    table = SQLModel.metadata.tables[table_name]
    insert = (postgresql if dialect == "postgresql" else sqlite).insert(table)
    insert = insert.on_conflict_do_nothing(index_elements=list(unique))
    return insert.returning(table.c.id) if returning_id else insert


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
    table = table_of(Article)
    values = {c.name: getattr(article, c.name) for c in table.columns if c.name != "id"}
    insert = insert_or_skip(session, table, ["sha256"], returning_id=True)
    article.id = session.connection().execute(insert, values).scalar()
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
        session.execute(insert_or_skip(session, table_of(Topic), ["slug"]), missing)
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
    connection = session.connection()
    ids = list(
        connection.execute(
            _INSERT_STATEMENTS, [{"status": "published", "created_at": now, "updated_at": now, **row} for row in rows]
        ).scalars()
    )
    links = [{"statement_id": sid, "topic_id": tid} for sid, tids in zip(ids, topics, strict=True) for tid in set(tids)]
    if links:
        connection.execute(_INSERT_TOPIC_LINKS, links)
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
    return session.connection().execute(
        _INSERT_OFFICIAL,
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
        session.connection().execute(
            insert_or_skip(session, table_of(OfficialAlias), ["official_id", "name"]), list(rows.values())
        )


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
    return session.connection().execute(
        _INSERT_MEMBERSHIP,
        {"official_id": official_id, "role": role, "area_id": area_id, "appointment": appointment,
         "start_date": on, "end_date": on},
    ).scalar_one()


def widen_membership(*, session: Session, membership_id: int, on: dt.date) -> None:
    """Stretch a membership's period to cover `on`, against the stored dates (not a cached copy)."""
    session.connection().execute(_WIDEN_MEMBERSHIP, {"membership_id": membership_id, "on": on})


def touch(row: Official | Statement) -> None:
    row.updated_at = utcnow()
