"""Write functions: every change to the store goes through here (ingest, CLI, editors)."""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cache
from typing import Any, NamedTuple

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.sql.compiler import SQLCompiler
from sqlmodel import Session, SQLModel, col, select

from quotetrack.kinds import StatementStatus
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
from quotetrack.store.db import table_of
from quotetrack.topics import TopicDef


class _Compiled(NamedTuple):
    sql: str
    order: Callable[[Mapping[str, Any]], Any] | None  # values -> the positional tuple (sqlite3); None: named
    processors: list[tuple[str, Callable[[Any], Any]]]  # bound name -> its column type's bind processor
    fixed: dict[str, Any]  # bound values the statement carries itself


class DriverStatement:
    """A Core statement compiled once per dialect and run on the session's DBAPI cursor.

    The ingest runs a dozen small INSERTs per article, and SQLAlchemy's execute path costs about
    ten times what the driver does (~90 against ~8 us a call). Values still go through the
    columns' bind processors (dates on SQLite, UTC timestamps), driver errors come back as
    SQLAlchemy's (IntegrityError stays IntegrityError), and the statement runs in the session's
    transaction. Every bound column must be given: no Python-side column default is filled in.
    """

    def __init__(self, build: Callable[[str], sa.ClauseElement]) -> None:
        self._build = build  # dialect name -> statement (ON CONFLICT is spelt per dialect)
        self._compiled: dict[str, _Compiled] = {}

    def _prepare(self, dialect: sa.Dialect) -> _Compiled:
        if dialect.name not in self._compiled:
            compiled = self._build(dialect.name).compile(dialect=dialect)
            assert isinstance(compiled, SQLCompiler)  # a statement compiles to SQL; DDL would not
            processors: list[tuple[str, Callable[[Any], Any]]] = []
            fixed = {}
            for bind, name in compiled.bind_names.items():
                if not bind.required:  # a value the statement carries itself (LIMIT 1, SQLite's OFFSET 0)
                    fixed[name] = bind.effective_value
                processor = bind.type.dialect_impl(dialect).bind_processor(dialect)
                if processor is not None:
                    processors.append((name, processor))
            # Positional drivers (sqlite3) get a tuple in the statement's order, named ones the dict.
            order = None
            if compiled.positional:
                names = list(compiled.positiontup or ())
                order = operator.itemgetter(*names) if len(names) > 1 else lambda row: tuple(row[n] for n in names)
            self._compiled[dialect.name] = _Compiled(compiled.string, order, processors, fixed)
        return self._compiled[dialect.name]

    def _bound(self, session: Session, rows: Sequence[Mapping[str, Any]]) -> tuple[Any, str, list[Any]]:
        connection = session.connection()
        sql, order, processors, fixed = self._prepare(connection.dialect)
        bound: list[Any] = []
        for row in rows:
            values = {**fixed, **row} if fixed else dict(row)
            for name, processor in processors:
                values[name] = processor(values[name])
            bound.append(order(values) if order is not None else values)
        return connection, sql, bound

    def _call(self, connection: sa.Connection, sql: str, params: list[Any], run: Callable[[Any], Any]) -> Any:
        dbapi = connection.connection.dbapi_connection
        assert dbapi is not None  # the connection is open: the session runs in it
        cursor = dbapi.cursor()
        try:
            return run(cursor)
        except connection.dialect.loaded_dbapi.Error as exc:
            raise sa.exc.DBAPIError.instance(
                sql, params, exc, connection.dialect.loaded_dbapi.Error, dialect=connection.dialect
            ) from exc
        finally:
            cursor.close()

    def first(self, session: Session, row: Mapping[str, Any]) -> tuple[Any, ...] | None:
        """Run for one row; the first row it returns, as the driver gives it (None when none comes back).

        No result processing: fit for columns the driver returns as they are (ids, integers, text).
        """
        connection, sql, (params,) = self._bound(session, [row])

        def run(cursor: Any) -> tuple[Any, ...] | None:
            cursor.execute(sql, params)
            found = cursor.fetchone()
            return None if found is None else tuple(found)

        return self._call(connection, sql, [params], run)

    def scalar(self, session: Session, row: Mapping[str, Any]) -> Any:
        """Run for one row; the first column of the row it returns (None when none comes back)."""
        found = self.first(session, row)
        return None if found is None else found[0]

    def scalars(self, session: Session, rows: Sequence[Mapping[str, Any]]) -> list[Any]:
        """Run for each row, in order; the first returned column of each (an INSERT's new ids)."""
        connection, sql, params = self._bound(session, rows)

        def run(cursor: Any) -> list[Any]:
            out = []
            for one in params:  # one at a time: a multi-row INSERT does not promise the ids' order
                cursor.execute(sql, one)
                out.append(cursor.fetchone()[0])
            return out

        return self._call(connection, sql, params, run)

    def many(self, session: Session, rows: Sequence[Mapping[str, Any]]) -> None:
        """Run for every row in one executemany; nothing is read back."""
        if rows:
            connection, sql, params = self._bound(session, rows)
            self._call(connection, sql, params, lambda cursor: cursor.executemany(sql, params))


def driver_insert(model: type[SQLModel], *, returning: bool = False, skip_on: Sequence[str] = ()) -> DriverStatement:
    """A DriverStatement inserting every column of `model` but the id (optionally ON CONFLICT DO NOTHING)."""
    table = table_of(model)
    values = {c.name: sa.bindparam(c.name, type_=c.type) for c in table.columns if c.name != "id"}

    def build(dialect: str) -> sa.ClauseElement:
        insert: Any = (postgresql if dialect == "postgresql" else sqlite).insert(table) if skip_on else sa.insert(table)
        insert = insert.values(values)
        if skip_on:
            insert = insert.on_conflict_do_nothing(index_elements=list(skip_on))
        return insert.returning(table.c.id) if returning else insert

    return DriverStatement(build)


# The ingest's hot statements, built once.
_INSERT_ARTICLE = driver_insert(Article, returning=True, skip_on=["sha256"])
_INSERT_STATEMENT = driver_insert(Statement, returning=True)
_INSERT_TOPIC_LINKS = driver_insert(StatementTopic)
_INSERT_OFFICIAL = driver_insert(Official, returning=True)
_INSERT_MEMBERSHIP = driver_insert(Membership, returning=True)
_INSERT_ALIASES = driver_insert(OfficialAlias, skip_on=["official_id", "name"])
_MEMBERSHIP = table_of(Membership)
_ON = sa.bindparam("on", type_=sa.Date)
_WIDEN_MEMBERSHIP = DriverStatement(
    lambda _dialect: (
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


def stored_texts(*, session: Session, sha256s: Sequence[str]) -> set[str]:
    """Which of these article text hashes are stored already."""
    if not sha256s:
        return set()
    return set(session.exec(select(Article.sha256).where(col(Article.sha256).in_(set(sha256s)))))


def add_article(*, session: Session, article: Article) -> Article:
    session.add(article)
    session.flush()
    return article


def insert_article(*, session: Session, values: Mapping[str, Any]) -> int | None:
    """Store a new article (every column but id) and return its id; None (nothing stored) when its
    text is stored already. The unique sha256 decides, so two ingests storing the same text at
    once cannot both win.
    """
    return _INSERT_ARTICLE.scalar(session, values)


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
        assert stmt.id is not None  # given by the flush
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
    unset = {
        "status": StatementStatus.PUBLISHED,
        "cluster_id": None,
        "created_at": now,
        "updated_at": now,
        "corrected_at": None,
    }
    ids = _INSERT_STATEMENT.scalars(session, [{**unset, **row} for row in rows])
    links = [{"statement_id": sid, "topic_id": tid} for sid, tids in zip(ids, topics, strict=True) for tid in set(tids)]
    _INSERT_TOPIC_LINKS.many(session, links)
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
    *,
    session: Session,
    name: str,
    sort_name: str | None = None,
    honorific_prefix: str | None = None,
    honorific_suffix: str | None = None,
) -> int:
    """create_official for the ingest: the new id, without building an ORM object."""
    now = utcnow()
    return _INSERT_OFFICIAL.scalar(
        session,
        {
            "name": name,
            "sort_name": sort_name or name,
            "honorific_prefix": honorific_prefix or None,
            "honorific_suffix": honorific_suffix or None,
            "merged_into_id": None,
            "created_at": now,
            "updated_at": now,
        },
    )


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
    _INSERT_ALIASES.many(session, list(rows.values()))


def ensure_area(
    *, session: Session, name: str, level: str, code: str | None = None, province: str | None = None
) -> Area:
    """The area of this code (or name), created when new. `province`: the province a kabupaten or
    kota without a code lies in, filed as its parent (created when new), so that a province's
    page holds its regencies' officials; an area stored before without a parent gets it."""
    query = select(Area).where(Area.code == code) if code else select(Area).where(Area.name == name)
    area = session.exec(query).first()
    changed = area is None
    if area is None:
        area = Area(name=name, level=level, code=code)
        session.add(area)
    if province is not None and area.parent_id is None and area.code is None and province != area.name:
        area.parent_id = ensure_area(session=session, name=province, level="provinsi").id
        changed = True
    if changed:
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
            sa.func.lower(Membership.role) == role.lower(),  # one post however its words are cased
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
    return _INSERT_MEMBERSHIP.scalar(
        session,
        {
            "official_id": official_id,
            "role": role,
            "organization": None,
            "area_id": area_id,
            "appointment": appointment,
            "start_date": on,
            "end_date": on,
        },
    )


def widen_membership(*, session: Session, membership_id: int, on: dt.date) -> None:
    """Stretch a membership's period to cover `on`, against the stored dates (not a cached copy)."""
    _WIDEN_MEMBERSHIP.many(session, [{"membership_id": membership_id, "on": on}])


def place_membership(*, session: Session, membership_id: int, area_id: int) -> None:
    """Give a membership recorded without a place (a post printed bare) the place since printed."""
    session.execute(
        sa.update(Membership)
        .where(col(Membership.id) == membership_id, col(Membership.area_id).is_(None))
        .values(area_id=area_id)
    )


def touch(row: Official | Statement) -> None:
    row.updated_at = utcnow()
