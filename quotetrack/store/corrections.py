"""Editor corrections: versioned edits, hides, restores and undos, each written to the Revision log.

A statement's *state* is the dict of everything an editor can change (span, kind, speaker,
role, region, date, topics, status). Every change stores the state before and after, so any
version can be restored, and undoing the latest change puts back exactly the state it replaced.
A span is always re-selected in the article, so `article.text[start:end] == text` holds after
any edit.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, Field
from sqlmodel import Session, col, delete, select

from quotetrack.errors import Conflict, NotFound, QueryError
from quotetrack.kinds import RevisionAction, StatementKind, StatementStatus
from quotetrack.models import (
    Article,
    Membership,
    Official,
    Revision,
    Statement,
    StatementTopic,
    Topic,
    utcnow,
)
from quotetrack.store import officials, writes
from quotetrack.text import split_paragraphs

State = dict[str, Any]
OFFICIAL_FIELDS = ("name", "sort_name", "honorific_prefix", "honorific_suffix")


class StatementCorrection(BaseModel):
    """A change to one statement; fields left out stay as they are (null clears speaker or date).

    The span is given either as `start`/`end` offsets into the article or as `text` copied
    exactly from the article (the occurrence nearest the current span is taken).
    """

    text: str | None = Field(default=None, max_length=20_000)
    start: int | None = Field(default=None, ge=0)
    end: int | None = Field(default=None, ge=0)
    kind: StatementKind | None = None
    official_id: int | None = None
    new_official_name: str | None = Field(default=None, max_length=200)
    role: str | None = Field(default=None, max_length=200)
    region: str | None = Field(default=None, max_length=200)
    date: dt.date | None = None
    topics: list[str] | None = Field(default=None, max_length=50)
    reason: str = Field(min_length=3, max_length=2000)


class OfficialCorrection(BaseModel):
    """A change to an official's names; fields left out stay as they are."""

    name: str | None = Field(default=None, min_length=1, max_length=200)
    sort_name: str | None = Field(default=None, max_length=200)
    honorific_prefix: str | None = Field(default=None, max_length=200)
    honorific_suffix: str | None = Field(default=None, max_length=200)
    reason: str = Field(min_length=3, max_length=2000)


# --- states --------------------------------------------------------------------------------


def _topic_slugs(session: Session, statement_id: int) -> list[str]:
    return sorted(
        session.exec(
            select(Topic.slug)
            .join(StatementTopic, col(StatementTopic.topic_id) == Topic.id)
            .where(StatementTopic.statement_id == statement_id)
        )
    )


def statement_state(*, session: Session, stmt: Statement) -> State:
    return {
        "text": stmt.text,
        "start": stmt.start,
        "end": stmt.end,
        "paragraph": stmt.paragraph,
        "kind": stmt.kind,
        "official_id": stmt.official_id,
        "membership_id": stmt.membership_id,
        "role": stmt.role,
        "region": stmt.region,
        "date": stmt.date.isoformat() if stmt.date else None,
        "topics": _topic_slugs(session, stmt.id or 0),
        "status": stmt.status,
    }


def official_state(official: Official) -> State:
    return {name: getattr(official, name) for name in OFFICIAL_FIELDS}


def _topic_ids(session: Session, slugs: list[str]) -> dict[str, int]:
    found = {t.slug: t.id for t in session.exec(select(Topic).where(col(Topic.slug).in_(slugs)))}
    unknown = sorted(set(slugs) - set(found))
    if unknown:
        raise QueryError(f"unknown topics: {', '.join(unknown)}")
    return {slug: tid for slug, tid in found.items() if tid is not None}


def _apply_statement_state(session: Session, stmt: Statement, state: State) -> None:
    for name in (
        "text",
        "start",
        "end",
        "paragraph",
        "kind",
        "official_id",
        "membership_id",
        "role",
        "region",
        "status",
    ):
        setattr(stmt, name, state[name])
    stmt.date = dt.date.fromisoformat(state["date"]) if state["date"] else None
    now = utcnow()
    stmt.updated_at = now
    stmt.corrected_at = now
    session.add(stmt)
    ids = _topic_ids(session, list(state["topics"]))
    session.exec(delete(StatementTopic).where(col(StatementTopic.statement_id) == stmt.id))
    for tid in sorted(set(ids.values())):
        session.add(StatementTopic(statement_id=stmt.id or 0, topic_id=tid))
    session.flush()


def _apply_official_state(session: Session, official: Official, state: State) -> None:
    for name in OFFICIAL_FIELDS:
        setattr(official, name, state[name])
    writes.touch(official)
    session.add(official)
    session.flush()


def _log(
    session: Session,
    *,
    entity_type: str,
    entity_id: int,
    action: str,
    actor: str,
    reason: str,
    before: State | None,
    after: State | None,
) -> Revision:
    revision = Revision(
        entity_type=entity_type,
        entity_id=entity_id,
        action=action,
        actor=actor,
        reason=reason.strip(),
        before=before,
        after=after,
    )
    session.add(revision)
    session.flush()
    return revision


def _need_reason(reason: str) -> str:
    reason = reason.strip()
    if len(reason) < 3:
        raise QueryError("say why: a reason of at least 3 characters is required")
    return reason


# --- statements ----------------------------------------------------------------------------


def _locate(article_text: str, text: str, near: int) -> tuple[int, int]:
    """The offsets of `text` in the article, the occurrence nearest `near`."""
    starts = []
    pos = article_text.find(text)
    while pos >= 0:
        starts.append(pos)
        pos = article_text.find(text, pos + 1)
    if not starts:
        raise QueryError("the statement text must be copied exactly from the article")
    start = min(starts, key=lambda s: (abs(s - near), s))
    return start, start + len(text)


def _paragraph_of(article_text: str, start: int, end: int) -> int:
    for index, para in enumerate(split_paragraphs(article_text)):
        if para.start <= start and end <= para.end:
            return index
    raise QueryError("a statement must lie within one paragraph of the article")


def _membership_for(session: Session, official_id: int, on: dt.date | None) -> int | None:
    """The official's post on that date, when the registry knows one."""
    memberships = session.exec(select(Membership).where(Membership.official_id == official_id)).all()
    for m in memberships:
        if on is not None and (m.start_date is None or m.start_date <= on) and (m.end_date is None or on <= m.end_date):
            return m.id
    return memberships[0].id if len(memberships) == 1 else None


def _new_state(
    session: Session, stmt: Statement, article: Article, current: State, change: StatementCorrection
) -> State:
    given = change.model_fields_set
    state = dict(current)
    if change.start is not None or change.end is not None:
        if change.start is None or change.end is None:
            raise QueryError("give both start and end")
        if not 0 <= change.start < change.end <= len(article.text):
            raise QueryError(f"start and end must lie within the article (0..{len(article.text)})")
        start, end = change.start, change.end
    elif change.text is not None and change.text != stmt.text:
        text = change.text.strip()
        if not text:
            raise QueryError("the statement text cannot be empty")
        start, end = _locate(article.text, text, stmt.start)
    else:
        start, end = stmt.start, stmt.end
    if (start, end) != (stmt.start, stmt.end):
        state.update(
            start=start, end=end, text=article.text[start:end], paragraph=_paragraph_of(article.text, start, end)
        )
    if change.kind is not None:
        state["kind"] = change.kind
    if "date" in given:
        state["date"] = change.date.isoformat() if change.date else None
    for name in ("role", "region"):
        if name in given:
            state[name] = (getattr(change, name) or "").strip() or None
    if change.topics is not None:
        state["topics"] = sorted(_topic_ids(session, sorted(set(change.topics))))
    official_id = current["official_id"]
    if change.new_official_name and change.new_official_name.strip():
        name = change.new_official_name.strip()
        official_id = writes.create_official(session=session, name=name).id
    elif "official_id" in given:
        official_id = change.official_id
        if official_id is not None:
            official = session.get(Official, official_id)
            if official is None:
                raise QueryError(f"no official #{official_id}")
            while official.merged_into_id is not None:  # attribute to the record it was merged into
                official = session.get(Official, official.merged_into_id)
                assert official is not None
            official_id = official.id
    date = dt.date.fromisoformat(state["date"]) if state["date"] else None
    if official_id != current["official_id"] or state["date"] != current["date"]:
        state["official_id"] = official_id
        state["membership_id"] = _membership_for(session, official_id, date) if official_id else None
    return state


def edit_statement(*, session: Session, statement_id: int, change: StatementCorrection, actor: str) -> Statement | None:
    """Apply a correction and log it; None when the statement does not exist.

    Raises QueryError for a span not in the article, unknown topics or officials, Conflict
    when nothing would change.
    """
    stmt = session.get(Statement, statement_id)
    if stmt is None:
        return None
    article = session.get(Article, stmt.article_id)
    assert article is not None
    reason = _need_reason(change.reason)
    before = statement_state(session=session, stmt=stmt)
    after = _new_state(session, stmt, article, before, change)
    if after == before:
        raise Conflict("nothing to change: the correction matches the current statement")
    _apply_statement_state(session, stmt, after)
    _log(
        session,
        entity_type="statement",
        entity_id=statement_id,
        action=RevisionAction.EDIT,
        actor=actor,
        reason=reason,
        before=before,
        after=after,
    )
    return stmt


def set_hidden(*, session: Session, statement_id: int, hidden: bool, actor: str, reason: str) -> Statement | None:
    """Hide a statement from every public list and search (or show it again), with a reason."""
    stmt = session.get(Statement, statement_id)
    if stmt is None:
        return None
    reason = _need_reason(reason)
    if stmt.status == StatementStatus.SUPERSEDED:
        raise Conflict(f"statement #{statement_id} belongs to an older version of its article")
    status = StatementStatus.HIDDEN if hidden else StatementStatus.PUBLISHED
    if stmt.status == status:
        raise Conflict(f"statement #{statement_id} is already {status}")
    before = statement_state(session=session, stmt=stmt)
    after = {**before, "status": status}
    _apply_statement_state(session, stmt, after)
    _log(
        session,
        entity_type="statement",
        entity_id=statement_id,
        action=RevisionAction.HIDE if hidden else RevisionAction.UNHIDE,
        actor=actor,
        reason=reason,
        before=before,
        after=after,
    )
    return stmt


def mark_reviewed(*, session: Session, statement_id: int, actor: str, reason: str = "checked") -> Statement | None:
    """Accept a low-confidence statement as extracted; it leaves the review queue."""
    stmt = session.get(Statement, statement_id)
    if stmt is None:
        return None
    state = statement_state(session=session, stmt=stmt)
    _log(
        session,
        entity_type="statement",
        entity_id=statement_id,
        action=RevisionAction.REVIEW,
        actor=actor,
        reason=_need_reason(reason),
        before=state,
        after=state,
    )
    return stmt


# --- officials -----------------------------------------------------------------------------


def edit_official(*, session: Session, official_id: int, change: OfficialCorrection, actor: str) -> Official | None:
    """Correct an official's names and log it; None when the official does not exist."""
    official = session.get(Official, official_id)
    if official is None:
        return None
    reason = _need_reason(change.reason)
    before = official_state(official)
    after = dict(before)
    for name in change.model_fields_set & set(OFFICIAL_FIELDS):
        value = getattr(change, name)
        after[name] = value.strip() if isinstance(value, str) and value.strip() else None
    if not after["name"]:
        raise QueryError("an official needs a name")
    after["sort_name"] = after["sort_name"] or after["name"]
    if after == before:
        raise Conflict("nothing to change: the correction matches the current official")
    _apply_official_state(session, official, after)
    _log(
        session,
        entity_type="official",
        entity_id=official_id,
        action=RevisionAction.EDIT,
        actor=actor,
        reason=reason,
        before=before,
        after=after,
    )
    return official


# --- restore and undo ----------------------------------------------------------------------


def _is_state_revision(revision: Revision) -> bool:
    """Revisions written here hold one entity's state; merges and splits hold row images."""
    return not (isinstance(revision.before, dict) and "rows" in revision.before) and revision.action not in {
        "merge",
        "split",
    }


def _entity(session: Session, revision: Revision) -> tuple[Statement | Official, State]:
    if revision.entity_type == "statement":
        stmt = session.get(Statement, revision.entity_id)
        if stmt is None:
            raise NotFound(f"statement #{revision.entity_id} no longer exists")
        return stmt, statement_state(session=session, stmt=stmt)
    if revision.entity_type == "official":
        official = session.get(Official, revision.entity_id)
        if official is None:
            raise NotFound(f"official #{revision.entity_id} no longer exists")
        return official, official_state(official)
    raise QueryError(f"cannot restore a {revision.entity_type}")


def _apply(session: Session, row: Statement | Official, state: State) -> None:
    if isinstance(row, Statement):
        _apply_statement_state(session, row, state)
    else:
        _apply_official_state(session, row, state)


def restore_version(
    *, session: Session, revision_id: int, side: Literal["before", "after"], actor: str, reason: str
) -> Revision | None:
    """Bring a statement or official back to the state before or after a logged change.

    Returns the new "restore" revision; None when the revision does not exist.
    """
    revision = session.get(Revision, revision_id)
    if revision is None:
        return None
    if not _is_state_revision(revision):
        raise Conflict(f"a {revision.action} of officials is reverted with undo, not restored")
    reason = _need_reason(reason)
    target = revision.before if side == "before" else revision.after
    if target is None:
        raise Conflict("that revision has no recorded state to restore")
    row, current = _entity(session, revision)
    target = {**current, **target}
    if target == current:
        raise Conflict("that version is the current one")
    _apply(session, row, target)
    return _log(
        session,
        entity_type=revision.entity_type,
        entity_id=revision.entity_id,
        action=RevisionAction.RESTORE,
        actor=actor,
        reason=reason,
        before=current,
        after=target,
    )


def undo_revision(*, session: Session, revision_id: int, actor: str, reason: str) -> Revision | None:
    """Revert one logged change, putting back exactly the state it replaced.

    Only a change whose result is still the current state can be undone (else Conflict: restore
    a version instead). Merges and splits are undone by the officials store. Returns the new
    "undo" revision, or None when the revision does not exist.
    """
    revision = session.get(Revision, revision_id)
    if revision is None:
        return None
    if revision.undone_at is not None:
        raise Conflict(f"change #{revision_id} was already undone")
    reason = _need_reason(reason)
    if not _is_state_revision(revision):  # merges and splits keep the rows they touched
        return officials.undo(session=session, revision_id=revision_id, actor=actor, reason=reason)
    if revision.before is None or revision.after is None:
        raise Conflict("that change has no recorded state to go back to")
    row, current = _entity(session, revision)
    if current != {**current, **revision.after}:
        raise Conflict(f"{revision.entity_type} #{revision.entity_id} changed since; restore a version instead")
    previous = {**current, **revision.before}
    if previous != current:
        _apply(session, row, previous)
    revision.undone_at = utcnow()
    session.add(revision)
    return _log(
        session,
        entity_type=revision.entity_type,
        entity_id=revision.entity_id,
        action=RevisionAction.UNDO,
        actor=actor,
        reason=reason,
        before=current,
        after=previous,
    )


# --- review queue --------------------------------------------------------------------------

LOW_CONFIDENCE = 0.5


def review_statement_ids(*, session: Session, limit: int = 50, offset: int = 0) -> list[int]:
    """Published low-confidence statements no editor has acted on yet, oldest first.

    Any standing (not undone) revision of a statement takes it out of the queue: accepting,
    fixing and rejecting (hiding) all write one.
    """
    acted = select(Revision.entity_id).where(
        Revision.entity_type == "statement", col(Revision.undone_at).is_(None), Revision.action != RevisionAction.UNDO
    )
    queue = session.exec(
        select(col(Statement.id))
        .where(
            Statement.confidence < LOW_CONFIDENCE,
            Statement.status == StatementStatus.PUBLISHED,
            col(Statement.id).not_in(acted),
        )
        .order_by(col(Statement.created_at), col(Statement.id))
        .limit(limit)
        .offset(offset)
    )
    return [statement_id for statement_id in queue if statement_id is not None]
