"""Editor actions: every change an editor can make, as one typed function and one transaction.

The HTML forms (web/editor.py, web/factchecks.py) and the JSON API (web/api/write.py,
web/api/factchecks.py) both call these, so an action's checks, its "not found" and its commit
are written once; a handler only reads its input (form or JSON) and shapes the answer (a
redirect or a JSON body). Each function commits on success and raises NotFound, Conflict or
QueryError otherwise (the handler rolls the session back when it keeps using it).
"""

from __future__ import annotations

from typing import Literal, TypeVar

from sqlmodel import Session

from quotetrack.errors import NotFound
from quotetrack.models import (
    FactCheckBase,
    FactCheckPublic,
    MergeSuggestion,
    Official,
    Revision,
    Statement,
    TopicPublic,
)
from quotetrack.store import corrections, factchecks, officials, topics
from quotetrack.store.corrections import OfficialCorrection, StatementCorrection
from quotetrack.store.topics import TopicCreate

Decision = Literal["accept", "reject"]
T = TypeVar("T")


def edit_statement(*, session: Session, statement_id: int, change: StatementCorrection, actor: str) -> Statement:
    """Correct a statement's span, kind, speaker, role, region, date or topics."""
    found = corrections.edit_statement(session=session, statement_id=statement_id, change=change, actor=actor)
    return _committed(session, found, f"no statement #{statement_id}")


def set_hidden(*, session: Session, statement_id: int, hidden: bool, actor: str, reason: str) -> Statement:
    """Hide a statement from lists and search (its page stays, marked hidden), or show it again."""
    found = corrections.set_hidden(
        session=session, statement_id=statement_id, hidden=hidden, actor=actor, reason=reason
    )
    return _committed(session, found, f"no statement #{statement_id}")


def mark_reviewed(*, session: Session, statement_id: int, actor: str, reason: str) -> Statement:
    """Accept a statement in the review queue as extracted."""
    found = corrections.mark_reviewed(session=session, statement_id=statement_id, actor=actor, reason=reason)
    return _committed(session, found, f"no statement #{statement_id}")


def edit_official(*, session: Session, official_id: int, change: OfficialCorrection, actor: str) -> Official:
    """Correct an official's name fields."""
    found = corrections.edit_official(session=session, official_id=official_id, change=change, actor=actor)
    return _committed(session, found, f"no official #{official_id}")


def merge_officials(*, session: Session, keep_id: int, merge_id: int, actor: str, reason: str) -> Revision:
    """Fold official `merge_id` into `keep_id` (undone with `undo`)."""
    revision = officials.merge_officials(
        session=session, keep_id=keep_id, merge_id=merge_id, actor=actor, reason=reason
    )
    return _committed(session, revision, "")


def split_official(
    *, session: Session, official_id: int, statement_ids: list[int], new_name: str, actor: str, reason: str
) -> int:
    """Move some of an official's statements to a new official; returns the new official's id."""
    revision = officials.split_official(
        session=session,
        official_id=official_id,
        statement_ids=statement_ids,
        new_name=new_name,
        actor=actor,
        reason=reason,
    )
    new_id = int((revision.after or {})["new_official_id"])  # a split always records the official it made
    session.commit()
    return new_id


def undo(*, session: Session, revision_id: int, actor: str, reason: str) -> Revision:
    """Revert one logged change (it must still be the current state); returns the "undo" revision."""
    revision = corrections.undo_revision(session=session, revision_id=revision_id, actor=actor, reason=reason)
    return _committed(session, revision, f"no revision #{revision_id}")


def restore(
    *, session: Session, revision_id: int, side: Literal["before", "after"], actor: str, reason: str
) -> Revision:
    """Bring a statement or official back to its state before (or after) a logged change."""
    revision = corrections.restore_version(
        session=session, revision_id=revision_id, side=side, actor=actor, reason=reason
    )
    return _committed(session, revision, f"no revision #{revision_id}")


def decide_suggestion(
    *, session: Session, suggestion_id: int, decision: Decision, actor: str, reason: str = ""
) -> Revision | MergeSuggestion:
    """Accept a merge suggestion (the merge's revision) or reject it (the suggestion, now closed)."""
    if decision == "accept":
        revision = officials.accept_suggestion(session=session, suggestion_id=suggestion_id, actor=actor, reason=reason)
        return _committed(session, revision, "")
    rejected = officials.reject_suggestion(session=session, suggestion_id=suggestion_id, actor=actor)
    return _committed(session, rejected, "")


def add_fact_check(*, session: Session, statement_id: int, data: FactCheckBase, actor: str) -> FactCheckPublic:
    """Attach a fact check's verdict and URL to a statement."""
    created = factchecks.add_fact_check(session=session, statement_id=statement_id, data=data, actor=actor)
    return _committed(session, created, "")


def add_topic(*, session: Session, topic: TopicCreate, actor: str) -> TopicPublic:
    """Add a topic beside the shipped taxonomy."""
    return _committed(session, topics.add_topic(session=session, topic=topic, actor=actor), "")


def _committed(session: Session, result: T | None, missing: str) -> T:
    """Commit what the store function did, or raise NotFound(`missing`) when it found nothing to change."""
    if result is None:
        raise NotFound(missing)
    session.commit()
    return result
