"""Read functions shared by the web pages, the JSON API and the CLI.

Each returns *Public shapes (never table rows) or None when the row does not exist;
only the routes turn None into a 404.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TypeVar

import sqlalchemy as sa
from sqlmodel import Session, col, func, select

from quotetrack.errors import NotFound, QueryError
from quotetrack.extract.mentions import speaking_body
from quotetrack.kinds import Appointment, StatementStatus
from quotetrack.models import (
    Area,
    Article,
    ArticleDetail,
    ArticleRef,
    Membership,
    MembershipPublic,
    Official,
    OfficialAlias,
    OfficialPublic,
    OfficialRef,
    Revision,
    RevisionPublic,
    Statement,
    StatementBase,
    StatementDetail,
    StatementPublic,
    StatementTopic,
    Topic,
    TopicPublic,
)
from quotetrack.resolve.gazetteer import professions
from quotetrack.resolve.posts import held_as_printed
from quotetrack.store import cursors
from quotetrack.store.cache import cached
from quotetrack.store.db import select_columns, table_of
from quotetrack.store.filters import StatementFilter, check_date_range, region_names
from quotetrack.store.post_forms import role_matches
from quotetrack.store.variants import is_name_variant

Query = TypeVar("Query", bound=sa.Select)


_TOPICS_OF = (
    sa.select(col(StatementTopic.statement_id), col(Topic.slug))
    .join(Topic, col(Topic.id) == StatementTopic.topic_id)
    .where(col(StatementTopic.statement_id).in_(sa.bindparam("ids", expanding=True)))
    .order_by(col(Topic.slug))
)


def _topics_for(session: Session, ids: Sequence[int]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = defaultdict(list)
    if not ids:
        return out
    for sid, slug in session.execute(_TOPICS_OF, {"ids": list(ids)}):
        out[sid].append(slug)
    return out


# Only the columns a StatementPublic shows: never the article's whole text, never ORM objects
# (hydrating entities cost more than the query on a search page of twenty hits).
_STATEMENT_COLUMNS = (*StatementBase.model_fields, "id", "updated_at", "corrected_at")
_ARTICLE_COLUMNS = tuple(ArticleRef.model_fields)


@cache
def _statement_select() -> sa.Select:
    """Built once: a Select is immutable, each caller adds its own WHERE and ORDER BY."""
    s, a = table_of(Statement).c, table_of(Article).c
    return (
        sa.select(
            *(s[name] for name in _STATEMENT_COLUMNS),
            *(a[name].label(f"article_{name}") for name in _ARTICLE_COLUMNS),
            col(Official.id).label("official_ref_id"),
            col(Official.name).label("official_ref_name"),
            col(Membership.role).label("held_role"),
            col(Membership.appointment).label("appointment"),
            col(Area.name).label("held_region"),
            # The topic slugs in the same round trip (comma-joined; slugs hold no commas).
            sa.select(func.aggregate_strings(col(Topic.slug), ","))
            .select_from(StatementTopic)
            .join(Topic, col(Topic.id) == StatementTopic.topic_id)
            .where(col(StatementTopic.statement_id) == col(Statement.id))
            .scalar_subquery()
            .label("topic_slugs"),
        )
        .join(Article, col(Article.id) == Statement.article_id)
        .join(Official, col(Official.id) == Statement.official_id, isouter=True)
        .join(Membership, col(Membership.id) == Statement.membership_id, isouter=True)
        .join(Area, col(Area.id) == Membership.area_id, isouter=True)
    )


@cache
def _by_ids() -> sa.Select:
    return _statement_select().where(col(Statement.id).in_(sa.bindparam("ids", expanding=True)))


@cache
def _by_ids_for_search() -> sa.Select:
    return _by_ids().add_columns(
        col(Statement.stem).label("stored_stem"), col(Statement.cluster_id).label("stored_cluster")
    )


def _to_public(rows: Sequence[sa.Row]) -> list[StatementPublic]:
    out = []
    for row in rows:
        values = row._mapping
        fields = {name: values[name] for name in _STATEMENT_COLUMNS}
        ref_id = values["official_ref_id"]
        fields.update(
            official=OfficialRef.model_construct(id=ref_id, name=values["official_ref_name"])
            if ref_id is not None
            else None,
            article=ArticleRef.model_construct(**{name: values[f"article_{name}"] for name in _ARTICLE_COLUMNS}),
            topics=sorted(values["topic_slugs"].split(",")) if values["topic_slugs"] else [],
            held_role=held_as_printed(values["held_role"], values["role"]),
            held_region=values["held_region"],
            acting=values["appointment"] == Appointment.ACTING,
        )
        # Columns typed by the models themselves: nothing to validate (a search page builds 20).
        out.append(StatementPublic.model_construct(**fields))
    return out


def _unindexed(column: object) -> sa.ColumnElement:
    """`column + 0`: keeps SQLite from driving a newest-first list from a large IN (...) set and
    sorting it; it walks the date index and checks membership instead (measured: 200 ms -> 20 ms
    for a topic holding a twelfth of 100,000 statements)."""
    return col(column) + 0


def _apply_filter(query: Query, flt: StatementFilter, *, session: Session, ordered: bool = True) -> Query:
    """`flt` as WHERE clauses. `ordered=False` (counts) lets the IN sets drive through indexes."""
    member = _unindexed if ordered else col
    if not flt.include_hidden:
        # An article's page shows its own statements even when a newer version superseded them.
        shown = (
            (StatementStatus.PUBLISHED, StatementStatus.SUPERSEDED)
            if flt.article_id is not None
            else (StatementStatus.PUBLISHED,)
        )
        query = query.where(col(Statement.status).in_(shown))
    if flt.official_id is not None:
        query = query.where(col(Statement.official_id) == flt.official_id)
    if flt.article_id is not None:
        query = query.where(col(Statement.article_id) == flt.article_id)
    if flt.kind:
        query = query.where(col(Statement.kind) == flt.kind)
    if flt.topic:
        query = query.where(
            member(Statement.id).in_(
                select(StatementTopic.statement_id).where(col(StatementTopic.topic_id).in_(_topic_ids(flt.topic)))
            )
        )
    if flt.date_from is not None:
        query = query.where(col(Statement.date) >= flt.date_from)
    if flt.date_to is not None:
        query = query.where(col(Statement.date) <= flt.date_to)
    if flt.region or flt.province or flt.role:
        memberships = select(Membership.id)
        for region in (flt.region, flt.province):  # the province filter is read as a region
            if region:
                memberships = memberships.where(col(Membership.area_id).in_(area_ids_within(session, region)))
        if flt.role:
            # "Kapolda" finds the stored "Kepala Kepolisian Daerah", "Sekda" "Sekretaris Daerah"
            memberships = memberships.where(role_matches(flt.role))
        query = query.where(member(Statement.membership_id).in_(memberships))
    if flt.outlet or flt.language:
        articles = select(Article.id)
        if flt.outlet:
            articles = articles.where(func.lower(Article.outlet) == flt.outlet.casefold())
        if flt.language:
            articles = articles.where(col(Article.language) == flt.language)
        query = query.where(col(Statement.article_id).in_(articles))
    return query


def _topic_ids(slug: str) -> sa.Select:
    """The topic's id and its child topics' (see StatementFilter.topic)."""
    named = select(Topic.id).where(Topic.slug == slug)
    return select(Topic.id).where(sa.or_(col(Topic.id).in_(named), col(Topic.parent_id).in_(named)))


def area_ids_within(session: Session, region: str) -> list[int]:
    """Ids of the area named by code or name, and of the areas directly below it (memoised).

    A list, not a subquery: PostgreSQL estimated the subquery's areas at 400 and their posts
    at 37,500 instead of 96, and counted a region's 1,900 statements by reading all million."""
    return cached(session, ("areas within", region), lambda: _area_ids_within(session, region))


def _area_ids_within(session: Session, region: str) -> list[int]:
    matched = select(Area.id).where(sa.or_(col(Area.code) == region, func.lower(Area.name).in_(region_names(region))))
    within = session.exec(select(Area.id).where(sa.or_(col(Area.id).in_(matched), col(Area.parent_id).in_(matched))))
    return [area_id for area_id in within if area_id is not None]


def unknown_in_filter(*, session: Session, flt: StatementFilter) -> NotFound | None:
    """What `flt` names that is not stored ("no official #7", "no topic 'x'", "no region 'x'",
    "no article #9"), or None when everything it names exists. A list filtered by a mistyped
    id is empty, and "0 results" reads as "nobody said it"; routes say which name is unknown."""
    if flt.official_id is not None and session.get(Official, flt.official_id) is None:
        return NotFound.missing("official", flt.official_id)
    if flt.article_id is not None and session.get(Article, flt.article_id) is None:
        return NotFound.missing("article", flt.article_id)
    if flt.topic and flt.topic not in {t.slug for t in topic_labels(session=session)}:
        return NotFound.missing("topic", flt.topic)
    for region in (flt.region, flt.province):
        if region and not area_ids_within(session, region):
            return NotFound.missing("region", region)
    return None


def _after(cursor: cursors.Cursor, *, in_article: bool) -> sa.ColumnElement[bool]:
    """Rows after `cursor`: in reading order for an article's list (the key is a position),
    else newest first, where undated statements come last (the key is a date)."""
    if in_article:
        start = cursor.number_key()
        if not 0 <= start < 2**31:  # a position in a text (an INTEGER column)
            raise QueryError(cursors.MALFORMED, key="bad_cursor")
        return sa.or_(
            col(Statement.start) > start, sa.and_(col(Statement.start) == start, col(Statement.id) > cursor.last_id)
        )
    day = cursor.date_key()
    if day is None:
        return sa.and_(col(Statement.date).is_(None), col(Statement.id) < cursor.last_id)
    return sa.or_(
        col(Statement.date) < day,
        sa.and_(col(Statement.date) == day, col(Statement.id) < cursor.last_id),
        col(Statement.date).is_(None),
    )


def _list_fingerprint(flt: StatementFilter) -> str:
    return cursors.fingerprint("statements", flt.params(), flt.include_hidden)


def list_statements(
    *,
    session: Session,
    flt: StatementFilter = StatementFilter(),
    limit: int = 50,
    offset: int = 0,
    cursor: str | None = None,
) -> list[StatementPublic]:
    """Statements newest first (statement date, then id); an article's in reading order.

    `cursor`: the next_cursor of the previous page (see next_cursor); QueryError (a 400) for one
    that is malformed or belongs to another list, and for a date range backwards."""
    check_date_range(flt)
    after = cursors.decode(cursor, of="statements", query=_list_fingerprint(flt)) if cursor else None
    # A topic, region or role holding few statements: read them through its indexes and sort
    # them, instead of walking the date index past all the others (a region with 2,000 of a
    # million statements: 1.4 s cold on PostgreSQL). The count is memoised, and the pages that
    # list them show it anyway.
    by_set = bool(flt.topic or flt.region or flt.province or flt.role) and flt.article_id is None
    few = by_set and count_statements(session=session, flt=flt) <= SORT_AT_MOST
    query = _apply_filter(_statement_select(), flt, session=session, ordered=not few)
    in_article = flt.article_id is not None
    if after is not None:
        query = query.where(_after(after, in_article=in_article))
    if in_article:
        query = query.order_by(col(Statement.start), col(Statement.id))
    else:
        # Matches ix_statement_date_id (SQLite) and ix_statement_newest (PostgreSQL).
        query = query.order_by(col(Statement.date).desc().nulls_last(), col(Statement.id).desc())
    rows = session.execute(query.limit(limit).offset(offset)).all()
    return _to_public(rows)


def next_cursor(flt: StatementFilter, statements: Sequence[StatementPublic]) -> str | None:
    """The cursor of the page after `statements` (a page of list_statements under `flt`)."""
    if not statements:
        return None
    last = statements[-1]
    key = last.start if flt.article_id is not None else (last.date.isoformat() if last.date else None)
    return cursors.encode(cursors.Cursor(key=key, last_id=last.id), of="statements", query=_list_fingerprint(flt))


# Up to this many statements are sorted rather than found by walking the date index.
SORT_AT_MOST = 5_000


def count_statements(*, session: Session, flt: StatementFilter = StatementFilter()) -> int:
    """Statements matching `flt` (memoised per data version: filters are frozen, hence keys)."""
    query = _apply_filter(select(func.count()).select_from(Statement), flt, session=session, ordered=False)
    return cached(session, ("count", flt), lambda: session.exec(query).one())


def get_statement(*, session: Session, statement_id: int) -> StatementDetail | None:
    """One statement (hidden ones too) with its public correction log."""
    row = session.execute(_statement_select().where(col(Statement.id) == statement_id)).first()
    if row is None:
        return None
    public = _to_public([row])[0]
    corrections = list_revisions(session=session, entity_type="statement", entity_id=statement_id)
    mentioned = {
        state["official_id"]
        for r in corrections
        for state in (r.before, r.after)
        if state and isinstance(state.get("official_id"), int)
    }
    names = dict(session.exec(select(Official.id, Official.name).where(col(Official.id).in_(mentioned))).all())
    return StatementDetail.model_validate(
        public.model_dump(), update={"corrections": corrections, "official_names": names}
    )


def list_revisions(
    *, session: Session, entity_type: str, entity_id: int | None = None, limit: int = 200, offset: int = 0
) -> list[RevisionPublic]:
    """The correction log of one statement or official (all of that type when no id), oldest first."""
    query = select(Revision).where(Revision.entity_type == entity_type)
    if entity_id is not None:
        query = query.where(Revision.entity_id == entity_id)
    rows = session.exec(query.order_by(col(Revision.created_at), col(Revision.id)).limit(limit).offset(offset))
    return [RevisionPublic.model_validate(r) for r in rows]


def statements_by_ids(*, session: Session, ids: Sequence[int]) -> list[StatementPublic]:
    """Statements in the order of `ids` (search results keep their ranking)."""
    return _to_public(_rows_by_ids(session, _by_ids(), ids))


@dataclass(frozen=True, slots=True)
class SearchRows:
    """A search page's statements, with what only the search reads of them: each statement's
    stem column (for highlighting) and its cluster (the other outlets that reported it)."""

    statements: list[StatementPublic]
    stems: dict[int, str]
    clusters: dict[int, int]  # statement id -> cluster id, for statements in a cluster


def search_rows_by_ids(*, session: Session, ids: Sequence[int]) -> SearchRows:
    """statements_by_ids and each statement's stem and cluster, in the same round trip: a search
    page asked for its stems apart (0.5 ms of a PostgreSQL search), and for its clusters apart
    too (a query of its own, 0.8 ms of client CPU)."""
    rows = _rows_by_ids(session, _by_ids_for_search(), ids)
    return SearchRows(
        _to_public(rows),
        {row.id: row.stored_stem for row in rows},
        {row.id: row.stored_cluster for row in rows if row.stored_cluster is not None},
    )


def _rows_by_ids(session: Session, query: sa.Select, ids: Sequence[int]) -> list[sa.Row]:
    if not ids:
        return []
    # On the session's connection: the ORM's execute would handle each row again.
    rows = session.connection().execute(query, {"ids": list(ids)}).all()
    by_id = {r.id: r for r in rows}
    return [by_id[i] for i in ids if i in by_id]


def get_article(*, session: Session, article_id: int) -> ArticleDetail | None:
    article = session.get(Article, article_id)
    if article is None:
        return None
    count = count_statements(session=session, flt=StatementFilter(article_id=article_id))
    return ArticleDetail.model_validate(article, update={"statement_count": count})


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
        out[membership.official_id].append(MembershipPublic.of(membership, area))
    return out


def officials_public(session: Session, officials: Sequence[tuple[Official, int]]) -> list[OfficialPublic]:
    """(official, statement count) rows as OfficialPublic, with their aliases and posts."""
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
                # Name variants only: the resolver's other aliases (pronouns, "tegasnya", clauses) are not names.
                "aliases": [a for a in aliases.get(o.id or 0, []) if a != o.name and is_name_variant(a)],
                "memberships": memberships.get(o.id or 0, []),
                "statement_count": n,
            },
        )
        for o, n in officials
    ]


def _official_counts(since: dt.date | None = None) -> sa.Subquery:
    query = select(Statement.official_id, func.count().label("n")).where(Statement.status == StatementStatus.PUBLISHED)
    if since is not None:
        query = query.where(col(Statement.date) >= since)
    return query.group_by(col(Statement.official_id)).subquery()


def public_post() -> sa.ColumnElement[bool]:
    """WHERE term on Membership: the post is a public office, not an occupation (professions.txt)."""
    role = func.lower(Membership.role)
    return sa.not_(
        sa.or_(
            *(
                sa.or_(role == p.casefold(), role.startswith(p.casefold() + " ", autoescape=True))
                for p in sorted(professions())
            )
        )
    )


def list_officials(
    *, session: Session, limit: int = 50, offset: int = 0, since: dt.date | None = None, officials_only: bool = False
) -> list[OfficialPublic]:
    """People quoted, most quoted first (counting statements dated `since` or later, when given).

    `officials_only`: only those who held a public post (not researchers, activists, residents).
    """
    return cached(
        session,
        ("officials", limit, offset, since, officials_only),
        lambda: _list_officials(session, limit, offset, since, officials_only),
    )


def _list_officials(
    session: Session, limit: int, offset: int, since: dt.date | None, officials_only: bool
) -> list[OfficialPublic]:
    counts = _official_counts(since)
    query = (
        select(Official, func.coalesce(counts.c.n, 0).label("n"))
        .join(counts, counts.c.official_id == Official.id, isouter=since is None)
        .where(col(Official.merged_into_id).is_(None))
    )
    if officials_only:
        query = query.where(col(Official.id).in_(select(Membership.official_id).where(public_post())))
    query = query.order_by(sa.desc("n"), col(Official.sort_name), col(Official.id)).limit(limit).offset(offset)
    return officials_public(session, session.exec(query).all())


def latest_statement_date(*, session: Session) -> dt.date | None:
    return session.exec(select(func.max(Statement.date)).where(Statement.status == StatementStatus.PUBLISHED)).one()


def get_official(*, session: Session, official_id: int) -> OfficialPublic | None:
    official = session.get(Official, official_id)
    if official is None:
        return None
    n = count_statements(session=session, flt=StatementFilter(official_id=official_id))
    return officials_public(session, [(official, n)])[0]


def list_topics(*, session: Session) -> list[TopicPublic]:
    """Every topic with its count of published statements (memoised per data version)."""
    return cached(session, "topics", lambda: _list_topics(session))


def topic_labels(*, session: Session) -> list[TopicPublic]:
    """Every topic, without counting its statements (statement_count 0): for menus and labels.
    Counting reads every topic link (0.9 s at a million statements on SQLite) and starts over
    after each write, so pages that show no counts should not pay for them."""
    return cached(
        session,
        "topic labels",
        lambda: [
            TopicPublic.model_validate(t, update={"statement_count": 0})
            for t in session.exec(select(Topic).order_by(Topic.slug)).all()
        ],
    )


def _list_topics(session: Session) -> list[TopicPublic]:
    # Every link counted (the topic index alone), less the links of the few statements that are
    # not published (a partial index): joining every link to its statement's status read a million
    # rows (0.9 s on SQLite), and these counts start over after each write.
    linked = dict(
        session.exec(select(StatementTopic.topic_id, func.count()).group_by(col(StatementTopic.topic_id))).all()
    )
    # An IN subquery, so that it is read first; the status spelt as a literal, since SQLite uses a
    # partial index only for the very term it was made with.
    hidden = select(Statement.id).where(col(Statement.status) != sa.literal_column(f"'{StatementStatus.PUBLISHED}'"))
    unpublished = dict(
        session.exec(
            select(StatementTopic.topic_id, func.count())
            .where(col(StatementTopic.statement_id).in_(hidden))
            .group_by(col(StatementTopic.topic_id))
        ).all()
    )
    return [
        t.model_copy(update={"statement_count": linked.get(t.id, 0) - unpublished.get(t.id, 0)})
        for t in topic_labels(session=session)
    ]


@dataclass(frozen=True, slots=True)
class Totals:
    articles: int
    statements: int
    officials: int


def totals(*, session: Session) -> Totals:
    """How many articles, statements and officials are stored (memoised: a full count of a
    million statements takes 200 ms on PostgreSQL)."""
    return cached(session, "totals", lambda: _totals(session))


def _totals(session: Session) -> Totals:
    return Totals(
        articles=session.exec(select(func.count()).select_from(Article)).one(),
        statements=session.exec(select(func.count()).select_from(Statement)).one(),
        officials=session.exec(
            select(func.count()).select_from(Official).where(col(Official.merged_into_id).is_(None))
        ).one(),
    )


@dataclass(frozen=True, slots=True)
class Month:
    statements: int  # each statement once, however many topics it carries
    topics: dict[str, int]  # statements of the month per topic slug


def described_as(*, session: Session, official_id: int, limit: int = 3) -> list[str]:
    """How the articles describe a person (the roles their published statements print: "pemilik
    warung kopi", "Pengamat politik"), the most printed first: who someone holding no post is."""
    count = func.count().label("n")
    rows = session.exec(
        select_columns(Statement.role, count)
        .where(
            Statement.official_id == official_id,
            col(Statement.role).is_not(None),
            Statement.status == StatementStatus.PUBLISHED,
        )
        .group_by(col(Statement.role))
        .order_by(count.desc(), col(Statement.role))
        .limit(limit)
    )
    return [role for role, _ in rows if role]


def statement_months(*, session: Session, flt: StatementFilter) -> dict[str, Month]:
    """Statements per month ("2024-05"), and per topic within each month, for timeline charts."""
    query = _apply_filter(
        select_columns(Statement.id, Statement.date, Topic.slug)
        .select_from(Statement)
        .join(StatementTopic, col(StatementTopic.statement_id) == Statement.id, isouter=True)
        .join(Topic, col(Topic.id) == StatementTopic.topic_id, isouter=True),
        flt,
        session=session,
    ).where(col(Statement.date).is_not(None))
    said: dict[str, set[int]] = defaultdict(set)
    topics: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for sid, day, slug in session.exec(query):
        month = f"{day.year:04d}-{day.month:02d}"
        said[month].add(sid)
        if slug:
            topics[month][slug] += 1
    return {m: Month(len(ids), dict(topics[m])) for m, ids in sorted(said.items())}


@dataclass(frozen=True, slots=True)
class ExportRow:
    """One statement as a flat row for CSV/JSONL exports, read without ORM objects."""

    id: int
    date: dt.date | None
    speaker: str | None
    official_id: int | None
    role: str | None
    region: str | None
    acting: bool
    kind: str
    text: str
    topics: list[str]
    cue: str | None
    confidence: float
    status: str
    outlet: str | None
    title: str | None
    author: str | None
    url: str | None
    published: dt.date | None
    article_id: int
    start: int
    end: int
    corrected_at: dt.datetime | None


def iter_export_rows(
    *, session: Session, flt: StatementFilter = StatementFilter(), chunk: int = 2000
) -> Iterator[ExportRow]:
    """Every matching statement in id order as flat rows: keyset chunks, constant memory.

    Plain column tuples, not table objects: an export of a million rows spends its time
    writing, not building ORM instances and validating models.
    """
    columns = select_columns(
        Statement.id,
        Statement.date,
        Official.name,
        Official.id,
        Membership.role,
        Area.name,
        Membership.appointment,
        Statement.role,
        Statement.region,
        Statement.kind,
        Statement.text,
        Statement.cue,
        Statement.confidence,
        Statement.status,
        Article.outlet,
        Article.title,
        Article.author,
        Article.url,
        Article.published,
        Article.id,
        Statement.start,
        Statement.end,
        Statement.corrected_at,
        Statement.speaker_mention,
    ).select_from(Statement)
    columns = (
        columns.join(Article, col(Article.id) == Statement.article_id)
        .join(Official, col(Official.id) == Statement.official_id, isouter=True)
        .join(Membership, col(Membership.id) == Statement.membership_id, isouter=True)
        .join(Area, col(Area.id) == Membership.area_id, isouter=True)
    )
    filtered = _apply_filter(columns, flt, session=session)
    last_id = 0
    while True:
        query = filtered.where(col(Statement.id) > last_id).order_by(col(Statement.id))
        rows = session.exec(query.limit(chunk)).all()
        if not rows:
            return
        topics = _topics_for(session, [r[0] for r in rows])
        for (
            sid,
            day,
            name,
            oid,
            held_role,
            held_region,
            appointment,
            role,
            region,
            kind,
            text,
            cue,
            confidence,
            status,
            outlet,
            title,
            author,
            url,
            published,
            aid,
            start,
            end,
            corrected,
            mention,
        ) in rows:
            yield ExportRow(
                id=sid,
                date=day,
                speaker=name if oid is not None else speaking_body(mention),
                official_id=oid,
                role=held_as_printed(held_role, role) or role,
                region=held_region or region,
                acting=appointment == Appointment.ACTING,
                kind=kind,
                text=text,
                topics=topics.get(sid, []),
                cue=cue,
                confidence=confidence,
                status=status,
                outlet=outlet,
                title=title,
                author=author,
                url=url,
                published=published,
                article_id=aid,
                start=start,
                end=end,
                corrected_at=corrected,
            )
        last_id = rows[-1][0]
