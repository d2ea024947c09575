"""Tidying the registry after re-extraction: posts' coverage spans, officials' names, unused officials.

`keep`: officials an editor touched (an edit, merge or split in the correction log); they keep
their names and are never removed.
"""

from __future__ import annotations

from collections import Counter

import sqlalchemy as sa
from sqlmodel import Session, col, delete, func, select

from quotetrack.kinds import StatementStatus
from quotetrack.models import Membership, MergeSuggestion, Official, OfficialAlias, Statement
from quotetrack.resolve import parse_name
from quotetrack.store import writes
from quotetrack.store.registry import alias_key


def refresh_coverage(session: Session) -> None:
    """Each post's first and last day seen in coverage, from the statements that now cite it."""
    seen = (
        select(Statement.membership_id, func.min(Statement.date), func.max(Statement.date))
        .where(
            col(Statement.membership_id).is_not(None),
            col(Statement.date).is_not(None),
            col(Statement.status).in_([StatementStatus.PUBLISHED, StatementStatus.HIDDEN]),
        )
        .group_by(col(Statement.membership_id))
    )
    for membership_id, first, last in session.exec(seen).all():
        session.exec(
            sa.update(Membership)
            .where(col(Membership.id) == membership_id)
            .where(
                sa.or_(
                    col(Membership.start_date) != first,
                    col(Membership.end_date) != last,
                    col(Membership.start_date).is_(None),
                )
            )
            .values(start_date=first, end_date=last)
        )


def rename_to_readings(session: Session, names: dict[int, Counter[str]], keep: set[int]) -> int:
    """Officials no editor touched take the fullest name the current rules read for them (the
    most often read on a tie), as an ingest names them; the old name stays an alias."""
    renamed = 0
    for official_id, counts in names.items():
        official = session.get(Official, official_id)
        if official_id in keep or official is None or official.merged_into_id is not None:
            continue
        best = max(counts.items(), key=lambda kv: (len(kv[0].split()), kv[1], kv[0]))[0].strip()[:200]
        if not best or best == official.name:
            continue
        writes.add_alias(session=session, official_id=official_id, name=official.name, key=alias_key(official.name))
        official.name, official.sort_name = best, parse_name(best).sort_name or best
        writes.touch(official)
        session.add(official)
        renamed += 1
    session.flush()
    return renamed


def remove_unused(session: Session, keep: set[int]) -> int:
    """Officials no statement cites any more (the old rules' misreadings), and their unused posts."""
    cited = select(Statement.official_id).where(col(Statement.official_id).is_not(None)).distinct()
    merged_into = select(Official.merged_into_id).where(col(Official.merged_into_id).is_not(None))
    unused = [
        oid
        for oid in session.exec(
            select(Official.id).where(
                col(Official.id).not_in(cited),
                col(Official.merged_into_id).is_(None),
                col(Official.id).not_in(merged_into),
            )
        )
        if oid not in keep
    ]
    cited_posts = select(Statement.membership_id).where(col(Statement.membership_id).is_not(None)).distinct()
    touched = list(keep) or [-1]
    session.exec(
        delete(Membership).where(col(Membership.id).not_in(cited_posts), col(Membership.official_id).not_in(touched))
    )
    if not unused:
        return 0
    for chunk in range(0, len(unused), 500):
        ids = unused[chunk : chunk + 500]
        session.exec(
            delete(MergeSuggestion).where(
                sa.or_(col(MergeSuggestion.official_a_id).in_(ids), col(MergeSuggestion.official_b_id).in_(ids))
            )
        )
        session.exec(delete(OfficialAlias).where(col(OfficialAlias.official_id).in_(ids)))
        session.exec(delete(Membership).where(col(Membership.official_id).in_(ids)))
        session.exec(delete(Official).where(col(Official.id).in_(ids)))
    return len(unused)
