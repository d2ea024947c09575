"""Reading areas for the region pages and feeds: an area by its URL key, areas with their
statement and official counts, and the officials who held posts in an area."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import Session, col, func, select

from quotetrack.kinds import StatementStatus
from quotetrack.models import Area, AreaPublic, Membership, Official, Statement
from quotetrack.store.cache import cached
from quotetrack.store.db import select_columns


def area_key(area: AreaPublic | Area) -> str:
    """The URL key of an area: its official code, or "a<id>" for areas known only from text."""
    return area.code or f"a{area.id}"


def get_area(*, session: Session, key: str) -> AreaPublic | None:
    if key.startswith("a") and key[1:].isdigit():
        area = session.get(Area, int(key[1:]))
    else:
        area = session.exec(select(Area).where(Area.code == key)).first()
    return AreaPublic.model_validate(area) if area else None


@dataclass(frozen=True, slots=True)
class AreaSummary:
    area: AreaPublic
    key: str
    statements: int
    officials: int


def list_areas(*, session: Session, parent_id: int | None = None, top_level: bool = False) -> list[AreaSummary]:
    """Areas under `parent_id` (or the top level) with statement and official counts, busiest first.

    Counts include the areas directly below each one, so a province counts its regencies.
    Memoised per data version.
    """
    return cached(session, ("areas", parent_id, top_level), lambda: _list_areas(session, parent_id, top_level))


def _list_areas(session: Session, parent_id: int | None, top_level: bool) -> list[AreaSummary]:
    query = select(Area)
    if parent_id is not None:
        query = query.where(Area.parent_id == parent_id)
    elif top_level:
        query = query.where(col(Area.parent_id).is_(None))
    areas = session.exec(query).all()
    if not areas:
        return []
    ids = [a.id for a in areas]
    children = dict(session.exec(select(Area.id, Area.parent_id).where(col(Area.parent_id).in_(ids))).all())
    owner = {a.id: a.id for a in areas} | {child: parent for child, parent in children.items()}
    counts: dict[int | None, list] = {a.id: [0, set()] for a in areas}  # area id -> [statements, speakers]
    rows = session.exec(
        select(Membership.area_id, Statement.official_id, func.count())
        .join(Statement, col(Statement.membership_id) == Membership.id)
        .where(col(Membership.area_id).in_(list(owner)), Statement.status == StatementStatus.PUBLISHED)
        .group_by(col(Membership.area_id), col(Statement.official_id))
    ).all()
    for area_id, official_id, n in rows:
        bucket = counts[owner[area_id]]
        bucket[0] += n
        bucket[1].add(official_id)
    summaries = [
        AreaSummary(AreaPublic.model_validate(a), area_key(a), counts[a.id][0], len(counts[a.id][1])) for a in areas
    ]
    return sorted(summaries, key=lambda s: (-s.statements, s.area.name))


@dataclass(frozen=True, slots=True)
class AreaPost:
    """A post held in a region, with the days coverage first and last cites it (as on the
    official's page: news gives no term of office)."""

    role: str
    area_name: str
    first_seen: dt.date | None
    last_seen: dt.date | None


@dataclass(frozen=True, slots=True)
class AreaOfficial:
    """An official on a region's page: the posts they held in it, and what they said in them."""

    id: int
    name: str
    posts: tuple[AreaPost, ...]  # in the order they were taken up
    statement_count: int  # statements made while holding one of those posts


def officials_in_area(*, session: Session, area_id: int, limit: int = 100) -> list[AreaOfficial]:
    """Officials who held a post in the area or directly below it, most quoted in those posts first
    (memoised). A mayor who became a minister is listed as the mayor, with the mayor's words: the
    page is the region's, and her minister's post and words belong to no region."""
    return cached(session, ("area officials", area_id, limit), lambda: _officials_in_area(session, area_id, limit))


def _officials_in_area(session: Session, area_id: int, limit: int) -> list[AreaOfficial]:
    below = select(Area.id).where(sa.or_(col(Area.id) == area_id, col(Area.parent_id) == area_id))
    posts = session.execute(
        select_columns(
            Membership.id,
            Membership.official_id,
            Membership.role,
            Area.name,
            Membership.start_date,
            Membership.end_date,
        )
        .join(Area, col(Area.id) == Membership.area_id)
        .where(col(Membership.area_id).in_(below))
        .order_by(col(Membership.start_date), col(Membership.id))
    ).all()
    if not posts:
        return []
    # One line per (role, place): two memberships printing the same post (one per article
    # version, or before a merge) read as one span from the earliest day to the latest.
    held: dict[int, dict[tuple[str, str], tuple[dt.date | None, dt.date | None]]] = {}
    for _mid, official_id, role, area_name, start, end in posts:
        spans = held.setdefault(official_id, {})
        first, last = spans.get((role, area_name), (None, None))
        spans[(role, area_name)] = (_earliest(first, start), _latest(last, end))
    counts = dict(
        session.exec(
            select(Statement.official_id, func.count())
            .where(
                Statement.status == StatementStatus.PUBLISHED,
                col(Statement.membership_id).in_([mid for mid, *_ in posts]),
            )
            .group_by(col(Statement.official_id))
        ).all()
    )
    officials = session.exec(
        select(Official.id, Official.name, Official.sort_name).where(
            col(Official.id).in_(list(held)), col(Official.merged_into_id).is_(None)
        )
    ).all()
    ranked = sorted(officials, key=lambda o: (-counts.get(o[0], 0), o[2] or o[1]))
    return [
        AreaOfficial(
            id=oid,
            name=name,
            posts=tuple(AreaPost(role, place, first, last) for (role, place), (first, last) in held[oid].items()),
            statement_count=counts.get(oid, 0),
        )
        for oid, name, _sort in ranked[:limit]
        if oid is not None
    ]


def _earliest(a: dt.date | None, b: dt.date | None) -> dt.date | None:
    return min(a, b) if a and b else a or b


def _latest(a: dt.date | None, b: dt.date | None) -> dt.date | None:
    return max(a, b) if a and b else a or b
