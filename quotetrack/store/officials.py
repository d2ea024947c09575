"""Editing the officials registry: merge, split and undo with a history, and the merge-suggestion queue.

Every operation records the rows it touched as they were before and after (a Revision with
entity_type "official"), so undo puts back exactly the previous state. The web editors, the API
and the CLI all call these functions; they flush but never commit (the caller owns the transaction).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import Session, SQLModel, col, func, select

from quotetrack.errors import Conflict, NotFound
from quotetrack.kinds import Appointment, RevisionAction, SuggestionStatus
from quotetrack.models import (
    Area,
    Membership,
    MembershipPublic,
    MergeSuggestion,
    Official,
    OfficialAlias,
    OfficialRef,
    Revision,
    RevisionPublic,
    Statement,
    utcnow,
)
from quotetrack.resolve import OfficialRecord, parse_name, role_at
from quotetrack.resolve.model import MembershipRecord
from quotetrack.store.db import table_of

# Tables an operation may change, with the columns it may change. Undo restores these columns
# only; timestamps stay as they are (the revision itself says when).
_TRACKED: dict[str, tuple[type[SQLModel], tuple[str, ...]]] = {
    "official": (Official, ("name", "sort_name", "honorific_prefix", "honorific_suffix", "merged_into_id")),
    "membership": (
        Membership,
        ("official_id", "area_id", "role", "organization", "start_date", "end_date", "appointment"),
    ),
    "official_alias": (OfficialAlias, ("official_id", "name", "key")),
    "merge_suggestion": (
        MergeSuggestion,
        ("official_a_id", "official_b_id", "score", "reason", "status", "decided_at", "decided_by"),
    ),
    "statement": (Statement, ("official_id", "membership_id")),
}
# Parents before children when rows come back; children before parents when they go.
_RESTORE_ORDER = ("official", "membership", "official_alias", "merge_suggestion", "statement")
_DATE_COLUMNS = frozenset({"start_date", "end_date"})
_DATETIME_COLUMNS = frozenset({"decided_at"})

Image = dict[str, object]


def _image(table: str, row: SQLModel) -> Image:
    out: Image = {}
    for column in _TRACKED[table][1]:
        value = getattr(row, column)
        out[column] = value.isoformat() if isinstance(value, dt.date) else value
    return out


def _decode(column: str, value: object) -> object:
    if value is None:
        return None
    if column in _DATE_COLUMNS:
        return dt.date.fromisoformat(str(value))
    if column in _DATETIME_COLUMNS:
        return dt.datetime.fromisoformat(str(value))
    return value


class _Recorder:
    """Collects the before image of every row an operation touches; `images()` adds the after."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.before: dict[str, dict[int, Image | None]] = {t: {} for t in _TRACKED}
        self.officials: set[int] = set()

    def watch(self, table: str, row: SQLModel) -> None:
        """Call before changing or deleting `row`."""
        rows = self.before[table]
        row_id = row.id  # type: ignore[attr-defined]  # every tracked table has one; SQLModel declares none
        if row_id not in rows:
            rows[row_id] = _image(table, row)

    def created(self, table: str, row: SQLModel) -> None:
        """Call after adding and flushing a new row."""
        self.before[table].setdefault(row.id, None)  # type: ignore[attr-defined]  # as in watch()

    def images(self) -> tuple[dict, dict]:
        self.session.flush()
        model_of = {t: spec[0] for t, spec in _TRACKED.items()}
        before: dict[str, dict[str, Image | None]] = {}
        after: dict[str, dict[str, Image | None]] = {}
        for table, rows in self.before.items():
            if not rows:
                continue
            before[table] = {str(k): v for k, v in rows.items()}
            after[table] = {}
            for row_id in rows:
                row = self.session.get(model_of[table], row_id)
                after[table][str(row_id)] = _image(table, row) if row is not None else None
        return before, after


def _officials_tag(ids: Iterable[int]) -> str:
    """ "|3|17|": every official an operation touched, so history can find it with LIKE."""
    return "|" + "|".join(str(i) for i in sorted(set(ids))) + "|"


def _record(
    *, session: Session, rec: _Recorder, entity_id: int, action: str, actor: str, reason: str, summary: dict
) -> Revision:
    rows_before, rows_after = rec.images()
    tag = _officials_tag(rec.officials)
    revision = Revision(
        entity_type="official",
        entity_id=entity_id,
        action=action,
        actor=actor,
        reason=reason,
        before={"officials": tag, "rows": rows_before},
        after={"officials": tag, **summary, "rows": rows_after},
    )
    session.add(revision)
    session.flush()
    return revision


def _live_official(session: Session, official_id: int) -> Official:
    official = session.get(Official, official_id)
    if official is None:
        raise NotFound.missing("official", official_id)
    if official.merged_into_id is not None:
        raise Conflict(f"official #{official_id} was merged into #{official.merged_into_id}")
    return official


def _same_post(a: Membership, b: Membership) -> bool:
    return (a.role, a.area_id, a.organization, a.appointment) == (b.role, b.area_id, b.organization, b.appointment)


def _widen(target: Membership, start: dt.date | None, end: dt.date | None) -> None:
    starts = [d for d in (target.start_date, start) if d is not None]
    ends = [d for d in (target.end_date, end) if d is not None]
    target.start_date = min(starts) if starts else None
    target.end_date = max(ends) if ends else None


def _add_alias(session: Session, rec: _Recorder, official_id: int, name: str) -> None:
    name = name.strip()[:300]
    if not name:
        return
    exists = session.exec(
        select(OfficialAlias).where(OfficialAlias.official_id == official_id, OfficialAlias.name == name)
    ).first()
    if exists is None:
        alias = OfficialAlias(official_id=official_id, name=name, key=" ".join(name.casefold().split())[:300])
        session.add(alias)
        session.flush()
        rec.created("official_alias", alias)


# --- merge ---------------------------------------------------------------------------------


def merge_officials(*, session: Session, keep_id: int, merge_id: int, actor: str, reason: str) -> Revision:
    """Fold official `merge_id` into `keep_id`: statements, roles and every alias move over.

    The merged row stays with merged_into_id set, so its id (and old URLs) resolve to `keep_id`.
    A role both held (same post, area, body, appointment) becomes one membership spanning both.
    """
    if keep_id == merge_id:
        raise Conflict("an official cannot be merged into itself")
    keep = _live_official(session, keep_id)
    gone = _live_official(session, merge_id)
    rec = _Recorder(session)
    rec.officials |= {keep_id, merge_id}

    rec.watch("official", gone)
    gone.merged_into_id = keep_id
    if not keep.honorific_prefix and not keep.honorific_suffix and (gone.honorific_prefix or gone.honorific_suffix):
        rec.watch("official", keep)
        keep.honorific_prefix, keep.honorific_suffix = gone.honorific_prefix, gone.honorific_suffix

    kept_names = set(session.exec(select(OfficialAlias.name).where(OfficialAlias.official_id == keep_id)))
    for alias in session.exec(select(OfficialAlias).where(OfficialAlias.official_id == merge_id)).all():
        rec.watch("official_alias", alias)
        if alias.name in kept_names:
            session.delete(alias)
        else:
            alias.official_id = keep_id
    session.flush()
    if gone.name != keep.name and gone.name not in kept_names:
        _add_alias(session, rec, keep_id, gone.name)

    kept_posts = session.exec(select(Membership).where(Membership.official_id == keep_id)).all()
    for membership in session.exec(select(Membership).where(Membership.official_id == merge_id)).all():
        rec.watch("membership", membership)
        twin = next((k for k in kept_posts if _same_post(k, membership)), None)
        if twin is None:
            membership.official_id = keep_id
            continue
        rec.watch("membership", twin)
        _widen(twin, membership.start_date, membership.end_date)
        for stmt in session.exec(select(Statement).where(Statement.membership_id == membership.id)).all():
            rec.watch("statement", stmt)
            stmt.membership_id = twin.id
        session.flush()
        session.delete(membership)

    for stmt in session.exec(select(Statement).where(Statement.official_id == merge_id)).all():
        rec.watch("statement", stmt)
        stmt.official_id = keep_id

    low, high = sorted((keep_id, merge_id))
    for suggestion in session.exec(
        select(MergeSuggestion).where(
            MergeSuggestion.official_a_id == low,
            MergeSuggestion.official_b_id == high,
            MergeSuggestion.status == SuggestionStatus.OPEN,
        )
    ).all():
        rec.watch("merge_suggestion", suggestion)
        suggestion.status, suggestion.decided_at, suggestion.decided_by = SuggestionStatus.ACCEPTED, utcnow(), actor
    return _record(
        session=session,
        rec=rec,
        entity_id=keep_id,
        action=RevisionAction.MERGE,
        actor=actor,
        reason=reason,
        summary={"keep_id": keep_id, "merge_id": merge_id},
    )


# --- split ---------------------------------------------------------------------------------


def split_official(
    *, session: Session, official_id: int, statement_ids: Sequence[int], new_name: str, actor: str, reason: str
) -> Revision:
    """Move the chosen statements to a new official called `new_name`, with the roles they cite.

    A role only the moved statements cite moves with them; a role both sides cite is copied,
    and each copy's dates are narrowed to its own statements. The new official's id is in
    `revision.after["new_official_id"]`.
    """
    _live_official(session, official_id)
    wanted = sorted(set(statement_ids))
    if not wanted:
        raise Conflict("choose at least one statement to split off")
    if not new_name.strip():
        raise Conflict("the new official needs a name")
    moved = session.exec(select(Statement).where(col(Statement.id).in_(wanted))).all()
    found = {s.id for s in moved}
    missing = [i for i in wanted if i not in found]
    if missing:
        raise NotFound(f"no statement #{missing[0]}")
    foreign = [s.id for s in moved if s.official_id != official_id]
    if foreign:
        raise Conflict(f"statement #{foreign[0]} is not attributed to official #{official_id}")

    rec = _Recorder(session)
    parsed = parse_name(new_name)
    person = Official(
        name=parsed.name or new_name.strip(),
        sort_name=parsed.sort_name or parsed.name or new_name.strip(),
        honorific_prefix=parsed.prefix or None,
        honorific_suffix=parsed.suffix or None,
    )
    session.add(person)
    session.flush()
    assert person.id is not None
    rec.created("official", person)
    rec.officials |= {official_id, person.id}
    _add_alias(session, rec, person.id, new_name)

    staying = session.exec(
        select(Statement).where(Statement.official_id == official_id, col(Statement.id).not_in(wanted))
    ).all()
    by_membership: dict[int, list[Statement]] = {}
    for stmt in moved:
        rec.watch("statement", stmt)
        stmt.official_id = person.id
        if stmt.membership_id is not None:
            by_membership.setdefault(stmt.membership_id, []).append(stmt)
    for membership_id, stmts in by_membership.items():
        membership = session.get(Membership, membership_id)
        assert membership is not None
        rec.watch("membership", membership)
        remaining = [s for s in staying if s.membership_id == membership_id]
        if not remaining:
            membership.official_id = person.id
            continue
        copy = Membership(
            official_id=person.id,
            area_id=membership.area_id,
            role=membership.role,
            organization=membership.organization,
            appointment=membership.appointment,
            start_date=_first(stmts),
            end_date=_last(stmts),
        )
        session.add(copy)
        session.flush()
        rec.created("membership", copy)
        for stmt in stmts:
            stmt.membership_id = copy.id
        if _first(remaining) is not None:
            membership.start_date, membership.end_date = _first(remaining), _last(remaining)

    printed = {s.speaker_mention for s in moved if s.speaker_mention}
    still_printed = {s.speaker_mention for s in staying if s.speaker_mention}
    for name in sorted(printed):
        alias = session.exec(
            select(OfficialAlias).where(OfficialAlias.official_id == official_id, OfficialAlias.name == name)
        ).first()
        if alias is not None and name not in still_printed:
            rec.watch("official_alias", alias)
            alias.official_id = person.id
            session.flush()
        else:
            _add_alias(session, rec, person.id, name)
    return _record(
        session=session,
        rec=rec,
        entity_id=official_id,
        action=RevisionAction.SPLIT,
        actor=actor,
        reason=reason,
        summary={"official_id": official_id, "new_official_id": person.id, "statement_ids": wanted},
    )


def _first(stmts: Sequence[Statement]) -> dt.date | None:
    return min((s.date for s in stmts if s.date), default=None)


def _last(stmts: Sequence[Statement]) -> dt.date | None:
    return max((s.date for s in stmts if s.date), default=None)


# --- undo ----------------------------------------------------------------------------------


def undo(*, session: Session, revision_id: int, actor: str, reason: str = "") -> Revision:
    """Put every row a merge, split or undo touched back as it was before it.

    Raises Conflict when those rows changed since (a later edit would be lost) or when rows the
    operation created are now used by something else; nothing is changed then.
    """
    revision = session.get(Revision, revision_id)
    if revision is None or revision.entity_type != "official":
        raise NotFound(f"no officials revision #{revision_id}")
    if revision.undone_at is not None:
        raise Conflict(f"revision #{revision_id} was already undone")
    if not revision.before or not revision.after or "rows" not in revision.before:
        raise Conflict(f"revision #{revision_id} cannot be undone")
    before, after = revision.before["rows"], revision.after["rows"]
    _check_unchanged(session, after)
    _check_unused(session, before, after)

    rec = _Recorder(session)
    for table in _RESTORE_ORDER:
        model, columns = _TRACKED[table]
        for key, image in before.get(table, {}).items():
            if image is None:
                continue
            row = session.get(model, int(key))
            values = {c: _decode(c, image[c]) for c in columns}
            if row is None:
                row = model(id=int(key), **values)
                session.add(row)
                session.flush()
                rec.created(table, row)
            else:
                rec.watch(table, row)
                for column, value in values.items():
                    setattr(row, column, value)
        session.flush()
    for table in reversed(_RESTORE_ORDER):
        model = _TRACKED[table][0]
        for key, image in before.get(table, {}).items():
            if image is None and (row := session.get(model, int(key))) is not None:
                rec.watch(table, row)
                session.delete(row)
        session.flush()
    rec.officials |= _tag_ids(revision.after.get("officials", ""))
    revision.undone_at = utcnow()
    return _record(
        session=session,
        rec=rec,
        entity_id=revision.entity_id,
        action=RevisionAction.UNDO,
        actor=actor,
        reason=reason or f"undo #{revision_id} ({revision.action})",
        summary={"undoes": revision_id},
    )


def _tag_ids(tag: object) -> set[int]:
    return {int(part) for part in str(tag).split("|") if part.isdigit()}


def _check_unchanged(session: Session, after: dict) -> None:
    for table, rows in after.items():
        model = _TRACKED[table][0]
        for key, image in rows.items():
            row = session.get(model, int(key))
            now = _image(table, row) if row is not None else None
            if now != image:
                raise Conflict(f"{table} #{key} changed since; undo the later changes first")


def _check_unused(session: Session, before: dict, after: dict) -> None:
    """Rows the operation created may be deleted only if nothing outside the revision uses them."""
    covered = {t: {int(k) for k in after.get(t, {})} for t in _TRACKED}
    created = {t: {int(k) for k, v in before.get(t, {}).items() if v is None} for t in _TRACKED}
    uses = [
        ("statement", Statement, Statement.official_id, "official"),
        ("membership", Membership, Membership.official_id, "official"),
        ("official_alias", OfficialAlias, OfficialAlias.official_id, "official"),
        ("official", Official, Official.merged_into_id, "official"),
        ("merge_suggestion", MergeSuggestion, MergeSuggestion.official_a_id, "official"),
        ("merge_suggestion", MergeSuggestion, MergeSuggestion.official_b_id, "official"),
        ("statement", Statement, Statement.membership_id, "membership"),
    ]
    for table, model, column, parent in uses:
        if not created[parent]:
            continue
        # Every model listed has an id; type[SQLModel] declares none.
        ids = session.exec(select(model.id).where(col(column).in_(created[parent]))).all()  # type: ignore[attr-defined]
        outside = [i for i in ids if i not in covered[table]]
        if outside:
            raise Conflict(f"{parent} rows created by this change are now used by {table} #{outside[0]}")


# --- history ---------------------------------------------------------------------------------


def history(*, session: Session, official_id: int, limit: int = 100) -> list[RevisionPublic]:
    """Merges, splits and undos that touched this official or any official merged into it."""
    ids = {official_id}
    frontier = {official_id}
    while frontier:
        merged = session.exec(select(Official.id).where(col(Official.merged_into_id).in_(frontier)))
        frontier = {i for i in merged if i is not None} - ids
        ids |= frontier
    text = sa.cast(Revision.after, sa.Text)
    rows = session.exec(
        select(Revision)
        .where(
            Revision.entity_type == "official",
            sa.or_(col(Revision.entity_id).in_(ids), *(text.like(f"%|{i}|%") for i in sorted(ids))),
        )
        .order_by(col(Revision.id).desc())
        .limit(limit)
    ).all()
    return [RevisionPublic.model_validate(r) for r in rows]


# --- roles by date -------------------------------------------------------------------------


def membership_at(*, session: Session, official_id: int, on: dt.date) -> MembershipPublic | None:
    """The post the official held on a date (the resolver's role_at over the stored memberships)."""
    rows = session.exec(
        select(Membership, Area)
        .join(Area, col(Area.id) == Membership.area_id, isouter=True)
        .where(Membership.official_id == official_id)
    ).all()
    records = [
        MembershipRecord(
            post=m.role,
            region=area.name if area else None,
            org=m.organization,
            appointment="acting" if m.appointment == Appointment.ACTING else "definitive",
            start=m.start_date,
            end=m.end_date,
            role=m.role,
        )
        for m, area in rows
    ]
    held = role_at(OfficialRecord(key=str(official_id), name="", memberships=tuple(records)), on)
    if held is None:
        return None
    membership, area = rows[next(k for k, r in enumerate(records) if r is held)]
    return MembershipPublic.of(membership, area)


# --- merge suggestions -------------------------------------------------------------------------


class SuggestionPublic(SQLModel):
    """An open question for an editor: are these two officials one person?"""

    id: int
    a: OfficialRef
    b: OfficialRef
    score: float
    reason: str
    status: str
    created_at: dt.datetime
    decided_at: dt.datetime | None = None
    decided_by: str | None = None


@dataclass(frozen=True, slots=True)
class Pair:
    """A suggestion from the resolver, in database ids."""

    a: int
    b: int
    score: float
    reason: str = ""


def store_suggestions(*, session: Session, pairs: Iterable[Pair]) -> int:
    """Queue the resolver's uncertain pairs; returns how many new open suggestions were added.

    A pair an editor already accepted or rejected is not asked again; an open one keeps its
    best score. Pairs involving merged officials are skipped.
    """
    merged = set(session.exec(select(Official.id).where(col(Official.merged_into_id).is_not(None))))
    best: dict[tuple[int, int], Pair] = {}  # a pair met twice keeps its best score (the first such reason)
    for pair in pairs:
        a, b = sorted((pair.a, pair.b))
        if a != b and a not in merged and b not in merged and ((a, b) not in best or pair.score > best[a, b].score):
            best[a, b] = pair
    firsts = sorted({a for a, _ in best})
    stored = {}
    for i in range(0, len(firsts), 500):  # one query per 500 officials, not one per pair
        query = select(MergeSuggestion).where(col(MergeSuggestion.official_a_id).in_(firsts[i : i + 500]))
        stored.update({(row.official_a_id, row.official_b_id): row for row in session.exec(query)})
    new = []
    for (a, b), pair in best.items():
        row = stored.get((a, b))
        if row is None:
            new.append(
                {
                    "official_a_id": a,
                    "official_b_id": b,
                    "score": pair.score,
                    "reason": pair.reason[:500],
                    "status": SuggestionStatus.OPEN,
                    "created_at": utcnow(),
                }
            )
        elif row.status == SuggestionStatus.OPEN and pair.score > row.score:
            row.score, row.reason = pair.score, pair.reason[:500]
    if new:
        session.execute(sa.insert(table_of(MergeSuggestion)), new)
    session.flush()
    return len(new)


def list_suggestions(
    *, session: Session, status: SuggestionStatus = SuggestionStatus.OPEN, limit: int = 50, offset: int = 0
) -> list[SuggestionPublic]:
    """Suggestions, most likely first; open ones only between officials not merged since."""
    a, b = sa.orm.aliased(Official), sa.orm.aliased(Official)
    query = (
        select(MergeSuggestion, a, b)
        .join(a, col(a.id) == MergeSuggestion.official_a_id)
        .join(b, col(b.id) == MergeSuggestion.official_b_id)
        .where(MergeSuggestion.status == status)
    )
    if status == SuggestionStatus.OPEN:
        query = query.where(col(a.merged_into_id).is_(None), col(b.merged_into_id).is_(None))
    rows = session.exec(
        query.order_by(col(MergeSuggestion.score).desc(), col(MergeSuggestion.id)).limit(limit).offset(offset)
    ).all()
    return [
        SuggestionPublic.model_validate(
            s, update={"a": OfficialRef.model_validate(oa), "b": OfficialRef.model_validate(ob)}
        )
        for s, oa, ob in rows
    ]


def _open_suggestion(session: Session, suggestion_id: int) -> MergeSuggestion:
    row = session.get(MergeSuggestion, suggestion_id)
    if row is None:
        raise NotFound(f"no merge suggestion #{suggestion_id}")
    if row.status != SuggestionStatus.OPEN:
        raise Conflict(f"merge suggestion #{suggestion_id} was already {row.status}")
    return row


def accept_suggestion(
    *, session: Session, suggestion_id: int, actor: str, reason: str = "", keep_id: int | None = None
) -> Revision:
    """Merge the pair; by default the official with more statements (then the older) is kept."""
    row = _open_suggestion(session, suggestion_id)
    pair = (row.official_a_id, row.official_b_id)
    if keep_id is None:
        counts = dict(
            session.exec(
                select(Statement.official_id, func.count())
                .where(col(Statement.official_id).in_(pair))
                .group_by(col(Statement.official_id))
            ).all()
        )
        keep_id = min(pair, key=lambda i: (-counts.get(i, 0), i))
    elif keep_id not in pair:
        raise Conflict(f"official #{keep_id} is not part of merge suggestion #{suggestion_id}")
    merge_id = pair[1] if keep_id == pair[0] else pair[0]
    return merge_officials(
        session=session,
        keep_id=keep_id,
        merge_id=merge_id,
        actor=actor,
        reason=reason or f"accepted merge suggestion #{suggestion_id} ({row.reason})",
    )


def reject_suggestion(*, session: Session, suggestion_id: int, actor: str) -> MergeSuggestion:
    """Keep the two apart; the resolver will not suggest the pair again."""
    row = _open_suggestion(session, suggestion_id)
    row.status, row.decided_at, row.decided_by = SuggestionStatus.REJECTED, utcnow(), actor
    session.flush()
    return row
