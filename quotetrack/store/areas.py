"""Reading areas for the region pages and feeds: an area by its URL key, areas with their
statement and official counts, and the officials who held posts in an area."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import Session, col, func, select

from quotetrack.kinds import StatementStatus
from quotetrack.models import Area, AreaPublic, Membership, Official, OfficialPublic, Statement
from quotetrack.store.cache import cached
from quotetrack.store.reads import officials_public


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


def officials_in_area(*, session: Session, area_id: int, limit: int = 100) -> list[OfficialPublic]:
    """Officials who held a post in the area or directly below it, most quoted first (memoised)."""
    return cached(session, ("area officials", area_id, limit), lambda: _officials_in_area(session, area_id, limit))


def _officials_in_area(session: Session, area_id: int, limit: int) -> list[OfficialPublic]:
    # Step by step, each step a short list: the officials of the area's posts, then only their
    # statements counted (counting every official's took 450 ms at a million statements).
    below = select(Area.id).where(sa.or_(col(Area.id) == area_id, col(Area.parent_id) == area_id))
    ids = session.exec(select(Membership.official_id).where(col(Membership.area_id).in_(below)).distinct()).all()
    if not ids:
        return []
    counts = (
        select(Statement.official_id, func.count().label("n"))
        .where(Statement.status == StatementStatus.PUBLISHED, col(Statement.official_id).in_(ids))
        .group_by(col(Statement.official_id))
        .subquery()
    )
    rows = session.exec(
        select(Official, func.coalesce(counts.c.n, 0).label("n"))
        .join(counts, counts.c.official_id == Official.id, isouter=True)
        .where(col(Official.id).in_(ids), col(Official.merged_into_id).is_(None))
        .order_by(sa.desc("n"), col(Official.sort_name))
        .limit(limit)
    ).all()
    return officials_public(session, rows)
